#pragma once

#include "checks/diagnostic.h"
#include "sip/origin.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <functional>
#include <vector>

namespace sipref {

// A pcap or pcapng capture turned into text the inspector reads like any log: every SIP message
// found in the capture, in capture order, each after one header line that carries what the
// capture knows about it (ngrep's layout, the date in ISO form, always UTC):
//
//   U 2026-11-21 15:06:41.123456 10.0.0.1:5060 -> 10.0.0.2:5060
//   INVITE sip:bob@example.com SIP/2.0
//   ...
//
// "U" is UDP, "T" TCP; IPv6 addresses are bracketed ("[2001:db8::1]:5060"). The payload follows
// byte for byte; a line break is added after it only when it does not end in one. The same text
// pasted as a log is understood too: the log-origin reader (app/sip/logorigin.h) reads the header
// line back into a MessageOrigin; a capture's own inspection takes `origins` instead.
struct CaptureText
{
    bool isCapture = false;  // the bytes were a pcap/pcapng file (even a broken one)
    bool cancelled = false;
    QByteArray text;         // as above; empty when nothing SIP was found
    // Each message's payload in text and what the capture told of it, in text order: the same as
    // its header line says, for the inspection to take without reading the lines back.
    KnownOrigins origins;
    // Capture-level findings (Diagnostic::message == -1, span {0,0}): truncated or corrupt file,
    // unsupported link type, TCP data missing from a stream, no SIP in the capture.
    std::vector<Diagnostic> problems;
    qint64 packets = 0;      // packets read
    qint64 sipMessages = 0;  // SIP messages written to text
};

using CaptureProgress = std::function<void(qint64 done, qint64 total)>;

// pcap (both byte orders, micro- and nanosecond) and pcapng magic numbers at the start.
bool looksLikeCapture(QByteArrayView firstBytes);

// Reads a capture with libpcap. Not a capture: isCapture false and nothing else done. The bytes
// are let go as soon as they are read: moved in, they are freed before the text is finished.
CaptureText readCapture(QByteArray bytes, const std::atomic_bool *cancel = nullptr, const CaptureProgress &progress = {});

} // namespace sipref
