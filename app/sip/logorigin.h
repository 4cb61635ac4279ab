#pragma once

#include "sip/message.h"

#include <QByteArrayView>
#include <vector>

namespace sipref {

// Fills SipMessage::origin from what the log around each message tells: the wrapper line before
// it (Asterisk "<--- SIP read from UDP:10.0.0.1:5060 --->", pjsip "Received SIP request ... from",
// sofia-sip "recv 612 bytes from udp/[10.0.0.1]:5060 at 15:06:41.123456:", pjsua ".RX ... from
// UDP 10.0.0.1:5060:", sngrep/ngrep and capture text "U 2026-11-21 15:06:41.123456 a -> b",
// tcpdump "IP a.5060 > b.5060:", Kamailio sipdump's "srcip: ..." records) and the log prefix of
// its start line (syslog, logcat).
void attachLogOrigins(QByteArrayView text, std::vector<SipMessage> &messages);

// Fills SipMessage::origin of every message whose start line lies in one of the known parts
// (sorted, not overlapping): what a capture reader knew, without reading its header lines back.
void attachKnownOrigins(const KnownOrigins &known, std::vector<SipMessage> &messages);

} // namespace sipref
