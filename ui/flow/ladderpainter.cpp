#include "flow/ladderpainter.h"

#include "checks/inspection.h"
#include "classcolors.h"
#include "flow/bodytag.h"
#include "i18n/translations.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace sipref {

namespace {

const char *const context = "sipref::LadderPainter";

// Reason phrases can be long ("488 Not Acceptable Here (INVITE)"); past this many font units a
// label is elided rather than pushing every column apart.
constexpr qreal maxLabelUnits = 24;

} // namespace

QString relativeTime(qint64 us, qint64 originUs)
{
    const qint64 delta = us - originUs;
    const qint64 ms = (delta < 0 ? -delta : delta) / 1000;
    return QStringLiteral("%1%2.%3")
        .arg(delta < 0 ? QStringLiteral("\u2212") : QStringLiteral("+"))
        .arg(ms / 1000)
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

void LadderPainter::clear()
{
    m_ladderColumns.clear();
    m_columns.clear();
    m_rows.clear();
    layout();
}

void LadderPainter::setLanguage(Language language)
{
    m_language = language;
    m_retransmissionText = translate(language, context, QT_TRANSLATE_NOOP("sipref::LadderPainter", "retransmission"));
    m_columns.clear();
    for (const LadderColumn &c : m_ladderColumns) {
        if (c.localHost)
            m_columns.push_back(translate(language, context, QT_TRANSLATE_NOOP("sipref::LadderPainter", "This host")));
        else if (c.address.isEmpty())
            m_columns.push_back(QStringLiteral("?"));
        else
            m_columns.push_back(QString::fromUtf8(c.address));
    }
    layout();
}

void LadderPainter::setLadder(const Inspection &inspection, const Ladder &ladder, Language language)
{
    m_rows.clear(); // laid out again below, with the new columns
    m_ladderColumns = ladder.columns;
    setLanguage(language);

    // Messages with an error finding get a badge (the flow's findings are merged in too).
    std::vector<bool> error(inspection.messages.size(), false);
    auto mark = [&error](const std::vector<Diagnostic> &diagnostics) {
        for (const Diagnostic &d : diagnostics) {
            if (d.severity == Severity::Error && d.message >= 0 && std::size_t(d.message) < error.size())
                error[std::size_t(d.message)] = true;
        }
    };
    mark(inspection.diagnostics);

    qint64 origin = -1;
    for (const LadderArrow &a : ladder.arrows) {
        if (a.timeUs >= 0 && (origin < 0 || a.timeUs < origin))
            origin = a.timeUs;
    }
    m_rows.clear();
    m_rows.reserve(ladder.arrows.size());
    const int columns = int(m_columns.size());
    for (const LadderArrow &a : ladder.arrows) {
        Row row;
        row.message = a.message;
        row.from = std::clamp(a.from, 0, std::max(0, columns - 1));
        row.to = std::clamp(a.to, 0, std::max(0, columns - 1));
        row.label = a.label;
        row.code = a.code;
        row.retransmission = a.retransmission;
        if (a.message >= 0 && std::size_t(a.message) < inspection.messages.size()) {
            const SipMessage &m = inspection.messages[std::size_t(a.message)];
            row.error = error[std::size_t(a.message)];
            row.absolute = formatOriginTime(*m.origin);
            if (a.hasBody)
                row.tag = bodyTag(inspection, m);
        } else if (a.hasBody) {
            row.tag = QStringLiteral("BODY");
        }
        if (a.timeUs >= 0 && origin >= 0)
            row.time = relativeTime(a.timeUs, origin);
        else
            row.time = QStringLiteral("#%1").arg(a.message + 1);
        m_rows.push_back(std::move(row));
    }
    layout();
}

void LadderPainter::setFont(const QFont &font)
{
    m_font = font;
    if (m_font.pixelSize() <= 0)
        m_font.setPixelSize(std::max(8, QFontInfo(font).pixelSize()));
    layout();
}

QFont LadderPainter::smallFont() const
{
    QFont f = m_font;
    f.setPixelSize(std::max(7, int(std::lround(m_unit * 0.8))));
    return f;
}

void LadderPainter::layout()
{
    if (m_font.pixelSize() <= 0)
        m_font.setPixelSize(14);
    m_unit = m_font.pixelSize();
    const QFontMetricsF fm(m_font);
    QFont bold = m_font;
    bold.setBold(true);
    const QFontMetricsF fmBold(bold);
    const QFontMetricsF fmSmall(smallFont());
    const qreal pad = m_unit * 0.6;
    m_lineHeight = fm.height();

    m_gutter = fm.horizontalAdvance(QStringLiteral("+00.000"));
    for (const Row &r : m_rows)
        m_gutter = std::max(m_gutter, fm.horizontalAdvance(r.time));
    m_gutter += 2 * pad;
    m_headerHeight = m_lineHeight + pad * 2.6;
    m_rowHeight = m_lineHeight + pad * 2.4;

    const int n = int(m_columns.size());
    std::vector<qreal> headerWidth(std::size_t(n), 0);
    for (int i = 0; i < n; ++i)
        headerWidth[std::size_t(i)] = fmBold.horizontalAdvance(m_columns[std::size_t(i)]) + 2 * pad;

    // The width each row's label block needs: badge, label, body tag, retransmission note.
    const qreal maxLabel = m_unit * maxLabelUnits;
    m_labelWidth.assign(m_rows.size(), 0);
    std::vector<qreal> gaps(std::size_t(std::max(0, n - 1)), m_unit * 13);
    for (int i = 0; i + 1 < n; ++i)
        gaps[std::size_t(i)] = std::max(gaps[std::size_t(i)], (headerWidth[std::size_t(i)] + headerWidth[std::size_t(i) + 1]) / 2 + pad);
    qreal rightExtra = 0;
    const qreal loop = m_unit * 1.6;
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        Row &row = m_rows[r];
        if (fm.horizontalAdvance(row.label) > maxLabel)
            row.label = fm.elidedText(row.label, Qt::ElideRight, maxLabel);
        qreal w = fm.horizontalAdvance(row.label);
        if (row.error)
            w += m_lineHeight * 0.75 + pad * 0.5;
        if (!row.tag.isEmpty())
            w += fmSmall.horizontalAdvance(row.tag) + pad * 1.5;
        if (row.retransmission)
            w += fmSmall.horizontalAdvance(m_retransmissionText) + pad;
        m_labelWidth[r] = w;
        const int a = std::min(row.from, row.to), b = std::max(row.from, row.to);
        if (a < b) {
            const qreal need = (w + 2 * pad) / (b - a);
            for (int k = a; k < b; ++k)
                gaps[std::size_t(k)] = std::max(gaps[std::size_t(k)], need);
        } else if (n > 0) {
            const qreal need = loop + w + 2 * pad;
            if (a + 1 < n)
                gaps[std::size_t(a)] = std::max(gaps[std::size_t(a)], need);
            else
                rightExtra = std::max(rightExtra, need);
        }
    }

    m_columnX.assign(std::size_t(n), 0);
    if (n > 0) {
        m_columnX[0] = m_gutter + std::max(headerWidth[0] / 2, m_unit * 2) + pad;
        for (int i = 1; i < n; ++i)
            m_columnX[std::size_t(i)] = m_columnX[std::size_t(i) - 1] + gaps[std::size_t(i) - 1];
        m_width = m_columnX.back() + std::max(headerWidth.back() / 2 + pad, rightExtra);
    } else {
        m_width = m_gutter;
    }
    m_height = m_headerHeight + qreal(m_rows.size()) * m_rowHeight + pad;
}

