#include "browser/classchip.h"

#include <QPainter>
#include <QStyleOptionToolButton>
#include <QStylePainter>

namespace sipref {

namespace {

constexpr int horizontalPadding = 9;
constexpr int verticalPadding = 4;
constexpr qreal cornerRadius = 4;

} // namespace

ClassChip::ClassChip(QWidget *parent)
    : QToolButton(parent)
{
    setCheckable(true);
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setCursor(Qt::PointingHandCursor);
    useLabelFont();
}

void ClassChip::setColors(const QColor &classColor, const QColor &checkedText)
{
    m_classColor = classColor;
    m_checkedText = checkedText;
    update();
}

QSize ClassChip::sizeHint() const
{
    // The same size checked or not: the row does not move when the filter changes.
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(text()) + 2 * horizontalPadding, metrics.height() + 2 * verticalPadding};
}

QSize ClassChip::minimumSizeHint() const
{
    return sizeHint();
}

void ClassChip::paintEvent(QPaintEvent *)
{
    QStyleOptionToolButton option;
    initStyleOption(&option);
    QStylePainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF chip = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const bool hovered = option.state & QStyle::State_MouseOver;
    if (isChecked() || isDown()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_classColor);
        painter.drawRoundedRect(chip, cornerRadius, cornerRadius);
    } else if (hovered && isEnabled()) {
        QColor tint = m_classColor;
        tint.setAlphaF(0.14);
        painter.setPen(Qt::NoPen);
        painter.setBrush(tint);
        painter.drawRoundedRect(chip, cornerRadius, cornerRadius);
    }
    const QColor label = isChecked() || isDown() ? m_checkedText : m_classColor;
    painter.setPen(isEnabled() ? label : palette().color(QPalette::Disabled, QPalette::ButtonText));
    painter.drawText(rect(), Qt::AlignCenter | Qt::TextShowMnemonic, text());
    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = rect().adjusted(1, 1, -1, -1);
        painter.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
    }
}

void ClassChip::useLabelFont()
{
    // Only the weight is set here; size and family keep following the window's font.
    QFont label = font();
    label.setWeight(QFont::Bold);
    setFont(label);
}

} // namespace sipref
