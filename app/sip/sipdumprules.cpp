#include "sip/sipdumprules.h"

#include <cstring>

namespace sipref {

ReplacedText splitGluedSipdumpRules(QByteArrayView input)
{
    constexpr QByteArrayView rule = "||||||||||||||||||||";
    TextReplacer replacer(input);
    const char *d = input.data();
    const qsizetype size = input.size();
    // A pipe is rare in anything else: the search goes from one to the next.
    for (qsizetype i = 1; i < size;) {
        const char *p = static_cast<const char *>(std::memchr(d + i, '|', std::size_t(size - i)));
        if (!p)
            break;
        i = p - d;
        const qsizetype end = i + rule.size();
        if (end <= size && std::memcmp(d + i, rule.data(), std::size_t(rule.size())) == 0) {
            const bool ruleEndsLine = end == size || d[end] == '\n' || (d[end] == '\r' && end + 1 < size && d[end + 1] == '\n');
            if (ruleEndsLine && d[i - 1] != '\n' && d[i - 1] != '\r' && d[i - 1] != '|')
                replacer.replace(i, i + 2, "\r\n");
            i = end;
            continue;
        }
        ++i;
    }
    return replacer.take();
}

} // namespace sipref
