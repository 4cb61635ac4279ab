#include "capture/packetdecoder.h"

#include <pcap/dlt.h>

#include <algorithm>
#include <cstring>

namespace sipref::capture {

namespace {

// pcap_datalink() values that are not in every <pcap/dlt.h> spelling.
constexpr int rawOpenBsd = 14;       // DLT_RAW on OpenBSD
constexpr int linktypeRaw = 101;     // LINKTYPE_RAW (libpcap maps it to DLT_RAW)
constexpr int linktypeIpv4 = 228;    // DLT_IPV4
constexpr int linktypeIpv6 = 229;    // DLT_IPV6
constexpr int linktypeSll2 = 276;    // DLT_LINUX_SLL2

constexpr int maxNesting = 4;        // IP in IP in ...
constexpr int maxVlanTags = 8;
constexpr int maxMplsLabels = 16;
constexpr int maxExtensionHeaders = 16;

enum : quint8 {
    ipprotoHopByHop = 0,
    ipprotoIpip = 4,
    ipprotoTcp = 6,
    ipprotoUdp = 17,
    ipprotoIpv6 = 41,
    ipprotoRouting = 43,
    ipprotoFragment = 44,
    ipprotoAh = 51,
    ipprotoNone = 59,
    ipprotoDestination = 60,
    ipprotoMobility = 135,
    ipprotoHip = 139,
    ipprotoShim6 = 140,
};

Address addressAt(QByteArrayView data, qsizetype at, int version)
{
    Address a;
    a.version = quint8(version);
    std::memcpy(a.bytes.data(), data.data() + at, version == 6 ? 16 : 4);
    return a;
}

// Address families in the 4-byte DLT_NULL/DLT_LOOP header.
int nullFamilyVersion(quint32 family)
{
    if (family == 2)
        return 4;
    if (family == 10 || family == 24 || family == 28 || family == 30) // Linux, BSDs, FreeBSD, Darwin
        return 6;
    return 0;
}

} // namespace

bool linkTypeSupported(int linkType)
{
    switch (linkType) {
    case DLT_NULL:
    case DLT_EN10MB:
    case DLT_RAW:
    case rawOpenBsd:
    case linktypeRaw:
    case DLT_LOOP:
    case DLT_LINUX_SLL:
    case linktypeIpv4:
    case linktypeIpv6:
    case linktypeSll2:
        return true;
    default:
        return false;
    }
}

bool PacketDecoder::decode(QByteArrayView frame, Segment &segment)
{
    segment = Segment();
    return link(frame, segment);
}

bool PacketDecoder::link(QByteArrayView frame, Segment &segment)
{
    switch (m_linkType) {
    case DLT_EN10MB:
        if (frame.size() < 14)
            return false;
        return etherType(read16(frame, 12), frame.sliced(14), segment);
    case DLT_LINUX_SLL:
        if (frame.size() < 16)
            return false;
        return etherType(read16(frame, 14), frame.sliced(16), segment);
    case linktypeSll2:
        if (frame.size() < 20)
            return false;
        return etherType(read16(frame, 0), frame.sliced(20), segment);
    case DLT_RAW:
    case rawOpenBsd:
    case linktypeRaw:
        return ip(frame, segment, 0);
    case linktypeIpv4:
        return ipv4(frame, segment, 0);
    case linktypeIpv6:
        return ipv6(frame, segment, 0);
    case DLT_NULL:
    case DLT_LOOP: {
        if (frame.size() < 4)
            return false;
        const quint32 big = read32(frame, 0);
        // DLT_NULL is in the byte order of the machine that captured; DLT_LOOP in network order.
        const quint32 little = (big >> 24) | ((big >> 8) & 0xff00) | ((big << 8) & 0xff0000) | (big << 24);
        int version = nullFamilyVersion(big);
        if (version == 0 && m_linkType == DLT_NULL)
            version = nullFamilyVersion(little);
        const QByteArrayView data = frame.sliced(4);
        if (version == 4)
            return ipv4(data, segment, 0);
        if (version == 6)
            return ipv6(data, segment, 0);
        return false;
    }
    default:
        return false;
    }
}

bool PacketDecoder::etherType(quint16 type, QByteArrayView data, Segment &segment)
{
    for (int tags = 0; type == 0x8100 || type == 0x88a8 || type == 0x9100; ++tags) {
        // 802.1Q / 802.1ad (QinQ) tag: TCI, then the next EtherType.
        if (tags >= maxVlanTags || data.size() < 4)
            return false;
        type = read16(data, 2);
        data = data.sliced(4);
    }
    switch (type) {
    case 0x0800:
        return ipv4(data, segment, 0);
    case 0x86dd:
        return ipv6(data, segment, 0);
    case 0x8847:   // MPLS unicast
    case 0x8848: { // MPLS multicast: labels up to the bottom of the stack, then IP by its version
        for (int labels = 0;; ++labels) {
            if (labels >= maxMplsLabels || data.size() < 4)
                return false;
            const bool bottom = byteAt(data, 2) & 0x01;
            data = data.sliced(4);
            if (bottom)
                break;
        }
        return ip(data, segment, 0);
    }
    case 0x8864: { // PPPoE session: 6-byte header, then the PPP protocol
        if (data.size() < 8)
            return false;
        const quint16 ppp = read16(data, 6);
        if (ppp == 0x0021)
            return ipv4(data.sliced(8), segment, 0);
        if (ppp == 0x0057)
            return ipv6(data.sliced(8), segment, 0);
        return false;
    }
    default:
        return false;
    }
}

bool PacketDecoder::ip(QByteArrayView data, Segment &segment, int depth)
{
    if (data.isEmpty())
        return false;
    const int version = byteAt(data, 0) >> 4;
    if (version == 4)
        return ipv4(data, segment, depth);
    if (version == 6)
        return ipv6(data, segment, depth);
    return false;
}

bool PacketDecoder::ipv4(QByteArrayView data, Segment &segment, int depth)
{
    if (data.size() < 20 || (byteAt(data, 0) >> 4) != 4)
        return false;
    const qsizetype headerLength = (byteAt(data, 0) & 0x0f) * 4;
    qsizetype totalLength = read16(data, 2);
    if (totalLength == 0)
        totalLength = data.size(); // segmentation offload: the capture shows 0
    if (headerLength < 20 || totalLength < headerLength || headerLength > data.size())
        return false;
    const bool cut = totalLength > data.size(); // snap length
    const QByteArrayView payload = data.sliced(headerLength, std::min(totalLength, data.size()) - headerLength);
    const quint16 fragment = read16(data, 6);
    const bool more = fragment & 0x2000;
    const qsizetype offset = qsizetype(fragment & 0x1fff) * 8;
    const quint8 protocol = byteAt(data, 9);
    const Address src = addressAt(data, 12, 4);
    const Address dst = addressAt(data, 16, 4);
    if (more || offset != 0) {
        if (cut)
            return false;
        FragmentKey key{src, dst, read16(data, 4), protocol};
        if (!m_fragments.add(key, offset, more, payload))
            return false;
        return transport(protocol, m_fragments.completed(), src, dst, segment, depth);
    }
    return transport(protocol, payload, src, dst, segment, depth);
}

bool PacketDecoder::ipv6(QByteArrayView data, Segment &segment, int depth)
{
    if (data.size() < 40 || (byteAt(data, 0) >> 4) != 6)
        return false;
    qsizetype payloadLength = read16(data, 4);
    if (payloadLength == 0 || payloadLength > data.size() - 40)
        payloadLength = data.size() - 40; // jumbogram, offload, or cut by the snap length
    const Address src = addressAt(data, 8, 6);
    const Address dst = addressAt(data, 24, 6);
    return ipv6Chain(byteAt(data, 6), data.sliced(40, payloadLength), src, dst, segment, depth, false);
}

bool PacketDecoder::ipv6Chain(quint8 next, QByteArrayView data, const Address &src, const Address &dst,
                              Segment &segment, int depth, bool reassembled)
{
    for (int headers = 0; headers < maxExtensionHeaders; ++headers) {
        switch (next) {
        case ipprotoHopByHop:
        case ipprotoRouting:
        case ipprotoDestination:
        case ipprotoMobility:
        case ipprotoHip:
        case ipprotoShim6:
        case ipprotoAh: {
            if (data.size() < 2)
                return false;
            const qsizetype length = next == ipprotoAh ? (qsizetype(byteAt(data, 1)) + 2) * 4
                                                       : (qsizetype(byteAt(data, 1)) + 1) * 8;
            if (length > data.size())
                return false;
            next = byteAt(data, 0);
            data = data.sliced(length);
            continue;
        }
        case ipprotoFragment: {
            if (data.size() < 8 || reassembled)
                return false;
            const quint8 inner = byteAt(data, 0);
            const quint16 field = read16(data, 2);
            const qsizetype offset = field & 0xfff8;
            const bool more = field & 0x0001;
            const QByteArrayView fragment = data.sliced(8);
            if (offset == 0 && !more) { // atomic fragment (RFC 6946)
                next = inner;
                data = fragment;
                continue;
            }
            FragmentKey key{src, dst, read32(data, 4), inner};
            if (!m_fragments.add(key, offset, more, fragment))
                return false;
            return ipv6Chain(inner, m_fragments.completed(), src, dst, segment, depth, true);
        }
        case ipprotoNone:
            return false;
        default:
            return transport(next, data, src, dst, segment, depth);
        }
    }
    return false;
}

bool PacketDecoder::transport(quint8 protocol, QByteArrayView data, const Address &src, const Address &dst,
                              Segment &segment, int depth)
{
    switch (protocol) {
    case ipprotoUdp: {
        if (data.size() < 8)
            return false;
        const qsizetype length = read16(data, 4);
        segment.protocol = Protocol::Udp;
        segment.source = {src, read16(data, 0)};
        segment.destination = {dst, read16(data, 2)};
        // The UDP length trims padding; 0 (jumbogram) or more than was captured: take what is there.
        segment.payload = data.sliced(8, length >= 8 && length <= data.size() ? length - 8 : data.size() - 8);
        return true;
    }
    case ipprotoTcp: {
        if (data.size() < 20)
            return false;
        const qsizetype headerLength = (byteAt(data, 12) >> 4) * 4;
        if (headerLength < 20 || headerLength > data.size())
            return false;
        const quint8 flags = byteAt(data, 13);
        segment.protocol = Protocol::Tcp;
        segment.source = {src, read16(data, 0)};
        segment.destination = {dst, read16(data, 2)};
        segment.sequence = read32(data, 4);
        segment.fin = flags & 0x01;
        segment.syn = flags & 0x02;
        segment.rst = flags & 0x04;
        segment.payload = data.sliced(headerLength);
        return true;
    }
    case ipprotoIpip:
        return depth < maxNesting && ipv4(data, segment, depth + 1);
    case ipprotoIpv6:
        return depth < maxNesting && ipv6(data, segment, depth + 1);
    default:
        return false;
    }
}

} // namespace sipref::capture
