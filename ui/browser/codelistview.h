#pragma once

#include <QList>
#include <QTreeView>

namespace sipref {

// The browser's result list: a QTreeView that measures its columns' content widths cheaply.
// QHeaderView asks for the width of a ResizeToContents column on every layout pass, and each time
// QTreeView lays out the text of every row: eleven passes before the window first showed cost more
// than the rest of the tab together. The widths change only with the rows, their data, the font or
// the style, so each is kept until one of those changes; and of the rows, only those whose text can
// be the widest get the (exact, dear) measure.
class CodeListView : public QTreeView
{
    Q_OBJECT
public:
    explicit CodeListView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    int sizeHintForColumn(int column) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    int measureColumn(int column) const;
    void forgetWidths();

    mutable QList<int> m_widths; // by column; -1 = not measured since the last change
};

} // namespace sipref
