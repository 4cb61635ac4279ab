#include "settings/recentfiles.h"

#include "settings.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>

namespace sipref {

QStringList withRecentFile(QStringList files, const QString &path, int max)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > max)
        files.removeLast();
    return files;
}

RecentFilesMenu::RecentFilesMenu(Settings &settings, QWidget *parent)
    : QMenu(parent)
    , m_settings(settings)
    , m_clear(new QAction(this))
{
    setObjectName(QStringLiteral("recentFilesMenu"));
    setToolTipsVisible(true);
    // The action is the context, not the menu: QMenu drops every connection between an action and
    // itself when the action is removed, which rebuild() does.
    connect(m_clear, &QAction::triggered, m_clear, [this] { clearFiles(); });
    retranslateUi();
    rebuild();
}

QStringList RecentFilesMenu::files() const
{
    return m_settings.value(Settings::RecentFiles).toStringList();
}

void RecentFilesMenu::add(const QString &path)
{
    setFiles(withRecentFile(files(), path, maxFiles));
}

void RecentFilesMenu::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    setFiles(list);
}

void RecentFilesMenu::clearFiles()
{
    setFiles({});
}

void RecentFilesMenu::setFiles(const QStringList &files)
{
    m_settings.setValue(Settings::RecentFiles, files);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    // The file actions are recreated; the Clear action stays, so the shortcut list and tests keep it.
    removeAction(m_clear);
    for (QAction *action : actions())
        delete action;
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString &path = list[i];
        // "&1 call.log", the folder in the tooltip; numbers 1-8 as accelerators.
        QString name = QFileInfo(path).fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        auto *action = addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(name));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, action, [this, path] { Q_EMIT openRequested(path); });
    }
    if (!list.isEmpty())
        addSeparator();
    addAction(m_clear);
    m_clear->setEnabled(!list.isEmpty());
    menuAction()->setEnabled(!list.isEmpty());
}

void RecentFilesMenu::retranslateUi()
{
    setTitle(tr("Open &Recent"));
    m_clear->setText(tr("&Clear Menu"));
}

void RecentFilesMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

} // namespace sipref
