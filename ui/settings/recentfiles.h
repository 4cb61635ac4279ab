#pragma once

#include <QMenu>
#include <QStringList>

namespace sipref {

class Settings;

// The list after opening `path`: newest first, each file once (by absolute path), at most `max`.
QStringList withRecentFile(QStringList files, const QString &path, int max = 8);

// File › Open Recent: the last files opened in the inspector, kept in the settings, with an
// action that clears them. Disabled while empty.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT
public:
    static constexpr int maxFiles = 8;

    explicit RecentFilesMenu(Settings &settings, QWidget *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clearFiles();
    QAction *clearAction() const { return m_clear; }

Q_SIGNALS:
    void openRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setFiles(const QStringList &files);
    void rebuild();
    void retranslateUi();

    Settings &m_settings;
    QAction *m_clear;
};

} // namespace sipref
