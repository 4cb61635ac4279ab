#include "flow/ladderexport.h"

#include "checks/inspection.h"
#include "flow/ladderpainter.h"
#include "i18n/translations.h"

#include <QBuffer>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <cmath>
#include <set>

namespace sipref {

namespace {

const char *const context = "sipref::LadderExport";

// A From or To value without its parameters: `"Alice" <sip:alice@a.example>`.
QString partyOf(const Inspection &in, const SipMessage &m, HeaderId id)
{
    const HeaderField *h = m.first(id);
    if (!h)
        return {};
    QString v = in.unfoldedValue(*h).trimmed();
    const qsizetype close = v.indexOf(QLatin1Char('>'));
    if (v.contains(QLatin1Char('<')) && close >= 0)
        return v.left(close + 1).trimmed();
    const qsizetype semicolon = v.indexOf(QLatin1Char(';'));
    return (semicolon >= 0 ? v.left(semicolon) : v).trimmed();
}

// The pieces of the picture: the title above the ladder, a margin all round.
struct Sheet
{
    LadderPainter ladder;
    QString title;
    QFont titleFont;
    qreal margin = 0;
    qreal titleHeight = 0;
    QSizeF size;
};

void prepare(Sheet &sheet, const Inspection &inspection, const Ladder &ladder, Language language)
{
    // The family the default font resolves to, by name: an SVG viewer knows no "Sans Serif".
    QFont font = QGuiApplication::font();
    font.setFamily(QFontInfo(font).family());
    font.setPixelSize(15);
    sheet.ladder.setFont(font);
    sheet.ladder.setLadder(inspection, ladder, language); // white, the light colours
    sheet.title = ladderTitle(inspection, ladder, language);
    sheet.titleFont = font;
    sheet.titleFont.setBold(true);
    sheet.titleFont.setPixelSize(17);
    const QFontMetricsF fm(sheet.titleFont);
    sheet.margin = 16;
    sheet.titleHeight = fm.height() + 10;
    const QSizeF body = sheet.ladder.size();
    sheet.size = QSizeF(std::max(body.width(), fm.horizontalAdvance(sheet.title)) + 2 * sheet.margin,
                        body.height() + sheet.titleHeight + 2 * sheet.margin);
}

void paint(QPainter &painter, const Sheet &sheet)
{
    painter.fillRect(QRectF(QPointF(0, 0), sheet.size), Qt::white);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setFont(sheet.titleFont);
    painter.setPen(QColor(0x20, 0x21, 0x24));
    painter.drawText(QRectF(sheet.margin, sheet.margin, sheet.size.width() - 2 * sheet.margin, sheet.titleHeight),
                     Qt::AlignLeft | Qt::AlignTop, sheet.title);
    painter.translate(sheet.margin, sheet.margin + sheet.titleHeight);
    const QSizeF body = sheet.ladder.size();
    sheet.ladder.paintRows(painter, QRectF(QPointF(0, 0), body));
    sheet.ladder.paintHeader(painter, 0, body.width());
}

bool haveGui(Language language, QString *error)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    if (error)
        *error = translate(language, context,
                           QT_TRANSLATE_NOOP("sipref::LadderExport",
                                             "Drawing a ladder needs the graphics part of Qt (a QGuiApplication; "
                                             "QT_QPA_PLATFORM=offscreen works without a display)."));
    return false;
}

} // namespace

QString ladderTitle(const Inspection &inspection, const Ladder &ladder, Language language)
{
    std::set<QString> callIds;
    const SipMessage *first = nullptr;
    for (const LadderArrow &a : ladder.arrows) {
        if (a.message < 0 || std::size_t(a.message) >= inspection.messages.size())
            continue;
        const SipMessage &m = inspection.messages[std::size_t(a.message)];
        if (!first)
            first = &m;
        if (const HeaderField *h = m.first(HeaderId::CallId))
            callIds.insert(inspection.unfoldedValue(*h).trimmed());
    }
    if (callIds.size() > 1)
        return translate(language, context, QT_TRANSLATE_NOOP("sipref::LadderExport", "%1 calls"))
            .arg(callIds.size());
    QStringList parts;
    if (!callIds.empty())
        parts << QStringLiteral("Call-ID: %1").arg(*callIds.begin());
    if (first) {
        const QString from = partyOf(inspection, *first, HeaderId::From);
        const QString to = partyOf(inspection, *first, HeaderId::To);
        if (!from.isEmpty() || !to.isEmpty())
            parts << QStringLiteral("%1 \u2192 %2").arg(from, to);
    }
    return parts.join(QStringLiteral("  \u00b7  "));
}

QImage renderLadderImage(const Inspection &inspection, const Ladder &ladder, Language language, qreal pixelRatio)
{
    if (!haveGui(language, nullptr))
        return {};
    Sheet sheet;
    prepare(sheet, inspection, ladder, language);
    // A ladder of thousands of messages is tall: past 64 million pixels (256 MB) it is drawn at
    // one pixel per point rather than not at all.
    const qreal area = sheet.size.width() * sheet.size.height();
    if (area * pixelRatio * pixelRatio > 64e6)
        pixelRatio = 1;
    const QSize pixels(int(std::ceil(sheet.size.width() * pixelRatio)), int(std::ceil(sheet.size.height() * pixelRatio)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {}; // too large to hold in memory
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, sheet);
    painter.end();
    return image;
}

bool writeLadderImage(const Inspection &inspection, const Ladder &ladder, const QString &format, const QString &path,
                      Language language, QString *error)
{
    if (!haveGui(language, error))
        return false;
    const QString kind = format.toLower();
    QSaveFile file(path);
    auto fail = [&](const QString &why) {
        if (error)
            *error = translate(language, context, QT_TRANSLATE_NOOP("sipref::LadderExport", "Cannot write %1: %2"))
                         .arg(path, why);
        return false;
    };
    if (kind == QLatin1String("svg")) {
        Sheet sheet;
        prepare(sheet, inspection, ladder, language);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setResolution(96);
        const QSize size(int(std::ceil(sheet.size.width())), int(std::ceil(sheet.size.height())));
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(sheet.title.toHtmlEscaped()); // Qt 6.4 writes the title into the XML as it is
        svg.setDescription(QStringLiteral("sipref ladder diagram"));
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(QStringLiteral("SVG"));
        paint(painter, sheet);
        painter.end();
        if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() || !file.commit())
            return fail(file.errorString());
        return true;
    }
    if (kind == QLatin1String("png")) {
        const QImage image = renderLadderImage(inspection, ladder, language, 2);
        if (image.isNull())
            return fail(translate(language, context, QT_TRANSLATE_NOOP("sipref::LadderExport", "the image is too large")));
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return fail(file.errorString());
        return true;
    }
    if (error)
        *error = translate(language, context, QT_TRANSLATE_NOOP("sipref::LadderExport", "Unknown image format \"%1\" (svg or png)."))
                     .arg(format);
    return false;
}

} // namespace sipref
