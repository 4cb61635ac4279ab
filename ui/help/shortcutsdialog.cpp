#include "help/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sipref {

namespace {

// "&Open…" -> "Open…", "Save && Quit" -> "Save & Quit".
QString plainText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QString keysText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys.append(k.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

void collect(const QMenu *menu, const QString &path, QList<ShortcutRow> *rows, QSet<const QAction *> *seen)
{
    for (const QAction *action : menu->actions()) {
        seen->insert(action);
        if (action->isSeparator())
            continue;
        if (const QMenu *sub = action->menu()) {
            collect(sub, path + QStringLiteral(" › ") + plainText(sub->title()), rows, seen);
            continue;
        }
        if (!action->shortcuts().isEmpty())
            rows->append({path, plainText(action->text()), keysText(action)});
    }
}

} // namespace

QList<ShortcutRow> shortcutRows(const QMainWindow *window)
{
    QList<ShortcutRow> rows;
    QSet<const QAction *> seen;
    for (const QAction *top : window->menuBar()->actions()) {
        if (const QMenu *menu = top->menu())
            collect(menu, plainText(menu->title()), &rows, &seen);
    }
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        rows.append({QString(), plainText(action->text()), keysText(action)});
    }
    return rows;
}

ShortcutsDialog::ShortcutsDialog(const QMainWindow *window, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget)
{
    setObjectName(QStringLiteral("ShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    QTreeWidgetItem *group = nullptr;
    QString groupName;
    for (const ShortcutRow &row : shortcutRows(window)) {
        const QString name = row.menu.isEmpty() ? tr("Other") : row.menu;
        if (!group || name != groupName) {
            group = new QTreeWidgetItem(m_tree, {name});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
            groupName = name;
        }
        auto *item = new QTreeWidgetItem(group, {row.command, row.keys});
        item->setData(1, Qt::AccessibleTextRole, row.keys);
    }
    m_tree->expandAll();
    m_tree->setItemsExpandable(false);
    m_tree->setIndentation(14);

    auto *note =
        new QLabel(tr("In the search field, the arrow keys move through the results and Esc clears the search."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(480, 620);
}

} // namespace sipref
