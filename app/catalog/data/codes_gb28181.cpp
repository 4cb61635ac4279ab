// Codes used by GB/T 28181 video-surveillance platforms (not in the IETF registry, or
// with a different meaning there: 301, 302, 433).
#include "catalog/coderecord.h"

#include <QtGlobal>

namespace sipref::catalogdata {

static const CodeRecord records[] = {
    {120, Profile::Gb28181, "Link Disconnected", "GB/T 28181|RFC 3261 §15|RFC 3261 §8.1.3.2", "", "301 487 481", "",
     QT_TRANSLATE_NOOP3("Catalog", "Link torn down", "gb28181 120 name"),
     QT_TRANSLATE_NOOP3("Catalog", "The target device or platform sent BYE and ended the media link.",
                        "gb28181 120 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A status that video-surveillance platforms built on GB/T 28181 (the Chinese national "
                        "standard for networked video surveillance) report when a media link has been torn down: the "
                        "target device or platform sent a BYE that ended the live-view, playback or download session. "
                        "The real SIP event is the BYE request itself, which RFC 3261 §15 lets either party send on a "
                        "confirmed dialog and which the receiver answers with 200 OK. The IETF has not registered any "
                        "120 code; if a 120 ever arrives as a status line, a standard UAC must treat an unrecognised "
                        "provisional response like 183 (Session Progress), so it ends nothing by itself. The reason "
                        "phrase on the wire varies between platforms and is often Chinese.",
                        "gb28181 120 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The camera or the remote platform ended the video stream. Open the video again; if it keeps "
                        "stopping, ask the administrator to check the device and the network link.",
                        "gb28181 120 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Capture the signalling and find the BYE: its From, To and Via show whether the device, a "
                        "lower platform or the media server ended the session, and a Reason header field, if present, "
                        "may say why. Common triggers are the device rebooting or dropping off (check its "
                        "registration and keep-alive MESSAGEs around that time), a media server that stopped "
                        "receiving RTP and closed the stream after its timeout, the device's concurrent-stream limit "
                        "being reached, and an upper platform closing idle sessions. Compare the BYE time with the "
                        "RTP in the capture: if the stream stopped well before the BYE, look at the media path (NAT, "
                        "firewall, TCP active or passive mode) rather than at signalling.",
                        "gb28181 120 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "disconnect hang-up stream-stopped dropped teardown", "gb28181 120 keywords"),
     {"", ""}},
    {301, Profile::Gb28181, "Device Offline", "GB/T 28181|RFC 3261 §21.3.2", "", "480 404 120", "",
     QT_TRANSLATE_NOOP3("Catalog", "Device offline", "gb28181 301 name"),
     QT_TRANSLATE_NOOP3("Catalog", "The requested camera or device is not online on the video platform.",
                        "gb28181 301 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Returned by a GB/T 28181 video platform when the requested device (camera, NVR or encoder "
                        "channel, identified by its 20-digit code) is not currently online, so a live-view, playback "
                        "or control request cannot be delivered. A platform considers a device online while its "
                        "registration is valid and its keep-alive MESSAGEs keep arriving; missed heartbeats or an "
                        "expired REGISTER mark it offline. Beware the clash with the IETF registry, where 301 means "
                        "Moved Permanently: a redirect telling the client to retry at the address in the Contact "
                        "header field and update its address book. A generic SIP stack may therefore try to redirect, "
                        "or fail for lack of a Contact. It is final. The reason phrase on the wire varies between "
                        "platforms and is often Chinese.",
                        "gb28181 301 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The camera or device you selected is offline. Check that it has power and a network "
                        "connection, or ask the administrator to bring it back online.",
                        "gb28181 301 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "On the platform, check the device's registration state and the time of its last keep-alive; "
                        "GB/T 28181 devices commonly send a heartbeat every 60 seconds and are marked offline after "
                        "three missed ones, so look for REGISTER refreshes and Keepalive MESSAGEs in a capture. "
                        "Typical causes are a wrong SIP server ID, domain, IP address, port or password on the "
                        "device, NAT or firewall mappings that expire between heartbeats, the device being registered "
                        "to another platform, and duplicate device IDs. In a cascade, confirm that the lower platform "
                        "still lists the device as online in its catalog before blaming the upper platform.",
                        "gb28181 301 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "unregistered disconnected unreachable camera-offline", "gb28181 301 keywords"),
     {"", ""}},
    {302, Profile::Gb28181, "Video Loss Alarm", "GB/T 28181|RFC 3261 §21.3.3", "", "301 120", "",
     QT_TRANSLATE_NOOP3("Catalog", "Video loss alarm", "gb28181 302 name"),
     QT_TRANSLATE_NOOP3("Catalog", "The channel's video signal is lost, so no picture can be delivered.",
                        "gb28181 302 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Used by GB/T 28181 video platforms to report that a channel's video signal is lost: the "
                        "encoder or NVR is reachable but receives no picture from the camera, so the request for "
                        "video cannot be served. Video loss is also one of the device alarm types a GB/T 28181 device "
                        "can raise with an Alarm notification in a MESSAGE, so the same event may already be visible "
                        "in the alarm log. In the IETF registry 302 means Moved Temporarily, a redirect asking the "
                        "client to retry, for now, at the address in the Contact header field, and a generic SIP "
                        "client may act on it that way. The reason phrase on the wire varies between platforms and is "
                        "often Chinese. It is final; retrying only helps once the video input is restored.",
                        "gb28181 302 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The camera is connected to the system but is not sending a picture. Ask the administrator or "
                        "maintenance staff to check the camera, its cable and its power.",
                        "gb28181 302 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check the physical video input first: for analogue or HD-over-coax cameras behind an encoder "
                        "or DVR, the camera's power supply, the coax or twisted-pair cable and the connectors; for IP "
                        "cameras behind an NVR, whether the NVR still pulls a stream from the camera. Find the "
                        "matching video loss alarm and its time in the platform's alarm log, and confirm that the "
                        "channel ID in the request maps to the input that is actually wired. If the picture is fine "
                        "locally on the device, check whether the device raises the alarm falsely (firmware, wrong "
                        "channel mapping) before escalating.",
                        "gb28181 302 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "no-signal black-screen blank nosignal picture", "gb28181 302 keywords"),
     {"", ""}},
    {303, Profile::Gb28181, "SIP Signalling Error", "GB/T 28181|RFC 3261 §8.1.3.2", "", "400 415 481", "",
     QT_TRANSLATE_NOOP3("Catalog", "SIP signalling error", "gb28181 303 name"),
     QT_TRANSLATE_NOOP3("Catalog", "The SIP signalling exchange with the device or platform went wrong.",
                        "gb28181 303 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A generic error used by GB/T 28181 video platforms when the SIP signalling exchange with a "
                        "device or another platform went wrong: a message was malformed or unexpected, a required "
                        "field was missing, or the dialog got out of step. It says little on its own; the platform "
                        "log usually holds the detail. 303 is not registered in the SIP response-code registry at all "
                        "(303 See Other exists only in HTTP), so under RFC 3261 §8.1.3.2 a standard SIP UAC falls "
                        "back to treating it as 300 (Multiple Choices), a redirection, which is unlikely to help. The "
                        "reason phrase on the wire varies between platforms and is often Chinese. It is final; the "
                        "request has to be corrected before a retry can succeed.",
                        "gb28181 303 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The video system and the device could not understand each other's control messages. Try "
                        "again later; if it persists, the administrator needs to check the device's settings or "
                        "firmware.",
                        "gb28181 303 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Capture the exchange and compare each message with GB/T 28181: Request-URI, From and To "
                        "using the 20-digit device and platform IDs with the right domain; a Content-Type of "
                        "Application/MANSCDP+xml for MANSCDP bodies and application/sdp for SDP; a well-formed XML "
                        "body with the expected CmdType, SN and DeviceID; and an SDP with the y= (SSRC) line and the "
                        "right s= value (Play, Playback, Download). Check the character encoding (GB2312 or UTF-8) of "
                        "XML bodies, and find the exact parse error in the platform log. Interoperability problems "
                        "between vendors' firmware versions are a frequent cause, so test with the device's latest "
                        "firmware.",
                        "gb28181 303 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "protocol abnormal exception interop compatibility", "gb28181 303 keywords"),
     {"", ""}},
    {431, Profile::Gb28181, "From/To Routing Failed", "GB/T 28181|RFC 3261 §8.1.3.2", "", "434 499 404 400", "",
     QT_TRANSLATE_NOOP3("Catalog", "From/To routing failed", "gb28181 431 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The platform could not route the request on the basis of its From and To header fields.",
                        "gb28181 431 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Returned by a GB/T 28181 platform or its routing server when it could not decide where to "
                        "send a request from the From and To header fields. In a cascade of platforms, routing is "
                        "done on the 20-digit IDs: the destination ID in To must belong to a domain or device range "
                        "the platform knows, and the source in From must be a known device, lower platform or upper "
                        "platform. 431 is not an IETF code; a standard SIP UAC treats it as 400 (Bad Request), and "
                        "RFC 3261 §8.1.3.2 happens to use 431 as its very example of an unrecognised final response. "
                        "The reason phrase on the wire varies between platforms and is often Chinese. It is final, "
                        "and the request will fail again until the IDs or the routing configuration are fixed.",
                        "gb28181 431 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The video platform could not work out where to send your request. Ask the administrator to "
                        "check the platform's configuration for this device.",
                        "gb28181 431 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Capture the failing request and check the IDs in the Request-URI, From and To against the "
                        "platform configuration: the first ten digits of a GB/T 28181 ID (centre and industry code) "
                        "usually form the SIP domain, so a device or lower platform whose ID lies outside the "
                        "configured domain or routing ranges cannot be routed. Verify that the upper and lower "
                        "platforms have each other's platform ID, domain, IP address and port configured exactly, and "
                        "that From and To use the ID@domain form the platform expects, not an IP address. After "
                        "changing IDs, have the lower platform push its catalog again so the upper platform learns "
                        "the new entries.",
                        "gb28181 431 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "route-failure misrouted id-mismatch unknown-domain", "gb28181 431 keywords"),
     {"", ""}},
    {432, Profile::Gb28181, "Security Check Failed", "GB/T 28181|RFC 3261 §8.1.3.2", "", "401 403 433", "",
     QT_TRANSLATE_NOOP3("Catalog", "Security check failed", "gb28181 432 name"),
     QT_TRANSLATE_NOOP3("Catalog", "The platform rejected the request because it failed a security check.",
                        "gb28181 432 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Returned by a GB/T 28181 platform when a request fails its security checks before any "
                        "routing or permission decision: for example the sender's address is not on the list of "
                        "trusted peers, its registration or digest authentication is not valid, or, on platforms that "
                        "enforce signed or encrypted signalling, a signature or certificate could not be verified. "
                        "432 is not an IETF code; under RFC 3261 §8.1.3.2 a standard SIP UAC treats it as 400 (Bad "
                        "Request) and will not retry with credentials as it would after a 401. The reason phrase on "
                        "the wire varies between platforms and is often Chinese. It is final; the peer's security "
                        "configuration has to be corrected first.",
                        "gb28181 432 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The video platform rejected the request for security reasons. Ask the administrator to check "
                        "that this device or platform is allowed to connect.",
                        "gb28181 432 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check the platform's security settings for the peer: the IP whitelist or trusted-peer list, "
                        "the registration password and whether the device completed the 401 digest challenge, and, "
                        "where certificate-based signalling security is used, the certificate chain, its validity "
                        "dates and the device's clock. Capture to see whether the request came from the expected "
                        "address and port (NAT can change the source), and find the rule that fired in the platform's "
                        "security log.",
                        "gb28181 432 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "blacklist blocked denied illegal untrusted", "gb28181 432 keywords"),
     {"", ""}},
    {433, Profile::Gb28181, "No Permission", "GB/T 28181|RFC 5079 §5", "", "403 432 431", "",
     QT_TRANSLATE_NOOP3("Catalog", "No permission", "gb28181 433 name"),
     QT_TRANSLATE_NOOP3("Catalog", "The requesting user or platform has no permission for the target device.",
                        "gb28181 433 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Returned by a GB/T 28181 platform, often a cascaded platform in another domain, when the "
                        "user or platform making the request has no permission for the target device: the "
                        "authorisation of platform user groups does not cover the device group the camera belongs to. "
                        "It is an authorisation refusal, comparable to 403 (Forbidden). In the IETF registry, "
                        "however, 433 means Anonymity Disallowed (RFC 5079): the server refuses requests from "
                        "anonymous callers, and a generic SIP stack may report it that way. The reason phrase on the "
                        "wire varies between platforms and is often Chinese. It is final; retrying without changing "
                        "the authorisation fails again.",
                        "gb28181 433 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Your account is not allowed to view or control this camera. Ask the administrator to grant "
                        "you access to it.",
                        "gb28181 433 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "On the platform that returned 433, check that the user group or the upper platform's account "
                        "is authorised for the device group containing the camera, and that the device appears in the "
                        "catalog shared with the requesting platform. In a cascade, sharing is usually configured on "
                        "the lower platform for each upper platform, so a camera newly added to a group may need the "
                        "share applied again and the catalog pushed again. If the peer is a plain SIP system, also "
                        "check whether it applied the IETF meaning, Anonymity Disallowed, because the From header "
                        "field was anonymous.",
                        "gb28181 433 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "access-denied rights privilege unauthorised", "gb28181 433 keywords"),
     {"", ""}},
    {434, Profile::Gb28181, "Message Send Failed", "GB/T 28181|RFC 3261 §8.1.3.2", "", "431 499 404 503", "",
     QT_TRANSLATE_NOOP3("Catalog", "Platform send failure", "gb28181 434 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The platform could not send the message on because its routing lookup found no destination.",
                        "gb28181 434 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Returned by a GB/T 28181 platform when it accepted a request but could not send it on: its "
                        "routing lookup found no destination address for the target ID, so the message never left the "
                        "platform. The usual causes are a target outside the routing ranges configured for the "
                        "platform or its routing server, and stale routing state, for example after the routing "
                        "service was restarted while the platform kept running. 434 is not an IETF code; under RFC "
                        "3261 §8.1.3.2 a standard SIP UAC treats it as 400 (Bad Request). The reason phrase on the "
                        "wire varies between platforms and is often Chinese. It is final; the routing configuration "
                        "must be fixed before a retry can work.",
                        "gb28181 434 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The video platform could not forward your request to the device. Ask the administrator to "
                        "check the platform's routing settings.",
                        "gb28181 434 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check the platform's routing range configuration: the target device's ID, or its domain "
                        "prefix, must fall within a range mapped to a reachable next hop (lower platform, upper "
                        "platform or access gateway). If the routing service was restarted on its own, the platform "
                        "may still hold stale routes; restart the platform so it loads them again. Then capture on "
                        "the platform's outgoing side: if the message never appears there, the problem is the route "
                        "table; if it leaves but gets no answer, look at the next hop instead.",
                        "gb28181 434 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "send-failed forwarding route-table unreachable destination",
                        "gb28181 434 keywords"),
     {"", ""}},
    {499, Profile::Gb28181, "Routing Server Unknown Error", "GB/T 28181|RFC 3261 §8.1.3.2", "", "500 434 431", "",
     QT_TRANSLATE_NOOP3("Catalog", "Routing server error", "gb28181 499 name"),
     QT_TRANSLATE_NOOP3("Catalog", "The platform's routing server failed with an unclassified internal error.",
                        "gb28181 499 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Returned by the routing server of a GB/T 28181 platform when it failed for a reason it "
                        "cannot classify: an internal exception rather than a routing rule or permission decision. It "
                        "plays the role that 500 (Server Internal Error) plays in the IETF registry but sits in the "
                        "4xx range, so under RFC 3261 §8.1.3.2 a standard SIP UAC treats it as 400 (Bad Request) and "
                        "will not apply 5xx behaviour such as trying another server. The IETF has not registered 499. "
                        "The reason phrase on the wire varies between platforms and is often Chinese. It is final; "
                        "since the code says nothing about the cause, the routing server's logs are the only source "
                        "of detail.",
                        "gb28181 499 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The video platform hit an unexpected internal error. Try again later; if it happens again, "
                        "tell the administrator when it occurred.",
                        "gb28181 499 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Before restarting anything, save the routing server's and the platform's logs covering the "
                        "failure, together with a capture of the request and the 499, and send them to the platform "
                        "vendor's support. Note the request type (registration, catalog, live view, playback), the "
                        "source and destination IDs and the exact time so the vendor can match the log entries. "
                        "Meanwhile check whether the failure always involves one device or peer platform, which can "
                        "point to a data problem such as a malformed catalog entry.",
                        "gb28181 499 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "unknown exception bug crash report", "gb28181 499 keywords"),
     {"", ""}},
};

extern const CodeRecordTable codesGb28181 = {records, int(sizeof(records) / sizeof(records[0]))};

} // namespace sipref::catalogdata