int LadderPainter::messageOf(int arrow) const
{
    return arrow >= 0 && arrow < arrowCount() ? m_rows[std::size_t(arrow)].message : -1;
}

int LadderPainter::arrowOfMessage(int message) const
{
    for (int i = 0; i < arrowCount(); ++i) {
        if (m_rows[std::size_t(i)].message == message)
            return i;
    }
    return -1;
}

QString LadderPainter::columnTitle(int column) const
{
    return column >= 0 && column < columnCount() ? m_columns[std::size_t(column)] : QString();
}

QRectF LadderPainter::rowRect(int arrow) const
{
    return QRectF(0, m_headerHeight + arrow * m_rowHeight, m_width, m_rowHeight);
}

QPointF LadderPainter::arrowMidpoint(int arrow) const
{
    if (arrow < 0 || arrow >= arrowCount() || m_columnX.empty())
        return {};
    const Row &row = m_rows[std::size_t(arrow)];
    const QRectF rect = rowRect(arrow);
    const qreal y = rect.top() + m_rowHeight * 0.66;
    if (row.from == row.to)
        return {columnX(row.from) + m_unit * 0.8, y};
    return {(columnX(row.from) + columnX(row.to)) / 2, y};
}

int LadderPainter::arrowAt(QPointF point) const
{
    if (point.y() < m_headerHeight || point.x() < 0 || point.x() > m_width)
        return -1;
    const int row = int((point.y() - m_headerHeight) / m_rowHeight);
    return row >= 0 && row < arrowCount() ? row : -1;
}

