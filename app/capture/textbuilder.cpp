#include "capture/textbuilder.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace sipref::capture {

void TextBuilder::add(char kind, const Endpoint &source, const Endpoint &destination, const PacketInfo &packet,
                      QByteArrayView payload)
{
    const qsizetype offset = m_text.size();
    KnownOrigins::Part part;
    part.source = addressIndex(source);
    part.destination = addressIndex(destination);
    const QByteArray &from = m_origins.addresses[part.source];
    const QByteArray &to = m_origins.addresses[part.destination];
    // The header line is put together on the stack and appended once: one line per message of
    // the capture.
    char line[2 + maxStampLength + 1 + maxEndpointLength + 4 + maxEndpointLength + 1];
    char *p = line;
    *p++ = kind;
    *p++ = ' ';
    p = writeStamp(p, packet.time);
    *p++ = ' ';
    std::memcpy(p, from.constData(), std::size_t(from.size()));
    p += from.size();
    std::memcpy(p, " -> ", 4);
    p += 4;
    std::memcpy(p, to.constData(), std::size_t(to.size()));
    p += to.size();
    *p++ = '\n';
    m_text.append(line, p - line);
    part.begin = m_text.size();
    m_text.append(payload.data(), payload.size());
    if (!payload.endsWith('\n'))
        m_text += '\n';
    part.end = m_text.size();
    part.transport = kind == 'T' ? Transport::Tcp : Transport::Udp;
    // The time the header line shows: the reader's stampOf() keeps every stamp within the calendar
    // (a broken file's is clamped), so this cannot overflow.
    part.timeUs = packet.time.sec * 1000000 + packet.time.usec;
    part.hasDate = true;
    if (!m_entries.empty() && packet.index < m_entries.back().packet)
        m_inOrder = false;
    m_entries.push_back({packet.index, offset, quint32(m_entries.size())});
    m_origins.parts.push_back(part);
}

std::size_t TextBuilder::EndpointHash::operator()(const Endpoint &e) const
{
    quint64 a = 0, b = 0;
    std::memcpy(&a, e.address.bytes.data(), 8);
    std::memcpy(&b, e.address.bytes.data() + 8, 8);
    // Multiply-xorshift mixing: the addresses of one capture differ mostly in their last bytes.
    const quint64 h = (a ^ (b * 0x9e3779b97f4a7c15ULL) ^ (quint64(e.port) << 8 | e.address.version)) * 0xff51afd7ed558ccdULL;
    return std::size_t(h ^ (h >> 29));
}

quint32 TextBuilder::addressIndex(const Endpoint &e)
{
    const auto [it, added] = m_addressIndex.try_emplace(e, quint32(m_origins.addresses.size()));
    if (added)
        m_origins.addresses.push_back(formatEndpoint(e));
    return it->second;
}

QByteArray TextBuilder::take(KnownOrigins *origins)
{
    m_addressIndex.clear();
    if (m_inOrder) {
        m_entries.clear();
        *origins = std::exchange(m_origins, {});
        return std::exchange(m_text, QByteArray());
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry &a, const Entry &b) { return a.packet < b.packet; });
    // The parts into the same order, in place, since the text is held twice at this moment already:
    // each cycle of the permutation walked once.
    std::vector<KnownOrigins::Part> &parts = m_origins.parts;
    std::vector<bool> placed(parts.size());
    for (std::size_t k = 0; k < parts.size(); ++k) {
        if (placed[k])
            continue;
        const KnownOrigins::Part first = parts[k];
        for (std::size_t j = k;;) {
            placed[j] = true;
            const std::size_t from = m_entries[j].part;
            if (from == k) {
                parts[j] = first;
                break;
            }
            parts[j] = parts[from];
            j = from;
        }
    }
    QByteArray ordered;
    ordered.reserve(m_text.size());
    for (std::size_t k = 0; k < m_entries.size(); ++k) {
        const Entry &e = m_entries[k];
        KnownOrigins::Part &part = parts[k];
        const qsizetype shift = ordered.size() - e.offset;
        ordered.append(m_text.constData() + e.offset, part.end - e.offset);
        part.begin += shift;
        part.end += shift;
    }
    *origins = std::exchange(m_origins, {});
    m_text.clear();
    m_entries.clear();
    m_inOrder = true;
    return ordered;
}

} // namespace sipref::capture
