#pragma once

#include <QDialog>
#include <QList>

class QMainWindow;
class QTreeWidget;

namespace sipref {

// One row of the shortcut list: where the command is, what it is called, its keys.
struct ShortcutRow
{
    QString menu;    // "File", "View › Language"; empty for actions outside the menus
    QString command; // the action's text without the mnemonic '&'
    QString keys;    // every shortcut of the action, as the platform writes them
};

// Every action of the window that has a shortcut, read from the actions themselves (the menu bar
// first, in menu order, then actions that live only on widgets), so the list stays true.
QList<ShortcutRow> shortcutRows(const QMainWindow *window);

// Help › Keyboard Shortcuts.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMainWindow *window, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};

} // namespace sipref
