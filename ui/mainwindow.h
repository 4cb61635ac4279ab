#pragma once

#include "i18n/language.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QMenu;
class QTabWidget;

namespace sipref {

class AppTranslator;
class CallsView;
class Catalog;
class CodeBrowser;
class InspectorView;
class RecentFilesMenu;
class Settings;
class TrainingView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const Catalog &catalog, AppTranslator &translator, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setLanguage(Language language);
    Language language() const { return m_language; }
    // Only the tab on screen is built before the window shows (start-up time); the others are
    // built the first time they are shown or asked for here.
    CodeBrowser *browser();
    InspectorView *inspector();
    CallsView *calls();
    TrainingView *training();
    QTabWidget *tabs() const { return m_tabs; }
    void showInspector();
    void showCalls();
    void showBrowser();
    void showTraining();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // The tabs in their order; the index is what Settings::CurrentTab stores.
    enum Tab { BrowserTab, InspectorTab, CallsTab, TrainingTab, TabCount };

    QWidget *ensureTab(int index);
    void installTab(Tab tab, QWidget *view);
    void createBrowser();
    void createInspector();
    void createCalls();
    void createTraining();
    void createActions();
    void retranslateUi();
    void updateHistoryActions();
    void saveState();
    void restoreState();
    void openFile();
    void showAbout();
    void showPreferences();
    void showShortcuts();
    void applyInspectorSettings();

    const Catalog &m_catalog;
    AppTranslator &m_translator;
    Settings &m_settings;
    Language m_language;
    QTabWidget *m_tabs;
    // Null until built.
    CodeBrowser *m_browser = nullptr;
    InspectorView *m_inspector = nullptr;
    CallsView *m_calls = nullptr;
    TrainingView *m_training = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_open = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_find = nullptr;
    QAction *m_copyText = nullptr;
    QAction *m_copyMarkdown = nullptr;
    QAction *m_copyBoth = nullptr;
    QAction *m_showBrowser = nullptr;
    QAction *m_showInspector = nullptr;
    QAction *m_showCalls = nullptr;
    QAction *m_showTraining = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_english = nullptr;
    QAction *m_chinese = nullptr;
    QAction *m_about = nullptr;
    RecentFilesMenu *m_recent = nullptr;
    QAction *m_print = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_aboutQt = nullptr;
};

} // namespace sipref
