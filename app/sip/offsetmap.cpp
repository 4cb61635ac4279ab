#include "sip/offsetmap.h"

#include <algorithm>

namespace sipref {

OffsetMap::OffsetMap(const QString &text)
{
    qsizetype utf8 = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80) {
            ++utf8;
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            utf8 += 4;
            ++i;
        } else {
            utf8 += c < 0x800 ? 2 : 3;
        }
        m_points.push_back({utf8, i + 1});
    }
}

qsizetype OffsetMap::toPosition(qsizetype utf8Offset) const
{
    // The last checkpoint at or before the offset; ASCII follows it one byte per character.
    auto it = std::upper_bound(m_points.begin(), m_points.end(), utf8Offset,
                               [](qsizetype v, const Checkpoint &p) { return v < p.utf8; });
    if (it == m_points.begin())
        return utf8Offset;
    --it;
    return it->utf16 + (utf8Offset - it->utf8);
}

} // namespace sipref
