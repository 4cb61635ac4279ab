#pragma once

#include "flow/ladderpainter.h"

#include <QAbstractScrollArea>

namespace sipref {

// The ladder diagram on screen: paints only the rows in view (a ladder can hold thousands of
// messages), keeps the host headers at the top while the rows scroll, zooms its fonts for
// projectors (Ctrl+wheel, Ctrl+plus/minus/0), and lets the user pick a message with the mouse
// or Up/Down.
class LadderView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit LadderView(QWidget *parent = nullptr);

    void setLadder(const Inspection &inspection, const Ladder &ladder);
    void clear();
    const Ladder &ladder() const { return m_ladder; }
    void setLanguage(Language language);
    // Shown in the middle when there is nothing to draw.
    void setPlaceholderText(const QString &text);

    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom();

    int arrowCount() const { return m_painter.arrowCount(); }
    int columnCount() const { return m_painter.columnCount(); }
    int currentArrow() const { return m_current; }
    int currentMessage() const { return m_painter.messageOf(m_current); }
    // Selects the arrow of a message without signalling (the inspector chose it); false when the
    // message is not in this ladder.
    bool selectMessage(int message);
    void setCurrentArrow(int arrow); // signals messageActivated
    void ensureArrowVisible(int arrow);
    // Where the arrow is drawn, in viewport coordinates (for tests and tooltips).
    QPoint arrowPosition(int arrow) const;
    const LadderPainter &painter() const { return m_painter; }

Q_SIGNALS:
    void messageActivated(int message);
    void zoomChanged(qreal zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout();
    void updateColors();
    void updateScrollBars();
    qreal leftMargin() const;
    QPointF toContent(QPointF viewportPoint) const;
    int arrowAtViewport(QPointF point) const;

    LadderPainter m_painter;
    Ladder m_ladder;
    Language m_language = Language::English;
    QString m_placeholder;
    qreal m_zoom = 1.0;
    int m_current = -1;
    int m_hovered = -1;
};

} // namespace sipref
