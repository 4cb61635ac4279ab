// IANA SIP response codes 400-429 (first half of the 4xx class): English source texts,
// zh_CN in the translation files. Facts checked against the RFC sections in "references".
#include "catalog/coderecord.h"

#include <QtGlobal>

namespace sipref::catalogdata {

static const CodeRecord records[] = {
    {400, Profile::Ietf, "Bad Request", "RFC 3261 §21.4.1|RFC 3261 §18.3", "", "413 414 416 420 505", "",
     QT_TRANSLATE_NOOP3("Catalog", "Bad request", "400 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The request was malformed, so the receiving element could not parse or understand it.",
                        "400 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The receiving element could not understand the request because its syntax is malformed. Any "
                        "hop can send it: a proxy, registrar, gateway, B2BUA or the far-end UAS, so the response "
                        "does not prove that the callee ever saw the request. It is a final response. RFC 3261 asks "
                        "the sender to name the defect in the reason phrase, for example Missing Call-ID header "
                        "field, and a Warning header field may add detail. Typical causes are a missing or "
                        "duplicated mandatory header field, a CSeq method that differs from the request method, an "
                        "unparsable URI or SDP, illegal characters, or a UDP datagram whose body is shorter than its "
                        "Content-Length. Repeating the identical request fails again: the sender must fix the "
                        "message first.",
                        "400 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The phone or system sent a request that the network could not read, so the call or action "
                        "failed. Retrying usually gives the same result; note the time and the number you dialled "
                        "and report them to your support team.",
                        "400 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Capture the request together with the 400 and read the reason phrase and any Warning header "
                        "field first: most stacks name the offending header field there. Find which element answered "
                        "(its Via, Server or User-Agent) and check the message as that element received it: SIP ALGs "
                        "in routers, SBC header manipulation rules and B2BUAs often rewrite header fields and break "
                        "them. Check that Content-Length matches the body, that large INVITEs are not truncated by "
                        "UDP fragmentation (try TCP), and that display names with non-ASCII or special characters "
                        "are quoted.",
                        "400 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "garbled corrupt invalid unreadable", "400 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "On GB/T 28181 video platforms a 400 usually means that the peer platform does not support "
                        "the request, for example a control command or query it has not implemented, rather than a "
                        "pure syntax fault. Capture the exchange and send it to the vendor of the answering platform "
                        "together with the device and channel IDs involved.",
                        "400 platform notes")},
    {401, Profile::Ietf, "Unauthorized", "RFC 3261 §21.4.2|RFC 3261 §22.2|RFC 3261 §8.1.3.5",
     "WWW-Authenticate:must|Proxy-Authenticate:may", "407 403", "",
     QT_TRANSLATE_NOOP3("Catalog", "Unauthorized", "401 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The request must be authenticated: the UAS or registrar has sent a challenge and expects a "
                        "retry with credentials.",
                        "401 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The user agent server or registrar requires the sender to authenticate before it processes "
                        "the request; proxies use 407 instead. It is a final response that carries one or more "
                        "WWW-Authenticate header fields with a Digest challenge (realm, nonce, algorithm, often qop "
                        "and opaque). The UAC is expected to send the request again with an Authorization header "
                        "field computed from its username and password for that realm, as a new transaction with the "
                        "same Call-ID, From and To and a CSeq one higher. A 401 followed by a successful retry is "
                        "therefore normal, above all for REGISTER. stale=true means that only the nonce expired, so "
                        "the client retries without asking the user again. A forking proxy merges the challenges of "
                        "all 401 and 407 branches into one response.",
                        "401 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The service asked your phone to prove who it is, and the username or password was missing "
                        "or not accepted. Check the account details entered in the phone or app; if they are "
                        "correct, contact your provider.",
                        "401 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "One 401 per REGISTER or INVITE is the normal challenge; look at the retry. If the retried "
                        "request is challenged again, compare its Authorization header field with the challenge: "
                        "username (auth ID, which may differ from the extension), realm, the uri parameter against "
                        "the Request-URI, and the algorithm (MD5 or SHA-256, RFC 8760). A fresh nonce every time "
                        "without stale=true points to a wrong password; some servers, FreeSWITCH for example, answer "
                        "a wrong password with 403 instead of another 401. Also check that no ALG or SBC rewrites "
                        "the Request-URI between client and server, which breaks the digest.",
                        "401 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "login signin unauthorised denied password-rejected", "401 keywords"),
     {"", ""}},
    {402, Profile::Ietf, "Payment Required", "RFC 3261 §21.4.3", "", "403", "",
     QT_TRANSLATE_NOOP3("Catalog", "Payment required", "402 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Reserved for future use; in practice some providers send it when an account has no credit.",
                        "402 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "RFC 3261 reserves this code for future use and gives it no defined behaviour, so a standard "
                        "SIP element never needs to send it. Like the other 4xx codes it is a final response. Some "
                        "carriers, prepaid platforms and billing-aware B2BUAs nevertheless send it when the calling "
                        "account has no credit, is suspended for non-payment, or the destination is not covered by "
                        "its tariff. Because the meaning is not standardised, the reason phrase and any Warning "
                        "header field from the sender are the only reliable description. A client should treat it as "
                        "an ordinary request failure: retrying the same request will not help until the account "
                        "situation changes, and there is no automatic retry procedure.",
                        "402 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call was refused for a billing reason, for example no remaining credit or an unpaid "
                        "account. Check your balance or contact your provider's billing team.",
                        "402 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Identify who sent the 402 (Via, Server, User-Agent): it is almost always the provider's "
                        "billing or rating system, not the callee. Check the account balance, credit limits, "
                        "per-destination rate tables and whether the dialled number lies in an allowed tariff zone. "
                        "If your own platform generates it, make sure the reason phrase says why, and consider the "
                        "more widely understood 403 with a clear reason phrase for phones that display only the "
                        "code.",
                        "402 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "money funds top-up recharge arrears debt", "402 keywords"),
     {"", ""}},
    {403, Profile::Ietf, "Forbidden", "RFC 3261 §21.4.4", "", "401 407 404 603", "",
     QT_TRANSLATE_NOOP3("Catalog", "Forbidden", "403 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server understood the request but refuses to fulfil it, and authentication will not "
                        "change that.",
                        "403 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The element understood the request but refuses to carry it out. Unlike 401 and 407, "
                        "repeating the request with credentials will not help, and RFC 3261 says the request should "
                        "not be repeated. It is a final response and may come from a registrar, proxy, B2BUA, "
                        "gateway or the far-end UAS. The reason is policy, not syntax: the source address is not on "
                        "an access list, the authenticated user may not use the identity in From, the destination is "
                        "barred (international or premium numbers), the caller is blacklisted, or the account is "
                        "disabled. Many servers also send 403 after repeated failed authentication. The reason "
                        "phrase or a Warning header field often names the rule that fired.",
                        "403 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The service refused this call or action on purpose, for example because the number is "
                        "barred, your account is restricted or your login was not accepted. Contact your provider "
                        "and mention the number you tried.",
                        "403 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Find the element that sent the 403 and read its reason phrase: Kamailio and OpenSIPS "
                        "scripts send texts such as Forbidden auth ID when the authentication username does not "
                        "match the From or To user, or Relay Forbidden when neither party is local. On trunks, check "
                        "the provider's IP allow list, the caller ID you present in From or P-Asserted-Identity "
                        "(many carriers reject numbers you do not own) and the destination restrictions on the "
                        "account. For REGISTER, a 403 instead of a 401 challenge usually means a wrong password, an "
                        "unknown user or a source IP blocked by a fail2ban-style filter.",
                        "403 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "denied permission rejected ban blacklist disallowed", "403 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "On GB/T 28181 platforms a 403 most often means that the device, the upper or lower "
                        "platform, or the media server involved is offline. Before looking at permissions, check the "
                        "registration and keep-alive (heartbeat) status of the device and the platform, and whether "
                        "the media server is running and registered.",
                        "403 platform notes")},
    {404, Profile::Ietf, "Not Found", "RFC 3261 §21.4.5", "Retry-After:may", "604 410 480 484", "",
     QT_TRANSLATE_NOOP3("Catalog", "Not found", "404 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The user or number in the Request-URI does not exist in that domain, or the domain is not "
                        "served here.",
                        "404 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server has definitive information that the user in the Request-URI does not exist in "
                        "the domain named there. It is also returned when the domain of the Request-URI is not one "
                        "that the receiving element is responsible for. It is a final response from a registrar, "
                        "proxy, redirect server, gateway or UAS. The verdict is local to this server: a forking "
                        "proxy may still succeed on other branches, and the caller may try another route. 604 (Does "
                        "Not Exist Anywhere) makes the stronger claim that the user exists nowhere. A Retry-After "
                        "header field is allowed. In practice many proxies also answer 404 when the user is "
                        "provisioned but has no current registration, where 480 would be more precise.",
                        "404 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The number or address you called was not found. Check the number, including any prefix or "
                        "country code, and try again.",
                        "404 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check how the number arrived at the element that answered: the Request-URI user part after "
                        "dial-plan rewriting, prefixes, + and country code normalisation, and the domain or IP "
                        "address in the host part. On a PBX, look for a missing extension or a call landing in the "
                        "wrong context; Kamailio's default script answers 404 when the location lookup finds no "
                        "registration, so check whether the callee is registered. Gateways map ISDN cause 1 "
                        "(unallocated number) to 404, so a 404 from a carrier usually means the number is not in "
                        "service.",
                        "404 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "nonexistent invalid vacant unassigned misdialled", "404 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "On GB/T 28181 platforms a 404 usually means that the requested video does not exist: the "
                        "device or channel ID in the Request-URI or Subject header field is unknown to the answering "
                        "platform. Check the 20-digit ID for typos and confirm that the device has reported that "
                        "channel to the platform in its catalog.",
                        "404 platform notes")},
    {405, Profile::Ietf, "Method Not Allowed", "RFC 3261 §21.4.6|RFC 3261 §8.2.1", "Allow:must", "501", "",
     QT_TRANSLATE_NOOP3("Catalog", "Method not allowed", "405 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server knows the method but does not allow it for this Request-URI; the Allow header "
                        "field lists what it accepts.",
                        "405 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The method in the request line is understood but not allowed for the address identified by "
                        "the Request-URI. The response must carry an Allow header field listing the methods that "
                        "address accepts. It is a final response, typically from a UAS, registrar or B2BUA; proxies "
                        "forward requests whatever their method rather than rejecting unknown ones. The difference "
                        "from 501 (Not Implemented) matters: 501 means the method is not implemented at all, 405 "
                        "means it exists but is refused here, for example REGISTER sent to a phone or to a trunk "
                        "that does not take registrations, or SUBSCRIBE sent to a server without presence. The "
                        "client should not retry the same method there and should use only the methods listed in "
                        "Allow.",
                        "405 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The device or service you reached does not accept this kind of request, for example a "
                        "registration or a status subscription. The feature has to be switched off or pointed at a "
                        "different server.",
                        "405 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Read the Allow header field and compare it with the method that was refused. Typical cases: "
                        "a phone or gateway registering to a peer that only expects trunk traffic, BLF or voicemail "
                        "SUBSCRIBE sent to a server without a presence module, MESSAGE or INFO (for DTMF) sent to a "
                        "PBX that does not take them, and REFER where transfers are disabled. Either enable the "
                        "method on the server or configure the client not to use it (for example RFC 4733 DTMF "
                        "instead of SIP INFO). Kamailio's default script also returns 405 when the callee is "
                        "registered but its contact does not accept the method.",
                        "405 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "disallowed operation denied rejected", "405 keywords"),
     {"", ""}},
    {406, Profile::Ietf, "Not Acceptable", "RFC 3261 §21.4.7", "", "415 488 606", "",
     QT_TRANSLATE_NOOP3("Catalog", "Not acceptable", "406 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server could only produce response content that the Accept header fields of the request "
                        "rule out.",
                        "406 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The resource identified by the request can only generate response bodies whose content "
                        "characteristics (type, encoding or language) are not acceptable according to the Accept "
                        "header fields sent in the request. It is a final response, sent by a UAS or other element "
                        "that would have to return a body. It concerns what the requester is willing to receive, not "
                        "what it sent: a request body the server cannot read gives 415, and an unusable session "
                        "description in an INVITE gives 488 or 606. The code is rare; where it appears, look at "
                        "requests that expect a body in return, such as SUBSCRIBE, whose Accept header field may "
                        "exclude every format the server can produce. The client may retry with a wider Accept "
                        "header field.",
                        "406 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The two systems could not agree on a data format for this request. This needs a "
                        "configuration change by your support team.",
                        "406 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Compare the Accept, Accept-Encoding and Accept-Language header fields of the request with "
                        "the formats the server supports; for SUBSCRIBE the event package defines the body type (for "
                        "example application/pidf+xml for presence, application/dialog-info+xml for dialog). Do not "
                        "confuse it with 488: if an INVITE is refused because of codecs or SDP, look at 488 or 606 "
                        "instead. Widening or removing the restrictive Accept header field on the client usually "
                        "resolves it.",
                        "406 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "negotiation mismatch unacceptable", "406 keywords"),
     {"", ""}},
    {407, Profile::Ietf, "Proxy Authentication Required", "RFC 3261 §21.4.8|RFC 3261 §22.3|RFC 3261 §8.1.3.5",
     "Proxy-Authenticate:must|WWW-Authenticate:may", "401 403", "",
     QT_TRANSLATE_NOOP3("Catalog", "Proxy authentication required", "407 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A proxy requires the sender to authenticate and has sent a challenge; the request should be "
                        "retried with credentials.",
                        "407 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Similar to 401, but the challenge comes from a proxy on the path (or a PBX, SBC or carrier "
                        "acting as one), which wants the client to authenticate to it before it forwards the "
                        "request. RFC 3261 notes that it suits cases where access to the network, for example a "
                        "telephony gateway, rather than the callee requires authentication. It is a final response "
                        "with one or more Proxy-Authenticate header fields (realm, nonce, algorithm, qop). The UAC "
                        "sends a new request with the same Call-ID, From and To, a CSeq one higher and a "
                        "Proxy-Authorization header field for that realm. Several proxies on the path may each "
                        "challenge, so credentials for several realms can accumulate. A 407 to an INVITE is "
                        "acknowledged with ACK like any other final response.",
                        "407 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The network asked your phone to log in before placing the call, and the login was missing "
                        "or not accepted. Check the account details in your phone or app, or contact your provider.",
                        "407 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A single 407 on INVITE followed by a retry with Proxy-Authorization is normal: Kamailio's "
                        "default script and FreeSWITCH challenge INVITE with 407 and REGISTER with 401. If the retry "
                        "is challenged again, check the username (auth ID), password, realm and algorithm, and that "
                        "the client answers a 407 with Proxy-Authorization, not Authorization. On PBX-to-carrier "
                        "trunks, make sure outbound authentication is configured on the trunk (for example "
                        "outbound_auth on an Asterisk PJSIP endpoint) and that the carrier has not switched the "
                        "trunk to IP-based authentication.",
                        "407 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "signin sign-in denied unauthorised proxy-auth", "407 keywords"),
     {"", ""}},
    {408, Profile::Ietf, "Request Timeout", "RFC 3261 §21.4.9|RFC 3261 §8.1.3.1|RFC 3261 §16.8",
     "", "504 480 487", "",
     QT_TRANSLATE_NOOP3("Catalog", "Request timeout", "408 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "No final response could be produced in time, for example because the user's location could "
                        "not be found soon enough.",
                        "408 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server could not produce a final response within a suitable time, for example because "
                        "it could not determine the user's location in time. A proxy also returns it when a "
                        "forwarded request gets no final response: RFC 3261 makes a proxy act as if it had received "
                        "408 when a client transaction times out, or when Timer C fires before any provisional "
                        "response. The UAC core treats its own transaction timeout (Timer B or F, 32 seconds by "
                        "default) the same way, so many 408s are generated locally and never crossed the wire. It is "
                        "a final response. RFC 3261 allows the client to repeat the request unchanged at any later "
                        "time. 504 (Server Time-out) reports instead that an external server the element relied on "
                        "did not answer in time.",
                        "408 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call or registration got no answer from the network in time. Check your internet "
                        "connection and try again; if it keeps happening, contact your provider.",
                        "408 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "First check in the capture whether a 408 really arrived or was generated locally after "
                        "retransmissions went unanswered (copies of the INVITE or REGISTER sent after 0.5, 1, 2, 4 s "
                        "and so on). If nothing came back, check DNS and SRV resolution of the next hop, firewall "
                        "and NAT rules, expired NAT bindings on UDP, and large INVITEs lost to IP fragmentation "
                        "(switch to TCP). If a 408 was received, follow its Via to the element that timed out and "
                        "check that element's next hop. On PSTN gateways, ISDN cause 18 (no user responding) maps to "
                        "408.",
                        "408 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "unreachable delay slow no-reply hanging", "408 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "On GB/T 28181 platforms, check that the destination address and port of the message are "
                        "correct and that the target device is online. Where a network gate (security isolation "
                        "gateway) separates two security zones, also confirm that the gate is reachable and that its "
                        "mapping rules still forward the SIP traffic.",
                        "408 platform notes")},
    {410, Profile::Ietf, "Gone", "RFC 3261 §21.4.10", "", "404 604 301", "",
     QT_TRANSLATE_NOOP3("Catalog", "Gone", "410 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The requested user or resource existed but is permanently gone, and no forwarding address "
                        "is known.",
                        "410 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The requested resource is no longer available at the server and no forwarding address is "
                        "known. The condition is expected to be permanent, for example a number that has been "
                        "disconnected or an account that was deleted. It is a final response from a registrar, "
                        "proxy, redirect server, UAS or gateway. If the server cannot tell whether the loss is "
                        "permanent, RFC 3261 says it should send 404 instead, so a 410 is a deliberate statement. If "
                        "a new address is known, the right answer is 301 (Moved Permanently) with a Contact header "
                        "field. A client gains nothing by retrying; updating the directory entry is the sensible "
                        "reaction.",
                        "410 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The number you called is no longer in service and no new number is known. Check the number "
                        "or find the person's current contact details.",
                        "410 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Gateways translate ISDN cause 22 (number changed) into 410, so a 410 from a carrier usually "
                        "reflects a disconnected or changed number on the PSTN side. If your own platform sends it, "
                        "check the provisioning of that number or user: a deleted or deactivated account is often "
                        "mapped to 410. If a valid, active number gets 410, confirm with the holder of the number "
                        "range.",
                        "410 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "removed ported cancelled defunct obsolete", "410 keywords"),
     {"", ""}},
    {412, Profile::Ietf, "Conditional Request Failed", "RFC 3903 §11.2.1|RFC 3903 §6", "", "489 423", "",
     QT_TRANSLATE_NOOP3("Catalog", "Conditional request failed", "412 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A PUBLISH referred to an entity-tag that the event state compositor no longer knows.",
                        "412 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Defined by RFC 3903 for PUBLISH. An event publication agent refreshes, modifies or removes "
                        "previously published state by sending PUBLISH with a SIP-If-Match header field that carries "
                        "the entity-tag it received in the SIP-ETag header field of an earlier 2xx. If the event "
                        "state compositor (a presence server, for example) holds no publication matching that "
                        "entity-tag, because it expired, the server restarted or the tag is wrong, it answers 412. "
                        "It is a final response. The publisher must not retry the same request; it discards the "
                        "stale entity-tag, sends an initial PUBLISH without SIP-If-Match that carries the full "
                        "state, and then uses the new SIP-ETag.",
                        "412 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Your status information (for example your availability) could not be updated on the server. "
                        "This is normally repaired automatically; if your status stays wrong, sign out and in again.",
                        "412 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Compare the SIP-If-Match value with the SIP-ETag of the last 2xx to PUBLISH and check the "
                        "Expires values: a refresh sent after the publication expired, or after a presence server "
                        "restart or failover to a node without shared state, gets 412. Make sure the client falls "
                        "back to an initial PUBLISH with a body instead of retrying the conditional request in a "
                        "loop, and that load balancers keep PUBLISH refreshes on the same server.",
                        "412 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "etag outdated conflict", "412 keywords"),
     {"", ""}},
    {413, Profile::Ietf, "Request Entity Too Large", "RFC 3261 §21.4.11|RFC 3261 §8.1.3.5",
     "Retry-After:may", "513 414 415", "",
     QT_TRANSLATE_NOOP3("Catalog", "Request entity too large", "413 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The message body of the request is larger than the server is willing or able to process.",
                        "413 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server refuses the request because its message body is larger than the server is "
                        "willing or able to process. It is a final response, usually from a UAS, proxy or SBC with a "
                        "size limit. The server may close the connection to stop the client from continuing. If the "
                        "condition is only temporary, the server should add a Retry-After header field saying when "
                        "the client may try again. On a 413 the UAC should, if it can, retry with no body or a "
                        "smaller one, as a new transaction with the CSeq increased. 513 (Message Too Large) is the "
                        "related code for a whole message that is too long, as opposed to its body.",
                        "413 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The request carried more data than the server accepts, for example a very long message or a "
                        "large attachment. Try sending less content.",
                        "413 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check the Content-Length of the refused request and which element set the limit. Large "
                        "bodies usually come from SDP offers with long codec lists and many ICE candidates, "
                        "multipart bodies (SDP plus location, ISUP or SIPREC metadata), big presence or "
                        "resource-list documents, or MESSAGE with attachments. Trim the codec list and candidates, "
                        "and move large payloads to TCP or to MSRP or HTTP file transfer; RFC 3428 limits MESSAGE "
                        "outside a session to 1300 bytes unless the path is congestion controlled.",
                        "413 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "oversized huge payload overflow", "413 keywords"),
     {"", ""}},
    {414, Profile::Ietf, "Request-URI Too Long", "RFC 3261 §21.4.12", "", "413 513 416", "Request URI Too Long",
     QT_TRANSLATE_NOOP3("Catalog", "Request-URI too long", "414 name"),
     QT_TRANSLATE_NOOP3("Catalog", "The Request-URI is longer than the server is willing to interpret.",
                        "414 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server refuses to service the request because the Request-URI is longer than it is "
                        "willing to interpret. It is a final response from whichever element hit its limit: a proxy, "
                        "SBC, gateway or UAS. RFC 3261 sets no maximum length, so limits are "
                        "implementation-specific. An overlong Request-URI is rarely a real address; it usually "
                        "points to URI parameters or escaped header fields being appended again and again, for "
                        "example by a B2BUA or in a routing loop, or to a very long user part produced by number "
                        "manipulation. The client should shorten the URI before trying again; retrying it unchanged "
                        "fails the same way.",
                        "414 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The address used for the call was too long for the network to handle. Check the number or "
                        "address you dialled; if it looks correct, contact your support team.",
                        "414 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Look at the Request-URI exactly as the answering element received it and find what made it "
                        "long: repeated parameters (;transport=, ;user=phone, vendor tags) added at every hop, "
                        "escaped header parameters carried over from a Refer-To or a redirect Contact, or a dial "
                        "plan that prepends digits in a loop. Compare the URI hop by hop in captures taken at each "
                        "SBC or B2BUA, and remove the parameter or rule that keeps growing it.",
                        "414 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "lengthy huge truncated", "414 keywords"),
     {"", ""}},
    {415, Profile::Ietf, "Unsupported Media Type", "RFC 3261 §21.4.13|RFC 3261 §8.2.3|RFC 3261 §8.1.3.5",
     "Accept:must|Accept-Encoding:must|Accept-Language:must", "406 488 606", "",
     QT_TRANSLATE_NOOP3("Catalog", "Unsupported media type", "415 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server cannot handle the format of the request's message body for this method.",
                        "415 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server refuses the request because the message body is in a format it does not support "
                        "for the requested method: an unknown Content-Type, a Content-Encoding it cannot undo, or a "
                        "Content-Language it does not handle. It is a final response, normally from the UAS that has "
                        "to interpret the body. The response must list what is acceptable in an Accept, "
                        "Accept-Encoding or Accept-Language header field, whichever matches the problem. The UAC "
                        "should retry using only the types, encodings and languages listed there. The code is about "
                        "the body format itself, for example multipart/mixed or an unknown XML type; codecs or media "
                        "lines that the SDP cannot satisfy lead to 488 or 606.",
                        "415 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The other side could not read the kind of data your system sent with the request. This "
                        "needs a configuration change by your support team.",
                        "415 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check the Content-Type (and Content-Encoding) of the refused request against the Accept "
                        "header field of the 415. Typical mismatches: multipart/mixed bodies (SDP plus ISUP, "
                        "location or SIPREC metadata) sent to a UA that only takes application/sdp, compressed "
                        "bodies, vendor XML in INFO or NOTIFY, and a wrong or missing Content-Type on MESSAGE. "
                        "Configure the sender to use only the listed formats, or strip the extra body parts on the "
                        "SBC.",
                        "415 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "mime incompatible unrecognised", "415 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "On GB/T 28181 platforms a 415 usually means that the requested video format is not "
                        "supported, for example an encoding, stream type or resolution that the device or media "
                        "server cannot provide. Compare the media format lines in the SDP of the INVITE with the "
                        "device's capabilities; if they should match, capture the exchange and involve the vendor.",
                        "415 platform notes")},
    {416, Profile::Ietf, "Unsupported URI Scheme",
     "RFC 3261 §21.4.14|RFC 3261 §8.2.2.1|RFC 3261 §16.3|RFC 3261 §8.1.3.5", "", "400 404 414", "",
     QT_TRANSLATE_NOOP3("Catalog", "Unsupported URI scheme", "416 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The scheme of the Request-URI (for example tel: or sips:) is not supported by the server.",
                        "416 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server cannot process the request because it does not know or support the scheme of the "
                        "URI in the Request-URI. Both a UAS and a proxy send it: RFC 3261 asks proxies to reject "
                        "Request-URIs whose scheme they do not understand with 416. It is a final response. Common "
                        "triggers are tel: URIs (RFC 3966) sent to a server that only handles sip:, sips: sent to an "
                        "element without TLS support, and urn: or other schemes used by special services. The client "
                        "should retry with a SIP URI, for example turning tel:+12025550123 into "
                        "sip:+12025550123@domain;user=phone.",
                        "416 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The address format used for this call is not supported by the service. Try dialling the "
                        "number in its usual form, or contact your support team.",
                        "416 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Look at the scheme of the Request-URI in the refused request. If a phone or application "
                        "places calls with tel: URIs, configure it to use sip: URIs with ;user=phone, or have the "
                        "first proxy convert tel: to sip:. If sips: is refused, check the TLS configuration and "
                        "whether the next hop really supports SIPS; transport=tls on a sip: URI still gives TLS on "
                        "that hop without the end-to-end SIPS requirement.",
                        "416 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "url unrecognised incompatible", "416 keywords"),
     {"", ""}},
    {417, Profile::Ietf, "Unknown Resource-Priority", "RFC 4412 §4.6.2|RFC 4412 §12.4",
     "Accept-Resource-Priority:may", "420 421", "Uknown Resource-Priority",
     QT_TRANSLATE_NOOP3("Catalog", "Unknown resource priority", "417 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The Resource-Priority header field of the request used a namespace or priority value the "
                        "receiver does not recognise.",
                        "417 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Defined by RFC 4412, which lets emergency and government priority services (for example the "
                        "ets and wps namespaces) mark requests with a Resource-Priority header field made of a "
                        "namespace and a priority value. An element that supports the extension but does not "
                        "recognise the namespace or value, and whose policy is not to ignore unknown values, rejects "
                        "the request with 417. It is a final response. The response may include an "
                        "Accept-Resource-Priority header field listing the namespaces and values that are accepted, "
                        "so the client can retry with one of them or without the header field. An element that does "
                        "not support the extension at all answers a request with Require: resource-priority with 420 "
                        "instead.",
                        "417 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call carried a priority marking that the network does not recognise. Try the call again "
                        "without the priority feature, or contact your support team.",
                        "417 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Compare the Resource-Priority value in the request with the Accept-Resource-Priority header "
                        "field of the 417, if present, and configure the sender to use an accepted namespace and "
                        "value. Cisco IOS gateways illustrate the two policies: in strict mode they answer unknown "
                        "values with 417 and an Accept-Resource-Priority list, in loose mode (the default) they "
                        "ignore them. If priority marking is not needed on that route, strip the header field at the "
                        "SBC.",
                        "417 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "precedence preemption GETS MLPP", "417 keywords"),
     {"", ""}},
    {420, Profile::Ietf, "Bad Extension", "RFC 3261 §21.4.15|RFC 3261 §8.2.2.3|RFC 3261 §16.3|RFC 3261 §8.1.3.5",
     "Unsupported:must", "421 416", "",
     QT_TRANSLATE_NOOP3("Catalog", "Bad extension", "420 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server does not understand an extension that the request listed in Require or "
                        "Proxy-Require.",
                        "420 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server did not understand a protocol extension (option tag) that the request made "
                        "mandatory: a UAS checks the Require header field, a proxy checks Proxy-Require. The "
                        "response must include an Unsupported header field listing the option tags that were not "
                        "understood. It is a final response. The UAC should retry the request, as a new transaction, "
                        "without the extensions listed in Unsupported, provided it can work without them. Option "
                        "tags seen in practice include 100rel (reliable provisional responses), timer (session "
                        "timers), replaces, sec-agree and precondition. Listing an extension in Supported never "
                        "causes a 420, which is why Require should be kept for extensions the request cannot do "
                        "without.",
                        "420 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Your phone or system asked for a feature that the other side does not support, so the "
                        "request failed. This needs a configuration change by your support team.",
                        "420 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Read the Unsupported header field of the 420 and find the matching option tag in the "
                        "Require or Proxy-Require of the request. Typical fixes: change 100rel from required to "
                        "supported (in Asterisk, 100rel=yes rather than required on the endpoint, or the equivalent "
                        "on the gateway), stop forcing session timers, and remove Proxy-Require: sec-agree outside "
                        "IMS. Also check that no SBC adds Require to a CANCEL or to the ACK for a non-2xx response, "
                        "which RFC 3261 forbids.",
                        "420 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "prack incompatible unrecognised", "420 keywords"),
     {"", ""}},
    {421, Profile::Ietf, "Extension Required", "RFC 3261 §21.4.16|RFC 3261 §8.2.4", "Require:must", "420 422 494", "",
     QT_TRANSLATE_NOOP3("Catalog", "Extension required", "421 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server needs an extension that the request did not list in Supported; the Require "
                        "header field names it.",
                        "421 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The user agent server needs a particular extension to process the request, but the request "
                        "does not list it in its Supported header field. The response must include a Require header "
                        "field naming the required extensions. It is a final response. RFC 3261 discourages it: a "
                        "UAS should fall back to baseline SIP and the extensions the client does support, and send "
                        "421 only when it truly cannot provide any useful service otherwise, because it breaks "
                        "interworking. The client can retry only if it actually implements the named extension, and "
                        "then lists it in Supported. Common cases are gateways that insist on 100rel (PRACK) or on "
                        "session timers, and IMS servers requiring sec-agree, where RFC 3329 adds a Security-Server "
                        "header field.",
                        "421 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The other side requires a feature that your phone or system did not offer. This needs a "
                        "configuration change or a software update on your side.",
                        "421 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Read the Require header field of the 421 and check whether the client supports that option "
                        "tag but does not advertise it in Supported; enabling it (for example 100rel or timer in the "
                        "phone, PBX or SBC settings) usually fixes the call. If the client cannot implement it, ask "
                        "the far end to relax the requirement, or let an SBC that supports the extension terminate "
                        "it on that leg.",
                        "421 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "mandatory needed missing", "421 keywords"),
     {"", ""}},
    {422, Profile::Ietf, "Session Interval Too Small", "RFC 4028 §6|RFC 4028 §7.3",
     "Min-SE:must", "421 423", "Session Timer Interval Too Small",
     QT_TRANSLATE_NOOP3("Catalog", "Session interval too small", "422 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The Session-Expires interval in the request is shorter than the minimum the proxy or UAS "
                        "accepts; Min-SE gives that minimum.",
                        "422 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Defined by RFC 4028 (session timers). A proxy or UAS that keeps state for the session "
                        "rejects an INVITE or UPDATE whose Session-Expires value is below its own minimum session "
                        "interval, which is never less than 90 seconds. It does so only when the UAC has shown "
                        "support for session timers (Supported: timer); otherwise it raises the interval instead of "
                        "rejecting. The 422 is a final response and must contain a Min-SE header field with that "
                        "minimum. The UAC retries with a Session-Expires of at least the largest Min-SE it has "
                        "received and adds a Min-SE header field with that value, so the new request satisfies every "
                        "element on the path. The call normally succeeds on the second attempt.",
                        "422 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A timing setting used to keep calls alive was too short for the network. Phones normally "
                        "correct this automatically; if calls keep failing, contact your support team.",
                        "422 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Compare Session-Expires and Min-SE of the INVITE with the Min-SE of the 422 and check that "
                        "the client retries with a larger value; a UA that gives up after the 422 needs its session "
                        "timer raised (for example Asterisk PJSIP timers_min_se and timers_sess_expires, FreeSWITCH "
                        "minimum-session-expires, 120 s by default). A browser client offering Session-Expires: 90 "
                        "to FreeSWITCH gets exactly this. The usual interval is 1800 s, refreshed at half that time.",
                        "422 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "keepalive re-INVITE brief", "422 keywords"),
     {"", ""}},
    {423, Profile::Ietf, "Interval Too Brief", "RFC 3261 §21.4.17|RFC 3261 §10.3|RFC 3261 §10.2.8|RFC 3903 §6",
     "Min-Expires:must", "422 412", "",
     QT_TRANSLATE_NOOP3("Catalog", "Interval too brief", "423 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The requested expiry of a registration, subscription or publication is shorter than the "
                        "server allows; Min-Expires gives the minimum.",
                        "423 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server rejects the request because the expiration time of the resource it refreshes is "
                        "too short. Registrars use it above all for REGISTER; it is also used for SUBSCRIBE (RFC "
                        "6665) and PUBLISH (RFC 3903). The response must contain a Min-Expires header field with the "
                        "shortest interval the server accepts. It is a final response. A registrar may send it only "
                        "if the requested interval is greater than zero, below one hour and below its configured "
                        "minimum, so a de-registration with expires 0 is never refused this way. The client may "
                        "retry with every expiry, the Expires header field and any expires contact parameters, "
                        "raised to at least Min-Expires.",
                        "423 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Your phone asked to renew its registration more often than the service allows. Phones "
                        "normally correct this automatically; if the phone stays unregistered, contact your support "
                        "team.",
                        "423 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Compare the Expires header field and the expires parameter of each Contact with the "
                        "Min-Expires of the 423, and check that the client retries with the larger value; some "
                        "phones loop or give up instead. Adjust the phone's registration interval or the registrar "
                        "minimum (Kamailio registrar min_expires, Asterisk PJSIP minimum_expiration, both 60 s by "
                        "default). If short intervals were chosen to keep NAT bindings open, use keep-alives (CRLF, "
                        "OPTIONS or RFC 5626 outbound) instead of frequent re-registration.",
                        "423 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "re-register renewal lifetime duration", "423 keywords"),
     {"", ""}},
    {424, Profile::Ietf, "Bad Location Information", "RFC 6442 §4.3", "Geolocation-Error:may", "400 415", "",
     QT_TRANSLATE_NOOP3("Catalog", "Bad location information", "424 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The location information conveyed with the request was malformed, unusable or could not be "
                        "retrieved.",
                        "424 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Defined by RFC 6442 (location conveyance), which lets a request carry the caller's location "
                        "by value in a PIDF-LO body or by reference, pointed to by a Geolocation header field. A "
                        "proxy or UAS that needs the location, typically for emergency call routing, rejects the "
                        "request with 424 when the location is malformed, not good enough for its purpose, or cannot "
                        "be dereferenced. It is a final response. A Geolocation-Error header field with a numeric "
                        "code and a text usually says which problem was found. The sender should correct or refresh "
                        "the location, or, where that is acceptable, retry without it.",
                        "424 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The location information sent with the call could not be used. For an emergency call, make "
                        "sure location services are enabled on your device and tell the operator where you are.",
                        "424 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check the Geolocation header field and the PIDF-LO body of the refused request: valid XML, "
                        "a correct cid: reference from the Geolocation URI to the body part, and a multipart/mixed "
                        "body that the next hop accepts. For location by reference, check that the answering element "
                        "can reach the HTTP or HELD URI and is authorized to dereference it. Read the "
                        "Geolocation-Error code to tell format errors from dereference failures.",
                        "424 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "911 112 civic PSAP position gps", "424 keywords"),
     {"", ""}},
    {425, Profile::Ietf, "Bad Alert Message", "RFC 8876 §5.1", "AlertMsg-Error:must", "400 415 424", "",
     QT_TRANSLATE_NOOP3("Catalog", "Bad alert message", "425 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The recipient could not process the alert message (Common Alerting Protocol payload) "
                        "carried in the request.",
                        "425 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Defined by RFC 8876 for non-interactive emergency calls, in which a sensor, alarm or other "
                        "automated source sends an alert as a Common Alerting Protocol (CAP) payload, typically in a "
                        "MESSAGE request, towards an emergency services network. When the recipient cannot process "
                        "that alert, it answers 425. It is a final response and must include an AlertMsg-Error "
                        "header field whose code says what went wrong: 100 the alert payload could not be processed, "
                        "101 the payload was missing or could not be found, 102 there was not enough information to "
                        "determine the purpose of the alert, 103 the payload was corrupted. The sender should fix "
                        "the CAP document before sending it again.",
                        "425 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The automatic alert sent by your device or alarm system was not accepted by the receiving "
                        "service. Contact the supplier of the device; in an emergency, call the emergency number "
                        "directly.",
                        "425 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Read the AlertMsg-Error code of the 425 and check the CAP document in the request: the "
                        "Content-Type (application/common-alerting-protocol+xml), that the body or its Content-ID "
                        "reference is really present, XML schema validity, and mandatory CAP elements such as "
                        "identifier, sender, sent, status, msgType and scope. Test with the receiving network before "
                        "going live.",
                        "425 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "IoT PSAP siren notification", "425 keywords"),
     {"", ""}},
    {428, Profile::Ietf, "Use Identity Header", "RFC 8224 §6.2.2", "", "436 437 438 403", "",
     QT_TRANSLATE_NOOP3("Catalog", "Use Identity header", "428 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The receiver's policy requires a signed Identity header field, and the request arrived "
                        "without one.",
                        "428 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Defined for SIP caller identity (STIR), first by RFC 4474 and now by RFC 8224. A "
                        "verification service, in the terminating network or in the UAS, can require requests to "
                        "carry an Identity header field in which an authentication service has signed the calling "
                        "number (a PASSporT). If such a request arrives with no Identity header field at all, the "
                        "verifier may reject it with 428. It is a final response. The request can only succeed if it "
                        "is sent again through an authentication service that adds the Identity header field; a user "
                        "agent cannot fix it on its own. Problems with an Identity header field that is present are "
                        "reported with 436, 437 or 438 instead.",
                        "428 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The receiving network only accepts calls whose caller ID has been digitally verified, and "
                        "this call was not signed. Contact your provider.",
                        "428 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check whether the originating provider signs calls (STIR/SHAKEN) and whether the Identity "
                        "header field is removed on the way, for example by an SBC, a B2BUA or a transit carrier "
                        "that does not pass unknown header fields, or by header size limits. Make sure calls leaving "
                        "your network pass through the authentication service. Many terminating networks accept "
                        "unsigned calls and only show them as unverified, so a 428 points to a strict policy on that "
                        "route.",
                        "428 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "attestation spoofing robocall signature", "428 keywords"),
     {"", ""}},
    {429, Profile::Ietf, "Provide Referrer Identity", "RFC 3892 §5", "", "403 428", "",
     QT_TRANSLATE_NOOP3("Catalog", "Provide referrer identity", "429 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The refer target requires a signed Referred-By token showing who referred the request, and "
                        "none was provided.",
                        "429 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Defined by RFC 3892, the Referred-By mechanism for REFER-based transfer. When a referrer "
                        "asks a referee to contact a refer target, the referee's request to the target may carry a "
                        "Referred-By header field and, optionally, a Referred-By token: an S/MIME-signed body that "
                        "proves who made the referral. A refer target whose policy demands such a token rejects a "
                        "request without a valid one with 429. It is a final response. The referee cannot create the "
                        "token itself; it reports the failure to the referrer in the NOTIFY that tracks the REFER, "
                        "and the referrer may send a new REFER that includes a signed token.",
                        "429 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A transferred call was refused because the receiving side could not verify who started the "
                        "transfer. Try calling the person directly.",
                        "429 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check whether the refer target really requires signed Referred-By tokens; very few "
                        "deployments use S/MIME, so a 429 usually comes from a strict security policy or a "
                        "misconfigured service. Capture the REFER, the NOTIFY messages with their message/sipfrag "
                        "bodies and the triggered INVITE to see which element demanded the token. For ordinary call "
                        "transfers, relax that policy for trusted peers, or transfer through a B2BUA that places the "
                        "new call itself.",
                        "429 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "blind attended forwarding handover", "429 keywords"),
     {"", ""}},
};

extern const CodeRecordTable codes4xxA = {records, int(sizeof(records) / sizeof(records[0]))};

} // namespace sipref::catalogdata
