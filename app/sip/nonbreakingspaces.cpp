#include "sip/nonbreakingspaces.h"

#include <cstring>

namespace sipref {

StrippedText replaceNonBreakingSpaces(QByteArrayView input)
{
    StrippedText result;
    const char *d = input.data();
    const qsizetype size = input.size();
    qsizetype copied = 0;
    qsizetype countedLineEnd = -1; // the end of the last line counted in result.lines
    // 0xC2 only leads a character in UTF-8 (never follows one): the search passes over Chinese
    // text and everything else without stopping.
    for (qsizetype i = 0; i + 1 < size;) {
        const char *s = static_cast<const char *>(std::memchr(d + i, '\xc2', std::size_t(size - 1 - i)));
        if (!s)
            break;
        i = s - d;
        if (d[i + 1] != '\xa0') {
            i += 2;
            continue;
        }
        if (result.text.isNull())
            result.text.reserve(size);
        result.text.append(d + copied, i - copied);
        result.text += ' ';
        i += 2;
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
