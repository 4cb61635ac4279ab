#include "print/codesheet.h"

#include "catalog/catalog.h"
#include "classcolors.h"
#include "i18n/translations.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <algorithm>

namespace sipref {

namespace {

// Everything is measured in these units and scaled to the device when painted.
constexpr double layoutDpi = 96.0;
constexpr double footerHeight = 26.0;
constexpr double headingGap = 10.0;

// The sheet's texts, marked for lupdate and looked up in the sheet's own language(s), which need
// not be the language of the window.
const char *const context = "CodeSheet";

QString tx(Language language, const char *source)
{
    return translate(language, context, source);
}

QList<Language> languagesOf(SheetLanguages languages)
{
    switch (languages) {
    case SheetLanguages::English:
        return {Language::English};
    case SheetLanguages::Chinese:
        return {Language::Chinese};
    case SheetLanguages::Both:
        break;
    }
    return {Language::English, Language::Chinese};
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// One text in every language of the sheet, joined.
QString inAll(const QList<Language> &languages, const char *source, const QString &separator = QStringLiteral(" · "))
{
    QStringList parts;
    for (Language l : languages)
        parts.append(tx(l, source));
    parts.removeDuplicates();
    return parts.join(separator);
}

QString inAll(const QList<Language> &languages, const LocalizedText &text,
              const QString &separator = QStringLiteral(" · "))
{
    QStringList parts;
    for (Language l : languages)
        parts.append(text.in(l));
    parts.removeDuplicates();
    return parts.join(separator);
}

struct Section
{
    QString heading;
    QColor color;
    EntryKind kind = EntryKind::Sip;
    QList<const CodeEntry *> entries;
};

QString scopeTitle(SheetScope scope, const QList<Language> &languages)
{
    switch (scope) {
    case SheetScope::AllCodes:
        return inAll(languages, QT_TRANSLATE_NOOP("CodeSheet", "SIP response codes, Q.850 causes and Warning codes"));
    case SheetScope::Gb28181:
        return inAll(languages, QT_TRANSLATE_NOOP("CodeSheet", "GB/T 28181 platform response codes"));
    case SheetScope::Q850:
        return inAll(languages, QT_TRANSLATE_NOOP("CodeSheet", "ITU-T Q.850 cause values"));
    case SheetScope::Warning:
        return inAll(languages, QT_TRANSLATE_NOOP("CodeSheet", "SIP Warning codes"));
    default:
        break;
    }
    QStringList parts;
    for (Language l : languages)
        parts.append(
            tx(l, QT_TRANSLATE_NOOP("CodeSheet", "SIP %1 responses")).arg(QStringLiteral("%1xx").arg(int(scope))));
    return parts.join(QStringLiteral(" · "));
}

QList<Section> sectionsFor(const Catalog &catalog, SheetScope scope, const QList<Language> &languages)
{
    QList<const CodeEntry *> sip[7], gb, q850, warnings;
    for (const CodeEntry &e : catalog.entries()) {
        if (e.kind == EntryKind::Q850)
            q850.append(&e);
        else if (e.kind == EntryKind::Warning)
            warnings.append(&e);
        else if (e.profile == Profile::Gb28181)
            gb.append(&e);
        else if (e.profile == Profile::Ietf && e.codeClass() >= 1 && e.codeClass() <= 6)
            sip[e.codeClass()].append(&e);
    }
    auto byCode = [](const CodeEntry *a, const CodeEntry *b) { return a->code < b->code; };
    QList<Section> out;
    const bool all = scope == SheetScope::AllCodes;
    for (int cls = 1; cls <= 6; ++cls) {
        if (!all && int(scope) != cls)
            continue;
        Section s;
        s.heading = QStringLiteral("%1xx  %2").arg(cls).arg(inAll(languages, className(cls)));
        s.color = classColor(cls, Profile::Ietf, false);
        s.entries = sip[cls];
        out.append(s);
    }
    if (all || scope == SheetScope::Gb28181) {
        Section s;
        s.heading = inAll(languages, profileName(Profile::Gb28181));
        s.color = classColor(0, Profile::Gb28181, false);
        s.entries = gb;
        out.append(s);
    }
    if (all || scope == SheetScope::Q850) {
        // Causes come in classes of their own (Q.850 §2.2.5); 0 and 1 share the name "normal event".
        std::sort(q850.begin(), q850.end(), byCode);
        for (const CodeEntry *e : q850) {
            const QString heading = QStringLiteral("Q.850  ") + inAll(languages, entryClassName(*e));
            if (out.isEmpty() || out.last().heading != heading) {
                Section s;
                s.heading = heading;
                s.color = entryColor(*e, false);
                s.kind = EntryKind::Q850;
                out.append(s);
            }
            out.last().entries.append(e);
        }
    }
    if ((all || scope == SheetScope::Warning) && !warnings.isEmpty()) {
        Section s;
        s.heading = inAll(languages, kindName(EntryKind::Warning));
        s.kind = EntryKind::Warning;
        s.entries = warnings;
        s.color = entryColor(*warnings.first(), false);
        out.append(s);
    }
    for (Section &s : out)
        std::sort(s.entries.begin(), s.entries.end(), byCode);
    out.removeIf([](const Section &s) { return s.entries.isEmpty(); });
    return out;
}

// The translated name, unless it only repeats the reason phrase (English names mostly do).
QString nameLine(const CodeEntry &e, Language language)
{
    const QString name = e.name.in(language);
    if (name.isEmpty() || name.compare(e.reason, Qt::CaseInsensitive) == 0)
        return {};
    return QStringLiteral("<b>%1</b><br/>").arg(esc(name));
}

// Each row is a table of its own; the same widths in every one keep the columns aligned.
QList<int> columnWidths(bool both)
{
    return both ? QList<int>{7, 19, 37, 37} : QList<int>{8, 24, 68};
}

QString rowTable(const QStringList &cells, bool both, const QString &cellStyle)
{
    const QList<int> widths = columnWidths(both);
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" style=\"margin:0\"><tr>");
    for (int i = 0; i < cells.size(); ++i)
        html += QStringLiteral("<td width=\"%1%\" style=\"%2\">%3</td>").arg(widths.value(i)).arg(cellStyle, cells[i]);
    return html + QStringLiteral("</tr></table>");
}

QString headerRowHtml(const Section &section, const QList<Language> &languages)
{
    const char *codeHeader = section.kind == EntryKind::Q850 ? QT_TRANSLATE_NOOP("CodeSheet", "Cause")
                                                             : QT_TRANSLATE_NOOP("CodeSheet", "Code");
    const char *reasonHeader = section.kind == EntryKind::Q850      ? QT_TRANSLATE_NOOP("CodeSheet", "ITU-T name")
                               : section.kind == EntryKind::Warning ? QT_TRANSLATE_NOOP("CodeSheet", "Warning text")
                                                                    : QT_TRANSLATE_NOOP("CodeSheet", "Reason phrase");
    const bool both = languages.size() > 1;
    auto stacked = [&](const char *source) {
        QStringList parts;
        for (Language l : languages)
            parts.append(esc(tx(l, source)));
        parts.removeDuplicates();
        return parts.join(QStringLiteral("<br/>"));
    };
    QStringList cells{stacked(codeHeader), stacked(reasonHeader)};
    if (both) {
        // Language names stay in their own language, as in the View menu.
        cells << QStringLiteral("English") << QStringLiteral("中文");
    } else {
        cells << esc(tx(languages.first(), QT_TRANSLATE_NOOP("CodeSheet", "Meaning")));
    }
    return rowTable(
        cells, both,
        QStringLiteral("background:#e8ecf0; color:#33404c; font-size:7.5pt; font-weight:600; vertical-align:bottom"));
}

QString entryRowHtml(const CodeEntry &e, const QList<Language> &languages, bool shaded)
{
    QStringList cells;
    cells << QStringLiteral("<span style=\"color:%1; font-weight:700; font-size:10pt\">%2</span>")
                 .arg(entryColor(e, false).name())
                 .arg(e.code);
    cells << esc(e.reason);
    for (Language l : languages)
        cells << QStringLiteral("%1<span style=\"color:#333d47\">%2</span>").arg(nameLine(e, l), esc(e.summary.in(l)));
    return rowTable(cells, languages.size() > 1, shaded ? QStringLiteral("background:#f4f6f8") : QString());
}

enum BlockKind { TitleBlock, HeadingBlock, HeaderRowBlock, EntryRowBlock };

} // namespace

struct CodeSheet::Block
{
    BlockKind kind;
    int section;
    QTextDocument document;
};

QString sheetLanguagesId(SheetLanguages languages)
{
    switch (languages) {
    case SheetLanguages::English:
        return QStringLiteral("en");
    case SheetLanguages::Chinese:
        return QStringLiteral("zh_CN");
    case SheetLanguages::Both:
        break;
    }
    return QStringLiteral("both");
}

SheetLanguages parseSheetLanguages(const QString &id)
{
    if (id == QLatin1String("en"))
        return SheetLanguages::English;
    if (id == QLatin1String("zh_CN"))
        return SheetLanguages::Chinese;
    return SheetLanguages::Both;
}

CodeSheet::CodeSheet(const Catalog &catalog, const CodeSheetOptions &options)
    : m_options(options)
    , m_layoutDevice(1, 1, QImage::Format_RGB32)
{
    m_layoutDevice.setDotsPerMeterX(qRound(layoutDpi / 0.0254));
    m_layoutDevice.setDotsPerMeterY(qRound(layoutDpi / 0.0254));
    m_font = QGuiApplication::font();
    m_font.setPointSizeF(8.5);

    const QList<Language> languages = languagesOf(options.languages);
    const QList<Section> sections = sectionsFor(catalog, options.scope, languages);
    for (const Section &s : sections)
        m_entryCount += int(s.entries.size());
    m_title = scopeTitle(options.scope, languages);

    // The title in each language on a line of its own, the second one smaller.
    QString title;
    for (int i = 0; i < languages.size(); ++i)
        title += QStringLiteral("<p style=\"font-size:%1pt; font-weight:700; margin:0\">%2</p>")
                     .arg(i == 0 ? 16 : 12.5)
                     .arg(esc(scopeTitle(options.scope, {languages[i]})));
    const QString version = QCoreApplication::applicationVersion();
    title +=
        QStringLiteral("<p style=\"color:#5f6b76; margin-top:3px; margin-bottom:0\">%1</p>")
            .arg(esc(QStringLiteral("%1 · %2 · %3")
                         .arg(version.isEmpty() ? QStringLiteral("sipref") : QStringLiteral("sipref ") + version,
                              QDate::currentDate().toString(Qt::ISODate),
                              tx(languages.first(), QT_TRANSLATE_NOOP("CodeSheet", "%1 entries")).arg(m_entryCount))));
    addBlock(TitleBlock, -1, title);
    for (int i = 0; i < sections.size(); ++i) {
        const Section &s = sections[i];
        addBlock(HeadingBlock, i,
                 QStringLiteral("<p style=\"color:%1; font-size:12pt; font-weight:700; margin-bottom:3px\">%2</p>")
                     .arg(s.color.name(), esc(s.heading)));
        addBlock(HeaderRowBlock, i, headerRowHtml(s, languages));
        for (int row = 0; row < s.entries.size(); ++row)
            addBlock(EntryRowBlock, i, entryRowHtml(*s.entries[row], languages, row % 2 == 1));
    }
}

CodeSheet::~CodeSheet() = default;

void CodeSheet::addBlock(int kind, int section, const QString &html)
{
    auto block = std::make_unique<Block>();
    block->kind = BlockKind(kind);
    block->section = section;
    QTextDocument &d = block->document;
    d.setDefaultFont(m_font);
    d.setUseDesignMetrics(true);
    d.setDocumentMargin(0);
    d.documentLayout()->setPaintDevice(&m_layoutDevice);
    d.setHtml(html);
    m_blocks.push_back(std::move(block));
}

QString CodeSheet::plainText() const
{
    QStringList parts;
    for (const auto &b : m_blocks)
        parts.append(b->document.toPlainText());
    return parts.join(QLatin1Char('\n'));
}

QPageLayout CodeSheet::defaultPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

void CodeSheet::layOut(QSizeF contentSize)
{
    if (contentSize == m_laidOutFor)
        return;
    m_laidOutFor = contentSize;
    const double width = contentSize.width();
    const double bottom = std::max(100.0, contentSize.height() - footerHeight);
    for (const auto &b : m_blocks)
        b->document.setTextWidth(width);
    auto height = [&](std::size_t i) { return m_blocks[i]->document.size().height(); };

    m_pages.assign(1, {});
    double y = 0;
    int headingOf[2] = {-1, -1}; // the heading and header row of the section being placed
    for (std::size_t i = 0; i < m_blocks.size(); ++i) {
        const Block &b = *m_blocks[i];
        double needed = height(i);
        if (b.kind == HeadingBlock) {
            // A heading stays with its column headers and at least the first two rows.
            headingOf[0] = int(i);
            headingOf[1] = int(i) + 1;
            for (std::size_t k = i + 1; k < std::min(i + 4, m_blocks.size()); ++k)
                needed += m_blocks[k]->section == b.section ? height(k) : 0;
        }
        if (y > 0 && y + needed + (b.kind == HeadingBlock ? headingGap : 0) > bottom) {
            m_pages.emplace_back();
            y = 0;
            if (b.kind == EntryRowBlock) {
                // A section going on: its heading and column headers again.
                for (int repeat : headingOf) {
                    m_pages.back().push_back({repeat, y});
                    y += height(std::size_t(repeat));
                }
            }
        }
        if (b.kind == HeadingBlock && y > 0)
            y += headingGap; // Qt drops the top margin of a document's first block
        m_pages.back().push_back({int(i), y});
        y += height(i);
    }
}

int CodeSheet::pageCount(const QPageLayout &layout)
{
    layOut(layout.paintRectPixels(int(layoutDpi)).size());
    return int(m_pages.size());
}

void CodeSheet::paintPage(QPainter *painter, int page, double scale)
{
    const double width = m_laidOutFor.width();
    const double bottom = std::max(100.0, m_laidOutFor.height() - footerHeight);
    painter->save();
    painter->scale(scale, scale);
    QAbstractTextDocumentLayout::PaintContext paint;
    paint.palette.setColor(QPalette::Text, Qt::black); // paper is white whatever the screen's palette
    for (const Placed &p : m_pages[std::size_t(page)]) {
        const QTextDocument &d = m_blocks[std::size_t(p.block)]->document;
        painter->save();
        painter->translate(0, p.y);
        paint.clip = QRectF(QPointF(0, 0), d.size());
        d.documentLayout()->draw(painter, paint);
        painter->restore();
    }

    // Footer: a hairline, the title on the left, "page / pages" on the right.
    const double top = bottom + 8;
    painter->setPen(QPen(QColor(0xc8, 0xcf, 0xd6), 0.75));
    painter->drawLine(QPointF(0, top), QPointF(width, top));
    QFont font = m_font;
    font.setPixelSize(10); // in layout units: 7.5 pt at 96 dpi
    painter->setFont(font);
    painter->setPen(QColor(0x5f, 0x6b, 0x76));
    const QRectF line(0, top + 3, width, footerHeight - 11);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_title);
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                      QStringLiteral("%1 / %2").arg(page + 1).arg(m_pages.size()));
    painter->restore();
}

