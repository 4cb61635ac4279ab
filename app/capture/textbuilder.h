#pragma once

// Internal to the capture reader: collects the SIP messages found, each after its header line
// ("U 2026-11-21 15:06:41.123456 10.0.0.1:5060 -> 10.0.0.2:5060"), and puts them in the order of
// the packets they began in (a TCP message is complete only some packets later). Beside the text
// it keeps where each payload came from, so that nobody has to read the header lines back.
#include "capture/netbytes.h"
#include "sip/origin.h"

#include <QByteArray>
#include <unordered_map>
#include <vector>

namespace sipref::capture {

class TextBuilder
{
public:
    // kind: 'U' or 'T'.
    void add(char kind, const Endpoint &source, const Endpoint &destination, const PacketInfo &packet,
             QByteArrayView payload);
    qint64 count() const { return qint64(m_entries.size()); }
    // The text, and each payload's place in it with what the capture told of it (in text order).
    QByteArray take(KnownOrigins *origins);

private:
    struct Entry
    {
        qint64 packet;
        qsizetype offset; // of the header line
        quint32 part;     // its payload in m_origins.parts (the same index until sorted)
    };
    struct EndpointHash
    {
        std::size_t operator()(const Endpoint &e) const;
    };
    // Each address's index in m_origins.addresses, its text written out once.
    quint32 addressIndex(const Endpoint &e);

    QByteArray m_text;
    std::vector<Entry> m_entries;
    KnownOrigins m_origins;
    std::unordered_map<Endpoint, quint32, EndpointHash> m_addressIndex;
    bool m_inOrder = true;
};

} // namespace sipref::capture
