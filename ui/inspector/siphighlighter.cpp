#include "inspector/siphighlighter.h"

#include "classcolors.h"

#include <QTextLayout>
#include <limits>
#include <QTextDocument>
#include <algorithm>

namespace sipref {

SipHighlighter::SipHighlighter(QTextDocument *document) : QObject(document), m_document(document)
{
    setupFormats(false);
}

void SipHighlighter::setupFormats(bool dark)
{
    // Every colour comes from classcolors, where each has a variant for light and for dark palettes.
    for (int cls = 1; cls <= 6; ++cls) {
        QTextCharFormat f;
        f.setForeground(classColor(cls, Profile::Ietf, dark));
        f.setFontWeight(QFont::Bold);
        m_formats[StatusLine1 + cls - 1] = f;
    }
    QTextCharFormat request;
    request.setForeground(sipTextColor(SipTextRole::RequestLine, dark));
    request.setFontWeight(QFont::Bold);
    m_formats[RequestLine] = request;
    QTextCharFormat name;
    name.setForeground(sipTextColor(SipTextRole::HeaderName, dark));
    m_formats[HeaderName] = name;
    QTextCharFormat value;
    m_formats[HeaderValue] = value;
    QTextCharFormat body;
    body.setForeground(sipTextColor(SipTextRole::Body, dark));
    m_formats[Body] = body;
    for (int i = 0; i < 3; ++i) {
        QTextCharFormat f;
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(findingMarkColor(i, dark));
        m_formats[ErrorMark + i] = f;
    }
}

void SipHighlighter::setResult(const InspectionResultPtr &result, bool dark)
{
    m_result = result;
    setupFormats(dark);
    m_runs.clear();
    m_marks.clear();
    if (result) {
        const Inspection &in = result->inspection;
        auto add = [&](std::vector<Run> &to, Span s, Kind k) {
            if (s.length <= 0)
                return;
            to.push_back({result->position(s.offset), std::max(result->position(s.offset), result->endPosition(s.end())), k});
        };
        for (const SipMessage &m : in.messages) {
            Kind start = RequestLine;
            if (m.isResponse())
                start = m.code >= 100 && m.code <= 699 ? Kind(StatusLine1 + m.code / 100 - 1) : StatusLine4;
            add(m_runs, m.startLine, start);
            for (const HeaderField &h : m.headers) {
                add(m_runs, h.name(), HeaderName);
            }
            add(m_runs, m.body, Body);
        }
        for (const Diagnostic &d : in.diagnostics) {
            Span s = d.span;
            if (s.length == 0)
                continue;
            add(m_marks, s, Kind(ErrorMark + int(d.severity)));
        }
        auto byStart = [](const Run &a, const Run &b) { return a.start < b.start; };
        std::sort(m_runs.begin(), m_runs.end(), byStart);
        std::sort(m_marks.begin(), m_marks.end(), byStart);
    }
    // Block user states start at -1; generations count from 1.
    m_generation = m_generation == std::numeric_limits<int>::max() ? 1 : m_generation + 1;
}

void SipHighlighter::highlightStale(QTextBlock block, int maxBlocks)
{
    for (int i = 0; block.isValid() && i < maxBlocks; block = block.next(), ++i) {
        if (block.userState() != m_generation)
            highlight(block);
    }
}

void SipHighlighter::highlight(QTextBlock block)
{
    block.setUserState(m_generation);
    QList<QTextLayout::FormatRange> ranges;
    const qsizetype blockStart = block.position();
    const qsizetype blockEnd = blockStart + block.length() - 1;
    auto collect = [&](const std::vector<Run> &runs) {
        // Runs are sorted by start; the ones that reach into this block begin before its end.
        auto it = std::lower_bound(runs.begin(), runs.end(), blockStart,
                                   [](const Run &r, qsizetype pos) { return r.start < pos; });
        // Runs overlap little (a body, a mark over a start line): a few steps back are enough.
        for (int back = 0; back < 8 && it != runs.begin(); ++back)
            --it;
        for (; it != runs.end() && it->start < blockEnd; ++it) {
            const qsizetype from = std::max(it->start, blockStart);
            const qsizetype to = std::min(it->end, blockEnd);
            if (to > from)
                ranges.append({int(from - blockStart), int(to - from), m_formats[it->kind]});
        }
    };
    // Colours first, underlines after: later ranges add their properties to earlier ones.
    collect(m_runs);
    collect(m_marks);
    if (ranges.isEmpty() && block.layout()->formats().isEmpty())
        return;
    block.layout()->setFormats(ranges);
    m_document->markContentsDirty(blockStart, block.length());
}

} // namespace sipref
