#include "inspector/bigtextview.h"

#include "classcolors.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextLayout>
#include <QToolTip>
#include <algorithm>

namespace sipref {

namespace {

const std::vector<qsizetype> noLines;

// Characters of `line` before byte `offset` of it (UTF-8 and GB18030 characters take several
// bytes; the layout counts UTF-16 units).
int charsBefore(const Inspection &in, qsizetype lineStart, qsizetype offset)
{
    if (offset <= lineStart)
        return 0;
    return int(in.string(Span::between(lineStart, offset)).size());
}

} // namespace

BigTextView::BigTextView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setTextFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(true);
    viewport()->setBackgroundRole(QPalette::Base);
    setupFormats(false);
}

void BigTextView::setupFormats(bool dark)
{
    m_dark = dark;
    m_formats.assign(KindCount, QTextCharFormat());
    QTextCharFormat request;
    request.setForeground(sipTextColor(SipTextRole::RequestLine, dark));
    request.setFontWeight(QFont::Bold);
    m_formats[RequestLine] = request;
    for (int cls = 1; cls <= 6; ++cls) {
        QTextCharFormat f;
        f.setForeground(classColor(cls, Profile::Ietf, dark));
        f.setFontWeight(QFont::Bold);
        m_formats[StatusLine1 + cls - 1] = f;
    }
    m_formats[HeaderName].setForeground(sipTextColor(SipTextRole::HeaderName, dark));
    m_formats[Body].setForeground(sipTextColor(SipTextRole::Body, dark));
    m_formats[LogLine].setForeground(mutedTextColor(dark));
    for (int i = 0; i < 3; ++i) {
        QTextCharFormat f;
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(findingMarkColor(i, dark));
        m_formats[ErrorMark + i] = f;
    }
}

