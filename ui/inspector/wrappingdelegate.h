#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace sipref {

// Sizes rows to the wrapped height of one column's text, which QStyledItemDelegate cannot do
// because it measures without knowing the column width. Findings are sentences: wrap, don't cut.
class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    WrappingDelegate(QTreeView *view, int column);
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
    int m_column;
};

} // namespace sipref
