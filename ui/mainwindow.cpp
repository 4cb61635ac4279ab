#include "mainwindow.h"

#include "browser/codebrowser.h"
#include "browser/codefilterproxy.h"
#include "catalog/catalog.h"
#include "flow/callsview.h"
#include "help/shortcutsdialog.h"
#include "i18n/apptranslator.h"
#include "inspector/inspectorview.h"
#include "print/codesheetexport.h"
#include "settings.h"
#include "settings/appearance.h"
#include "settings/preferencesdialog.h"
#include "settings/recentfiles.h"
#include "training/trainingview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTabWidget>

namespace sipref {

MainWindow::MainWindow(const Catalog &catalog, AppTranslator &translator, Settings &settings, QWidget *parent)
    : QMainWindow(parent),
      m_catalog(catalog),
      m_translator(translator),
      m_settings(settings),
      m_language(translator.language()),
      m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_tabs->setDocumentMode(true);
    // Building every tab up front took most of the start-up time (BENCHMARKS.md): each tab starts
    // as an empty placeholder, replaced by the real view when it is first shown or asked for.
    for (int tab = 0; tab < TabCount; ++tab)
        m_tabs->addTab(new QWidget, QString());
    setCentralWidget(m_tabs);
    createActions();
    retranslateUi();
    restoreState();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::ensureTab);
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::ensureTab(int index)
{
    switch (index) {
    case BrowserTab:
        return browser();
    case InspectorTab:
        return inspector();
    case CallsTab:
        return calls();
    case TrainingTab:
        return training();
    default:
        return nullptr;
    }
}

CodeBrowser *MainWindow::browser()
{
    if (!m_browser)
        createBrowser();
    return m_browser;
}

InspectorView *MainWindow::inspector()
{
    if (!m_inspector)
        createInspector();
    return m_inspector;
}

CallsView *MainWindow::calls()
{
    if (!m_calls)
        createCalls();
    return m_calls;
}

TrainingView *MainWindow::training()
{
    if (!m_training)
        createTraining();
    return m_training;
}

void MainWindow::installTab(Tab tab, QWidget *view)
{
    // The view goes in before its placeholder, takes over the current index if the placeholder had
    // it, and the placeholder goes: the tab keeps its place, text and the current-tab state.
    // Seen from outside, the current index never moves meanwhile: no currentChanged.
    const QSignalBlocker blocker(m_tabs);
    QWidget *placeholder = m_tabs->widget(tab);
    const bool current = m_tabs->currentIndex() == tab;
    m_tabs->insertTab(tab, view, m_tabs->tabText(tab));
    if (current)
        m_tabs->setCurrentIndex(tab);
    delete placeholder;
}

void MainWindow::createBrowser()
{
    m_browser = new CodeBrowser(m_catalog);
    connect(m_browser, &CodeBrowser::historyChanged, this, &MainWindow::updateHistoryActions);
    m_browser->setLanguage(m_language);
    m_browser->restoreState(m_settings.value(Settings::BrowserSplitter).toByteArray());
    const int profile = m_settings.value(Settings::BrowserLastProfile).toInt();
    const int kind = m_settings.value(Settings::BrowserLastKind).toInt();
    const int code = m_settings.value(Settings::BrowserLastCode).toInt();
    if (kind == int(EntryKind::Q850) || kind == int(EntryKind::Warning))
        m_browser->showEntry(EntryKind(kind), code);
    else
        m_browser->showCode(code, profile == int(Profile::Gb28181) ? Profile::Gb28181 : Profile::Ietf);
    installTab(BrowserTab, m_browser);
    updateHistoryActions();
}

void MainWindow::createInspector()
{
    m_inspector = new InspectorView(m_catalog, m_settings);
    connect(m_inspector, &InspectorView::openEntryRequested, this, [this](EntryKind kind, int code) {
        showBrowser();
        m_browser->showEntry(kind, code);
    });
    connect(m_inspector, &InspectorView::fileOpened, m_recent, &RecentFilesMenu::add);
    m_inspector->setLanguage(m_language);
    installTab(InspectorTab, m_inspector);
    applyInspectorSettings();
    m_inspector->restoreState();
}

void MainWindow::createCalls()
{
    m_calls = new CallsView;
    // The calls are those of the inspector's input.
    m_calls->followInspector(inspector());
    connect(m_calls, &CallsView::showInInspectorRequested, this, &MainWindow::showInspector);
    m_calls->setLanguage(m_language);
    installTab(CallsTab, m_calls);
}

void MainWindow::createTraining()
{
    m_training = new TrainingView(m_catalog);
    connect(m_training, &TrainingView::openInInspectorRequested, this, [this](const QString &text) {
        showInspector();
        m_inspector->setText(text);
    });
    m_training->setLanguage(m_language);
    installTab(TrainingTab, m_training);
}

