#include "sip/replacedtext.h"

#include <cstring>

namespace sipref {

void TextReplacer::replace(qsizetype from, qsizetype to, QByteArrayView with)
{
    const char *d = m_input.data();
    const qsizetype size = m_input.size();
    QByteArray &text = m_result.text;
    if (text.isNull())
        text.reserve(size);
    text.append(d + m_copied, from - m_copied);
    text.append(with);
    m_copied = to;
    m_result.map.add(text.size(), to);
    if (to > m_countedLineEnd) {
        const char *lf = static_cast<const char *>(std::memchr(d + to, '\n', std::size_t(size - to)));
        m_countedLineEnd = lf ? lf - d : size;
        ++m_result.lines;
    }
}

ReplacedText TextReplacer::take()
{
    if (!m_result.text.isNull())
        m_result.text.append(m_input.data() + m_copied, m_input.size() - m_copied);
    m_copied = m_input.size();
    return std::move(m_result);
}

} // namespace sipref
