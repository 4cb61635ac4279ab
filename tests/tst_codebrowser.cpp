// The code browser as a user drives it: type, navigate with the keyboard, follow links, go back,
// switch language. Runs offscreen.
#include "browser/classchip.h"
#include "browser/codebrowser.h"
#include "browser/codefilterproxy.h"
#include "browser/codelistmodel.h"
#include "catalog/catalog.h"
#include "i18n/apptranslator.h"
#include "mainwindow.h"
#include "settings.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>
#include <QtTest>

using namespace sipref;

class TestCodeBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void modelsPassTheTester();
    void typingFilters_data();
    void typingFilters();
    void arrowsAndEscape();
    void classFilter();
    void classChipsFilterAndStayInPlace();
    void relatedLinkAndBack();
    void copyFormats();
    void languageSwitchChangesVisibleText();
    void remembersLastEntry();
    void meaningColumnStaysInSight();

private:
    QStringList visibleCodes(CodeBrowser &b) const
    {
        QStringList out;
        for (int row = 0; row < b.proxy()->rowCount(); ++row)
            out.append(b.proxy()->index(row, 0).data().toString());
        return out;
    }
    Catalog m_catalog;
};

void TestCodeBrowser::modelsPassTheTester()
{
    CodeListModel model(m_catalog);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CodeFilterProxy proxy(m_catalog);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setQuery(QStringLiteral("busy"));
    proxy.setClassFilter(6);
    proxy.setQuery(QString());
    proxy.setClassFilter(0);
    model.setLanguage(Language::Chinese);
    QCOMPARE(proxy.rowCount(), int(m_catalog.entries().size()));
    proxy.setClassFilter(CodeFilterProxy::Q850Class);
    QVERIFY(proxy.rowCount() >= 36);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, 0).data(CodeListModel::KindRole).toInt(), int(EntryKind::Q850));
}

void TestCodeBrowser::typingFilters_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("first");
    QTest::addColumn<int>("maxRows");
    QTest::newRow("code") << "486" << "486" << 1;
    QTest::newRow("prefix") << "48" << "480" << 10;
    QTest::newRow("english") << "busy here" << "486" << 84;
    QTest::newRow("header") << "Min-Expires" << "423" << 84;
    QTest::newRow("chinese while the UI is English") << QStringLiteral("超时") << "" << 84;
}

void TestCodeBrowser::typingFilters()
{
    QFETCH(QString, typed);
    QFETCH(QString, first);
    QFETCH(int, maxRows);
    CodeBrowser browser(m_catalog);
    browser.show();
    // QTest types ASCII only; Chinese arrives from an input method as committed text.
    bool ascii = true;
    for (QChar c : typed)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        QTest::keyClicks(browser.searchField(), typed);
    else
        browser.searchField()->insert(typed);
    const QStringList codes = visibleCodes(browser);
    QVERIFY(!codes.isEmpty());
    QVERIFY(codes.size() <= maxRows);
    if (!first.isEmpty())
        QCOMPARE(codes.first(), first);
    // The best match is shown at once.
    QCOMPARE(QString::number(browser.currentCode()), codes.first());
    if (typed == QStringLiteral("超时"))
        QVERIFY(codes.contains(QStringLiteral("408")) && codes.contains(QStringLiteral("504")));
}

void TestCodeBrowser::arrowsAndEscape()
{
    CodeBrowser browser(m_catalog);
    browser.show();
    QTest::keyClicks(browser.searchField(), QStringLiteral("48"));
    QCOMPARE(browser.currentCode(), 480);
    QTest::keyClick(browser.searchField(), Qt::Key_Down);
    QCOMPARE(browser.currentCode(), 481);
    QTest::keyClick(browser.searchField(), Qt::Key_Down);
    QCOMPARE(browser.currentCode(), 482);
    QTest::keyClick(browser.searchField(), Qt::Key_Up);
    QCOMPARE(browser.currentCode(), 481);
    QTest::keyClick(browser.searchField(), Qt::Key_Escape);
    QVERIFY(browser.searchField()->text().isEmpty());
    QCOMPARE(browser.proxy()->rowCount(), int(m_catalog.entries().size()));
}

void TestCodeBrowser::classFilter()
{
    CodeBrowser browser(m_catalog);
    browser.proxy()->setClassFilter(CodeFilterProxy::GbClass);
    QCOMPARE(browser.proxy()->rowCount(), 9);
    browser.proxy()->setClassFilter(6);
    QCOMPARE(visibleCodes(browser), (QStringList{"600", "603", "604", "606", "607", "608"}));
}