void MainWindow::createActions()
{
    m_open = new QAction(this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::openFile);
    m_recent = new RecentFilesMenu(m_settings, this);
    connect(m_recent, &RecentFilesMenu::openRequested, this, [this](const QString &path) {
        showInspector();
        if (!m_inspector->openFile(path))
            m_recent->remove(path);
    });
    m_print = new QAction(this);
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this,
            [this] { printCodeSheet(this, m_catalog, m_settings, browser()->proxy()->classFilter()); });
    m_exportPdf = new QAction(this);
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_exportPdf, &QAction::triggered, this,
            [this] { exportCodeSheetPdf(this, m_catalog, m_settings, browser()->proxy()->classFilter()); });
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_find = new QAction(this);
    m_find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::CTRL | Qt::Key_K)});
    connect(m_find, &QAction::triggered, this, [this] {
        showBrowser();
        m_browser->focusSearch();
    });
    m_copyText = new QAction(this);
    m_copyText->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyText, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(browser()->currentAsText(false)); });
    m_copyMarkdown = new QAction(this);
    m_copyMarkdown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_copyMarkdown, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(browser()->currentAsMarkdown(false)); });
    m_copyBoth = new QAction(this);
    connect(m_copyBoth, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(browser()->currentAsMarkdown(true)); });

    m_showBrowser = new QAction(this);
    m_showBrowser->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_showBrowser, &QAction::triggered, this, &MainWindow::showBrowser);
    m_showInspector = new QAction(this);
    m_showInspector->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_showInspector, &QAction::triggered, this, &MainWindow::showInspector);
    m_showCalls = new QAction(this);
    m_showCalls->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_showCalls, &QAction::triggered, this, &MainWindow::showCalls);
    m_showTraining = new QAction(this);
    m_showTraining->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(m_showTraining, &QAction::triggered, this, &MainWindow::showTraining);

    m_back = new QAction(this);
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(m_back, &QAction::triggered, this, [this] { browser()->goBack(); });
    m_forward = new QAction(this);
    m_forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(m_forward, &QAction::triggered, this, [this] { browser()->goForward(); });

    auto *languages = new QActionGroup(this);
    // Language names are shown in their own language, so anyone can find theirs.
    m_english = new QAction(QStringLiteral("English"), languages);
    m_chinese = new QAction(QStringLiteral("简体中文"), languages);
    m_english->setCheckable(true);
    m_chinese->setCheckable(true);
    (m_language == Language::Chinese ? m_chinese : m_english)->setChecked(true);
    connect(m_english, &QAction::triggered, this, [this] { setLanguage(Language::English); });
    connect(m_chinese, &QAction::triggered, this, [this] { setLanguage(Language::Chinese); });

    m_preferences = new QAction(this);
    // Ctrl+, where the platform names no key for preferences (most Linux desktops).
    m_preferences->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                    ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                    : QKeySequence::keyBindings(QKeySequence::Preferences));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    m_shortcuts = new QAction(this);
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(m_shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQt = new QAction(this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_open);
    m_fileMenu->addMenu(m_recent);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_print);
    m_fileMenu->addAction(m_exportPdf);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_find);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_copyText);
    m_editMenu->addAction(m_copyMarkdown);
    m_editMenu->addAction(m_copyBoth);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferences);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_showBrowser);
    m_viewMenu->addAction(m_showInspector);
    m_viewMenu->addAction(m_showCalls);
    m_viewMenu->addAction(m_showTraining);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(m_english);
    m_languageMenu->addAction(m_chinese);
    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addAction(m_back);
    m_goMenu->addAction(m_forward);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcuts);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);
    updateHistoryActions();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("sipref — SIP codes and message inspector"));
    m_tabs->setTabText(BrowserTab, tr("Response Codes"));
    m_tabs->setTabText(InspectorTab, tr("Inspector"));
    m_tabs->setTabText(CallsTab, tr("Calls"));
    m_tabs->setTabText(TrainingTab, tr("Training"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    m_open->setText(tr("&Open…"));
    m_quit->setText(tr("&Quit"));
    m_find->setText(tr("&Find Code"));
    m_copyText->setText(tr("Copy Entry as &Text"));
    m_copyMarkdown->setText(tr("Copy Entry as &Markdown"));
    m_copyBoth->setText(tr("Copy Entry in &Both Languages"));
    m_showBrowser->setText(tr("&Response Codes"));
    m_showInspector->setText(tr("&Inspector"));
    m_showCalls->setText(tr("&Calls"));
    m_showTraining->setText(tr("&Training"));
    m_back->setText(tr("&Back"));
    m_forward->setText(tr("&Forward"));
    m_about->setText(tr("&About sipref"));
    m_aboutQt->setText(tr("About &Qt"));
    m_print->setText(tr("&Print Code Sheet…"));
    m_exportPdf->setText(tr("&Export Code Sheet as PDF…"));
    m_preferences->setText(tr("Pre&ferences…"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(Language language)
{
    m_language = language;
    m_translator.setLanguage(language); // sends LanguageChange to every widget
    // Tabs not built yet take the language when they are.
    if (m_browser)
        m_browser->setLanguage(language);
    if (m_inspector)
        m_inspector->setLanguage(language);
    if (m_calls)
        m_calls->setLanguage(language);
    if (m_training)
        m_training->setLanguage(language);
    (language == Language::Chinese ? m_chinese : m_english)->setChecked(true);
    m_settings.setValue(Settings::Language, languageCode(language));
}

void MainWindow::updateHistoryActions()
{
    if (m_back)
        m_back->setEnabled(m_browser && m_browser->canGoBack());
    if (m_forward)
        m_forward->setEnabled(m_browser && m_browser->canGoForward());
}

void MainWindow::showInspector()
{
    m_tabs->setCurrentWidget(inspector());
}

void MainWindow::showCalls()
{
    m_tabs->setCurrentWidget(calls());
}

void MainWindow::showBrowser()
{
    m_tabs->setCurrentWidget(browser());
}

void MainWindow::showTraining()
{
    m_tabs->setCurrentWidget(training());
}

void MainWindow::openFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open SIP Messages or Log"), QString(),
                                                      tr("Logs and messages (*.log *.txt *.sip *.msg);;All files (*)"));
    if (file.isEmpty())
        return;
    showInspector();
    m_inspector->openFile(file);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About sipref"),
                       tr("<h3>sipref %1</h3><p>SIP response codes explained, and SIP messages checked against the "
                          "RFCs, in English and Chinese.</p>")
                               .arg(QCoreApplication::applicationVersion())
                           + tr("<p>%1 entries: SIP response codes, GB/T 28181 platform codes, Q.850 causes and "
                                "Warning codes.</p><p>Built with Qt %2, running on Qt %3.</p>")
                                 .arg(m_catalog.entries().size())
                                 .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    connect(&dialog, &PreferencesDialog::languageChanged, this, &MainWindow::setLanguage);
    connect(&dialog, &PreferencesDialog::appearanceChanged, this, [this] { applyAppearance(m_settings); });
    // The dialog stores both; an inspector not built yet reads them when it is.
    connect(&dialog, &PreferencesDialog::editorFontSizeChanged, this, [this](int size) {
        if (m_inspector)
            m_inspector->setEditorFontSize(size);
    });
    connect(&dialog, &PreferencesDialog::strictnessChanged, this, [this](CheckStrictness strictness) {
        if (m_inspector)
            m_inspector->setStrictness(strictness);
    });
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    // The list includes the tabs' own shortcuts (F5 in Training): every tab must exist.
    for (int tab = 0; tab < TabCount; ++tab)
        ensureTab(tab);
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}

void MainWindow::applyInspectorSettings()
{
    m_inspector->setEditorFontSize(m_settings.value(Settings::InspectorFontSize).toInt());
    m_inspector->setStrictness(parseStrictness(m_settings.value(Settings::CheckStrictness).toString()));
}

void MainWindow::saveState()
{
    m_settings.setValue(Settings::WindowGeometry, saveGeometry());
    m_settings.setValue(Settings::WindowState, QMainWindow::saveState());
    m_settings.setValue(Settings::CurrentTab, m_tabs->currentIndex());
    // A tab never built has nothing new: its stored state stays as it was.
    if (m_browser) {
        m_settings.setValue(Settings::BrowserSplitter, m_browser->saveState());
        m_settings.setValue(Settings::BrowserLastCode, m_browser->currentCode());
        m_settings.setValue(Settings::BrowserLastProfile, int(m_browser->currentProfile()));
        m_settings.setValue(Settings::BrowserLastKind, int(m_browser->currentKind()));
    }
    if (m_inspector)
        m_inspector->saveState();
    m_settings.sync();
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(m_settings.value(Settings::WindowGeometry).toByteArray())) {
        // First start: a comfortable size, but never larger than the screen (projectors, laptops).
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
        resize(std::min(1180, available.width() * 9 / 10), std::min(760, available.height() * 9 / 10));
    }
    QMainWindow::restoreState(m_settings.value(Settings::WindowState).toByteArray());
    // The tab restored is built now, complete before the window shows; each tab restores its own
    // state when it is built.
    m_tabs->setCurrentIndex(m_settings.value(Settings::CurrentTab).toInt());
    ensureTab(m_tabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

} // namespace sipref
