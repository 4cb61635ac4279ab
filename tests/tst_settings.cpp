// The settings table: every key has a name of its own and a default, values survive a round trip
// through an INI file, and the helpers built on it (recent files, the preferences dialog, the
// shortcut list) keep to it.
#include "catalog/catalog.h"
#include "classcolors.h"
#include "help/shortcutsdialog.h"
#include "i18n/apptranslator.h"
#include "inspector/inspectorview.h"
#include "mainwindow.h"
#include "print/codesheet.h"
#include "settings.h"
#include "settings/appearance.h"
#include "settings/checkstrictness.h"
#include "settings/preferencesdialog.h"
#include "settings/recentfiles.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace sipref;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void namesAreUnique();
    void defaults_data();
    void defaults();
    void roundTrip_data();
    void roundTrip();
    void removeRestoresDefault();
    void idsRoundTrip();
    void recentFileList();
    void recentFilesMenu();
    void preferencesDialogStoresAndAnnounces();
    void restoreDefaults();
    void inspectorTakesStrictnessAndFont();
    void mainWindowAppliesStoredPreferences();
    void shortcutListComesFromActions();
    void appearance();

private:
    const Catalog m_catalog;
};

void TestSettings::namesAreUnique()
{
    QSet<QString> names;
    for (int k = 0; k < Settings::KeyCount; ++k) {
        const QString name = Settings::name(Settings::Key(k));
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(k)));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }
}

void TestSettings::defaults_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("language") << int(Settings::Language) << QVariant(QString());
    QTest::newRow("last code") << int(Settings::BrowserLastCode) << QVariant(486);
    QTest::newRow("font size") << int(Settings::InspectorFontSize) << QVariant(0);
    QTest::newRow("strictness") << int(Settings::CheckStrictness) << QVariant(QStringLiteral("strict"));
    QTest::newRow("colour scheme") << int(Settings::ColorScheme) << QVariant(QStringLiteral("system"));
    QTest::newRow("high contrast") << int(Settings::HighContrastColors) << QVariant(false);
    QTest::newRow("recent files") << int(Settings::RecentFiles) << QVariant(QStringList());
    QTest::newRow("print scope") << int(Settings::PrintScope) << QVariant(0);
    QTest::newRow("print languages") << int(Settings::PrintLanguages) << QVariant(QStringLiteral("both"));
}

void TestSettings::defaults()
{
    QFETCH(int, key);
    QFETCH(QVariant, expected);
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("empty.ini")));
    QVERIFY(!settings.contains(Settings::Key(key)));
    QCOMPARE(settings.value(Settings::Key(key)), expected);
    QCOMPARE(Settings::defaultValue(Settings::Key(key)), expected);
}

void TestSettings::roundTrip_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("language") << int(Settings::Language) << QVariant(QStringLiteral("zh_CN"));
    QTest::newRow("geometry") << int(Settings::WindowGeometry) << QVariant(QByteArray("\x01\x02\x00\xff", 4));
    QTest::newRow("tab") << int(Settings::CurrentTab) << QVariant(1);
    QTest::newRow("font size") << int(Settings::InspectorFontSize) << QVariant(14);
    QTest::newRow("strictness") << int(Settings::CheckStrictness) << QVariant(QStringLiteral("gb28181"));
    QTest::newRow("colour scheme") << int(Settings::ColorScheme) << QVariant(QStringLiteral("dark"));
    QTest::newRow("high contrast") << int(Settings::HighContrastColors) << QVariant(true);
    QTest::newRow("one recent file") << int(Settings::RecentFiles)
                                     << QVariant(QStringList{QStringLiteral("/tmp/a b.log")});
    QTest::newRow("recent files") << int(Settings::RecentFiles)
                                  << QVariant(
                                         QStringList{QStringLiteral("/tmp/呼叫.log"), QStringLiteral("/x/y,z.txt")});
    QTest::newRow("print scope") << int(Settings::PrintScope) << QVariant(8);
    QTest::newRow("print languages") << int(Settings::PrintLanguages) << QVariant(QStringLiteral("zh_CN"));
}

