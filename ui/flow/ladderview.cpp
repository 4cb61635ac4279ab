#include "flow/ladderview.h"

#include "classcolors.h"

#include <QFontInfo>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace sipref {

namespace {

constexpr qreal minZoom = 0.6;
constexpr qreal maxZoom = 4.0;
constexpr qreal zoomStep = 1.15;

} // namespace

LadderView::LadderView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("ladderView"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    setFrameShape(QFrame::StyledPanel);
    updateColors();
    relayout();
}

void LadderView::setLadder(const Inspection &inspection, const Ladder &ladder)
{
    m_ladder = ladder;
    m_painter.setLadder(inspection, ladder, m_language);
    m_current = -1;
    m_hovered = -1;
    relayout();
    horizontalScrollBar()->setValue(0);
    verticalScrollBar()->setValue(0);
}

void LadderView::clear()
{
    m_ladder = {};
    m_painter.clear();
    m_current = -1;
    m_hovered = -1;
    relayout();
}

void LadderView::setLanguage(Language language)
{
    m_language = language;
    m_painter.setLanguage(language);
    relayout();
}

void LadderView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void LadderView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // The selected arrow stays in view while everything grows or shrinks.
    m_zoom = zoom;
    relayout();
    if (m_current >= 0)
        ensureArrowVisible(m_current);
    Q_EMIT zoomChanged(m_zoom);
}

void LadderView::zoomIn()
{
    setZoom(m_zoom * zoomStep);
}

void LadderView::zoomOut()
{
    setZoom(m_zoom / zoomStep);
}

void LadderView::resetZoom()
{
    setZoom(1.0);
}

void LadderView::relayout()
{
    // A little larger than the widget font: the diagram is read from a distance (projectors).
    QFont f = font();
    const int base = std::max(12, QFontInfo(font()).pixelSize());
    f.setPixelSize(std::max(7, int(std::lround(base * 1.2 * m_zoom))));
    m_painter.setFont(f);
    updateScrollBars();
    viewport()->update();
}

void LadderView::updateColors()
{
    LadderPainter::Colors c;
    const QPalette &p = palette();
    c.background = p.color(QPalette::Base);
    c.text = p.color(QPalette::Text);
    c.highlight = p.color(QPalette::Highlight);
    c.dark = isDarkPalette(p);
    m_painter.setColors(c);
    viewport()->update();
}

void LadderView::updateScrollBars()
{
    const QSizeF size = m_painter.size();
    const QSize view = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(size.width())) - view.width()));
    horizontalScrollBar()->setPageStep(view.width());
    horizontalScrollBar()->setSingleStep(std::max(8, view.width() / 20));
    // The header stays on screen, so the rows scroll in what is left below it.
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(size.height())) - view.height()));
    const int page = std::max(1, view.height() - int(m_painter.headerHeight()));
    verticalScrollBar()->setPageStep(page);
    const qreal row = m_painter.arrowCount() > 0 ? m_painter.rowRect(0).height() : 20;
    verticalScrollBar()->setSingleStep(std::max(1, int(row)));
}

qreal LadderView::leftMargin() const
{
    // A diagram narrower than the view sits in the middle of it, where a room looks.
    return std::max<qreal>(0, std::floor((viewport()->width() - m_painter.size().width()) / 2));
}

QPointF LadderView::toContent(QPointF p) const
{
    return {p.x() - leftMargin() + horizontalScrollBar()->value(), p.y() + verticalScrollBar()->value()};
}

int LadderView::arrowAtViewport(QPointF point) const
{
    if (point.y() < m_painter.headerHeight())
        return -1; // on the header, which covers the rows scrolled under it
    return m_painter.arrowAt(toContent(point));
}

QPoint LadderView::arrowPosition(int arrow) const
{
    const QPointF p = m_painter.arrowMidpoint(arrow);
    return QPoint(int(p.x() + leftMargin()) - horizontalScrollBar()->value(), int(p.y()) - verticalScrollBar()->value());
}

