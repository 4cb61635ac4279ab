#include "inspector/wrappingdelegate.h"

#include <QHeaderView>
#include <QTreeView>

namespace sipref {

WrappingDelegate::WrappingDelegate(QTreeView *view, int column)
    : QStyledItemDelegate(view), m_view(view), m_column(column)
{
    // New widths mean new heights.
    connect(view->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == m_column)
            m_view->doItemsLayout();
    });
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() != m_column)
        return size;
    const int width = std::max(80, m_view->header()->sectionSize(m_column) - 12);
    const QRect text = option.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap,
                                                       index.data(Qt::DisplayRole).toString());
    size.setHeight(std::max(size.height(), text.height() + 6));
    return size;
}

} // namespace sipref