void TestSettings::roundTrip()
{
    QFETCH(int, key);
    QFETCH(QVariant, value);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(file);
        settings.setValue(Settings::Key(key), value);
        settings.sync();
    }
    Settings again(file);
    QVERIFY(again.contains(Settings::Key(key)));
    const QVariant read = again.value(Settings::Key(key));
    // INI files keep no types: compare the way the program reads each value.
    switch (value.typeId()) {
    case QMetaType::QStringList:
        QCOMPARE(read.toStringList(), value.toStringList());
        break;
    case QMetaType::Bool:
        QCOMPARE(read.toBool(), value.toBool());
        break;
    case QMetaType::Int:
        QCOMPARE(read.toInt(), value.toInt());
        break;
    case QMetaType::QByteArray:
        QCOMPARE(read.toByteArray(), value.toByteArray());
        break;
    default:
        QCOMPARE(read.toString(), value.toString());
    }
}

void TestSettings::removeRestoresDefault()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(Settings::InspectorFontSize, 20);
    settings.remove(Settings::InspectorFontSize);
    QVERIFY(!settings.contains(Settings::InspectorFontSize));
    QCOMPARE(settings.value(Settings::InspectorFontSize).toInt(), 0);
}

void TestSettings::idsRoundTrip()
{
    for (CheckStrictness s : {CheckStrictness::StrictRfc, CheckStrictness::Lenient, CheckStrictness::Gb28181})
        QCOMPARE(parseStrictness(strictnessId(s)), s);
    QCOMPARE(parseStrictness(QStringLiteral("nonsense")), CheckStrictness::StrictRfc);
    for (ColorScheme s : {ColorScheme::System, ColorScheme::Light, ColorScheme::Dark})
        QCOMPARE(parseColorScheme(colorSchemeId(s)), s);
    QCOMPARE(parseColorScheme(QString()), ColorScheme::System);
    for (SheetLanguages l : {SheetLanguages::English, SheetLanguages::Chinese, SheetLanguages::Both})
        QCOMPARE(parseSheetLanguages(sheetLanguagesId(l)), l);
    // The stored defaults are what the parsers fall back to.
    QCOMPARE(Settings::defaultValue(Settings::CheckStrictness).toString(), strictnessId(CheckStrictness::StrictRfc));
    QCOMPARE(Settings::defaultValue(Settings::ColorScheme).toString(), colorSchemeId(ColorScheme::System));
}

void TestSettings::recentFileList()
{
    QStringList files;
    for (int i = 0; i < 10; ++i)
        files = withRecentFile(files, QStringLiteral("/logs/%1.log").arg(i));
    QCOMPARE(files.size(), 8);
    QCOMPARE(files.first(), QStringLiteral("/logs/9.log"));
    QCOMPARE(files.last(), QStringLiteral("/logs/2.log"));
    files = withRecentFile(files, QStringLiteral("/logs/5.log"));
    QCOMPARE(files.size(), 8);
    QCOMPARE(files.first(), QStringLiteral("/logs/5.log"));
    QCOMPARE(files.count(QStringLiteral("/logs/5.log")), 1);
    // Relative paths are stored absolute, so the same file is listed once.
    QVERIFY(QFileInfo(withRecentFile({}, QStringLiteral("call.log")).first()).isAbsolute());
}

void TestSettings::recentFilesMenu()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    RecentFilesMenu menu(settings);
    QVERIFY(!menu.menuAction()->isEnabled());
    QVERIFY(!menu.clearAction()->isEnabled());
    const QString a = dir.filePath(QStringLiteral("a&b.log"));
    const QString b = dir.filePath(QStringLiteral("b.log"));
    menu.add(a);
    menu.add(b);
    QVERIFY(menu.menuAction()->isEnabled());
    QCOMPARE(settings.value(Settings::RecentFiles).toStringList(), (QStringList{b, a}));
    // Two files, a separator, Clear.
    const QList<QAction *> actions = menu.actions();
    QCOMPARE(actions.size(), 4);
    QVERIFY(actions[0]->text().contains(QStringLiteral("b.log")));
    QVERIFY(actions[1]->text().contains(QStringLiteral("a&&b.log"))); // not a mnemonic
    QCOMPARE(actions[3], menu.clearAction());

    QSignalSpy open(&menu, &RecentFilesMenu::openRequested);
    actions[1]->trigger();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), a);

    menu.remove(a);
    QCOMPARE(menu.files(), QStringList{b});
    menu.clearAction()->trigger();
    QVERIFY(menu.files().isEmpty());
    QVERIFY(!menu.menuAction()->isEnabled());
    QCOMPARE(menu.actions().size(), 1);
}

