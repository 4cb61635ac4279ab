#pragma once

// Internal to the capture reader: collects the SIP messages found, each after its header line
// ("U 2026-11-21 15:06:41.123456 10.0.0.1:5060 -> 10.0.0.2:5060"), and puts them in the order of
// the packets they began in (a TCP message is complete only some packets later).
#include "capture/netbytes.h"

#include <QByteArray>
#include <vector>

namespace sipref::capture {

class TextBuilder
{
public:
    // kind: 'U' or 'T'.
    void add(char kind, const Endpoint &source, const Endpoint &destination, const PacketInfo &packet,
             QByteArrayView payload);
    qint64 count() const { return qint64(m_entries.size()); }
    QByteArray take();

private:
    struct Entry
    {
        qint64 packet;
        qsizetype offset;
        qsizetype length;
    };
    QByteArray m_text;
    std::vector<Entry> m_entries;
    bool m_inOrder = true;
};

} // namespace sipref::capture
