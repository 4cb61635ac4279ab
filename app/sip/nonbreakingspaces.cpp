#include "sip/nonbreakingspaces.h"

#include <cstring>

namespace sipref {

ReplacedText replaceNonBreakingSpaces(QByteArrayView input)
{
    TextReplacer replacer(input);
    const char *d = input.data();
    const qsizetype size = input.size();
    // 0xC2 only leads a character in UTF-8 (never follows one): the search passes over Chinese
    // text and everything else without stopping.
    for (qsizetype i = 0; i + 1 < size;) {
        const char *s = static_cast<const char *>(std::memchr(d + i, '\xc2', std::size_t(size - 1 - i)));
        if (!s)
            break;
        i = s - d;
        if (d[i + 1] == '\xa0')
            replacer.replace(i, i + 2, " ");
        i += 2;
    }
    return replacer.take();
}

} // namespace sipref
