#pragma once

#include <QAbstractButton>

namespace sipref {

// One answer of a quiz question: its key (1-4) in a badge and the text, wrapped to as many lines as
// it needs. Once the question is answered it shows which answer was right and which one was
// chosen, with a mark as well as a colour.
class ChoiceButton : public QAbstractButton
{
    Q_OBJECT
public:
    enum class State { Open, Right, WrongChoice, Other };

    explicit ChoiceButton(int number, QWidget *parent = nullptr);

    void setChoiceText(const QString &text);
    QString choiceText() const { return text(); }
    void setState(State state);
    State state() const { return m_state; }
    int number() const { return m_number; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QRect textRect(const QRect &rect) const;
    void updateAccessibility();

    int m_number;
    State m_state = State::Open;
    bool m_hover = false;
};

} // namespace sipref
