#pragma once

#include <QByteArray>
#include <QRandomGenerator>

namespace sipref::traffic {

// Deterministic SIP traffic for benchmarks and tests: realistic dialogs (registration with a
// challenge, calls answered, busy, cancelled, keep-alives, instant messages), compact forms,
// folded header fields, SDP bodies, and a small share of faulty messages. The same seed gives the
// same bytes.
struct Options
{
    enum class Style { Raw, Log, Capture, TcpCapture };
    // Raw: CRLF messages back to back; Log: LF, each in a log wrapper; Capture: a pcap file, each
    // message in a UDP packet (Ethernet, IPv4) between the two parties of its dialog; TcpCapture:
    // the same over one TCP connection per dialog, some messages cut over two segments.
    Style style = Style::Raw;
    qsizetype bytes = 1 << 20; // stop after this much
    quint32 seed = 1;
    int faultyPerMille = 20;   // messages with one deliberate error
};

struct Traffic
{
    QByteArray text; // the pcap file's bytes for the capture styles
    int messages = 0;
    int faulty = 0; // messages given exactly one error-level fault
};

Traffic generate(const Options &options);

} // namespace sipref::traffic