int CodeSheet::print(QPagedPaintDevice *device)
{
    const double dpi = device->logicalDpiX();
    if (dpi <= 0)
        return 0;
    const double scale = dpi / layoutDpi;
    layOut(QSizeF(device->width(), device->height()) / scale);
    const int pages = int(m_pages.size());
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage())
            return 0;
        paintPage(&painter, page, scale);
    }
    painter.end();
    return pages;
}

QImage CodeSheet::renderPage(int page, int dpi, const QPageLayout &layout)
{
    const QRect full = layout.fullRectPixels(dpi);
    const QRect paint = layout.paintRectPixels(dpi);
    const double scale = dpi / layoutDpi;
    layOut(QSizeF(paint.size()) / scale);
    QImage image(full.size(), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    if (page < 0 || page >= int(m_pages.size()))
        return image;
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.translate(paint.topLeft());
    paintPage(&painter, page, scale);
    return image;
}

bool writeCodeSheetPdf(CodeSheet &sheet, const QString &path, int *pages)
{
    QPdfWriter writer(path);
    writer.setPageLayout(CodeSheet::defaultPageLayout());
    writer.setResolution(600);
    writer.setTitle(sheet.title());
    writer.setCreator(QStringLiteral("sipref %1").arg(QCoreApplication::applicationVersion()));
    const int n = sheet.print(&writer);
    if (pages)
        *pages = n;
    return n > 0;
}

} // namespace sipref