void TestCodeBrowser::classChipsFilterAndStayInPlace()
{
    CodeBrowser browser(m_catalog);
    browser.resize(1000, 600);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    const QList<ClassChip *> chips = browser.findChildren<ClassChip *>();
    QCOMPARE(chips.size(), CodeFilterProxy::WarningClass + 1);
    QList<QRect> places;
    for (const ClassChip *chip : chips)
        places.append(chip->geometry());

    // A click filters the list, and checks that chip alone.
    ClassChip *fourxx = chips.at(4);
    QCOMPARE(fourxx->text(), QStringLiteral("4xx"));
    QTest::mouseClick(fourxx, Qt::LeftButton);
    QCOMPARE(browser.proxy()->classFilter(), 4);
    QVERIFY(fourxx->isChecked());
    QVERIFY(!chips.at(0)->isChecked());
    QVERIFY(!visibleCodes(browser).isEmpty());
    for (const QString &code : visibleCodes(browser))
        QVERIFY2(code.startsWith(QLatin1Char('4')), qPrintable(code));

    // The row does not move: a checked chip has the size it had unchecked (with style sheets, a
    // checked button was narrower, and the buttons after it shifted).
    QApplication::processEvents();
    for (int i = 0; i < chips.size(); ++i)
        QCOMPARE(chips.at(i)->geometry(), places.at(i));

    // Checked, the chip is filled with its class colour; unchecked, only its label has it.
    auto colourShare = [](ClassChip *chip) {
        const QImage image = chip->grab().toImage();
        int hits = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                hits += image.pixelColor(x, y) == chip->classColor();
        }
        return double(hits) / (image.width() * image.height());
    };
    QVERIFY2(colourShare(fourxx) > 0.5, qPrintable(QString::number(colourShare(fourxx))));
    QVERIFY2(colourShare(chips.at(5)) < 0.2, qPrintable(QString::number(colourShare(chips.at(5)))));
}

void TestCodeBrowser::relatedLinkAndBack()
{
    CodeBrowser browser(m_catalog);
    browser.show();
    QVERIFY(browser.showCode(486));
    QVERIFY(browser.detailView()->toHtml().contains(QStringLiteral("code:600")));
    Q_EMIT browser.detailView()->anchorClicked(QUrl(QStringLiteral("code:600")));
    QCOMPARE(browser.currentCode(), 600);
    QVERIFY(browser.detailView()->toPlainText().contains(QStringLiteral("Busy Everywhere")));
    QVERIFY(browser.canGoBack());
    browser.goBack();
    QCOMPARE(browser.currentCode(), 486);
    QVERIFY(browser.canGoForward());
    browser.goForward();
    QCOMPARE(browser.currentCode(), 600);
    // A GB/T 28181 link lands on the platform meaning of a clashing number.
    Q_EMIT browser.detailView()->anchorClicked(QUrl(QStringLiteral("code:gb28181/301")));
    QCOMPARE(browser.currentCode(), 301);
    QCOMPARE(browser.currentProfile(), Profile::Gb28181);
    QVERIFY(browser.detailView()->toPlainText().contains(QStringLiteral("Moved Permanently")));
    // From a SIP code to the Q.850 cause it maps to, and on to the SIP code the cause maps to.
    browser.showCode(486);
    QVERIFY(browser.detailView()->toHtml().contains(QStringLiteral("code:q850/17")));
    Q_EMIT browser.detailView()->anchorClicked(QUrl(QStringLiteral("code:q850/17")));
    QCOMPARE(browser.currentKind(), EntryKind::Q850);
    QCOMPARE(browser.currentCode(), 17);
    QVERIFY(browser.detailView()->toPlainText().contains(QStringLiteral("Reason: Q.850;cause=17")));
    Q_EMIT browser.detailView()->anchorClicked(QUrl(QStringLiteral("code:486")));
    QCOMPARE(browser.currentKind(), EntryKind::Sip);
    browser.goBack();
    QCOMPARE(browser.currentKind(), EntryKind::Q850);
}