QString LadderPainter::absoluteTime(int arrow) const
{
    return arrow >= 0 && arrow < arrowCount() ? m_rows[std::size_t(arrow)].absolute : QString();
}

QString LadderPainter::describe(int arrow) const
{
    if (arrow < 0 || arrow >= arrowCount())
        return {};
    const Row &row = m_rows[std::size_t(arrow)];
    QStringList lines;
    lines << row.label;
    lines << QStringLiteral("%1 \u2192 %2").arg(columnTitle(row.from), columnTitle(row.to));
    if (!row.absolute.isEmpty())
        lines << row.absolute;
    if (row.retransmission)
        lines << m_retransmissionText;
    return lines.join(QLatin1Char('\n'));
}

QColor LadderPainter::arrowColor(const Row &row) const
{
    if (row.code <= 0)
        return m_colors.text; // requests: strong and neutral, the responses carry the colour
    return classColor(row.code / 100, Profile::Ietf, m_colors.dark);
}

void LadderPainter::paintRows(QPainter &painter, const QRectF &exposed, int selected, int hovered) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const qreal pad = m_unit * 0.6;

    // Lifelines first, so arrows and labels sit on top of them.
    QColor life = mutedTextColor(m_colors.dark);
    life.setAlpha(120);
    painter.setPen(QPen(life, std::max<qreal>(1.0, m_unit / 10)));
    const qreal top = std::max(exposed.top(), m_headerHeight);
    const qreal bottom = std::min(exposed.bottom(), m_height - pad * 0.5);
    if (bottom > top) {
        for (qreal x : m_columnX)
            painter.drawLine(QPointF(x, top), QPointF(x, bottom));
    }

    const int first = std::max(0, int((exposed.top() - m_headerHeight) / m_rowHeight));
    const int last = std::min(arrowCount() - 1, int((exposed.bottom() - m_headerHeight) / m_rowHeight));
    for (int i = first; i <= last; ++i) {
        const QRectF rect = rowRect(i);
        if (i == selected || i == hovered) {
            QColor fill = m_colors.highlight;
            fill.setAlpha(i == selected ? (m_colors.dark ? 90 : 60) : 28);
            // Across the whole view, also where it is wider than the diagram.
            const qreal left = std::min<qreal>(0, exposed.left()), right = std::max(m_width, exposed.right());
            painter.fillRect(QRectF(left, rect.top(), right - left, rect.height()), fill);
            if (i == selected)
                painter.fillRect(QRectF(left, rect.top(), std::max<qreal>(3, m_unit / 4), rect.height()), m_colors.highlight);
        }
        paintArrow(painter, i, rect, i == selected);
        // The time, right-aligned in the gutter on the arrow's line.
        const qreal y = rect.top() + m_rowHeight * 0.66;
        painter.setFont(m_font);
        painter.setPen(i == selected ? m_colors.text : mutedTextColor(m_colors.dark));
        painter.drawText(QRectF(0, y - m_lineHeight / 2, m_gutter - pad, m_lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                         m_rows[std::size_t(i)].time);
    }
    painter.restore();
}

