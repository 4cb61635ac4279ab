// The printed code sheet, rendered offscreen: to PDF and to an image of page 1, for every scope
// in each language setting. With SIPREF_SHEET_OUT=DIR the PDFs and PNGs are kept there to look at.
#include "catalog/catalog.h"
#include "print/codesheet.h"
#include "print/codesheetdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace sipref;

namespace {

bool hasChinese(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    }
    return false;
}

// Pixels that are neither white nor grey: the class colours of headings and numbers.
int colouredPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c(line[x]);
            if (c.saturation() > 80 && c.value() < 230)
                ++n;
        }
    }
    return n;
}

int inkPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            n += qGray(line[x]) < 128;
    }
    return n;
}

} // namespace

class TestCodeSheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void content_data();
    void content();
    void pdfAndImage_data();
    void pdfAndImage();
    void bothLanguagesSideBySide();
    void scopesDiffer();
    void printerGetsTheSamePages();
    void dialog();

private:
    QString outDir() const { return qEnvironmentVariable("SIPREF_SHEET_OUT"); }
    const Catalog m_catalog;
};

void TestCodeSheet::content_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<int>("languages");
    QTest::addColumn<QString>("mustHave");
    QTest::addColumn<QString>("mustNotHave");
    QTest::newRow("all, both") << int(SheetScope::AllCodes) << int(SheetLanguages::Both) << QStringLiteral("Busy Here")
                               << QString();
    QTest::newRow("4xx, english") << int(SheetScope::Class4) << int(SheetLanguages::English) << QStringLiteral("486")
                                  << QStringLiteral("Trying");
    QTest::newRow("4xx, chinese") << int(SheetScope::Class4) << int(SheetLanguages::Chinese)
                                  << QStringLiteral("Busy Here") << QStringLiteral("503");
    QTest::newRow("gb28181") << int(SheetScope::Gb28181) << int(SheetLanguages::Both) << QStringLiteral("GB/T 28181")
                             << QStringLiteral("Busy Here");
    QTest::newRow("q850") << int(SheetScope::Q850) << int(SheetLanguages::Both) << QStringLiteral("User busy")
                          << QStringLiteral("Busy Here");
    QTest::newRow("warning") << int(SheetScope::Warning) << int(SheetLanguages::English)
                             << QStringLiteral("Incompatible media format") << QStringLiteral("User busy");
}

void TestCodeSheet::content()
{
    QFETCH(int, scope);
    QFETCH(int, languages);
    QFETCH(QString, mustHave);
    QFETCH(QString, mustNotHave);
    CodeSheet sheet(m_catalog, {SheetScope(scope), SheetLanguages(languages)});
    const QString text = sheet.plainText();
    QVERIFY(sheet.entryCount() > 0);
    QVERIFY2(text.contains(mustHave), qPrintable(mustHave));
    if (!mustNotHave.isEmpty())
        QVERIFY2(!text.contains(mustNotHave), qPrintable(mustNotHave));
    QVERIFY(text.startsWith(sheet.title().section(QStringLiteral(" · "), 0, 0)));
    const bool english = SheetLanguages(languages) != SheetLanguages::Chinese;
    const bool chinese = SheetLanguages(languages) != SheetLanguages::English;
    QCOMPARE(hasChinese(text), chinese);
    // The summaries of the chosen language(s) are on the sheet.
    for (const CodeEntry &e : m_catalog.entries()) {
        if (text.contains(e.summary.en()) || text.contains(e.summary.zh())) {
            QCOMPARE(text.contains(e.summary.en()), english);
            QCOMPARE(text.contains(e.summary.zh()), chinese);
            break;
        }
    }
}

void TestCodeSheet::pdfAndImage_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<int>("languages");
    QTest::newRow("all-both") << int(SheetScope::AllCodes) << int(SheetLanguages::Both);
    QTest::newRow("all-en") << int(SheetScope::AllCodes) << int(SheetLanguages::English);
    QTest::newRow("4xx-zh_CN") << int(SheetScope::Class4) << int(SheetLanguages::Chinese);
    QTest::newRow("6xx-both") << int(SheetScope::Class6) << int(SheetLanguages::Both);
    QTest::newRow("q850-both") << int(SheetScope::Q850) << int(SheetLanguages::Both);
}

