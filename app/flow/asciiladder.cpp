#include "flow/asciiladder.h"

#include "checks/inspection.h"
#include "i18n/translations.h"
#include "sip/headervalue.h"

#include <QCoreApplication>
#include <algorithm>

namespace sipref {

namespace {

bool isWide(char32_t c)
{
    // East Asian Wide and Fullwidth ranges (Unicode UAX #11), enough for CJK reason phrases.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
           || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
           || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
           || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

// A line as terminal cells: a wide character takes its cell and leaves the next one empty.
class Row
{
public:
    explicit Row(int width) : cells(std::size_t(std::max(width, 0)), QStringLiteral(" ")) { }

    void put(int x, QChar c)
    {
        if (x >= 0 && std::size_t(x) < cells.size())
            cells[x] = c;
    }
    void put(int x, const QString &text)
    {
        for (char32_t c : text.toUcs4()) {
            const int w = isWide(c) ? 2 : 1;
            if (x < 0 || std::size_t(x + w) > cells.size())
                grow(x + w);
            cells[x] = QString::fromUcs4(&c, 1);
            if (w == 2)
                cells[x + 1].clear();
            x += w;
        }
    }
    QString text() const
    {
        QString out;
        for (const QString &c : cells)
            out += c;
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out;
    }

private:
    std::vector<QString> cells;

    void grow(int width)
    {
        if (width > 0 && std::size_t(width) > cells.size())
            cells.resize(std::size_t(width), QStringLiteral(" "));
    }
};

QString columnTitle(const LadderColumn &c, Language language)
{
    if (c.localHost)
        return QLatin1Char('(') + translate(language, "Ladder", QT_TRANSLATE_NOOP("Ladder", "this host")) + QLatin1Char(')');
    return QString::fromUtf8(c.address);
}

// " (SDP)", " (pidf+xml)": what the body is, from its Content-Type.
QString bodyMarker(const Inspection &in, int message)
{
    if (message < 0 || std::size_t(message) >= in.messages.size())
        return {};
    const HeaderField *h = in.messages[message].first(HeaderId::ContentType);
    QByteArrayView type = h ? value::trimmed(in.view(h->value())) : QByteArrayView();
    const qsizetype semi = type.indexOf(';');
    if (semi >= 0)
        type = value::trimmed(type.first(semi));
    const qsizetype slash = type.indexOf('/');
    QByteArray subtype = (slash >= 0 ? type.sliced(slash + 1) : type).toByteArray().toLower();
    if (subtype.isEmpty() || subtype == "sdp")
        subtype = "SDP";
    return QStringLiteral(" (%1)").arg(QString::fromUtf8(subtype));
}

QString arrowText(const LadderArrow &a, const Inspection &in, Language language)
{
    QString text = a.label;
    if (a.hasBody)
        text += bodyMarker(in, a.message);
    if (a.retransmission) {
        text += QLatin1String(" (")
                + translate(language, "Ladder", QT_TRANSLATE_NOOP("Ladder", "retransmission")) + QLatin1Char(')');
    }
    return text;
}

// Time of day, to the millisecond when every time is a whole millisecond, else the microsecond.
QString timeText(qint64 us, bool micro)
{
    if (us < 0)
        return {};
    const qint64 ofDay = us % (86400LL * 1000000LL);
    const qint64 seconds = ofDay / 1000000;
    QString t = QStringLiteral("%1:%2:%3")
                    .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                    .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                    .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (micro)
        return t + QStringLiteral(".%1").arg(ofDay % 1000000, 6, 10, QLatin1Char('0'));
    return t + QStringLiteral(".%1").arg(ofDay % 1000000 / 1000, 3, 10, QLatin1Char('0'));
}

} // namespace

QString callStateName(CallState state, Language language)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Ladder", "in progress"), QT_TRANSLATE_NOOP("Ladder", "answered"),
        QT_TRANSLATE_NOOP("Ladder", "busy"),        QT_TRANSLATE_NOOP("Ladder", "cancelled"),
        QT_TRANSLATE_NOOP("Ladder", "redirected"),  QT_TRANSLATE_NOOP("Ladder", "failed"),
        QT_TRANSLATE_NOOP("Ladder", "not a call"),
    };
    return translate(language, "Ladder", names[int(state)]);
}