void LadderPainter::paintArrow(QPainter &painter, int arrow, const QRectF &rect, bool selected) const
{
    if (m_columnX.empty())
        return;
    const Row &row = m_rows[std::size_t(arrow)];
    const qreal pad = m_unit * 0.6;
    const QColor color = arrowColor(row);
    const qreal y = rect.top() + m_rowHeight * 0.66;
    const qreal x1 = columnX(row.from), x2 = columnX(row.to);
    const qreal width = std::max<qreal>(1.5, m_unit / (selected ? 5.0 : 7.5));
    QPen pen(color, width, row.retransmission ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin);
    const qreal head = m_unit * 0.55, half = m_unit * 0.3;

    // The line, then the filled head at the receiving end.
    qreal labelLeft, labelBaselineY;
    QPolygonF arrowHead;
    if (row.from == row.to) {
        const qreal loop = m_unit * 1.6, h = m_unit * 0.4;
        QPainterPath path;
        path.moveTo(x1, y - h);
        path.lineTo(x1 + loop, y - h);
        path.lineTo(x1 + loop, y + h);
        path.lineTo(x1 + head, y + h);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        arrowHead << QPointF(x1, y + h) << QPointF(x1 + head, y + h - half) << QPointF(x1 + head, y + h + half);
        labelLeft = x1 + loop + pad;
        labelBaselineY = y + QFontMetricsF(m_font).ascent() / 2 - h;
    } else {
        const qreal dir = x2 > x1 ? 1 : -1;
        painter.setPen(pen);
        painter.drawLine(QPointF(x1, y), QPointF(x2 - dir * head, y));
        arrowHead << QPointF(x2, y) << QPointF(x2 - dir * head, y - half) << QPointF(x2 - dir * head, y + half);
        const qreal w = m_labelWidth[std::size_t(arrow)];
        labelLeft = (x1 + x2) / 2 - w / 2;
        labelBaselineY = y - pad * 0.55 - QFontMetricsF(m_font).descent();
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPolygon(arrowHead);
    painter.setBrush(Qt::NoBrush);

    // The label block: [!] label [SDP] retransmission
    const QFontMetricsF fm(m_font);
    const qreal middle = labelBaselineY - fm.ascent() * 0.38; // the middle of a capital letter
    qreal x = labelLeft;
    if (row.error) {
        const qreal d = m_lineHeight * 0.75;
        const QRectF badge(x, middle - d / 2, d, d);
        painter.setPen(Qt::NoPen);
        painter.setBrush(findingMarkColor(0, m_colors.dark));
        painter.drawEllipse(badge);
        QFont f = smallFont();
        f.setBold(true);
        painter.setFont(f);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
        painter.setBrush(Qt::NoBrush);
        x += d + pad * 0.5;
    }
    QFont labelFont = m_font;
    labelFont.setBold(selected);
    painter.setFont(labelFont);
    painter.setPen(color);
    painter.drawText(QPointF(x, labelBaselineY), row.label);
    x += QFontMetricsF(labelFont).horizontalAdvance(row.label);

    const QFont small = smallFont();
    const QFontMetricsF fms(small);
    painter.setFont(small);
    if (!row.tag.isEmpty()) {
        x += pad * 0.5;
        const qreal w = fms.horizontalAdvance(row.tag) + pad;
        const QRectF box(x, middle - fms.height() / 2 - 1, w, fms.height() + 2);
        painter.setPen(QPen(color, 1));
        painter.setBrush(m_colors.background);
        painter.drawRoundedRect(box, 3, 3);
        painter.drawText(box, Qt::AlignCenter, row.tag);
        painter.setBrush(Qt::NoBrush);
        x += w;
    }
    if (row.retransmission) {
        x += pad * 0.5;
        QFont italic = small;
        italic.setItalic(true);
        painter.setFont(italic);
        painter.setPen(mutedTextColor(m_colors.dark));
        painter.drawText(QPointF(x, labelBaselineY), m_retransmissionText);
    }
}

void LadderPainter::paintHeader(QPainter &painter, qreal left, qreal right) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const qreal pad = m_unit * 0.6;
    painter.fillRect(QRectF(left, 0, right - left, m_headerHeight), m_colors.background);
    QColor rule = mutedTextColor(m_colors.dark);
    rule.setAlpha(90);
    painter.setPen(QPen(rule, 1));
    painter.drawLine(QPointF(left, m_headerHeight - 0.5), QPointF(right, m_headerHeight - 0.5));

    QFont bold = m_font;
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    for (int i = 0; i < columnCount(); ++i) {
        const QString &title = m_columns[std::size_t(i)];
        const qreal w = fm.horizontalAdvance(title) + 2 * pad;
        const QRectF box(columnX(i) - w / 2, pad * 0.8, w, m_lineHeight + pad);
        QColor fill = panelColor(m_colors.dark);
        QColor border = mutedTextColor(m_colors.dark);
        painter.setPen(QPen(border, 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(box, 4, 4);
        painter.setBrush(Qt::NoBrush);
        painter.setFont(bold);
        painter.setPen(m_colors.text);
        painter.drawText(box, Qt::AlignCenter, title);
        painter.setPen(QPen(border, 1));
        painter.drawLine(QPointF(columnX(i), box.bottom()), QPointF(columnX(i), m_headerHeight));
    }
    painter.restore();
}

} // namespace sipref
