// Server-failure (5xx) response codes of the IETF registry.
#include "catalog/coderecord.h"

#include <QtGlobal>

namespace sipref::catalogdata {

static const CodeRecord records[] = {
    {500, Profile::Ietf, "Server Internal Error", "RFC 3261 §21.5.1|RFC 3261 §14.2|RFC 3261 §16.7|RFC 3261 §20.33",
     "Retry-After:may", "503 491 501 502", "Internal Server Error",
     QT_TRANSLATE_NOOP3("Catalog", "Server internal error", "500 name"),
     QT_TRANSLATE_NOOP3("Catalog", "The server hit an unexpected condition and could not complete the request.",
                        "500 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A catch-all final response: the element that sent it (UAS, proxy, registrar or gateway) met "
                        "an unexpected condition that kept it from fulfilling the request, such as a software fault, "
                        "a failed database or script, or a state it cannot handle. The client may show the error and "
                        "may retry after several seconds; if the condition is temporary, the server may say when in a "
                        "Retry-After header field. RFC 3261 also prescribes 500 in one precise case: a UAS that "
                        "receives a second INVITE in a dialog before it has answered an earlier one with a lower CSeq "
                        "must reject the second with 500 and a randomly chosen Retry-After of 0 to 10 seconds. A "
                        "proxy whose only response from downstream was 503 should send 500 upstream instead.",
                        "500 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The service had an internal fault while handling your call or registration. Wait a moment "
                        "and try again; if it keeps happening, report the time of the failure to your provider.",
                        "500 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Identify which element generated the 500 (its Server header field, the To tag, or the hop "
                        "where the response first appears in captures; a Warning or Reason header field often names "
                        "the real cause) and read that element's log at the same timestamp: routing-script or "
                        "dialplan errors, failed database, RADIUS or Diameter back ends, and crashed modules are the "
                        "usual culprits. If the 500 answers a re-INVITE, look for overlapping re-INVITEs in the same "
                        "dialog (a session-timer refresh colliding with hold or transfer), which RFC 3261 requires to "
                        "be rejected this way, and check that the sender honours Retry-After. On PSTN gateways ISDN "
                        "cause 127 (interworking, unspecified) is commonly mapped to 500, so compare with the Q.931 "
                        "trace.",
                        "500 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "internal failure exception bug outage restart", "500 keywords"),
     {"", ""}},
    {501, Profile::Ietf, "Not Implemented", "RFC 3261 §21.5.2|RFC 3261 §21.4.6|RFC 3261 §8.2.1",
     "", "405 420 500", "",
     QT_TRANSLATE_NOOP3("Catalog", "Not implemented", "501 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server does not support the functionality, typically the request method, needed to "
                        "fulfil the request.",
                        "501 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server does not support the functionality needed to fulfil the request. The typical case "
                        "is a UAS that does not recognise the request method at all and cannot support it for any "
                        "user, for example a device receiving UPDATE, MESSAGE or PUBLISH that it never implemented. "
                        "Compare 405 (Method Not Allowed), which means the method is recognised but not allowed for "
                        "this Request-URI and must carry an Allow header field listing the permitted methods. Proxies "
                        "forward requests regardless of method, so a 501 normally comes from the far-end UAS, a B2BUA "
                        "or a gateway rather than from a transit proxy. It is a final response: repeating the same "
                        "request will fail again, so the sender should stop using that method toward this target or "
                        "fall back to an alternative, such as a re-INVITE instead of UPDATE.",
                        "501 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The equipment at the other end does not support the feature this action needs. Calls may "
                        "still work; if a specific feature such as transfer, messaging or presence fails, report it "
                        "to your administrator.",
                        "501 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Read the method in the CSeq header field of the 501 and compare it with the peer's Allow "
                        "header field (in its INVITE, 200 OK or a reply to OPTIONS) to see what it does support. "
                        "Typical cases are UPDATE or PRACK sent to a device that never advertised them, SUBSCRIBE or "
                        "PUBLISH for presence and message-waiting on a plain trunk, MESSAGE to a PBX without SIP "
                        "messaging, and INFO-based DTMF toward a device that expects RFC 4733 telephone-events. "
                        "Configure the sending side to use only methods the peer lists in Allow, for example session "
                        "refresh by re-INVITE instead of UPDATE.",
                        "501 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "unsupported unknown capability missing function", "501 keywords"),
     {"", ""}},
    {502, Profile::Ietf, "Bad Gateway", "RFC 3261 §21.5.3", "", "503 504 500", "",
     QT_TRANSLATE_NOOP3("Catalog", "Bad gateway", "502 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A proxy or gateway received an invalid response from the next server it contacted.",
                        "502 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Sent by an element acting as a gateway or proxy when the downstream server it contacted to "
                        "fulfil the request returned an invalid response, for example one that could not be parsed or "
                        "that violated the protocol. The fault therefore lies beyond the element that reports it. "
                        "PSTN gateways also commonly use 502 when the telephone network reports the destination as "
                        "out of order (ISDN cause 27), so on a trunk it often means the far line or exchange is "
                        "faulty. It is a final response; the client may retry later, and carrier or SBC routing that "
                        "advances to the next route on 5xx responses will normally do so on 502.",
                        "502 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A network element between you and the person you called passed on a faulty answer, or the "
                        "called line is out of order. Try again in a few minutes; if it persists, give your provider "
                        "the number and the time.",
                        "502 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Find which hop produced the 502 (Server header field, To tag, and the point where it first "
                        "appears in captures) and capture on both sides of that element to see the downstream reply "
                        "it rejected: malformed header fields, a bad Content-Length, a missing To tag, or a response "
                        "arriving on an unexpected transport or port. On PSTN interconnects read the Reason header "
                        "field (Q.850 cause) or the gateway's ISDN trace; cause 27 points to the far exchange or line "
                        "rather than to SIP. If only one carrier route returns 502, take it out of the route list and "
                        "open a ticket with that carrier, quoting Call-ID and timestamps.",
                        "502 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "invalid downstream upstream broken unreachable", "502 keywords"),
     {"", ""}},
    {503, Profile::Ietf, "Service Unavailable", "RFC 3261 §21.5.4|RFC 3261 §16.7|RFC 3261 §8.1.3.1|RFC 3261 §20.33",
     "Retry-After:may", "500 502 504 408", "",
     QT_TRANSLATE_NOOP3("Catalog", "Service unavailable", "503 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server is temporarily unable to handle the request because it is overloaded or under "
                        "maintenance.",
                        "503 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server cannot process the request right now because of temporary overload or "
                        "maintenance. It may state when to retry in a Retry-After header field; if there is none, the "
                        "client must act as if it had received 500. A UAC or proxy receiving 503 should try an "
                        "alternate server, such as the next DNS SRV target, and should not send further requests to "
                        "the refusing server for the Retry-After period. A proxy should not pass a 503 upstream "
                        "unless every request it could forward would fail the same way; if 503 was its only response, "
                        "it sends 500 instead. RFC 3261 also makes a UAC treat a fatal transport error (ICMP "
                        "unreachable, failed TCP connection) as 503, so a 503 shown on a phone may have been "
                        "generated locally and never sent by any server.",
                        "503 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The service is temporarily overloaded or under maintenance. Wait a few minutes and try "
                        "again; if it lasts, contact your provider.",
                        "503 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "First check whether the 503 was actually received: if the capture shows no 503 on the wire, "
                        "the UA generated it after a transport failure, so test reachability, DNS and the TCP or TLS "
                        "connection to the proxy. If a server sent it, read its Retry-After, Reason and Warning "
                        "header fields and search its logs for overload, licence or channel limits (a "
                        "maximum-sessions setting, for instance), maintenance mode or a failed back end. Make sure "
                        "clients and upstream proxies fail over to another SRV target and honour Retry-After instead "
                        "of retrying at once, which only deepens an overload.",
                        "503 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "congestion capacity outage down busy", "503 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "On GB/T 28181 video platforms a 503 from a cascaded platform is typically reported as the "
                        "other-domain server being overloaded. Capture on the link toward that platform and count "
                        "messages per source to find a device or lower platform sending registrations, keep-alives or "
                        "catalog notifications at an abnormal rate, then fix or isolate it.",
                        "503 platform notes")},
    {504, Profile::Ietf, "Server Time-out", "RFC 3261 §21.5.5|RFC 3261 §21.4.9|RFC 3261 §16.7",
     "", "408 503 502 500", "Gateway Time-out|Server Timeout|Gateway Timeout",
     QT_TRANSLATE_NOOP3("Catalog", "Server time-out", "504 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server gave up waiting for an external server it needed to process the request.",
                        "504 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server did not receive a timely response from an external server it had to consult to "
                        "process the request: typically a location or user database, a DNS or ENUM server, an "
                        "application server, or the next network behind a gateway. RFC 3261 reserves 408 (Request "
                        "Timeout) for the case where no answer came within the Expires period set by the upstream "
                        "request, and a proxy whose forwarded request simply times out also answers 408; in the "
                        "field, however, some B2BUAs and SBCs send 504 when their next hop stays silent. It is a "
                        "final response; the client may retry later or through another server. Gateways usually map "
                        "504 to ISDN cause 102 (recovery on timer expiry).",
                        "504 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A server in the network waited too long for another system and gave up. Try again in a few "
                        "minutes; if it keeps happening, report the time and the number you called.",
                        "504 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Find the element that sent the 504 and check what it was waiting for: DNS (slow or "
                        "unreachable resolvers, missing SRV or NAPTR records), ENUM or number-portability lookups, a "
                        "database, RADIUS or HTTP back end, or the next SIP hop. Compare the time between the request "
                        "and the 504 with that element's timers (timer B or F, 32 seconds by default, or a shorter "
                        "vendor timer such as Kamailio's fr_timer) to see which one expired. If the next hop is the "
                        "silent party, capture there to tell a routing or firewall drop from an overloaded server.",
                        "504 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "timeout timed-out slow unresponsive hanging", "504 keywords"),
     {"", ""}},
    {505, Profile::Ietf, "Version Not Supported", "RFC 3261 §21.5.6|RFC 3261 §7.1",
     "", "400 501", "SIP Version Not Supported",
     QT_TRANSLATE_NOOP3("Catalog", "Version not supported", "505 name"),
     QT_TRANSLATE_NOOP3("Catalog", "The server does not support the SIP protocol version used in the request.",
                        "505 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server does not support, or refuses to support, the SIP version given in the request, "
                        "and will not complete it using the client's major version other than by sending this error. "
                        "SIP/2.0 is the only version in use; RFC 3261 treats the version string as case-insensitive "
                        "but requires senders to write it in upper case. In practice 505 usually points at a "
                        "malformed request line rather than a real version mismatch: an unescaped space in the "
                        "Request-URI, a stray character, or broken framing over TCP can make the parser read the "
                        "wrong token as the version. It is final; resending the same message fails again, so the "
                        "sender must be fixed.",
                        "505 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The other side could not understand the format of the request your equipment sent. "
                        "Restarting will not help; the equipment's configuration or software needs to be corrected by "
                        "your administrator or provider.",
                        "505 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Look at the raw request line in a capture: it must be the method, one space, the "
                        "Request-URI, one space and SIP/2.0, with nothing else. Check the user part for spaces or "
                        "other characters that should have been escaped (display names or formatted numbers pasted "
                        "into a dial string), the template a PBX or gateway uses to build the Request-URI, and, on "
                        "TCP, a wrong Content-Length that makes the receiver start parsing in the middle of the "
                        "previous message. Identify the sending device from the User-Agent header field and correct "
                        "its configuration or firmware.",
                        "505 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "protocol mismatch parse syntax incompatible", "505 keywords"),
     {"", ""}},
    {513, Profile::Ietf, "Message Too Large", "RFC 3261 §21.5.7|RFC 3261 §18.1.1", "", "413 414 400", "",
     QT_TRANSLATE_NOOP3("Catalog", "Message too large", "513 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server could not process the request because the message was longer than it can handle.",
                        "513 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server could not process the request because the message was longer than it can handle. "
                        "RFC 3261 expects implementations to cope with messages up to the maximum UDP datagram size "
                        "of 65,535 bytes, but many elements have smaller receive buffers or a configured limit. Large "
                        "messages usually come from long SDP offers (video, many codecs, ICE candidates), long "
                        "Record-Route or Via stacks, certificates or Identity header fields, or multipart bodies. A "
                        "request within 200 bytes of the path MTU, or over 1300 bytes when the MTU is unknown, must "
                        "be sent over a congestion-controlled transport such as TCP; oversized UDP datagrams are "
                        "fragmented, and firewalls and NAT devices often drop the fragments. It is a final response: "
                        "the sender should shrink the message or switch to TCP.",
                        "513 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The request your equipment sent was too large for the other side. Your administrator or "
                        "provider needs to change the equipment's settings, for example the list of codecs or the "
                        "transport.",
                        "513 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Measure the size of the rejected request in the capture and note the transport. Trim the SDP "
                        "(remove unused codecs, and video or ICE candidates the path does not need), avoid stacking "
                        "header fields through chains of proxies and B2BUAs, and switch the trunk or phone to TCP or "
                        "TLS if messages exceed about 1300 bytes. Check the receiver's configured message or buffer "
                        "size limit, and if UDP is kept, look for IP fragments in the capture and for firewalls, SBCs "
                        "or NAT devices that drop them.",
                        "513 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "size length big oversize jumbo", "513 keywords"),
     {"", ""}},
    {555, Profile::Ietf, "Push Notification Service Not Supported", "RFC 8599 §8.1|RFC 8599 §5", "", "480 501", "",
     QT_TRANSLATE_NOOP3("Catalog", "Push service not supported", "555 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The proxy does not support the push notification service the user agent asked it to use.",
                        "555 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Defined by RFC 8599, which lets a SIP proxy wake a suspended mobile UA through a push "
                        "notification service (PNS) such as APNs or FCM. The UA names its PNS in the pn-provider SIP "
                        "URI parameter, with pn-prid and optionally pn-param, in the Contact of its REGISTER. A proxy "
                        "that does not support the PNS named there, or will not request pushes for this UA, either "
                        "forwards the REGISTER toward another proxy that does or rejects it with 555. The response is "
                        "final and tells the UA that push-based reachability through this proxy is not available; "
                        "retrying with the same parameters fails again. The UA can register without the pn-* "
                        "parameters and keep its own connection alive, or use another PNS if it has one. A proxy that "
                        "does support a PNS says so with the sip.pns feature-capability indicator in its response.",
                        "555 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Your app could not switch on push notifications for incoming calls with this service. Keep "
                        "the app open to receive calls for now, and report the message to your provider.",
                        "555 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Capture the REGISTER and check the pn-provider value in the Contact URI (apns, fcm or "
                        "webpush, for example) against the providers the registrar or edge proxy is configured for "
                        "(in OpenSIPS, the pn_providers setting), and check that pn-prid and any other parameter the "
                        "server requires are present; a typo, an unsupported provider or a missing parameter all end "
                        "in 555. Check which proxy on the path answered: a proxy without push support may reject "
                        "instead of forwarding, so the REGISTER must reach the element that holds the PNS "
                        "configuration. If the deployment does not use push at all, configure the client to omit the "
                        "pn-* parameters.",
                        "555 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "mobile app background sleep battery iOS Android", "555 keywords"),
     {"", ""}},
    {580, Profile::Ietf, "Precondition Failure", "RFC 3312 §8|RFC 3312 §11",
     "", "488 420 421", "Precondition-Failure",
     QT_TRANSLATE_NOOP3("Catalog", "Precondition failure", "580 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The answerer cannot or will not meet the mandatory preconditions, such as QoS reservation, "
                        "set in the offer.",
                        "580 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Defined by RFC 3312 for the preconditions framework: an offer can state, in SDP curr, des "
                        "and conf attributes, resources that must be in place before the called user is alerted, "
                        "typically QoS reservation on the access networks at each end. An answerer that cannot, or "
                        "will not, meet the mandatory preconditions rejects the offer with 580, and the response "
                        "should carry an SDP body describing which preconditions failed. It is a final response, seen "
                        "mainly in IMS, VoLTE and VoNR networks when the dedicated voice bearer cannot be set up. A "
                        "peer that does not support the extension at all rejects an INVITE carrying Require: "
                        "precondition with 420 (Bad Extension) instead.",
                        "580 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The network could not reserve the resources needed for good call quality, so the call was "
                        "not connected. Try again, ideally where signal coverage is better; if it keeps failing, "
                        "report it to your operator.",
                        "580 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check the SDP of the INVITE, of any 183 and of the 580 itself: compare the des (desired) and "
                        "curr (current) lines per media stream and direction to see which segment, local or remote, "
                        "failed to reserve. In IMS, follow the reservation on the network side (the PCRF or PCF "
                        "policy request and the dedicated bearer or QoS flow setup) at the time of the 580, and read "
                        "the Reason header field for the release cause. Make sure both sides support 100rel and "
                        "UPDATE, which preconditions rely on, and that no SBC in the path strips the precondition "
                        "option tag or the curr and des attributes.",
                        "580 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "quality-of-service reserve radio LTE 5G", "580 keywords"),
     {"", ""}},
};

extern const CodeRecordTable codes5xx = {records, int(sizeof(records) / sizeof(records[0]))};

} // namespace sipref::catalogdata
