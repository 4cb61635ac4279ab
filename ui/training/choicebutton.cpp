#include "training/choicebutton.h"

#include "classcolors.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOption>

namespace sipref {

namespace {

constexpr int margin = 10;
constexpr int gap = 12;

int badgeSize(const QFontMetrics &fm)
{
    return fm.height() + 8;
}

} // namespace

ChoiceButton::ChoiceButton(int number, QWidget *parent)
    : QAbstractButton(parent)
    , m_number(number)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAttribute(Qt::WA_Hover);
}

void ChoiceButton::setChoiceText(const QString &text)
{
    setText(text);
    updateAccessibility();
    updateGeometry();
    update();
}

void ChoiceButton::setState(State state)
{
    m_state = state;
    setCursor(state == State::Open ? Qt::PointingHandCursor : Qt::ArrowCursor);
    updateAccessibility();
    update();
}

void ChoiceButton::updateAccessibility()
{
    setAccessibleName(tr("Answer %1: %2").arg(m_number).arg(text()));
    switch (m_state) {
    case State::Open:
        setAccessibleDescription(tr("Press %1 to choose this answer").arg(m_number));
        break;
    case State::Right:
        setAccessibleDescription(tr("The right answer"));
        break;
    case State::WrongChoice:
        setAccessibleDescription(tr("Your answer, which is wrong"));
        break;
    case State::Other:
        setAccessibleDescription(QString());
        break;
    }
}

QRect ChoiceButton::textRect(const QRect &rect) const
{
    const int badge = badgeSize(fontMetrics());
    // Room on the right for the ✓ or ✗ mark.
    return rect.adjusted(margin + badge + gap, margin, -(margin + badge), -margin);
}

int ChoiceButton::heightForWidth(int width) const
{
    const QRect r = textRect(QRect(0, 0, width, 10000));
    const QRect text = fontMetrics().boundingRect(QRect(0, 0, std::max(40, r.width()), 10000),
                                                  Qt::TextWordWrap | Qt::AlignLeft, this->text());
    return std::max(text.height(), badgeSize(fontMetrics())) + 2 * margin;
}

QSize ChoiceButton::sizeHint() const
{
    const int width = 420;
    return {width, heightForWidth(width)};
}

QSize ChoiceButton::minimumSizeHint() const
{
    return {160, badgeSize(fontMetrics()) + 2 * margin};
}

void ChoiceButton::enterEvent(QEnterEvent *event)
{
    m_hover = true;
    update();
    QAbstractButton::enterEvent(event);
}

void ChoiceButton::leaveEvent(QEvent *event)
{
    m_hover = false;
    update();
    QAbstractButton::leaveEvent(event);
}

void ChoiceButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateAccessibility();
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QAbstractButton::changeEvent(event);
}

void ChoiceButton::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const bool dark = isDarkPalette(pal);
    const QRectF frame = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);

    QColor accent = pal.color(QPalette::Highlight);
    QColor fill = pal.color(QPalette::Button);
    QColor border = pal.color(QPalette::Mid);
    QString mark;
    if (m_state == State::Right) {
        accent = successTextColor(dark);
        mark = QStringLiteral("✓");
    } else if (m_state == State::WrongChoice) {
        accent = findingMarkColor(0, dark);
        mark = QStringLiteral("✗");
    }
    if (m_state == State::Right || m_state == State::WrongChoice) {
        fill = accent;
        fill.setAlpha(dark ? 60 : 36);
        border = accent;
    } else if (m_state == State::Open && (m_hover || isDown())) {
        fill = pal.color(QPalette::Highlight);
        fill.setAlpha(isDown() ? 70 : 35);
        border = pal.color(QPalette::Highlight);
    }
    QPainterPath path;
    path.addRoundedRect(frame, 6, 6);
    p.fillPath(path, fill);
    p.setPen(QPen(border, hasFocus() ? 2.5 : 1.2));
    p.drawPath(path);

    // The key badge.
    const QFontMetrics fm = fontMetrics();
    const int badge = badgeSize(fm);
    const QRect badgeRect(margin, (height() - badge) / 2, badge, badge);
    const QColor badgeColor = m_state == State::Other ? pal.color(QPalette::Mid) : accent;
    p.setPen(Qt::NoPen);
    p.setBrush(badgeColor);
    p.drawEllipse(badgeRect);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(badgeColor.lightness() > 150 ? QColor(Qt::black) : QColor(Qt::white));
    p.drawText(badgeRect, Qt::AlignCenter, QString::number(m_number));

    // The text; dimmed once another answer is the right one.
    p.setFont(font());
    QColor textColor = pal.color(QPalette::ButtonText);
    if (m_state == State::Other)
        textColor = pal.color(QPalette::Disabled, QPalette::ButtonText);
    p.setPen(textColor);
    p.drawText(textRect(rect()), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter, text());

    if (!mark.isEmpty()) {
        QFont markFont = bold;
        markFont.setPointSizeF(markFont.pointSizeF() * 1.4);
        p.setFont(markFont);
        p.setPen(accent);
        p.drawText(QRect(width() - margin - badge, 0, badge, height()), Qt::AlignCenter, mark);
    }
}

} // namespace sipref
