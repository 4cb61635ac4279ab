#include "sip/hexdumps.h"

#include "sip/scanner.h"

#include <algorithm>
#include <array>
#include <vector>

namespace sipref {

namespace {

// Put after each packet's bytes, in place of the last dump line's printable column.
constexpr char packetEnd[] = "\n<---";

// One line of a dump: its offset, and where in the input each of its bytes is written.
struct DumpLine
{
    qsizetype offset = -1;
    int count = 0;
    std::array<qsizetype, 16> at{}; // input position of each byte's first hex digit
    qsizetype hexEnd = 0;           // input position after the last byte's digits
};

// Reads [b, e) as a dump line; the bytes stop at 16, at the first word that is not 2 or 4 hex
// digits, or at `column` (from b) where full lines showed the printable column to begin: a short
// last line's printable text may itself look like hex ("dead").
bool parseDumpLine(const char *d, qsizetype b, qsizetype e, qsizetype column, DumpLine *line)
{
    qsizetype i = b;
    while (i < e && lex::isSpace(uchar(d[i])))
        ++i;
    if (i + 1 < e && d[i] == '0' && (d[i + 1] | 0x20) == 'x')
        i += 2;
    const qsizetype digits = i;
    qsizetype offset = 0;
    while (i < e && lex::hexValue(uchar(d[i])) >= 0 && i - digits < 8) {
        offset = offset * 16 + lex::hexValue(uchar(d[i]));
        ++i;
    }
    if (i - digits < 4 || i >= e || (d[i] != ':' && !lex::isSpace(uchar(d[i]))))
        return false;
    if (d[i] == ':')
        ++i;
    line->offset = offset;
    line->count = 0;
    const qsizetype limit = column > 0 ? std::min(e, b + column) : e;
    while (line->count < 16) {
        qsizetype w = i;
        while (w < limit && lex::isSpace(uchar(d[w])))
            ++w;
        if (w == i || w >= limit) // words are separated by white space
            break;
        qsizetype we = w;
        while (we < limit && !lex::isSpace(uchar(d[we])))
            ++we;
        const qsizetype length = we - w;
        if ((length != 2 && length != 4) || (length == 4 && line->count > 14))
            break;
        bool hex = true;
        for (qsizetype k = w; k < we && hex; ++k)
            hex = lex::hexValue(uchar(d[k])) >= 0;
        if (!hex)
            break;
        for (qsizetype k = w; k < we; k += 2)
            line->at[std::size_t(line->count++)] = k;
        i = we;
        line->hexEnd = we;
    }
    return line->count > 0;
}

// Where the line that starts at b ends (before its break); *next is where the next one starts.
qsizetype lineEnd(const char *d, qsizetype b, qsizetype size, qsizetype *next)
{
    return b + inputLineAt(d, b, size, next).size();
}

} // namespace

bool mayHoldHexDump(QByteArrayView input)
{
    // A full dump line: asked only of inputs in which no message was found, so a line walk is fine.
    const char *d = input.data();
    const qsizetype size = input.size();
    for (qsizetype b = 0, next = 0; b < size; b = next) {
        const qsizetype e = lineEnd(d, b, size, &next);
        DumpLine line;
        if (parseDumpLine(d, b, e, 0, &line) && line.count == 16)
            return true;
    }
    return false;
}

ReplacedText decodeHexDumps(QByteArrayView input)
{
    TextReplacer replacer(input);
    const char *d = input.data();
    const qsizetype size = input.size();
    for (qsizetype b = 0, next = 0; b < size; b = next) {
        const qsizetype e = lineEnd(d, b, size, &next);
        DumpLine first;
        if (!parseDumpLine(d, b, e, 0, &first) || first.count != 16)
            continue;
        // A run: full lines whose offsets count on, then perhaps one shorter line. The first offset
        // is 0 for a whole packet, or where a copied field of it begins.
        std::vector<std::pair<DumpLine, qsizetype>> run; // a line and its end (before the break)
        run.push_back({first, e});
        const qsizetype column = first.hexEnd - b; // where the printable column may begin
        qsizetype end = next;
        qsizetype expected = first.offset + 16;
        while (end < size && run.back().first.count == 16) {
            qsizetype after = 0;
            const qsizetype le = lineEnd(d, end, size, &after);
            DumpLine line;
            if (!parseDumpLine(d, end, le, column, &line) || line.offset != expected)
                break;
            run.push_back({line, le});
            expected += line.count;
            end = after;
        }
        if (run.size() < 2)
            continue;
        // Each pair of digits becomes its byte; everything else of the run's lines goes, but for
        // the last line's break, so that what follows the dump starts a line of its own.
        qsizetype lineStart = b;
        for (std::size_t k = 0; k < run.size(); ++k) {
            const DumpLine &line = run[k].first;
            qsizetype from = lineStart;
            for (int n = 0; n < line.count; ++n) {
                const qsizetype p = line.at[std::size_t(n)];
                const char byte = char(lex::hexValue(uchar(d[p])) * 16 + lex::hexValue(uchar(d[p + 1])));
                if (p > from)
                    replacer.replace(from, p, {});
                replacer.replace(p, p + 2, QByteArrayView(&byte, 1));
                from = p + 2;
            }
            // To the next line's start (this line's printable column and break), or for the last
            // line to its end.
            qsizetype nextStart = 0;
            lineEnd(d, lineStart, size, &nextStart);
            if (k + 1 < run.size()) {
                replacer.replace(from, nextStart, {});
            } else if (run[k].second - from >= qsizetype(sizeof packetEnd) - 1) {
                // The packet ends here, and its message with it: a wrapper's rule the scanner knows
                // keeps the text after the dump out of the message's body.
                replacer.replace(from, run[k].second, packetEnd);
            } else if (run[k].second > from) {
                replacer.replace(from, run[k].second, {});
            }
            lineStart = nextStart;
        }
        next = end;
    }
    return replacer.take();
}

} // namespace sipref