void BigTextView::setResult(const InspectionResultPtr &result, bool dark)
{
    m_result = result;
    m_anchor = m_cursor = -1;
    setupFormats(dark);
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

void BigTextView::setTextFont(const QFont &font)
{
    m_font = font;
    const QFontMetrics fm(m_font);
    m_lineHeight = std::max(1, fm.lineSpacing());
    updateScrollBars();
    viewport()->update();
}

const std::vector<qsizetype> &BigTextView::lines() const
{
    return m_result ? m_result->lineStarts : noLines;
}

qsizetype BigTextView::lineEnd(int line) const
{
    const std::vector<qsizetype> &starts = lines();
    const QByteArray &text = m_result->inspection.text;
    qsizetype end = std::size_t(line + 1) < starts.size() ? starts[line + 1] : text.size();
    while (end > starts[line] && (text[end - 1] == '\n' || text[end - 1] == '\r'))
        --end;
    return end;
}

BigTextView::Shown BigTextView::shownPart(int line) const
{
    // Longer lines than this are laid out in part: some 2 ms of shaping, wider than any screen.
    constexpr qsizetype longLine = 4096;
    constexpr qsizetype margin = 256; // characters laid out beyond each side of the view
    Shown shown{lines()[line], lineEnd(line), 0};
    if (shown.end - shown.begin <= longLine)
        return shown;
    // The view's font is fixed-pitch: a byte per character is near enough for where the view
    // starts (wide and multi-byte characters only shift the part within its margin).
    // Fractional: a rounded width would misplace the part by a pixel every few characters.
    const qreal charWidth = std::max<qreal>(1, QFontMetricsF(m_font).horizontalAdvance(QLatin1Char('x')));
    const qsizetype firstChar = std::max<qsizetype>(0, qsizetype(horizontalScrollBar()->value() / charWidth) - margin);
    const qsizetype width = qsizetype(viewport()->width() / charWidth) + 2 * margin;
    const QByteArray &text = m_result->inspection.text;
    // Not inside a UTF-8 character: its offsets would no longer match the bytes.
    const bool utf8 = m_result->inspection.encoding == TextEncoding::Utf8;
    auto characterStart = [&](qsizetype i) {
        while (utf8 && i < shown.end && (uchar(text[i]) & 0xc0) == 0x80)
            ++i;
        return i;
    };
    const qsizetype begin = characterStart(std::min(shown.end, shown.begin + firstChar));
    const qsizetype end = characterStart(std::min(shown.end, begin + width));
    return {begin, end, qreal(begin - shown.begin) * charWidth};
}

// Colours the line from the spans of the messages and findings that reach into it, found by
// binary search: nothing is precomputed for the whole text.
void BigTextView::layoutLine(QTextLayout &layout, const Shown &shown) const
{
    const Inspection &in = m_result->inspection;
    const qsizetype begin = shown.begin;
    const qsizetype end = shown.end;
    QList<QTextLayout::FormatRange> ranges;
    auto add = [&](Span s, int kind) {
        const qsizetype from = std::max<qsizetype>(s.offset, begin);
        const qsizetype to = std::min<qsizetype>(s.end(), end);
        if (to <= from)
            return;
        const int a = charsBefore(in, begin, from);
        const int b = charsBefore(in, begin, to);
        ranges.append({a, b - a, m_formats[kind]});
    };
    const auto &messages = in.messages;
    auto it = std::upper_bound(messages.begin(), messages.end(), begin,
                               [](qsizetype offset, const SipMessage &m) { return offset < m.whole.offset; });
    if (it != messages.begin())
        --it;
    std::vector<int> touching;
    bool inMessage = false;
    for (; it != messages.end() && it->whole.offset <= end; ++it) {
        const SipMessage &m = *it;
        if (m.whole.end() < begin && m.startLine.end() < begin)
            continue;
        inMessage = inMessage || (m.whole.offset < end && m.whole.end() > begin);
        touching.push_back(int(it - messages.begin()));
        int start = RequestLine;
        if (m.isResponse())
            start = m.code >= 100 && m.code <= 699 ? StatusLine1 + m.code / 100 - 1 : StatusLine1 + 3;
        add(m.startLine, start);
        auto h = std::lower_bound(m.headers.begin(), m.headers.end(), begin,
                                  [](const HeaderField &f, qsizetype offset) { return f.line().end() < offset; });
        for (; h != m.headers.end() && h->line().offset <= end; ++h)
            add(h->name(), HeaderName);
        add(m.body, Body);
    }
    // A log's own lines (time stamps, wrappers, a capture's packet lines) recede behind the SIP.
    if (!inMessage && end > begin)
        ranges.append({0, charsBefore(in, begin, end), m_formats[LogLine]});
    // Underlines after colours: later ranges add to earlier ones. Findings are sorted by message.
    for (int index : touching) {
        auto d = std::lower_bound(in.diagnostics.begin(), in.diagnostics.end(), index,
                                  [](const Diagnostic &x, int message) { return x.message < message; });
        for (; d != in.diagnostics.end() && d->message == index; ++d) {
            if (d->span.length > 0)
                add(d->span, ErrorMark + int(d->severity));
        }
    }
    // The selection.
    if (m_anchor >= 0 && m_cursor != m_anchor) {
        QTextCharFormat selected;
        selected.setBackground(palette().highlight());
        selected.setForeground(palette().highlightedText());
        const Span s = selection();
        const qsizetype from = std::max<qsizetype>(s.offset, begin);
        const qsizetype to = std::min<qsizetype>(s.end(), end);
        if (to > from) {
            const int a = charsBefore(in, begin, from);
            const int b = charsBefore(in, begin, to);
            ranges.append({a, b - a, selected});
        }
    }
    layout.setText(in.string(Span::between(begin, end)));
    layout.setFont(m_font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setTabStopDistance(QFontMetricsF(m_font).horizontalAdvance(QLatin1Char(' ')) * 8);
    layout.setTextOption(option);
    layout.setFormats(ranges);
    layout.beginLayout();
    QTextLine l = layout.createLine();
    if (l.isValid())
        l.setLineWidth(1e7);
    layout.endLayout();
}

int BigTextView::firstVisibleLine() const
{
    return verticalScrollBar()->value();
}

int BigTextView::lineAtY(int y) const
{
    return firstVisibleLine() + std::max(0, y) / m_lineHeight;
}

void BigTextView::updateScrollBars()
{
    const int visible = std::max(1, viewport()->height() / m_lineHeight);
    verticalScrollBar()->setRange(0, std::max(0, lineCount() - visible));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(1);
    const QFontMetrics fm(m_font);
    m_gutterWidth = fm.horizontalAdvance(QString::number(std::max(1, lineCount()))) + fm.averageCharWidth() * 2;
    // Widest line: estimated from the longest line in bytes, a good bound for log text.
    qsizetype longest = 0;
    if (m_result) {
        // Sampled: measuring every line of a big log would cost a pass over it on each resize.
        const std::vector<qsizetype> &starts = lines();
        const std::size_t step = std::max<std::size_t>(1, starts.size() / 4096);
        for (std::size_t i = 0; i < starts.size(); i += step) {
            const qsizetype next = i + 1 < starts.size() ? starts[i + 1] : m_result->inspection.text.size();
            longest = std::max(longest, next - starts[i]);
        }
    }
    const int contentWidth = int(std::min<qsizetype>(longest * fm.averageCharWidth(), 1 << 22));
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth + m_gutterWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(fm.averageCharWidth() * 4);
}

void BigTextView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    if (!m_result)
        return;
    const int first = firstVisibleLine();
    const int count = viewport()->height() / m_lineHeight + 2;
    const int x0 = m_gutterWidth - horizontalScrollBar()->value();
    const QColor muted = mutedTextColor(m_dark);
    for (int i = 0; i < count && first + i < lineCount(); ++i) {
        const int line = first + i;
        const int y = i * m_lineHeight;
        QTextLayout layout;
        const Shown shown = shownPart(line);
        layoutLine(layout, shown);
        p.setClipRect(QRect(m_gutterWidth, 0, viewport()->width(), viewport()->height()));
        layout.draw(&p, QPointF(x0 + shown.x, y));
        p.setClipping(false);
        p.fillRect(QRect(0, y, m_gutterWidth - 4, m_lineHeight), palette().window());
        p.setPen(muted);
        p.setFont(m_font);
        p.drawText(QRect(0, y, m_gutterWidth - 8, m_lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(line + 1));
    }
}

void BigTextView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

qsizetype BigTextView::offsetAt(const QPoint &pos) const
{
    if (!m_result || lineCount() == 0)
        return -1;
    const int line = std::min(lineAtY(pos.y()), lineCount() - 1);
    QTextLayout layout;
    const Shown shown = shownPart(line);
    layoutLine(layout, shown);
    const QTextLine l = layout.lineAt(0);
    const qreal x = pos.x() - m_gutterWidth + horizontalScrollBar()->value() - shown.x;
    const int chars = l.isValid() ? l.xToCursor(std::max<qreal>(0, x)) : 0;
    // Back from characters to bytes: walk the shown bytes until that many characters are passed.
    const qsizetype begin = shown.begin;
    const qsizetype end = shown.end;
    const QString text = layout.text();
    const QByteArray prefix = text.left(chars).toUtf8();
    const Inspection &in = m_result->inspection;
    if (in.encoding == TextEncoding::Utf8)
        return std::min(end, begin + prefix.size());
    qsizetype b = begin;
    while (b < end && charsBefore(in, begin, b) < chars)
        ++b;
    return b;
}

Span BigTextView::selection() const
{
    if (m_anchor < 0)
        return {};
    return Span::between(std::min(m_anchor, m_cursor), std::max(m_anchor, m_cursor));
}

QString BigTextView::selectedText() const
{
    const Span s = selection();
    return m_result && s.length > 0 ? m_result->inspection.string(s) : QString();
}

void BigTextView::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void BigTextView::selectSpan(Span span)
{
    if (!m_result)
        return;
    m_anchor = span.offset;
    m_cursor = span.end();
    const std::vector<qsizetype> &starts = lines();
    const int line = int(std::upper_bound(starts.begin(), starts.end(), span.offset) - starts.begin()) - 1;
    const int visible = std::max(1, viewport()->height() / m_lineHeight);
    if (line < firstVisibleLine() || line >= firstVisibleLine() + visible)
        verticalScrollBar()->setValue(std::max(0, line - visible / 2));
    horizontalScrollBar()->setValue(0);
    viewport()->update();
}

void BigTextView::mousePressEvent(QMouseEvent *event)
{
    const qsizetype offset = offsetAt(event->position().toPoint());
    if (offset < 0)
        return;
    if (!(event->modifiers() & Qt::ShiftModifier) || m_anchor < 0)
        m_anchor = offset;
    m_cursor = offset;
    viewport()->update();
    emit cursorMoved(offset);
}

void BigTextView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_anchor < 0)
        return;
    const QPoint pos = event->position().toPoint();
    if (pos.y() < 0)
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    else if (pos.y() > viewport()->height())
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    const qsizetype offset = offsetAt(pos);
    if (offset >= 0 && offset != m_cursor) {
        m_cursor = offset;
        viewport()->update();
    }
}

