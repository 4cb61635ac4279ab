#include "capture/sipframing.h"

#include <cstring>

namespace sipref::capture {

namespace {

constexpr qsizetype maxMethodLength = 64;
// Longer than any start line that is not an attack: beyond it, a line without an end is not SIP.
constexpr qsizetype maxStartLineLength = 16 * 1024;
// Content-Length values beyond this are not believed (the body would be read as 0 bytes).
constexpr qsizetype maxContentLength = 16 * 1024 * 1024;

// RFC 3261 token characters.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c != '\0' && std::strchr("-.!%*_+`'~", c) != nullptr;
}

bool isUriChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u != 0x7f;
}

// data must start with `literal`; NeedMore while data is a proper prefix of it.
StartLine expect(QByteArrayView data, qsizetype at, QByteArrayView literal)
{
    const qsizetype available = qMin(data.size() - at, literal.size());
    if (available < 0 || std::memcmp(data.data() + at, literal.data(), size_t(available)) != 0)
        return StartLine::No;
    return available < literal.size() ? StartLine::NeedMore : StartLine::Yes;
}

StartLine statusLine(QByteArrayView data)
{
    // "SIP/2.0" SP 3DIGIT (SP / CR / LF)
    const StartLine version = expect(data, 0, "SIP/2.0 ");
    if (version != StartLine::Yes)
        return version;
    for (qsizetype i = 8; i < 11; ++i) {
        if (i >= data.size())
            return StartLine::NeedMore;
        if (data[i] < '0' || data[i] > '9')
            return StartLine::No;
    }
    if (data.size() == 11)
        return StartLine::NeedMore;
    return data[11] == ' ' || data[11] == '\r' || data[11] == '\n' ? StartLine::Yes : StartLine::No;
}

StartLine requestLine(QByteArrayView data)
{
    // A method is short: the walk stops past the longest there can be (a stream of token bytes
    // is asked again with every segment that adds to it).
    qsizetype i = 0;
    while (i < data.size() && i <= maxMethodLength && isTokenChar(data[i]))
        ++i;
    if (i == 0 || i > maxMethodLength)
        return StartLine::No;
    if (i == data.size())
        return StartLine::NeedMore;
    if (data[i] != ' ')
        return StartLine::No;
    const qsizetype uriStart = ++i;
    while (i < data.size() && isUriChar(data[i]))
        ++i;
    if (i == data.size())
        return i - uriStart > maxStartLineLength ? StartLine::No : StartLine::NeedMore;
    if (i == uriStart || data[i] != ' ')
        return StartLine::No;
    ++i;
    const StartLine version = expect(data, i, "SIP/2.0");
    if (version != StartLine::Yes)
        return version;
    i += 7;
    // Trailing white space is a fault the inspector reports, not a reason to miss the message.
    while (i < data.size() && (data[i] == ' ' || data[i] == '\t'))
        ++i;
    if (i == data.size())
        return StartLine::NeedMore;
    return data[i] == '\r' || data[i] == '\n' ? StartLine::Yes : StartLine::No;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// Content-Length from one header line ("Content-Length: 12", "l:12"); -1 when it is not one,
// -2 when it is one whose value cannot be used.
qsizetype contentLengthOf(QByteArrayView line)
{
    // Asked of every header line of every TCP message: the first letter rules out nearly all.
    if (line.isEmpty() || ((line[0] | 0x20) != 'c' && (line[0] | 0x20) != 'l'))
        return -1;
    const auto *found = static_cast<const char *>(std::memchr(line.data(), ':', std::size_t(line.size())));
    if (!found || found == line.data())
        return -1;
    const qsizetype colon = found - line.data();
    qsizetype nameEnd = colon;
    while (nameEnd > 0 && isSpace(line[nameEnd - 1]))
        --nameEnd;
    const QByteArrayView name = line.first(nameEnd);
    if ((nameEnd != 14 || name.compare("content-length", Qt::CaseInsensitive) != 0)
        && (nameEnd != 1 || name.compare("l", Qt::CaseInsensitive) != 0))
        return -1;
    qsizetype i = colon + 1;
    while (i < line.size() && isSpace(line[i]))
        ++i;
    qsizetype value = 0;
    qsizetype digits = 0;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9') {
        value = value * 10 + (line[i] - '0');
        ++i;
        if (++digits > 9)
            return -2;
    }
    while (i < line.size() && (isSpace(line[i]) || line[i] == '\r'))
        ++i;
    if (digits == 0 || i != line.size() || value > maxContentLength)
        return -2;
    return value;
}

} // namespace

qsizetype leadingLineBreaks(QByteArrayView data)
{
    qsizetype i = 0;
    while (i < data.size() && (data[i] == '\r' || data[i] == '\n'))
        ++i;
    return i;
}

bool isKeepAlive(QByteArrayView payload)
{
    for (char c : payload) {
        if (c != '\r' && c != '\n' && c != '\0' && c != ' ' && c != '\t')
            return false;
    }
    return true;
}

StartLine sipStartLine(QByteArrayView data)
{
    if (data.isEmpty())
        return StartLine::NeedMore;
    const StartLine status = statusLine(data);
    if (status != StartLine::No)
        return status;
    return requestLine(data);
}

qsizetype findStartLine(QByteArrayView data, qsizetype from, qsizetype before, bool *cutShort)
{
    const qsizetype limit = before < 0 ? data.size() : qMin(before, data.size());
    qsizetype at = from;
    while (at + 1 < limit) {
        const auto *lf = static_cast<const char *>(std::memchr(data.data() + at, '\n', std::size_t(limit - 1 - at)));
        if (!lf)
            return -1;
        at = lf - data.data() + 1;
        const StartLine line = sipStartLine(data.sliced(at));
        if (line == StartLine::Yes || (cutShort && line == StartLine::NeedMore)) {
            if (cutShort)
                *cutShort = line == StartLine::NeedMore;
            return at;
        }
    }
    return -1;
}

MessageExtent messageExtent(QByteArrayView data)
{
    MessageExtent extent;
    bool contentLengthSeen = false;
    qsizetype lineStart = 0;
    while (lineStart < data.size()) {
        const auto *found = static_cast<const char *>(
            std::memchr(data.data() + lineStart, '\n', std::size_t(data.size() - lineStart)));
        if (!found)
            return extent; // header block not complete
        const qsizetype lf = found - data.data();
        QByteArrayView line = data.sliced(lineStart, lf - lineStart);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() && lineStart > 0) {
            extent.headerLength = lf + 1;
            return extent;
        }
        if (lineStart > 0 && !contentLengthSeen && !line.isEmpty() && !isSpace(line[0])) {
            const qsizetype value = contentLengthOf(line);
            if (value != -1) {
                contentLengthSeen = true; // the first one counts; an unusable one means no body
                extent.contentLength = value < 0 ? 0 : value;
            }
        }
        lineStart = lf + 1;
    }
    return extent;
}

} // namespace sipref::capture
