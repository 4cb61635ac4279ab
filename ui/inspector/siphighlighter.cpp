#include "inspector/siphighlighter.h"

#include "classcolors.h"

#include <QTextBlockUserData>
#include <QTextDocument>
#include <algorithm>

namespace sipref {

namespace {

// Which result a block was last coloured for. Kept as user data rather than block state: a
// changed block state makes QSyntaxHighlighter re-run the next block too, cascading through the text.
struct ColouredFor : QTextBlockUserData
{
    quint64 generation;
    explicit ColouredFor(quint64 g) : generation(g) { }
};

} // namespace

SipHighlighter::SipHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    setupFormats(false);
}

void SipHighlighter::setupFormats(bool dark)
{
    for (int cls = 1; cls <= 6; ++cls) {
        QTextCharFormat f;
        f.setForeground(classColor(cls).lighter(dark ? 150 : 100));
        f.setFontWeight(QFont::Bold);
        m_formats[StatusLine1 + cls - 1] = f;
    }
    QTextCharFormat request;
    request.setForeground(dark ? QColor(0x8c, 0xb4, 0xff) : QColor(0x1a, 0x4f, 0xb5));
    request.setFontWeight(QFont::Bold);
    m_formats[RequestLine] = request;
    QTextCharFormat name;
    name.setForeground(dark ? QColor(0xd7, 0xa6, 0xff) : QColor(0x7a, 0x2e, 0x8e));
    m_formats[HeaderName] = name;
    QTextCharFormat value;
    m_formats[HeaderValue] = value;
    QTextCharFormat body;
    body.setForeground(dark ? QColor(0x9f, 0xc7, 0x9a) : QColor(0x3f, 0x6e, 0x3a));
    m_formats[Body] = body;
    const QColor marks[] = {QColor(0xe0, 0x20, 0x20), QColor(0xe0, 0x90, 0x00), QColor(0x30, 0x80, 0xe0)};
    for (int i = 0; i < 3; ++i) {
        QTextCharFormat f;
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(marks[i]);
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
            to.push_back({result->position(s.offset), result->position(s.end()), k});
        };
        for (const SipMessage &m : in.messages) {
            Kind start = RequestLine;
            if (m.isResponse())
                start = m.code >= 100 && m.code <= 699 ? Kind(StatusLine1 + m.code / 100 - 1) : StatusLine4;
            add(m_runs, m.startLine, start);
            for (const HeaderField &h : m.headers) {
                add(m_runs, h.name, HeaderName);
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
    ++m_generation;
}

void SipHighlighter::highlightStale(QTextBlock block, int maxBlocks)
{
    for (int i = 0; block.isValid() && i < maxBlocks; block = block.next(), ++i) {
        const auto *data = static_cast<ColouredFor *>(block.userData());
        if (!data || data->generation != m_generation)
            rehighlightBlock(block);
    }
}

void SipHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockUserData(new ColouredFor(m_generation));
    if (m_runs.empty() && m_marks.empty())
        return;
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    auto apply = [&](const std::vector<Run> &runs, bool merge) {
        // Runs are sorted by start; the ones that reach into this block begin before its end.
        // A run can span many blocks (a body), so look back for one that started earlier.
        auto it = std::lower_bound(runs.begin(), runs.end(), blockStart,
                                   [](const Run &r, qsizetype pos) { return r.start < pos; });
        // Runs overlap little (a body, a mark over a start line): a few steps back are enough.
        for (int back = 0; back < 8 && it != runs.begin(); ++back)
            --it;
        for (; it != runs.end() && it->start < blockEnd; ++it) {
            if (it->end <= blockStart)
                continue;
            const int from = int(std::max(it->start, blockStart) - blockStart);
            const int to = int(std::min(it->end, blockEnd) - blockStart);
            if (to <= from)
                continue;
            if (merge) {
                for (int i = from; i < to; ++i) {
                    QTextCharFormat f = format(i);
                    f.merge(m_formats[it->kind]);
                    setFormat(i, 1, f);
                }
            } else {
                setFormat(from, to - from, m_formats[it->kind]);
            }
        }
    };
    apply(m_runs, false);
    apply(m_marks, true);
}

} // namespace sipref
