#pragma once

#include <QLayout>
#include <QList>

namespace sipref {

// Lays widgets out left to right and wraps to a new row when the width runs out, so a row of
// filter buttons stays whole in a narrow window instead of being clipped.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(int spacing = 2);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const; // returns the height used
    QList<QLayoutItem *> m_items;
    int m_gap;
};

} // namespace sipref
