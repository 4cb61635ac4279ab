#pragma once

// The addresses, ports and times a packet carries, and big-endian reads over captured bytes (which
// may be cut short or hostile: the callers check the bounds). The capture reader's; the log origins
// use them too, for the headers of a packet pasted as a hex dump. In the core library.
#include <QByteArray>
#include <QByteArrayView>
#include <QtEndian>
#include <QtGlobal>
#include <array>

namespace sipref::capture {

inline quint16 read16(QByteArrayView d, qsizetype at)
{
    const auto *p = reinterpret_cast<const quint8 *>(d.data()) + at;
    return quint16(quint16(p[0]) << 8 | p[1]);
}

inline quint32 read32(QByteArrayView d, qsizetype at)
{
    const auto *p = reinterpret_cast<const quint8 *>(d.data()) + at;
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
}

inline quint8 byteAt(QByteArrayView d, qsizetype at)
{
    return quint8(d.data()[at]);
}

struct Address
{
    quint8 version = 0; // 4 or 6; 0 when unknown
    std::array<quint8, 16> bytes{};

    // Ordered by version, then byte by byte. Compared as two big-endian words, not byte by byte
    // through memcmp: the TCP streams of a busy capture are looked up by these on every segment.
    friend bool operator<(const Address &a, const Address &b)
    {
        if (a.version != b.version)
            return a.version < b.version;
        const quint64 a0 = a.word(0), b0 = b.word(0);
        return a0 != b0 ? a0 < b0 : a.word(8) < b.word(8);
    }
    friend bool operator==(const Address &a, const Address &b)
    {
        return a.version == b.version && a.word(0) == b.word(0) && a.word(8) == b.word(8);
    }

private:
    quint64 word(std::size_t at) const { return qFromBigEndian<quint64>(bytes.data() + at); }
};

struct Endpoint
{
    Address address;
    quint16 port = 0;

    friend bool operator<(const Endpoint &a, const Endpoint &b)
    {
        return a.address == b.address ? a.port < b.port : a.address < b.address;
    }
    friend bool operator==(const Endpoint &a, const Endpoint &b)
    {
        return a.address == b.address && a.port == b.port;
    }
};

// "10.0.0.1:5060", "[2001:db8::1]:5060".
QByteArray formatEndpoint(const Endpoint &e);
// The same at out, which has room for maxEndpointLength bytes; returns the end.
constexpr int maxEndpointLength = 56; // "[", 45 characters of IPv6 text and its NUL, "]:65535"
char *writeEndpoint(char *out, const Endpoint &e);

// When a packet was captured: seconds since the Unix epoch (UTC) and microseconds.
struct Stamp
{
    qint64 sec = 0;
    qint32 usec = 0;
};

// "2026-11-21 15:06:41.123456" (UTC).
QByteArray formatStamp(Stamp t);
// The same at out, which has room for maxStampLength bytes; returns the end. Real stamps take 26;
// a broken file's far-off year takes more, cut at that length.
constexpr int maxStampLength = 63;
char *writeStamp(char *out, Stamp t);

// The packet a piece of data came from: its place in the capture (0-based) and its time.
struct PacketInfo
{
    qint64 index = 0;
    Stamp time;
};

} // namespace sipref::capture