void LadderView::ensureArrowVisible(int arrow)
{
    if (arrow < 0 || arrow >= arrowCount())
        return;
    const QRectF row = m_painter.rowRect(arrow);
    const int top = verticalScrollBar()->value();
    const int visibleTop = top + int(m_painter.headerHeight());
    const int visibleBottom = top + viewport()->height();
    if (row.top() < visibleTop)
        verticalScrollBar()->setValue(int(row.top() - m_painter.headerHeight()));
    else if (row.bottom() > visibleBottom)
        verticalScrollBar()->setValue(int(std::ceil(row.bottom())) - viewport()->height());
    // Horizontally: bring the arrow's middle into view when it is off screen.
    const QPointF mid = m_painter.arrowMidpoint(arrow);
    const int left = horizontalScrollBar()->value();
    if (mid.x() < left + m_painter.timeGutterWidth() || mid.x() > left + viewport()->width())
        horizontalScrollBar()->setValue(int(mid.x()) - viewport()->width() / 2);
}

bool LadderView::selectMessage(int message)
{
    const int arrow = m_painter.arrowOfMessage(message);
    if (arrow < 0)
        return false;
    m_current = arrow;
    ensureArrowVisible(arrow);
    viewport()->update();
    return true;
}

void LadderView::setCurrentArrow(int arrow)
{
    if (arrow < 0 || arrow >= arrowCount())
        return;
    m_current = arrow;
    ensureArrowVisible(arrow);
    viewport()->update();
    Q_EMIT messageActivated(m_painter.messageOf(arrow));
}

void LadderView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette &p = palette();
    painter.fillRect(viewport()->rect(), p.color(QPalette::Base));
    if (arrowCount() == 0) {
        if (!m_placeholder.isEmpty()) {
            painter.setPen(mutedTextColor(isDarkPalette(p)));
            painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        }
        return;
    }
    const qreal dx = horizontalScrollBar()->value() - leftMargin();
    const int dy = verticalScrollBar()->value();
    painter.save();
    painter.translate(-dx, -dy);
    const QRectF exposed(dx, dy + m_painter.headerHeight(), viewport()->width(), viewport()->height());
    painter.setClipRect(exposed);
    m_painter.paintRows(painter, exposed, m_current, m_hovered);
    painter.restore();
    // The header last, over whatever rows scrolled beneath it.
    painter.save();
    painter.translate(-dx, 0);
    m_painter.paintHeader(painter, dx, dx + viewport()->width());
    painter.restore();
}

void LadderView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    viewport()->update(); // the margin that centres the diagram changed too
}

void LadderView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void LadderView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int arrow = arrowAtViewport(event->position());
        if (arrow >= 0)
            setCurrentArrow(arrow);
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void LadderView::mouseMoveEvent(QMouseEvent *event)
{
    const int arrow = arrowAtViewport(event->position());
    if (arrow != m_hovered) {
        m_hovered = arrow;
        viewport()->setCursor(arrow >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        viewport()->update();
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

void LadderView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta > 0)
            zoomIn();
        else if (delta < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void LadderView::keyPressEvent(QKeyEvent *event)
{
    const int count = arrowCount();
    const int page = std::max(1, int(verticalScrollBar()->pageStep() / std::max<qreal>(1, m_painter.rowRect(0).height())));
    int next = -1;
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            return;
        case Qt::Key_Minus:
            zoomOut();
            return;
        case Qt::Key_0:
            resetZoom();
            return;
        default:
            break;
        }
    }
    switch (event->key()) {
    case Qt::Key_Up:
        next = m_current < 0 ? count - 1 : m_current - 1;
        break;
    case Qt::Key_Down:
        next = m_current < 0 ? 0 : m_current + 1;
        break;
    case Qt::Key_PageUp:
        next = std::max(0, m_current - page);
        break;
    case Qt::Key_PageDown:
        next = std::min(count - 1, std::max(0, m_current + page));
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = count - 1;
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (next >= 0 && next < count && next != m_current)
        setCurrentArrow(next);
    event->accept();
}

bool LadderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int arrow = arrowAtViewport(help->pos());
        if (arrow < 0) {
            QToolTip::hideText();
        } else if (toContent(help->pos()).x() < m_painter.timeGutterWidth()) {
            // Over the relative time: the absolute one, as the log wrote it.
            const QString absolute = m_painter.absoluteTime(arrow);
            if (absolute.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), absolute, viewport());
        } else {
            QToolTip::showText(help->globalPos(), m_painter.describe(arrow), viewport());
        }
        return true;
    }
    if (event->type() == QEvent::Leave && m_hovered >= 0) {
        m_hovered = -1;
        viewport()->update();
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void LadderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColors();
    else if (event->type() == QEvent::FontChange)
        relayout();
    QAbstractScrollArea::changeEvent(event);
}

} // namespace sipref
