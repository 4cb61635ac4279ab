#include "capture/textbuilder.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace sipref::capture {

void TextBuilder::add(char kind, const Endpoint &source, const Endpoint &destination, const PacketInfo &packet,
                        QByteArrayView payload)
{
    const qsizetype offset = m_text.size();
    // The header line is put together on the stack and appended once: one line per message of
    // the capture.
    char line[2 + maxStampLength + 1 + maxEndpointLength + 4 + maxEndpointLength + 1];
    char *p = line;
    *p++ = kind;
    *p++ = ' ';
    p = writeStamp(p, packet.time);
    *p++ = ' ';
    p = writeEndpoint(p, source);
    std::memcpy(p, " -> ", 4);
    p = writeEndpoint(p + 4, destination);
    *p++ = '\n';
    m_text.append(line, p - line);
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