void BigTextView::mouseReleaseEvent(QMouseEvent *event)
{
    event->accept();
}

void BigTextView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    if (event->matches(QKeySequence::SelectAll) && m_result) {
        m_anchor = 0;
        m_cursor = m_result->inspection.text.size();
        viewport()->update();
        return;
    }
    QScrollBar *v = verticalScrollBar();
    switch (event->key()) {
    case Qt::Key_Up: v->triggerAction(QAbstractSlider::SliderSingleStepSub); return;
    case Qt::Key_Down: v->triggerAction(QAbstractSlider::SliderSingleStepAdd); return;
    case Qt::Key_PageUp: v->triggerAction(QAbstractSlider::SliderPageStepSub); return;
    case Qt::Key_PageDown: v->triggerAction(QAbstractSlider::SliderPageStepAdd); return;
    case Qt::Key_Home:
        if (event->modifiers() & Qt::ControlModifier)
            v->setValue(0);
        horizontalScrollBar()->setValue(0);
        return;
    case Qt::Key_End:
        if (event->modifiers() & Qt::ControlModifier)
            v->setValue(v->maximum());
        return;
    default: break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

bool BigTextView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_toolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype offset = offsetAt(help->pos());
        const QString tip = offset >= 0 ? m_toolTip(offset) : QString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void BigTextView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        setupFormats(isDarkPalette(palette()));
        viewport()->update();
    } else if (event->type() == QEvent::FontChange) {
        updateScrollBars();
    }
    QAbstractScrollArea::changeEvent(event);
}

} // namespace sipref
