#pragma once

// Internal to the capture reader: the addresses, ports and times a packet carries, and
// bounds-checked big-endian reads over captured bytes (which may be cut short or hostile).
#include <QByteArray>
#include <QByteArrayView>
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

    friend bool operator<(const Address &a, const Address &b)
    {
        return a.version != b.version ? a.version < b.version : a.bytes < b.bytes;
    }
    friend bool operator==(const Address &a, const Address &b)
    {
        return a.version == b.version && a.bytes == b.bytes;
    }
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
