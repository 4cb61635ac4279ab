#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace sipref {

enum class Transport : quint8 { Unknown, Udp, Tcp, Tls, Sctp, Ws, Wss };
// Seen from the host that wrote the log: a message it received or one it sent.
enum class Direction : quint8 { Unknown, Received, Sent };

// Where and when a message was seen, as far as the input tells: a capture gives all of it, a log
// wrapper some of it ("<--- SIP read from UDP:10.0.0.1:5060 --->" gives the direction, the
// remote address and the transport; a syslog prefix only the time), a bare paste nothing.
struct MessageOrigin
{
    // Microseconds since the Unix epoch (UTC) when hasDate, else since midnight of an unnamed
    // day (a log that prints only the time of day); -1 when the input gives no time.
    qint64 timeUs = -1;
    bool hasDate = false;
    Direction direction = Direction::Unknown;
    Transport transport = Transport::Unknown;
    // "10.0.0.1:5060", "[2001:db8::1]:5060", or a host name; empty when unknown. A log that
    // gives a direction names only the remote side: the other one is the logging host itself.
    QByteArray source;
    QByteArray destination;

    bool hasTime() const { return timeUs >= 0; }
    bool isKnown() const
    {
        return hasTime() || direction != Direction::Unknown || transport != Transport::Unknown || !source.isEmpty()
               || !destination.isEmpty();
    }
};

// What the reader that wrote a text knows of its parts: the capture reader writes every message's
// payload after its header line and knows, without reading that line back, where the payload came
// from. Kept compact (one entry per message of a capture, the addresses once each): the origins
// are only put together when they are attached to the messages.
struct KnownOrigins
{
    struct Part
    {
        qsizetype begin = 0; // the payload: [begin, end) in bytes of the text
        qsizetype end = 0;
        qint64 timeUs = -1; // as in MessageOrigin
        quint32 source = 0; // index into addresses
        quint32 destination = 0;
        Transport transport = Transport::Unknown;
        bool hasDate = false;
    };
    std::vector<Part> parts; // in text order, not overlapping
    std::vector<QByteArray> addresses;

    bool isEmpty() const { return parts.empty(); }
};

// "UDP", "TCP", "TLS", "SCTP", "WS", "WSS", or "" for Unknown.
const char *transportName(Transport t);
// Case-insensitive "udp"/"UDP"/"tls"...; Unknown when not a transport name.
Transport transportFromName(QByteArrayView name);
// "2026-11-21T15:06:41.123456Z" with a date, "15:06:41.123456" without; empty when unknown.
QString formatOriginTime(const MessageOrigin &o);

} // namespace sipref
