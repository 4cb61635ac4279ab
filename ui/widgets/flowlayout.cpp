#include "widgets/flowlayout.h"

#include <QWidget>

namespace sipref {

FlowLayout::FlowLayout(int spacing) : m_gap(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    qDeleteAll(m_items);
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

QSize FlowLayout::sizeHint() const
{
    // One row when there is room for it.
    int width = 0, height = 0;
    for (QLayoutItem *item : m_items) {
        const QSize s = item->sizeHint();
        width += s.width() + (width > 0 ? m_gap : 0);
        height = std::max(height, s.height());
    }
    return {width, height};
}

QSize FlowLayout::minimumSize() const
{
    // The widest single item: anything narrower cannot be laid out at all.
    QSize size;
    for (QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    return size;
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    int x = rect.x(), y = rect.y(), rowHeight = 0;
    for (QLayoutItem *item : m_items) {
        const QSize s = item->sizeHint();
        if (x > rect.x() && x + s.width() > rect.right() + 1) {
            x = rect.x();
            y += rowHeight + m_gap;
            rowHeight = 0;
        }
        if (apply)
            item->setGeometry(QRect(QPoint(x, y), s));
        x += s.width() + m_gap;
        rowHeight = std::max(rowHeight, s.height());
    }
    return y + rowHeight - rect.y();
}

} // namespace sipref