void TestCodeBrowser::copyFormats()
{
    CodeBrowser browser(m_catalog);
    browser.showCode(407);
    QVERIFY(browser.currentAsText(false).startsWith(QStringLiteral("407 Proxy Authentication Required")));
    QVERIFY(browser.currentAsMarkdown(false).startsWith(QStringLiteral("### 407")));
    const QString both = browser.currentAsMarkdown(true);
    QVERIFY(both.contains(QStringLiteral("What to check / ")));
    QVERIFY(both.contains(QStringLiteral("鉴权")));
}

void TestCodeBrowser::languageSwitchChangesVisibleText()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    AppTranslator translator;
    translator.setLanguage(Language::English);
    MainWindow window(m_catalog, translator, settings);
    window.show();
    window.browser()->showCode(486);
    const QString englishTab = window.tabs()->tabText(0);
    const QString englishMenu = window.menuBar()->actions().first()->text();
    QVERIFY(window.browser()->detailView()->toPlainText().contains(QStringLiteral("What to check")));

    window.setLanguage(Language::Chinese);
    QCoreApplication::processEvents(); // LanguageChange is delivered through the event loop
    QVERIFY(window.tabs()->tabText(0) != englishTab);
    QVERIFY(window.menuBar()->actions().first()->text() != englishMenu);
    QVERIFY(window.menuBar()->actions().first()->text().contains(QStringLiteral("文件")));
    const QString detail = window.browser()->detailView()->toPlainText();
    QVERIFY(detail.contains(QStringLiteral("Busy Here"))); // the reason phrase stays as registered
    QVERIFY(!detail.contains(QStringLiteral("What to check")));
    QVERIFY(window.browser()->searchField()->placeholderText().contains(QStringLiteral("Ctrl+K")));
    QVERIFY(!window.browser()->searchField()->placeholderText().startsWith(QStringLiteral("Search")));
    const QString name = window.browser()->resultView()->model()->index(0, CodeListModel::NameColumn).data().toString();
    QVERIFY(name.at(0).unicode() > 0x2e80); // a CJK name

    window.setLanguage(Language::English);
    QCoreApplication::processEvents();
    QCOMPARE(window.tabs()->tabText(0), englishTab);
    QCOMPARE(settings.value(Settings::Language).toString(), QStringLiteral("en"));
}

void TestCodeBrowser::remembersLastEntry()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    AppTranslator translator;
    {
        Settings settings(file);
        MainWindow window(m_catalog, translator, settings);
        window.show();
        window.browser()->showCode(603);
        window.close();
    }
    Settings settings(file);
    MainWindow again(m_catalog, translator, settings);
    QCOMPARE(again.browser()->currentCode(), 603);
}

QTEST_MAIN(TestCodeBrowser)
#include "tst_codebrowser.moc"

// The reason phrase column is as wide as its longest phrase only while that leaves the meaning
// (the column a Chinese reader reads first) a third of the list; a width the user dragged stays.
void TestCodeBrowser::meaningColumnStaysInSight()
{
    CodeBrowser browser(m_catalog);
    browser.setLanguage(Language::Chinese);
    browser.resize(700, 500);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    CodeListView *view = browser.resultView();
    QHeaderView *header = view->header();
    const int viewport = view->viewport()->width();
    QVERIFY(viewport < 400); // narrow: the longest phrases are wider than that
    QVERIFY(view->sizeHintForColumn(CodeListModel::ReasonColumn) > viewport * 2 / 3);
    const int meaningAt = header->sectionViewportPosition(CodeListModel::NameColumn);
    QVERIFY2(meaningAt <= viewport * 3 / 4, qPrintable(QStringLiteral("%1 of %2").arg(meaningAt).arg(viewport)));
    QVERIFY(!view->horizontalScrollBar()->isVisible());

    // Wider: the phrases get their room back.
    browser.resize(1600, 500);
    QTRY_COMPARE(header->sectionSize(CodeListModel::ReasonColumn), view->sizeHintForColumn(CodeListModel::ReasonColumn));

    // Dragged by the user: kept when the window changes.
    header->resizeSection(CodeListModel::ReasonColumn, 300);
    browser.resize(700, 500);
    QTest::qWait(50);
    QCOMPARE(header->sectionSize(CodeListModel::ReasonColumn), 300);

    // Another language: the columns are measured anew for its phrases and fitted again.
    browser.setLanguage(Language::English);
    QVERIFY(header->sectionSize(CodeListModel::ReasonColumn) <= view->viewport()->width() * 2 / 3);
}
