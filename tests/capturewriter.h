#pragma once

// Writes small pcap and pcapng captures for the tests: frames built layer by layer (Ethernet,
// VLAN, Linux cooked, loopback, IPv4, IPv6 with extension headers and fragments, UDP, TCP), then
// a classic pcap file (either byte order, micro- or nanoseconds) or a minimal pcapng file (SHB,
// IDB, EPB). Checksums are left 0: the reader does not check them, like most capture tools.
#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <initializer_list>

#include <arpa/inet.h>

namespace sipref::test::pcap {

// Link types as written in the file header (LINKTYPE_ values).
enum LinkType : quint32 {
    Null = 0,
    Ethernet = 1,
    Raw = 101,
    Ieee80211 = 105,
    Loop = 108,
    Sll = 113,
    Ipv4 = 228,
    Ipv6 = 229,
    Sll2 = 276,
};

enum TcpFlag : quint8 { Fin = 0x01, Syn = 0x02, Rst = 0x04, Psh = 0x08, Ack = 0x10 };

inline QByteArray bytes(std::initializer_list<quint8> list)
{
    QByteArray out;
    for (quint8 b : list)
        out += char(b);
    return out;
}

inline QByteArray be16(quint16 v)
{
    return bytes({quint8(v >> 8), quint8(v)});
}

inline QByteArray be32(quint32 v)
{
    return bytes({quint8(v >> 24), quint8(v >> 16), quint8(v >> 8), quint8(v)});
}

inline QByteArray le16(quint16 v)
{
    return bytes({quint8(v), quint8(v >> 8)});
}

inline QByteArray le32(quint32 v)
{
    return bytes({quint8(v), quint8(v >> 8), quint8(v >> 16), quint8(v >> 24)});
}

// "10.0.0.1" → 4 bytes, "2001:db8::1" → 16 bytes.
inline QByteArray address(const char *text)
{
    unsigned char bytes[16] = {};
    const bool v6 = QByteArray(text).contains(':');
    if (inet_pton(v6 ? AF_INET6 : AF_INET, text, bytes) != 1)
        qFatal("bad test address %s", text);
    return QByteArray(reinterpret_cast<const char *>(bytes), v6 ? 16 : 4);
}

// ---- Transport ---------------------------------------------------------------------------------

inline QByteArray udp(quint16 sourcePort, quint16 destinationPort, const QByteArray &payload)
{
    return be16(sourcePort) + be16(destinationPort) + be16(quint16(8 + payload.size())) + be16(0) + payload;
}

inline QByteArray tcp(quint16 sourcePort, quint16 destinationPort, quint32 sequence, quint8 flags,
                      const QByteArray &payload)
{
    // 20-byte header plus 4 bytes of options (MSS), to check the data offset is honoured.
    return be16(sourcePort) + be16(destinationPort) + be32(sequence) + be32(0) + QByteArray(1, char(6 << 4))
           + QByteArray(1, char(flags)) + be16(65535) + be16(0) + be16(0) + QByteArray("\x02\x04\x05\xb4", 4)
           + payload;
}

// ---- Network -----------------------------------------------------------------------------------

constexpr quint8 protoTcp = 6;
constexpr quint8 protoUdp = 17;

// fragment: the flags and fragment offset field (0x2000 = more fragments, low 13 bits = offset/8).
inline QByteArray ipv4(const char *source, const char *destination, quint8 protocol, const QByteArray &payload,
                       quint16 identification = 1, quint16 fragment = 0, const QByteArray &options = {})
{
    const QByteArray opts = options + QByteArray((4 - options.size() % 4) % 4, '\0');
    const int headerLength = 20 + int(opts.size());
    return QByteArray(1, char(0x40 | (headerLength / 4))) + QByteArray(1, '\0')
           + be16(quint16(headerLength + payload.size())) + be16(identification) + be16(fragment)
           + QByteArray(1, char(64)) + QByteArray(1, char(protocol)) + be16(0) + address(source)
           + address(destination) + opts + payload;
}

// payload: extension headers (if any) and the transport header; next: the first Next Header.
inline QByteArray ipv6(const char *source, const char *destination, quint8 next, const QByteArray &payload)
{
    return be32(0x60000000) + be16(quint16(payload.size())) + QByteArray(1, char(next)) + QByteArray(1, char(64))
           + address(source) + address(destination) + payload;
}

// Hop-by-hop (0) or destination options (60) header: PadN filling it to 8 bytes.
inline QByteArray ipv6Options(quint8 next)
{
    return QByteArray(1, char(next)) + QByteArray(1, '\0') + QByteArray("\x01\x04\0\0\0\0", 6);
}

// Routing header type 0 with no addresses left (segments left 0): 8 bytes.
inline QByteArray ipv6Routing(quint8 next)
{
    return QByteArray(1, char(next)) + QByteArray(1, '\0') + QByteArray(1, '\0') + QByteArray(1, '\0') + be32(0);
}

inline QByteArray ipv6Fragment(quint8 next, quint16 offset, bool more, quint32 identification)
{
    return QByteArray(1, char(next)) + QByteArray(1, '\0') + be16(quint16((offset & 0xfff8) | (more ? 1 : 0)))
           + be32(identification);
}

// ---- Link --------------------------------------------------------------------------------------

// vlanTpids: one 4-byte tag per entry, outermost first (0x8100 for 802.1Q, 0x88a8 for the QinQ
// outer tag); each tag is its TPID and a TCI, and the last is followed by the EtherType.
inline QByteArray ethernet(quint16 etherType, const QByteArray &payload, const QList<quint16> &vlanTpids = {})
{
    QByteArray frame = QByteArray("\x02\0\0\0\0\x02\x02\0\0\0\0\x01", 12);
    for (int i = 0; i < vlanTpids.size(); ++i)
        frame += be16(vlanTpids[i]) + be16(quint16(100 + i));
    return frame + be16(etherType) + payload;
}

inline QByteArray sll(quint16 protocol, const QByteArray &payload)
{
    // Packet type 0 (to us), ARPHRD_ETHER, 6-byte address padded to 8.
    return be16(0) + be16(1) + be16(6) + QByteArray("\x02\0\0\0\0\x01\0\0", 8) + be16(protocol) + payload;
}

inline QByteArray sll2(quint16 protocol, const QByteArray &payload)
{
    return be16(protocol) + be16(0) + be32(2) + be16(1) + QByteArray(1, '\0') + QByteArray(1, char(6))
           + QByteArray("\x02\0\0\0\0\x01\0\0", 8) + payload;
}

// DLT_NULL: the address family in the capturing host's byte order; DLT_LOOP: network order.
inline QByteArray loopback(quint32 family, bool littleEndian, const QByteArray &payload)
{
    return (littleEndian ? le32(family) : be32(family)) + payload;
}

// ---- Files -------------------------------------------------------------------------------------

struct Packet
{
    QByteArray frame;
    quint32 seconds = 0;
    quint32 fraction = 0; // micro- or nanoseconds, as the file says
};

enum class Resolution { Micro, Nano };

inline QByteArray pcapFile(quint32 linkType, const QList<Packet> &packets, Resolution resolution = Resolution::Micro,
                           bool bigEndian = false)
{
    const auto u16 = [&](quint16 v) { return bigEndian ? be16(v) : le16(v); };
    const auto u32 = [&](quint32 v) { return bigEndian ? be32(v) : le32(v); };
    QByteArray file = u32(resolution == Resolution::Nano ? 0xa1b23c4d : 0xa1b2c3d4) + u16(2) + u16(4) + u32(0)
                      + u32(0) + u32(262144) + u32(linkType);
    for (const Packet &p : packets)
        file += u32(p.seconds) + u32(p.fraction) + u32(quint32(p.frame.size())) + u32(quint32(p.frame.size()))
                + p.frame;
    return file;
}

// Section header and one interface (microsecond time stamps, the default).
inline QByteArray pcapngHeader(quint32 linkType)
{
    return le32(0x0a0d0d0a) + le32(28) + le32(0x1a2b3c4d) + le16(1) + le16(0) + le32(0xffffffff) + le32(0xffffffff)
           + le32(28) + le32(1) + le32(20) + le16(quint16(linkType)) + le16(0) + le32(262144) + le32(20);
}

// An enhanced packet block: any 64-bit time stamp, as a broken file may carry one.
inline QByteArray pcapngPacket(quint64 micros, const QByteArray &frame)
{
    const QByteArray data = frame + QByteArray((4 - frame.size() % 4) % 4, '\0');
    const quint32 length = quint32(32 + data.size());
    return le32(6) + le32(length) + le32(0) + le32(quint32(micros >> 32)) + le32(quint32(micros))
           + le32(quint32(frame.size())) + le32(quint32(frame.size())) + data + le32(length);
}

inline QByteArray pcapngFile(quint32 linkType, const QList<Packet> &packets)
{
    QByteArray file = pcapngHeader(linkType);
    for (const Packet &p : packets)
        file += pcapngPacket(quint64(p.seconds) * 1000000 + p.fraction, p.frame);
    return file;
}

// ---- Shortcuts ---------------------------------------------------------------------------------

// An Ethernet frame with IPv4 and UDP.
inline QByteArray udpFrame(const char *source, quint16 sourcePort, const char *destination, quint16 destinationPort,
                           const QByteArray &payload)
{
    return ethernet(0x0800, ipv4(source, destination, protoUdp, udp(sourcePort, destinationPort, payload)));
}

// An Ethernet frame with IPv4 and TCP.
inline QByteArray tcpFrame(const char *source, quint16 sourcePort, const char *destination, quint16 destinationPort,
                           quint32 sequence, quint8 flags, const QByteArray &payload = {})
{
    return ethernet(0x0800,
                    ipv4(source, destination, protoTcp, tcp(sourcePort, destinationPort, sequence, flags, payload)));
}

} // namespace sipref::test::pcap
