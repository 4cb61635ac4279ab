#pragma once

// Internal to the capture reader: puts fragmented IPv4 and IPv6 datagrams back together
// (RFC 791, RFC 8200 §4.5). Bounded: a few dozen datagrams in the making at once, 64 KiB each.
#include "capture/netbytes.h"

#include <QByteArray>
#include <vector>

namespace sipref::capture {

struct FragmentKey
{
    Address source;
    Address destination;
    quint32 identification = 0;
    quint8 protocol = 0; // IPv4 protocol; for IPv6 the Next Header of the fragment header

    friend bool operator==(const FragmentKey &a, const FragmentKey &b)
    {
        return a.source == b.source && a.destination == b.destination && a.identification == b.identification
               && a.protocol == b.protocol;
    }
};

class IpFragments
{
public:
    // Adds one fragment: `offset` in bytes into the datagram's payload, `more` its More Fragments
    // flag. Returns true when this completes the datagram; its payload is then in completed(),
    // valid until the next call.
    bool add(const FragmentKey &key, qsizetype offset, bool more, QByteArrayView data);
    QByteArrayView completed() const { return m_completed; }
    // Datagrams given up on (too many at once, too long, or never completed): call at the end.
    int incomplete() const { return m_abandoned + int(m_pending.size()); }

private:
    struct Piece
    {
        qsizetype offset;
        QByteArray data;
    };
    struct Pending
    {
        FragmentKey key;
        std::vector<Piece> pieces;
        qsizetype total = -1; // known once the last fragment arrived
        qsizetype bytes = 0;
    };
    bool complete(Pending &p);

    std::vector<Pending> m_pending; // oldest first
    QByteArray m_completed;
    int m_abandoned = 0;
};

} // namespace sipref::capture
