#include "browser/codelistview.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHash>
#include <QHeaderView>
#include <QStyledItemDelegate>

namespace sipref {

namespace {

// An upper bound of the width of a line of text: the sum of its characters' advances, which
// shaping only narrows (kerning, ligatures). Negative where a character is not that simple (tabs,
// line breaks, combining marks, surrogates): such a text is always measured.
qreal sumOfAdvances(const QString &text, const QFontMetricsF &metrics, QHash<char16_t, qreal> &advances)
{
    qreal sum = 0;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.isSurrogate() || c.isMark() || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return -1;
        auto it = advances.constFind(c.unicode());
        if (it == advances.constEnd())
            it = advances.insert(c.unicode(), metrics.horizontalAdvance(c));
        sum += *it;
    }
    return sum;
}

} // namespace

CodeListView::CodeListView(QWidget *parent) : QTreeView(parent)
{
    connect(this, &QAbstractItemView::iconSizeChanged, this, &CodeListView::forgetWidths);
}

void CodeListView::setModel(QAbstractItemModel *newModel)
{
    if (QAbstractItemModel *old = model())
        disconnect(old, nullptr, this, nullptr);
    QTreeView::setModel(newModel);
    forgetWidths();
    if (!newModel)
        return;
    // Anything that can change what a row shows, or which rows there are.
    connect(newModel, &QAbstractItemModel::dataChanged, this, &CodeListView::forgetWidths);
    connect(newModel, &QAbstractItemModel::layoutChanged, this, &CodeListView::forgetWidths);
    connect(newModel, &QAbstractItemModel::modelReset, this, &CodeListView::forgetWidths);
    connect(newModel, &QAbstractItemModel::rowsInserted, this, &CodeListView::forgetWidths);
    connect(newModel, &QAbstractItemModel::rowsRemoved, this, &CodeListView::forgetWidths);
    connect(newModel, &QAbstractItemModel::rowsMoved, this, &CodeListView::forgetWidths);
    connect(newModel, &QAbstractItemModel::columnsInserted, this, &CodeListView::forgetWidths);
    connect(newModel, &QAbstractItemModel::columnsRemoved, this, &CodeListView::forgetWidths);
    connect(newModel, &QAbstractItemModel::columnsMoved, this, &CodeListView::forgetWidths);
}

int CodeListView::sizeHintForColumn(int column) const
{
    if (column < 0)
        return QTreeView::sizeHintForColumn(column);
    if (column >= m_widths.size())
        m_widths.resize(column + 1, -1);
    if (m_widths[column] < 0)
        m_widths[column] = measureColumn(column);
    return m_widths[column];
}

int CodeListView::measureColumn(int column) const
{
    // The same answer as QTreeView::sizeHintForColumn (the widest size hint of the delegate), which
    // asks the delegate about every row. Here the rows are first ranked by a cheap upper bound of
    // their text's width, and only those that can be the widest are asked: the others' text is
    // narrower than the widest one's even after shaping narrowed that one by a tenth.
    const QAbstractItemModel *items = model();
    const QModelIndex root = rootIndex();
    const int rows = items ? items->rowCount(root) : 0;
    const int precision = header()->resizeContentsPrecision();
    auto *delegate = qobject_cast<QStyledItemDelegate *>(itemDelegate());
    // Where QTreeView would measure differently (a sample of the rows, indented tree levels) or
    // the delegate is not the standard one, its own measure.
    if (rows == 0 || precision == 0 || (precision > 0 && rows > precision) || rootIsDecorated() || !delegate
        || itemDelegateForColumn(column))
        return QTreeView::sizeHintForColumn(column);

    ensurePolished();
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QFontMetricsF metrics(option.font);
    QHash<char16_t, qreal> advances;
    struct Candidate
    {
        QModelIndex index;
        qreal bound; // negative: unknown
    };
    QList<Candidate> candidates;
    candidates.reserve(rows);
    qreal widest = 0;
    int decorated = 0;
    for (int row = 0; row < rows; ++row) {
        if (isRowHidden(row, root) || isFirstColumnSpanned(row, root))
            continue; // QTreeView skips them too
        const QModelIndex index = items->index(row, column, root);
        qreal bound = -1;
        // The bound compares texts only: the rest of the item (font, icon, check box) must be alike.
        if (itemDelegateForIndex(index) == delegate && !index.data(Qt::FontRole).isValid()
            && !index.data(Qt::CheckStateRole).isValid())
            bound = sumOfAdvances(delegate->displayText(index.data(Qt::DisplayRole), option.locale), metrics, advances);
        if (index.data(Qt::DecorationRole).isValid())
            ++decorated;
        widest = std::max(widest, bound);
        candidates.append({index, bound});
    }
    if (candidates.isEmpty() || (decorated != 0 && decorated != candidates.size()))
        return QTreeView::sizeHintForColumn(column);

    const qreal threshold = widest * 0.9 - 4;
    int width = 0;
    for (const Candidate &c : candidates) {
        if (c.bound < 0 || c.bound >= threshold)
            width = std::max(width, itemDelegateForIndex(c.index)->sizeHint(option, c.index).width());
    }
    return width;
}

void CodeListView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LanguageChange: // the reason column says "Warning: …" in the language shown
        forgetWidths();
        break;
    default:
        break;
    }
    QTreeView::changeEvent(event);
}

void CodeListView::forgetWidths()
{
    m_widths.fill(-1);
}

} // namespace sipref