int displayWidth(const QString &text)
{
    int w = 0;
    for (char32_t c : text.toUcs4())
        w += isWide(c) ? 2 : 1;
    return w;
}

QString asciiLadder(const Ladder &ladder, const Inspection &inspection, Language language)
{
    const int columns = int(ladder.columns.size());
    if (columns == 0)
        return {};
    QStringList titles;
    int widestTitle = 0;
    for (const LadderColumn &c : ladder.columns) {
        titles.append(columnTitle(c, language));
        widestTitle = std::max(widestTitle, displayWidth(titles.last()));
    }
    // Lifelines far enough apart for every title and for every label with the arrow head and two
    // dashes on either side of it (a label over several gaps may share their room).
    int gap = std::max(widestTitle + 3, 10);
    QStringList labels;
    bool anyTime = false, micro = false;
    for (const LadderArrow &a : ladder.arrows) {
        labels.append(arrowText(a, inspection, language));
        const int span = std::max(1, std::abs(a.to - a.from));
        gap = std::max(gap, (displayWidth(labels.last()) + 7 + span - 1) / span);
        anyTime = anyTime || a.timeUs >= 0;
        micro = micro || (a.timeUs >= 0 && a.timeUs % 1000 != 0);
    }
    int timeWidth = 0;
    if (anyTime) {
        for (const LadderArrow &a : ladder.arrows)
            timeWidth = std::max(timeWidth, displayWidth(timeText(a.timeUs, micro)));
        timeWidth += 2;
    }
    const int first = displayWidth(titles.first()) / 2;
    const int width = first + (columns - 1) * gap + widestTitle / 2 + 2;
    auto lifeline = [&](int c) { return first + c * gap; };

    QString out;
    auto writeLine = [&](const QString &time, const Row &row) {
        QString line = time;
        line += QString(std::max(0, timeWidth - displayWidth(time)), QLatin1Char(' '));
        line += row.text();
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    };
    auto lifelines = [&]() {
        Row row(width);
        for (int c = 0; c < columns; ++c)
            row.put(lifeline(c), QLatin1Char('|'));
        return row;
    };

    Row header(width);
    for (int c = 0; c < columns; ++c)
        header.put(lifeline(c) - displayWidth(titles.at(c)) / 2, titles.at(c));
    writeLine({}, header);
    writeLine({}, lifelines());

    for (std::size_t i = 0; i < ladder.arrows.size(); ++i) {
        const LadderArrow &a = ladder.arrows[i];
        const QString &label = labels.at(qsizetype(i));
        Row row = lifelines();
        const int from = lifeline(std::clamp(a.from, 0, columns - 1));
        const int to = lifeline(std::clamp(a.to, 0, columns - 1));
        if (from == to) {
            // Sender and receiver are the same host (or both unknown): a loop beside the lifeline.
            row.put(from + 1, QStringLiteral("<-> ") + label);
        } else {
            const int left = std::min(from, to), right = std::max(from, to);
            for (int x = left + 1; x < right; ++x)
                row.put(x, QLatin1Char('-'));
            if (to > from)
                row.put(right - 1, QLatin1Char('>'));
            else
                row.put(left + 1, QLatin1Char('<'));
            const int room = right - left - 1;
            const int w = displayWidth(label);
            row.put(left + 1 + std::max(3, (room - w) / 2), label);
        }
        writeLine(a.timeUs >= 0 ? timeText(a.timeUs, micro) : QString(), row);
    }
    return out;
}

} // namespace sipref