void TestSettings::preferencesDialogStoresAndAnnounces()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(Settings::Language, QStringLiteral("en"));
    PreferencesDialog dialog(settings);
    QSignalSpy language(&dialog, &PreferencesDialog::languageChanged);
    QSignalSpy appearance(&dialog, &PreferencesDialog::appearanceChanged);
    QSignalSpy font(&dialog, &PreferencesDialog::editorFontSizeChanged);
    QSignalSpy strictness(&dialog, &PreferencesDialog::strictnessChanged);
    QCOMPARE(dialog.languageBox()->currentData().toInt(), int(Language::English));
    QCOMPARE(dialog.fontSizeBox()->value(), dialog.fontSizeBox()->minimum()); // "System default"
    QVERIFY(!dialog.fontSizeBox()->specialValueText().isEmpty());

    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(int(Language::Chinese)));
    QCOMPARE(language.count(), 1);
    QCOMPARE(settings.value(Settings::Language).toString(), QStringLiteral("zh_CN"));

    dialog.colorSchemeBox()->setCurrentIndex(dialog.colorSchemeBox()->findData(QStringLiteral("dark")));
    dialog.highContrastBox()->setChecked(true);
    QCOMPARE(appearance.count(), 2);
    QCOMPARE(settings.value(Settings::ColorScheme).toString(), QStringLiteral("dark"));
    QCOMPARE(settings.value(Settings::HighContrastColors).toBool(), true);

    dialog.fontSizeBox()->setValue(15);
    QCOMPARE(font.count(), 1);
    QCOMPARE(font.first().first().toInt(), 15);
    QCOMPARE(settings.value(Settings::InspectorFontSize).toInt(), 15);

    dialog.strictnessBox()->setCurrentIndex(dialog.strictnessBox()->findData(QStringLiteral("lenient")));
    QCOMPARE(strictness.count(), 1);
    QCOMPARE(strictness.first().first().value<CheckStrictness>(), CheckStrictness::Lenient);
    QCOMPARE(settings.value(Settings::CheckStrictness).toString(), QStringLiteral("lenient"));

    // A second dialog shows what the first one stored.
    PreferencesDialog again(settings);
    QCOMPARE(again.fontSizeBox()->value(), 15);
    QCOMPARE(again.strictnessBox()->currentData().toString(), QStringLiteral("lenient"));
    QCOMPARE(again.colorSchemeBox()->currentData().toString(), QStringLiteral("dark"));
    QVERIFY(again.highContrastBox()->isChecked());
    QCOMPARE(again.languageBox()->currentData().toInt(), int(Language::Chinese));
}

void TestSettings::restoreDefaults()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(Settings::Language, QStringLiteral("zh_CN"));
    settings.setValue(Settings::InspectorFontSize, 18);
    settings.setValue(Settings::CheckStrictness, QStringLiteral("gb28181"));
    settings.setValue(Settings::HighContrastColors, true);
    PreferencesDialog dialog(settings);
    QSignalSpy font(&dialog, &PreferencesDialog::editorFontSizeChanged);
    dialog.restoreDefaults();
    QCOMPARE(font.count(), 1);
    QCOMPARE(settings.value(Settings::InspectorFontSize).toInt(), 0);
    QCOMPARE(settings.value(Settings::CheckStrictness).toString(), QStringLiteral("strict"));
    QVERIFY(!settings.value(Settings::HighContrastColors).toBool());
    QCOMPARE(settings.value(Settings::Language).toString(), QStringLiteral("zh_CN")); // kept
    QVERIFY(!dialog.highContrastBox()->isChecked());
    QCOMPARE(dialog.fontSizeBox()->value(), dialog.fontSizeBox()->minimum());
}

void TestSettings::inspectorTakesStrictnessAndFont()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    InspectorView view(m_catalog, settings);
    QCOMPARE(view.strictness(), CheckStrictness::StrictRfc);
    view.setText(QStringLiteral("SIP/2.0 486 Busy Here\nVia: SIP/2.0/UDP a.example.com;branch=z9hG4bK1\n\n"));
    view.inspectNow();
    QTRY_VERIFY(!view.isBusy());
    QSignalSpy inspected(&view, &InspectorView::inspected);
    view.setStrictness(CheckStrictness::Gb28181);
    QCOMPARE(view.strictness(), CheckStrictness::Gb28181);
    QTRY_COMPARE(inspected.count(), 1); // a new strictness inspects again
    view.setStrictness(CheckStrictness::Gb28181);
    QTest::qWait(50);
    QCOMPARE(inspected.count(), 1); // the same one does not

    view.setEditorFontSize(17);
    QCOMPARE(view.editor()->font().pointSize(), 17);
    view.setEditorFontSize(0);
    QCOMPARE(view.editor()->font().pointSize(), QFontDatabase::systemFont(QFontDatabase::FixedFont).pointSize());
}

