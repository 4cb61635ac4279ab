#pragma once

#include <QColor>
#include <QToolButton>

namespace sipref {

// One button of the browser's class filter (All, 1xx … 6xx, GB/T 28181, Q.850, Warning): its label
// in the class colour; checked, a chip filled with that colour. Painted here rather than through a
// style sheet: style sheets on these ten buttons put the whole window's start-up through Qt's
// style-sheet engine (about 2 ms, BENCHMARKS.md), and gave a checked button another size than an
// unchecked one, so the row shifted when the filter changed.
class ClassChip : public QToolButton
{
    Q_OBJECT
public:
    explicit ClassChip(QWidget *parent = nullptr);

    // The label's colour, and the label's colour on the filled chip when checked.
    void setColors(const QColor &classColor, const QColor &checkedText);
    QColor classColor() const { return m_classColor; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void useLabelFont();

    QColor m_classColor;
    QColor m_checkedText;
};

} // namespace sipref
