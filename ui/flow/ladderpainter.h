#pragma once

#include "flow/flow.h"
#include "i18n/language.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <vector>

class QPainter;

namespace sipref {

struct Inspection;

// Lays out and paints a ladder diagram: one column per host, one row per message. The on-screen
// view and the image export share it, so what is exported is what was seen. Everything is in
// pixels of a font given in pixels, so a 96-dpi image, a 72-dpi SVG and a screen agree.
class LadderPainter
{
public:
    struct Colors
    {
        QColor background = Qt::white;
        QColor text = QColor(0x20, 0x21, 0x24);
        QColor highlight = QColor(0x30, 0x8c, 0xc6);
        bool dark = false;
    };

    // Takes what it draws out of the inspection: it need not outlive this call.
    void setLadder(const Inspection &inspection, const Ladder &ladder, Language language);
    void clear();
    // The texts of the diagram ("This host"), whatever language the application is in.
    void setLanguage(Language language);
    // The font of the labels; its pixel size sets the scale of everything else.
    void setFont(const QFont &font);
    QFont font() const { return m_font; }
    void setColors(const Colors &colors) { m_colors = colors; }

    int arrowCount() const { return int(m_rows.size()); }
    int columnCount() const { return int(m_columns.size()); }
    int messageOf(int arrow) const;
    int arrowOfMessage(int message) const; // -1 when the message is not in the ladder
    QString columnTitle(int column) const;

    // Geometry, in content coordinates: the header at the top, then one row per arrow.
    QSizeF size() const { return {m_width, m_height}; }
    qreal headerHeight() const { return m_headerHeight; }
    qreal timeGutterWidth() const { return m_gutter; }
    QRectF rowRect(int arrow) const;
    QPointF arrowMidpoint(int arrow) const; // on the arrow's line, between its two columns
    int arrowAt(QPointF point) const;       // the row under the point, -1 in the header or below

    // What a tooltip says about a row: the label, the hosts, the time as the input wrote it.
    QString describe(int arrow) const;
    QString absoluteTime(int arrow) const; // empty without a time

    // The rows that meet `exposed` (content coordinates), the lifelines from the header down.
    void paintRows(QPainter &painter, const QRectF &exposed, int selected = -1, int hovered = -1) const;
    // The column headers in a band of headerHeight() from y = 0, from x = left to right.
    void paintHeader(QPainter &painter, qreal left, qreal right) const;

private:
    struct Row
    {
        int message = -1;
        int from = 0, to = 0;
        QString label;  // elided to a sane width when laid out
        QString tag;    // "SDP", "XML"... for a body
        QString time;   // "+1.234", or "#12" without times
        QString absolute;
        int code = 0;
        bool retransmission = false;
        bool error = false;
    };
    void layout();
    QColor arrowColor(const Row &row) const;
    qreal columnX(int column) const { return m_columnX[std::size_t(column)]; }
    void paintArrow(QPainter &painter, int arrow, const QRectF &rect, bool selected) const;
    QFont smallFont() const;

    std::vector<LadderColumn> m_ladderColumns;
    std::vector<QString> m_columns; // their titles
    std::vector<Row> m_rows;
    Language m_language = Language::English;
    QString m_retransmissionText;
    QFont m_font;
    Colors m_colors;

    // Layout, recomputed when the ladder or the font changes.
    std::vector<qreal> m_columnX;
    std::vector<qreal> m_labelWidth;
    qreal m_unit = 14;     // the font's pixel size
    qreal m_lineHeight = 18;
    qreal m_gutter = 0;
    qreal m_headerHeight = 0;
    qreal m_rowHeight = 0;
    qreal m_width = 0, m_height = 0;
};

// "+1.234": seconds since the first message of the ladder, to the millisecond.
QString relativeTime(qint64 us, qint64 originUs);

} // namespace sipref
