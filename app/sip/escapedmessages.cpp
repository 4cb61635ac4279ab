#include "sip/escapedmessages.h"

#include "sip/scanner.h"

#include <algorithm>
#include <cstring>

namespace sipref {

using namespace lex;

const EscapeMap::Point *EscapeMap::pointAtOrBefore(qsizetype textOffset) const
{
    const auto after = std::upper_bound(m_points.begin(), m_points.end(), textOffset,
                                        [](qsizetype t, const Point &p) { return t < p.text; });
    return after == m_points.begin() ? nullptr : &*(after - 1);
}

qsizetype EscapeMap::inputOffset(qsizetype textOffset) const
{
    const Point *p = pointAtOrBefore(textOffset);
    return p ? p->input + (textOffset - p->text) : textOffset;
}

qsizetype EscapeMap::inputEnd(qsizetype textOffset) const
{
    const Point *p = pointAtOrBefore(textOffset);
    if (!p)
        return textOffset;
    return p->input + (textOffset - p->text) - (p->text == textOffset ? p->dropped : 0);
}

void EscapeMap::add(qsizetype textOffset, qsizetype inputOffset, qsizetype dropped)
{
    if (!m_points.empty() && m_points.back().text == textOffset) {
        m_points.back().input = qint32(inputOffset);
        m_points.back().dropped += qint32(dropped);
    } else {
        m_points.push_back({qint32(textOffset), qint32(inputOffset), qint32(dropped)});
    }
}

namespace {

// How the line breaks and other control characters were written out.
enum class Escapes {
    Backslash, // JSON and C strings: \r\n, \t, \", \u001b
    // rsyslog (Debian's default syslog daemon) escapes control characters as '#' and three octal
    // digits: a Kamailio or OpenSIPS message logged whole reads "INVITE ... SIP/2.0#015#012Via: ...".
    SyslogOctal,
};

char escapeCharacter(Escapes escapes)
{
    return escapes == Escapes::Backslash ? '\\' : '#';
}

// An escaped line break at i ("\n" or "\r\n" written out), or one escaped twice ("\\n",
// "\\r\\n": a JSON log line inside another JSON string); "#012" or "#015#012" from syslog: its
// length in the input, or 0.
qsizetype escapedBreak(const char *d, qsizetype i, qsizetype end, Escapes escapes)
{
    auto at = [&](qsizetype k, QByteArrayView s) {
        return end - k >= s.size() && std::memcmp(d + k, s.data(), std::size_t(s.size())) == 0;
    };
    if (escapes == Escapes::SyslogOctal)
        return at(i, "#015#012") ? 8 : at(i, "#012") ? 4 : 0;
    if (at(i, "\\n"))
        return 2;
    if (at(i, "\\r\\n"))
        return 4;
    if (at(i, "\\\\n"))
        return 3;
    if (at(i, "\\\\r\\\\n"))
        return 6;
    return 0;
}

// "SIP/<digits>.<digits>" (any case) at i; returns its end, or -1.
qsizetype versionAt(const char *d, qsizetype i, qsizetype end)
{
    if (end - i < 7 || (d[i] | 0x20) != 's' || (d[i + 1] | 0x20) != 'i' || (d[i + 2] | 0x20) != 'p' || d[i + 3] != '/')
        return -1;
    qsizetype j = i + 4;
    const qsizetype major = j;
    while (j < end && isDigit(uchar(d[j])))
        ++j;
    if (j == major || j >= end || d[j] != '.')
        return -1;
    const qsizetype minor = ++j;
    while (j < end && isDigit(uchar(d[j])))
        ++j;
    return j > minor ? j : -1;
}

// Whether [b, e), the text before an escaped line break, is or ends in a start line: a request
// line ("METHOD URI SIP/2.0") or a status line ("SIP/2.0 486 ...", after junk or not).
bool endsInStartLine(const char *d, qsizetype b, qsizetype e)
{
    for (const char *s = static_cast<const char *>(std::memchr(d + b, '/', std::size_t(e - b))); s;
         s = static_cast<const char *>(std::memchr(s + 1, '/', std::size_t(e - (s + 1 - d))))) {
        const qsizetype at = s - d - 3;
        if (at < b)
            continue;
        const qsizetype v = versionAt(d, at, e);
        if (v < 0)
            continue;
        // Request line: the version ends the text, after a space and at least two words.
        if (v == e) {
            // Before " SIP/2.0": the Request-URI, a space, and the method (after junk or not).
            qsizetype k = at;
            if (k <= b || d[k - 1] != ' ')
                continue;
            while (k > b && d[k - 1] == ' ')
                --k;
            const qsizetype uriEnd = k;
            while (k > b && d[k - 1] != ' ')
                --k;
            return k < uriEnd && k > b && k - 1 > b && d[k - 2] != ' ';
        }
        // Status line: a space and three digits after the version.
        if (e - v >= 4 && d[v] == ' ' && isDigit(uchar(d[v + 1])) && isDigit(uchar(d[v + 2])) && isDigit(uchar(d[v + 3]))
            && (e - v == 4 || d[v + 4] == ' '))
            return true;
    }
    return false;
}

// "name:" (a token, white space, a colon) at i: a header field after the start line.
bool headerFieldAt(const char *d, qsizetype i, qsizetype end)
{
    const qsizetype b = i;
    while (i < end && i - b <= 64 && isTokenChar(uchar(d[i])))
        ++i;
    if (i == b)
        return false;
    while (i < end && isSpace(uchar(d[i])))
        ++i;
    return i < end && d[i] == ':';
}

// An unescaped quote (" or ') before i and at or after from, the nearest one: the start of the
// string that holds the message. -1 when there is none.
qsizetype openingQuote(const char *d, qsizetype from, qsizetype i)
{
    for (qsizetype q = i - 1; q >= from; --q) {
        if (d[q] != '"' && d[q] != '\'')
            continue;
        qsizetype slashes = 0;
        while (q - 1 - slashes >= from && d[q - 1 - slashes] == '\\')
            ++slashes;
        if (slashes % 2 == 0)
            return q;
    }
    return -1;
}

struct Found
{
    qsizetype open = -1; // where decoding starts: after the opening quote, or the line's start
    char quote = 0;      // the quote that ends the string, 0 for none
};

// The first escaped message in [from, end) of one line: an escaped line break right after a
// start line and right before a header field.
bool findEscapedMessage(const char *d, qsizetype from, qsizetype end, Escapes escapes, Found *found)
{
    qsizetype segment = from; // after the previous escaped line break
    for (qsizetype i = from; i < end;) {
        const char *s = static_cast<const char *>(std::memchr(d + i, escapeCharacter(escapes), std::size_t(end - i)));
        if (!s)
            return false;
        i = s - d;
        const qsizetype length = escapedBreak(d, i, end, escapes);
        if (length == 0) {
            // An escape of something else; after a backslash, an escaped backslash: the next byte
            // is taken.
            i += escapes == Escapes::Backslash ? 2 : 1;
            continue;
        }
        if (endsInStartLine(d, segment, i) && headerFieldAt(d, i + length, end)) {
            // Syslog escapes the whole line, with no string around the message.
            const qsizetype q = escapes == Escapes::Backslash ? openingQuote(d, from, i) : -1;
            found->open = q >= 0 ? q + 1 : from;
            found->quote = q >= 0 ? d[q] : 0;
            return true;
        }
        i += length;
        segment = i;
    }
    return false;
}

int hexNumber(const char *d, qsizetype i, qsizetype digits, qsizetype end)
{
    if (end - i < digits)
        return -1;
    int v = 0;
    for (qsizetype k = 0; k < digits; ++k) {
        const int h = lex::hexValue(uchar(d[i + k]));
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

void appendUtf8(QByteArray &out, uint cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xc0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += char(0xe0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    } else {
        out += char(0xf0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3f));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    }
}

// Undoes the escapes in [i, end) up to an unescaped `quote` (0: none ends it). Returns where it
// stopped: the closing quote, or end.
// A syslog escape at i: '#' and three octal digits for a control character (rsyslog writes
// nothing else so). The character, or -1.
int syslogEscape(const char *d, qsizetype i, qsizetype end)
{
    if (end - i < 4 || d[i + 1] < '0' || d[i + 1] > '3' || d[i + 2] < '0' || d[i + 2] > '7' || d[i + 3] < '0'
        || d[i + 3] > '7')
        return -1;
    const int c = (d[i + 1] - '0') * 64 + (d[i + 2] - '0') * 8 + (d[i + 3] - '0');
    return c < 0x20 || c == 0x7f ? c : -1;
}

qsizetype decode(const char *d, qsizetype i, qsizetype end, char quote, Escapes escapes, QByteArray &out,
                 EscapeMap &map)
{
    qsizetype plain = i; // start of the bytes not yet copied
    auto flush = [&](qsizetype upTo) {
        out.append(d + plain, upTo - plain);
    };
    const char escape = escapeCharacter(escapes);
    while (i < end) {
        const char c = d[i];
        if (quote && c == quote)
            break;
        if (c != escape || i + 1 >= end) {
            ++i;
            continue;
        }
        if (escapes == Escapes::SyslogOctal) {
            const int control = syslogEscape(d, i, end);
            if (control < 0) {
                ++i;
                continue;
            }
            flush(i);
            out += char(control);
            i += 4;
            plain = i;
            map.add(out.size(), i);
            continue;
        }
        flush(i);
        qsizetype length = 2;
        switch (d[i + 1]) {
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case '0': out += '\0'; break;
        case 'u': {
            int cp = hexNumber(d, i + 2, 4, end);
            if (cp < 0) {
                out.append(d + i, 2); // not an escape after all: kept as written
                break;
            }
            length = 6;
            if (cp >= 0xd800 && cp < 0xdc00) {
                // A surrogate pair, "\ud83d\ude00": one character.
                const int low = i + 12 <= end && d[i + 6] == '\\' && d[i + 7] == 'u' ? hexNumber(d, i + 8, 4, end) : -1;
                if (low >= 0xdc00 && low < 0xe000) {
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                    length = 12;
                } else {
                    cp = 0xfffd;
                }
            } else if (cp >= 0xdc00 && cp < 0xe000) {
                cp = 0xfffd;
            }
            appendUtf8(out, uint(cp));
            break;
        }
        case 'x': {
            const int byte = hexNumber(d, i + 2, 2, end);
            if (byte < 0) {
                out.append(d + i, 2);
            } else {
                out += char(byte);
                length = 4;
            }
            break;
        }
        default: out += d[i + 1]; break; // \" \' \\ \/ and any other: the character itself
        }
        i += length;
        plain = i;
        map.add(out.size(), i);
    }
    flush(i);
    return i;
}

// Docker's json-file log driver writes each line a container printed as a record of its own,
// `{"log":"INVITE sip:bob@b SIP/2.0\r\n","stream":"stdout","time":"..."}`: a message comes as
// one record per line. The record's string is the line, its escaped break included; what is
// around it is left out, and so is the record's own line break, so the lines join as printed (a
// line longer than 16 KiB comes in several records without a break but in the last one).
constexpr QByteArrayView dockerRecordStart = "{\"log\":\"";

// A record is `{"log":"` at the line's start, the string, and `,"stream":"` right after its
// closing quote: a JSON body that happens to start with a "log" key is no record.
bool isDockerRecord(const char *d, qsizetype lineStart, qsizetype size)
{
    if (size - lineStart < dockerRecordStart.size()
        || std::memcmp(d + lineStart, dockerRecordStart.data(), std::size_t(dockerRecordStart.size())) != 0)
        return false;
    constexpr QByteArrayView afterString = ",\"stream\":\"";
    for (qsizetype i = lineStart + dockerRecordStart.size(); i < size && d[i] != '\n'; ++i) {
        if (d[i] == '\\') {
            ++i; // the escaped character, a quote among them
        } else if (d[i] == '"') {
            return size - (i + 1) >= afterString.size()
                   && std::memcmp(d + i + 1, afterString.data(), std::size_t(afterString.size())) == 0;
        }
    }
    return false;
}

// The records from lineStart on, each turned into its line; returns where the input goes on
// after the last one.
qsizetype joinDockerRecords(const char *d, qsizetype lineStart, qsizetype size, UnescapedText &result)
{
    while (lineStart < size && isDockerRecord(d, lineStart, size)) {
        const char *nl = static_cast<const char *>(std::memchr(d + lineStart, '\n', std::size_t(size - lineStart)));
        const qsizetype lineEnd = nl ? nl - d : size;
        const qsizetype open = lineStart + dockerRecordStart.size();
        result.map.add(result.text.size(), open, open - lineStart);
        const qsizetype close = decode(d, open, lineEnd, '"', Escapes::Backslash, result.text, result.map);
        const qsizetype next = nl ? lineEnd + 1 : size;
        result.map.add(result.text.size(), next, next - close);
        ++result.lines;
        lineStart = next;
    }
    return lineStart;
}

} // namespace

namespace {

UnescapedText unescapeLines(QByteArrayView input, Escapes escapes)
{
    UnescapedText result;
    const char *d = input.data();
    const qsizetype size = input.size();
    qsizetype copied = 0; // input bytes up to here are in result.text
    // Only lines with a backslash (a '#' for syslog) can hold an escaped message: the search goes
    // from one to the next, so an input without any costs one memchr.
    for (qsizetype i = 0; i < size;) {
        const char *s = static_cast<const char *>(std::memchr(d + i, escapeCharacter(escapes), std::size_t(size - i)));
        if (!s)
            break;
        qsizetype lineStart = s - d;
        while (lineStart > i && d[lineStart - 1] != '\n' && d[lineStart - 1] != '\r')
            --lineStart;
        qsizetype lineEnd = s - d;
        while (lineEnd < size && d[lineEnd] != '\n' && d[lineEnd] != '\r')
            ++lineEnd;
        lineStart = std::max(lineStart, copied);
        if (escapes == Escapes::Backslash && isDockerRecord(d, lineStart, size)) {
            if (result.text.isNull())
                result.text.reserve(size);
            result.text.append(d + copied, lineStart - copied);
            copied = i = joinDockerRecords(d, lineStart, size, result);
            continue;
        }
        Found found;
        if (!findEscapedMessage(d, lineStart, lineEnd, escapes, &found)) {
            i = lineEnd;
            continue;
        }
        if (result.text.isNull())
            result.text.reserve(size);
        result.text.append(d + copied, found.open - copied);
        qsizetype pos = found.open;
        for (;;) {
            pos = decode(d, pos, lineEnd, found.quote, escapes, result.text, result.map);
            // A second message on the same line starts after junk (the next field's name); the
            // rest of the line after the last one is left out.
            Found next;
            if (pos < lineEnd && findEscapedMessage(d, pos, lineEnd, escapes, &next)) {
                result.text.append(d + pos, next.open - pos);
                pos = next.open;
                found = next;
                continue;
            }
            break;
        }
        if (pos < lineEnd)
            result.map.add(result.text.size(), lineEnd, lineEnd - pos); // the JSON after the string
        ++result.lines;
        copied = lineEnd;
        i = lineEnd;
    }
    if (result.lines > 0)
        result.text.append(d + copied, size - copied);
    return result;
}

} // namespace

UnescapedText unescapeMessages(QByteArrayView input)
{
    // One form at a time: a JSON log first; the caller's next pass finds syslog's escapes too,
    // should a log hold both.
    UnescapedText json = unescapeLines(input, Escapes::Backslash);
    if (json.lines > 0)
        return json;
    return unescapeLines(input, Escapes::SyslogOctal);
}

} // namespace sipref
