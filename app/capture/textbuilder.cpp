#include "capture/textbuilder.h"

#include <algorithm>
#include <utility>

namespace sipref::capture {

void TextBuilder::add(char kind, const Endpoint &source, const Endpoint &destination, const PacketInfo &packet,
                        QByteArrayView payload)
{
    const qsizetype offset = m_text.size();
    m_text += kind;
    m_text += ' ';
    m_text += formatStamp(packet.time);
    m_text += ' ';
    m_text += formatEndpoint(source);
    m_text += " -> ";
    m_text += formatEndpoint(destination);
    m_text += '\n';
    m_text.append(payload.data(), payload.size());
    if (!payload.endsWith('\n'))
        m_text += '\n';
    if (!m_entries.empty() && packet.index < m_entries.back().packet)
        m_inOrder = false;
    m_entries.push_back({packet.index, offset, m_text.size() - offset});
}

QByteArray TextBuilder::take()
{
    if (m_inOrder) {
        m_entries.clear();
        return std::exchange(m_text, QByteArray());
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry &a, const Entry &b) { return a.packet < b.packet; });
    QByteArray ordered;
    ordered.reserve(m_text.size());
    for (const Entry &e : m_entries)
        ordered.append(m_text.constData() + e.offset, e.length);
    m_text.clear();
    m_entries.clear();
    m_inOrder = true;
    return ordered;
}

} // namespace sipref::capture
