#include "sip/replacedtext.h"

#include <cstring>

namespace sipref {

void TextReplacer::replace(qsizetype from, qsizetype to, QByteArrayView with)
{
    Q_ASSERT(from >= m_copied && to >= from && with.size() <= to - from);
    const char *d = m_input.data();
    const qsizetype size = m_input.size();
    QByteArray &text = m_result.text;
    if (text.isNull())
        text.reserve(size);
    text.append(d + m_copied, from - m_copied);
    text.append(with);
    m_copied = to;
    m_result.map.add(text.size(), to, with.isEmpty() ? to - from : 0);
    if (to > m_countedLineEnd) {
        // The line ends at the next LF or CR (a CR-only text has no LF).
        qsizetype end = to;
        while (end < size && d[end] != '\n' && d[end] != '\r')
            ++end;
        m_countedLineEnd = end;
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
