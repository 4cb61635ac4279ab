#pragma once

#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QString>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace sipref {

class Catalog;

// What a sheet holds; numbered like the code browser's class filter (CodeFilterProxy), so the
// print dialog can start from the class the user is looking at.
enum class SheetScope { AllCodes = 0, Class1, Class2, Class3, Class4, Class5, Class6, Gb28181, Q850, Warning };
constexpr int sheetScopeCount = 10;

enum class SheetLanguages { English, Chinese, Both };
QString sheetLanguagesId(SheetLanguages languages);    // "en", "zh_CN", "both"
SheetLanguages parseSheetLanguages(const QString &id); // unknown: Both

struct CodeSheetOptions
{
    SheetScope scope = SheetScope::AllCodes;
    SheetLanguages languages = SheetLanguages::Both;
};

// A printable code sheet for trainers and support desks: a title, class headings coloured like
// the browser, and per code its number, reason phrase, translated name and one-line summary, in
// one language or both side by side, with page numbers.
//
// Each heading and each row is a small QTextDocument, laid out in 96-dpi units with design
// metrics (nothing depends on a screen) and placed on pages here, so a row never breaks across
// pages and every page repeats its section's heading and column headers. Painting scales the
// 96-dpi layout onto the device, as QTextDocument::print does: the PDF, the printer and a
// preview image show the same pages.
class CodeSheet
{
public:
    CodeSheet(const Catalog &catalog, const CodeSheetOptions &options);
    ~CodeSheet();
    CodeSheet(const CodeSheet &) = delete;
    CodeSheet &operator=(const CodeSheet &) = delete;

    const CodeSheetOptions &options() const { return m_options; }
    int entryCount() const { return m_entryCount; }
    // In the sheet's language(s), e.g. "SIP 4xx responses · SIP 4xx 响应".
    QString title() const { return m_title; }
    // Everything on the sheet as text, in reading order (tests, accessibility).
    QString plainText() const;

    // A4 portrait with 15 mm margins: what the PDF export uses and the print dialog starts from.
    static QPageLayout defaultPageLayout();

    // Paints every page onto the device's paint rect (margins excluded), with the page footer.
    // Returns the number of pages; 0 when the device could not be painted on.
    int print(QPagedPaintDevice *device);
    // The number of pages for a page layout, and one page (0-based) as an image at `dpi`,
    // margins included, on white: previews and tests.
    int pageCount(const QPageLayout &layout = defaultPageLayout());
    QImage renderPage(int page, int dpi, const QPageLayout &layout = defaultPageLayout());

private:
    struct Block;
    struct Placed
    {
        int block;
        double y;
    };

    void addBlock(int kind, int section, const QString &html);
    void layOut(QSizeF contentSize); // 96-dpi units, footer included
    void paintPage(QPainter *painter, int page, double scale);

    CodeSheetOptions m_options;
    std::vector<std::unique_ptr<Block>> m_blocks;
    std::vector<std::vector<Placed>> m_pages;
    QSizeF m_laidOutFor;
    QImage m_layoutDevice; // 96 dpi: what the documents are measured on
    QFont m_font;
    QString m_title;
    int m_entryCount = 0;
};

// Writes the sheet as an A4 PDF. False when the file cannot be written.
bool writeCodeSheetPdf(CodeSheet &sheet, const QString &path, int *pages = nullptr);

} // namespace sipref
