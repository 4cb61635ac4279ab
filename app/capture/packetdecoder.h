#pragma once

// Internal to the capture reader: from a captured frame to the UDP datagram or TCP segment it
// carries. Link layers: Ethernet (with 802.1Q/802.1ad VLAN tags, MPLS, PPPoE), Linux cooked
// (SLL, SLL2), raw IP, BSD loopback (NULL, LOOP). Then IPv4 (options, fragments reassembled),
// IPv6 (extension headers walked, fragments reassembled), IP-in-IP, UDP and TCP. Everything is
// bounds-checked: a frame may be cut short by the snap length, or be garbage.
#include "capture/ipfragments.h"
#include "capture/netbytes.h"

#include <QByteArray>
#include <QString>

namespace sipref::capture {

enum class Protocol : quint8 { Udp, Tcp };

struct Segment
{
    Protocol protocol = Protocol::Udp;
    Endpoint source;
    Endpoint destination;
    // TCP only.
    quint32 sequence = 0;
    bool syn = false;
    bool fin = false;
    bool rst = false;
    QByteArrayView payload; // valid until the next decode()
};

// True for the link types decode() understands (pcap_datalink() values).
bool linkTypeSupported(int linkType);

class PacketDecoder
{
public:
    explicit PacketDecoder(int linkType) : m_linkType(linkType) {}

    // True when the frame carries UDP or TCP (or completes a fragmented datagram that does).
    bool decode(QByteArrayView frame, Segment &segment);
    // Fragmented datagrams that could not be put together (call at the end of the capture).
    int incompleteFragments() const { return m_fragments.incomplete(); }

private:
    bool link(QByteArrayView frame, Segment &segment);
    bool etherType(quint16 type, QByteArrayView data, Segment &segment);
    bool ip(QByteArrayView data, Segment &segment, int depth);
    bool ipv4(QByteArrayView data, Segment &segment, int depth);
    bool ipv6(QByteArrayView data, Segment &segment, int depth);
    bool ipv6Chain(quint8 next, QByteArrayView data, const Address &src, const Address &dst, Segment &segment,
                   int depth, bool reassembled);
    bool transport(quint8 protocol, QByteArrayView data, const Address &src, const Address &dst, Segment &segment,
                   int depth);

    int m_linkType;
    IpFragments m_fragments;
};

} // namespace sipref::capture
