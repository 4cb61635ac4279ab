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

ReplacedText stripTerminalColors(QByteArrayView input)
{
    TextReplacer replacer(input);
    const char *d = input.data();
    const qsizetype size = input.size();
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
        replacer.replace(i, i + length, {});
        i += length;
    }
    return replacer.take();
}

} // namespace sipref