void TestCodeSheet::pdfAndImage()
{
    QFETCH(int, scope);
    QFETCH(int, languages);
    QTemporaryDir tmp;
    const QString dir = outDir().isEmpty() ? tmp.path() : outDir();
    QDir().mkpath(dir);
    const QString name = QStringLiteral("codesheet-%1").arg(QString::fromLatin1(QTest::currentDataTag()));
    CodeSheet sheet(m_catalog, {SheetScope(scope), SheetLanguages(languages)});
    const int pages = sheet.pageCount();
    QVERIFY(pages > 0);

    int written = 0;
    const QString pdfPath = dir + QLatin1Char('/') + name + QStringLiteral(".pdf");
    QVERIFY(writeCodeSheetPdf(sheet, pdfPath, &written));
    QCOMPARE(written, pages); // the PDF at 600 dpi breaks pages where the 96-dpi layout does
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    static const QRegularExpression pageObject(QStringLiteral("/Type\\s*/Page\\b(?!s)"));
    QCOMPARE(int(QString::fromLatin1(bytes).count(pageObject)), pages);
    QVERIFY(bytes.contains("/MediaBox [0 0 595")); // A4: 595 x 842 pt

    const QImage page1 = sheet.renderPage(0, 110);
    QCOMPARE(page1.size(), CodeSheet::defaultPageLayout().fullRectPixels(110).size());
    QVERIFY(inkPixels(page1) > 5000);     // text, not an empty page
    QVERIFY(colouredPixels(page1) > 100); // class-coloured headings and numbers
    QVERIFY(page1.save(dir + QLatin1Char('/') + name + QStringLiteral("-page1.png")));
    // The last page exists and past it there is nothing.
    QVERIFY(inkPixels(sheet.renderPage(pages - 1, 60)) > 0);
    QCOMPARE(inkPixels(sheet.renderPage(pages, 60)), 0);
}

void TestCodeSheet::bothLanguagesSideBySide()
{
    CodeSheet both(m_catalog, {SheetScope::Class4, SheetLanguages::Both});
    CodeSheet english(m_catalog, {SheetScope::Class4, SheetLanguages::English});
    QCOMPARE(both.entryCount(), english.entryCount());
    QVERIFY(both.title().contains(QStringLiteral("4xx")));
    QVERIFY(hasChinese(both.title()));
    QVERIFY(!hasChinese(english.title()));
    // Two language columns: English and Chinese summaries in the same row of the same table.
    const QString text = both.plainText();
    QVERIFY(text.contains(QStringLiteral("English")));
    QVERIFY(text.contains(QStringLiteral("中文")));
    const CodeEntry *busy = m_catalog.find(486);
    QVERIFY(busy);
    const qsizetype en = text.indexOf(busy->summary.en());
    const qsizetype zh = text.indexOf(busy->summary.zh());
    QVERIFY(en > 0 && zh > en);
    QVERIFY(!text.mid(en, zh - en).contains(QStringLiteral("487"))); // nothing between them
}

void TestCodeSheet::scopesDiffer()
{
    int sum = 0;
    for (int s = int(SheetScope::Class1); s < sheetScopeCount; ++s) {
        CodeSheet sheet(m_catalog, {SheetScope(s), SheetLanguages::English});
        QVERIFY2(sheet.entryCount() > 0, qPrintable(QString::number(s)));
        sum += sheet.entryCount();
    }
    CodeSheet all(m_catalog, {SheetScope::AllCodes, SheetLanguages::English});
    QCOMPARE(all.entryCount(), sum);
    QCOMPARE(all.entryCount(), int(m_catalog.entries().size()));
    QVERIFY(all.pageCount() > CodeSheet(m_catalog, {SheetScope::Class6, SheetLanguages::English}).pageCount());
}

void TestCodeSheet::printerGetsTheSamePages()
{
    // What File › Print… does after the print dialog, with a printer that writes PDF.
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    printer.setPageLayout(CodeSheet::defaultPageLayout());
    CodeSheet sheet(m_catalog, {SheetScope::Class5, SheetLanguages::Both});
    const int pages = sheet.pageCount();
    QCOMPARE(sheet.print(&printer), pages);
    QVERIFY(QFileInfo(printer.outputFileName()).size() > 1000);
}

void TestCodeSheet::dialog()
{
    CodeSheetDialog dialog(m_catalog, CodeSheetDialog::ExportPdf, {SheetScope::Q850, SheetLanguages::Chinese});
    QCOMPARE(dialog.options().scope, SheetScope::Q850);
    QCOMPARE(dialog.options().languages, SheetLanguages::Chinese);
    QVERIFY(dialog.pagesLabel()->text().contains(QRegularExpression(QStringLiteral("\\d"))));
    dialog.scopeBox()->setCurrentIndex(int(SheetScope::Class2));
    dialog.languageBox()->setCurrentIndex(int(SheetLanguages::Both));
    QCOMPARE(dialog.options().scope, SheetScope::Class2);
    QCOMPARE(dialog.options().languages, SheetLanguages::Both);
    for (int i = 0; i < dialog.scopeBox()->count(); ++i)
        QVERIFY(!dialog.scopeBox()->itemText(i).isEmpty());
}

QTEST_MAIN(TestCodeSheet)
#include "tst_codesheet.moc"
