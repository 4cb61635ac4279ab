#include "sip/terminalcolors.h"

#include <cstring>

namespace sipref {

namespace {

constexpr char escape = '\x1b';

// The length of the escape sequence at i (ESC at d[i]), 0 when it is no complete one.
qsizetype sequenceLength(const char *d, qsizetype i, qsizetype end)
{
    if (i + 1 >= end)
        return 0;
    const uchar second = uchar(d[i + 1]);
    if (second == '[') {
        // CSI: parameter bytes 0x30-0x3F, intermediate bytes 0x20-0x2F, one final byte 0x40-0x7E.
        qsizetype j = i + 2;
        while (j < end && j - i < 64 && uchar(d[j]) >= 0x30 && uchar(d[j]) <= 0x3f)
            ++j;
        while (j < end && j - i < 64 && uchar(d[j]) >= 0x20 && uchar(d[j]) <= 0x2f)
            ++j;
        return j < end && uchar(d[j]) >= 0x40 && uchar(d[j]) <= 0x7e ? j + 1 - i : 0;
    }
    // "ESC ( B", which tput sgr0 writes after a colour's reset. Other escapes are not colours, and
    // a stray ESC before text ("ESC BYE ...") must not take a letter of it.
    if ((second == '(' || second == ')') && i + 2 < end && d[i + 2] >= 0x30 && d[i + 2] <= 0x7e)
        return 3;
    return 0;
}

} // namespace

StrippedText stripTerminalColors(QByteArrayView input)
{
    StrippedText result;
    const char *d = input.data();
    const qsizetype size = input.size();
    qsizetype copied = 0;        // input bytes up to here are in result.text or left out
    qsizetype countedLineEnd = -1; // the end of the last line counted in result.lines
    for (qsizetype i = 0; i < size;) {
        const char *s = static_cast<const char *>(std::memchr(d + i, escape, std::size_t(size - i)));
        if (!s)
            break;
        i = s - d;
        const qsizetype length = sequenceLength(d, i, size);
        if (length == 0) {
            ++i; // a lone ESC stays: it is text, and the checks may report it
            continue;
        }
        if (result.text.isNull())
            result.text.reserve(size);
        result.text.append(d + copied, i - copied);
        i += length;
        copied = i;
        result.map.add(result.text.size(), i);
        if (i > countedLineEnd) {
            const char *lf = static_cast<const char *>(std::memchr(d + i, '\n', std::size_t(size - i)));
            countedLineEnd = lf ? lf - d : size;
            ++result.lines;
        }
    }
    if (!result.text.isNull())
        result.text.append(d + copied, size - copied);
    return result;
}

} // namespace sipref
