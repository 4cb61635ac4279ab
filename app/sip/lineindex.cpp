#include "sip/lineindex.h"

#include <algorithm>

namespace sipref {

LineIndex::LineIndex(QByteArrayView text)
{
    m_starts.push_back(0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')))
            m_starts.push_back(i + 1);
    }
}

int LineIndex::line(qsizetype offset) const
{
    return int(std::upper_bound(m_starts.begin(), m_starts.end(), offset) - m_starts.begin());
}

int LineIndex::column(qsizetype offset) const
{
    return int(offset - m_starts[std::size_t(line(offset) - 1)]) + 1;
}

} // namespace sipref