void TestSettings::mainWindowAppliesStoredPreferences()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(Settings::InspectorFontSize, 16);
    settings.setValue(Settings::CheckStrictness, QStringLiteral("lenient"));
    const QString log = dir.filePath(QStringLiteral("call.log"));
    QFile file(log);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("SIP/2.0 200 OK\n\n");
    file.close();
    settings.setValue(Settings::RecentFiles, QStringList{log, dir.filePath(QStringLiteral("gone.log"))});
    AppTranslator translator;
    MainWindow window(m_catalog, translator, settings);
    QCOMPARE(window.inspector()->editor()->font().pointSize(), 16);
    QCOMPARE(window.inspector()->strictness(), CheckStrictness::Lenient);

    auto *recent = window.findChild<RecentFilesMenu *>();
    QVERIFY(recent);
    QVERIFY(recent->menuAction()->isEnabled());
    recent->actions().first()->trigger();
    QCOMPARE(window.inspector()->editor()->toPlainText(), QStringLiteral("SIP/2.0 200 OK\n\n"));
    QCOMPARE(window.tabs()->currentWidget(), window.inspector());
    // Opening a file puts it first (it already was) and keeps the list short.
    QCOMPARE(recent->files().first(), log);
}

void TestSettings::shortcutListComesFromActions()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    AppTranslator translator;
    translator.setLanguage(Language::English);
    MainWindow window(m_catalog, translator, settings);
    const QList<ShortcutRow> rows = shortcutRows(&window);
    // Every action of the window with a shortcut is listed, with that shortcut.
    int withShortcut = 0;
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        ++withShortcut;
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        bool found = false;
        for (const ShortcutRow &row : rows)
            found = found || row.keys.contains(keys);
        QVERIFY2(found, qPrintable(action->text()));
    }
    QCOMPARE(rows.size(), withShortcut);
    QVERIFY(withShortcut >= 10);
    bool open = false, find = false;
    for (const ShortcutRow &row : rows) {
        QVERIFY(!row.command.contains(QLatin1Char('&')) || row.command.contains(QStringLiteral("& ")));
        open = open || (row.command == QStringLiteral("Open…") && row.menu == QStringLiteral("File") &&
                        row.keys == QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
        find = find || (row.command == QStringLiteral("Find Code") && row.keys.contains(QStringLiteral("Ctrl+K")));
    }
    QVERIFY(open);
    QVERIFY(find);

    ShortcutsDialog dialog(&window);
    QVERIFY(dialog.tree()->topLevelItemCount() >= 4); // File, Edit, View, Go, Help
    int items = 0;
    for (int i = 0; i < dialog.tree()->topLevelItemCount(); ++i)
        items += dialog.tree()->topLevelItem(i)->childCount();
    QCOMPARE(items, int(rows.size()));
}

void TestSettings::appearance()
{
    const QPalette dark = darkPalette();
    QCOMPARE(dark.color(QPalette::Base), QColor(0x2b, 0x2b, 0x2b));
    QVERIFY(isDarkPalette(dark));

    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    const bool systemDark = isDarkApplicationPalette();
    settings.setValue(Settings::ColorScheme, QStringLiteral("dark"));
    applyAppearance(settings);
    QVERIFY(isDarkApplicationPalette());
    settings.setValue(Settings::ColorScheme, QStringLiteral("light"));
    settings.setValue(Settings::HighContrastColors, true);
    applyAppearance(settings);
    QVERIFY(!isDarkApplicationPalette());
    QVERIFY(highContrastColors());
    settings.remove(Settings::ColorScheme);
    settings.remove(Settings::HighContrastColors);
    applyAppearance(settings);
    QCOMPARE(isDarkApplicationPalette(), systemDark || qEnvironmentVariableIntValue("SIPREF_DARK") == 1);
    QVERIFY(!highContrastColors());
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
