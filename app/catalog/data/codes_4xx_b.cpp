// SIP response codes 430-494 of the IETF profile (second half of the 4xx class).
#include "catalog/coderecord.h"

#include <QtGlobal>

namespace sipref::catalogdata {

static const CodeRecord records[] = {
    {430, Profile::Ietf, "Flow Failed", "RFC 5626 §11.5|RFC 5626 §5.3", "", "439 480 400", "",
     QT_TRANSLATE_NOOP3("Catalog", "Flow failed", "430 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "An edge proxy could no longer reach the user agent over the connection (flow) that the user "
                        "agent had registered through.",
                        "430 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Defined by SIP Outbound (RFC 5626). A user agent using Outbound registers one or more "
                        "flows, usually long-lived TCP or TLS connections through an edge proxy, each identified by "
                        "its instance-id and reg-id. When a request for that user reaches the edge proxy and the "
                        "flow it has to use no longer exists, the edge proxy sends this final response back to the "
                        "authoritative proxy. The authoritative proxy should then try another flow registered for "
                        "the same instance and address-of-record, so the call can still succeed. The code is meant "
                        "for use between proxies: an endpoint should never see it, and one that does treats it like "
                        "400 (Bad Request).",
                        "430 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Your phone briefly lost its connection to the service, so the call could not be delivered "
                        "to it. It usually reconnects by itself; if calls keep failing, restart the phone or check "
                        "its network connection.",
                        "430 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Look for TCP or TLS connections that die silently: NAT or firewall idle timeouts shorter "
                        "than the Outbound keep-alive interval (CRLF or STUN keep-alives), load balancers that reset "
                        "long-lived connections, or an edge proxy restart. Compare the flow token in the Route or "
                        "Path URI with the edge proxy's connection table, and check that the user agent re-registers "
                        "quickly after a flow fails. If a user agent receives 430 itself, an edge proxy or B2BUA is "
                        "passing it upstream instead of trying another flow.",
                        "430 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "outbound keepalive connection dropped socket closed reg-id NAT timeout",
                        "430 keywords"),
     {"", ""}},
    {433, Profile::Ietf, "Anonymity Disallowed", "RFC 5079 §5|RFC 5079 §3|RFC 5079 §4", "", "403 603 428", "",
     QT_TRANSLATE_NOOP3("Catalog", "Anonymity disallowed", "433 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The called party, or a server acting for it, refuses the request because the caller has "
                        "hidden their identity.",
                        "433 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Defined by RFC 5079 for anonymous call rejection. A UAS, or a proxy providing the service "
                        "on the callee's behalf, sends this final response when it refuses a request only because "
                        "the originator deliberately withheld its identity, for example with a From URI in the "
                        "anonymous.invalid domain or a Privacy header field asking to hide the identity (values such "
                        "as id or user). A request whose sender is merely unknown or unauthenticated is not "
                        "anonymous in this sense. The response tells the caller that the same request without "
                        "anonymity may succeed, so the caller's user agent can offer the user to call again with the "
                        "identity shown. It is forwarded upstream like any other 4xx.",
                        "433 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The person you called does not accept calls from hidden numbers. Turn off caller ID "
                        "blocking, or dial without the hide-number prefix, and call again.",
                        "433 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check why the call left as anonymous: a Privacy: id or user header field, a From of "
                        "anonymous@anonymous.invalid, a hide-number prefix dialled by the user, or a trunk or "
                        "gateway mapping ISDN presentation restricted to SIP privacy. If the caller did not ask for "
                        "anonymity, find the element that added it (PBX outbound caller ID rules, SBC header "
                        "manipulation). The rejection itself is a service of the callee (anonymous call rejection, "
                        "ACR in IMS), so nothing is broken on the terminating side.",
                        "433 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "anonymous call rejection hidden number private number withheld caller ID blocked CLIR",
                        "433 keywords"),
     {"", ""}},
    {436, Profile::Ietf, "Bad Identity Info", "RFC 8224 §6.2.2|RFC 8224 §13.2", "", "437 438 428", "Bad Identity-Info",
     QT_TRANSLATE_NOOP3("Catalog", "Bad identity info", "436 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The verification service could not obtain the credential that the Identity header field "
                        "points to.",
                        "436 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Used by STIR caller authentication, now defined by RFC 8224 (first by RFC 4474, where the "
                        "phrase was \"Bad Identity-Info\"). The Identity header field carries a signed PASSporT and an "
                        "info parameter with the URI of the credential, normally a certificate fetched over HTTPS, "
                        "that is needed to check the signature. When the verification service, a proxy or UAS on the "
                        "terminating side, cannot dereference that URI or gets nothing usable back, it may reject "
                        "the request with this final response. The fault lies with the originating authentication "
                        "service or with the path between the two; resending the same request will fail again.",
                        "436 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The network could not check who is calling, so the call was refused. This needs fixing at "
                        "the caller's provider; report it to them with the time of the call.",
                        "436 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Take the info URL from the Identity header field (in STIR/SHAKEN also the x5u of the "
                        "PASSporT) and fetch it from the verifier's network: DNS, HTTPS reachability, firewall "
                        "egress rules, TLS trust and the format of the certificate file are the usual culprits. "
                        "Check that the originating side publishes the certificate at a stable public URL and that "
                        "the verifier's fetch timeout is realistic. Many STIR/SHAKEN networks only mark the "
                        "verification result instead of rejecting, so a 436 also shows that the terminating side "
                        "applies a strict policy.",
                        "436 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "STIR SHAKEN caller ID authentication certificate URL fetch failed x5u",
                        "436 keywords"),
     {"", ""}},
    {437, Profile::Ietf, "Unsupported Credential", "RFC 8224 §6.2.2|RFC 8224 §13.2", "", "436 438 428", "Unsupported Certificate",
     QT_TRANSLATE_NOOP3("Catalog", "Unsupported credential", "437 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The verification service obtained the signer's credential but cannot use it or does not "
                        "trust it.",
                        "437 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Defined by RFC 8224 for STIR (in RFC 4474 the phrase was \"Unsupported Certificate\"). The "
                        "verification service fetched the credential named in the info parameter of the Identity "
                        "header field but cannot validate it: the type of credential is not supported, or it does "
                        "not chain to a certification authority the verifier trusts, for example a STIR/SHAKEN "
                        "certificate from an authority missing from the verifier's trust list. It is a final "
                        "response from the terminating proxy or UAS acting as verifier. The request keeps failing "
                        "until the originating side signs with a credential the verifier accepts, or the verifier's "
                        "trust store is updated.",
                        "437 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The network could not confirm who is calling, so the call was refused. The caller's "
                        "provider needs to fix the certificate it uses to sign calls.",
                        "437 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Download the certificate from the info URL and check its issuer chain, validity dates, key "
                        "and signature algorithm (ES256 for SHAKEN) and TN authorization extension against the "
                        "verifier's trust anchors (for SHAKEN, the list published by the policy administrator). An "
                        "expired or revoked certificate, a missing intermediate certificate, or a newly approved "
                        "certification authority not yet in the verifier's trust store are typical causes. Compare "
                        "with a call from another carrier that verifies successfully.",
                        "437 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "STIR SHAKEN certificate untrusted CA trust anchor expired certificate",
                        "437 keywords"),
     {"", ""}},
    {438, Profile::Ietf, "Invalid Identity Header", "RFC 8224 §6.2.2", "", "436 437 428 403", "",
     QT_TRANSLATE_NOOP3("Catalog", "Invalid identity header", "438 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The signature in the Identity header field does not verify for this request.",
                        "438 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Defined by RFC 8224 (first by RFC 4474). The verification service obtained a usable "
                        "credential, but the signature of the PASSporT in the Identity header field does not "
                        "validate against the request as received: the token was altered or signed with another key, "
                        "or its claims (calling and called numbers, time of signing) no longer match the From, To or "
                        "Date of the request because an intermediary changed them. The terminating proxy or UAS may "
                        "reject the request with this final response. A verifier that finds the Date too old answers "
                        "403 (Stale Date) instead, and 428 (Use Identity Header) asks for an Identity header field "
                        "that is missing.",
                        "438 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The network judged the caller ID of this call to be unreliable and refused the call. Try "
                        "again later; if it keeps happening, the caller's provider has to fix it.",
                        "438 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Decode the PASSporT (a base64url JSON Web Token) and compare its orig, dest and iat claims "
                        "with the From or P-Asserted-Identity, To or Request-URI and Date of the request as it "
                        "arrived. Number normalisation by an SBC or transit carrier (adding or removing + or the "
                        "country code), a rewritten Date header field and clock skew are frequent causes; so is a "
                        "key mismatch after a certificate rollover. Capture on both sides of each intermediary to "
                        "find where the signed fields changed.",
                        "438 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "STIR SHAKEN signature verification failed PASSporT tampered caller ID",
                        "438 keywords"),
     {"", ""}},
    {439, Profile::Ietf, "First Hop Lacks Outbound Support", "RFC 5626 §11.6|RFC 5626 §6|RFC 5626 §4.2.1", "", "430 421", "",
     QT_TRANSLATE_NOOP3("Catalog", "First hop lacks Outbound", "439 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The registrar supports SIP Outbound, but the first proxy that the REGISTER passed through "
                        "does not.",
                        "439 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Defined by RFC 5626 (SIP Outbound). A user agent asks for Outbound by registering with a "
                        "reg-id parameter in the Contact and the outbound option tag in a Supported header field. "
                        "Outbound only works if the edge proxy that holds the user agent's connection supports it; "
                        "such a proxy shows this by adding a Path header field whose URI carries the ob parameter. "
                        "When the registrar receives an Outbound registration without that marker from the first "
                        "hop, it rejects it with this final response; it must not send 439 to requests lacking "
                        "reg-id and the outbound option tag. The user agent may then register again without "
                        "Outbound, subject to local policy, or use another outbound proxy.",
                        "439 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Your phone could not sign in because its connection settings do not match the service. Ask "
                        "your administrator or provider to check the phone's account settings.",
                        "439 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check the REGISTER: reg-id and +sip.instance in the Contact plus Supported: outbound mean "
                        "the user agent asks for Outbound (many PJSIP-based clients do this by default over TCP or "
                        "TLS). Either enable Outbound on the edge proxy or SBC so that it adds a Path with the ob "
                        "parameter, or disable Outbound in the user agent (use_rfc5626 in pjsua). A client that does "
                        "not fall back after a 439 stays unregistered, so confirm that it retries without Outbound.",
                        "439 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "outbound registration failed Path ob edge proxy reg-id", "439 keywords"),
     {"", ""}},
    {440, Profile::Ietf, "Max-Breadth Exceeded", "RFC 5393 §6.2", "", "482 483", "",
     QT_TRANSLATE_NOOP3("Catalog", "Max-Breadth exceeded", "440 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A forking proxy refused the request because no parallel-forking budget (Max-Breadth) was "
                        "left for it.",
                        "440 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Defined by RFC 5393, which protects SIP networks against amplification through forking. The "
                        "Max-Breadth header field limits how many branches of one request may be in progress in "
                        "parallel across the whole network. A proxy that forks in parallel shares the value it "
                        "received among the branches it starts, and a proxy that finds no Max-Breadth header field "
                        "inserts one (RFC 5393 suggests 60); branches tried one after another can reuse the breadth "
                        "of branches that have finished. When a proxy has no breadth left for the branch it wants to "
                        "start, it returns this final response instead of forwarding. Resending the same request "
                        "gives the same result: the routing that multiplies branches has to change.",
                        "440 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call could not be routed because the network tried to reach too many destinations at "
                        "once. Try again later; if it persists, report it to your provider.",
                        "440 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Look for a request that fans out too widely: a user registered on many devices, ring-all "
                        "groups that contain other groups, or a routing loop that spirals through forking proxies so "
                        "that the number of branches grows on each pass. Check the Max-Breadth value of the request "
                        "at each hop (a B2BUA that resets or lowers it, or a small value configured at the edge) and "
                        "the forking configuration of every proxy. Remove the loop or flatten the groups instead of "
                        "raising the limits blindly.",
                        "440 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "fork amplification parallel forking ring all branches hunt group",
                        "440 keywords"),
     {"", ""}},
    {469, Profile::Ietf, "Bad Info Package", "RFC 6086 §4.2.2|RFC 6086 §11.6", "Recv-Info:must", "415 489", "",
     QT_TRANSLATE_NOOP3("Catalog", "Bad info package", "469 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The recipient rejects an INFO request for an Info Package it has not said it is willing to "
                        "receive.",
                        "469 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Defined by the INFO Package framework of RFC 6086. Each user agent lists the Info Packages "
                        "it accepts in a Recv-Info header field (in the INVITE, its reliable responses and later "
                        "requests), and an INFO request names its package in the Info-Package header field. A user "
                        "agent that receives an INFO for a package it has not indicated must answer with this final "
                        "response, including a Recv-Info header field that lists the packages it does accept (empty "
                        "if none). Only that INFO transaction fails; the dialog and the call continue. The sender "
                        "should stop using that package or send only packages from the list. Legacy INFO without an "
                        "Info-Package header field is outside this mechanism.",
                        "469 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A function used during the call, such as sending keypad tones, was not accepted by the "
                        "other side. The call itself continues; if the function matters, report it to your "
                        "administrator.",
                        "469 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Compare the Info-Package header field of the rejected INFO with the Recv-Info the peer sent "
                        "in its INVITE, 18x or 200 responses. Typical mismatches: DTMF sent as INFO with a package "
                        "the far end never announced, or a B2BUA or SBC that drops Recv-Info so the sender never "
                        "learns what is accepted. If the peer only supports RFC 4733 telephone events or legacy "
                        "INFO, set the DTMF mode to match.",
                        "469 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "INFO DTMF Recv-Info Info-Package rejected keypad tones", "469 keywords"),
     {"", ""}},
    {470, Profile::Ietf, "Consent Needed", "RFC 5360 §5.9.2", "Permission-Missing:should", "403", "",
     QT_TRANSLATE_NOOP3("Catalog", "Consent needed", "470 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A relay will not forward the request because at least one target has not agreed to receive "
                        "traffic through it.",
                        "470 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Defined by the SIP consent framework (RFC 5360), which stops relays such as URI-list "
                        "services, which fan a MESSAGE or INVITE out to many recipients, from being abused to flood "
                        "people. A relay that has no permission to send to one or more of the requested targets "
                        "rejects the request with this final response and should list the URIs lacking permission in "
                        "a Permission-Missing header field. The sender can then ask the relay to obtain permission, "
                        "using a request with a Trigger-Consent header field; the relay sends each target a "
                        "permission request, and once the target grants it the original request can be sent again. "
                        "Resending before consent is given fails again.",
                        "470 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Your message or call was not passed on because some recipients have not yet agreed to "
                        "receive it. They need to accept the invitation first; then try again.",
                        "470 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Read the Permission-Missing header field to see which targets lack consent, and check the "
                        "relay's permission store (the authorization policy of the URI-list, messaging or conference "
                        "server) for those targets. If recipients never see the permission request, trace the "
                        "request the relay sends them and check that the address they must answer to grant "
                        "permission is reachable. For list services, make sure new members are asked for consent "
                        "when they are added, instead of every send failing later.",
                        "470 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "consent permission URI list relay Permission-Missing Trigger-Consent broadcast",
                        "470 keywords"),
     {"", ""}},
    {480, Profile::Ietf, "Temporarily Unavailable", "RFC 3261 §21.4.18|RFC 3261 §16.5", "Retry-After:may", "486 404 408 410", "Temporarily not available",
     QT_TRANSLATE_NOOP3("Catalog", "Temporarily unavailable", "480 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The callee was found but cannot be reached right now, or no current location is known for "
                        "them.",
                        "480 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "RFC 3261 uses this final response in two cases. The callee's UAS sends it when the user is "
                        "currently unavailable: not logged in, in a state that precludes communication, or with "
                        "do-not-disturb active. A proxy or redirect server sends it when it recognises the user in "
                        "the Request-URI but has no valid current location; RFC 3261 recommends 480 when a proxy's "
                        "target set stays empty, which is what an unregistered phone produces. The reason phrase "
                        "should state the precise cause, and a Retry-After header field may say when to call again. "
                        "The user could be reachable elsewhere, so a forking proxy continues with other branches. "
                        "486 (Busy Here) is the more precise answer when the user is busy.",
                        "480 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The person you called cannot be reached at the moment: the phone may be switched off, "
                        "offline or set to do not disturb. Try again later or leave a message.",
                        "480 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "First find which element generated it (Via, Server or User-Agent header field and To tag). "
                        "A 480 from a registrar or proxy usually means no registered contact: check the callee's "
                        "registration, its expiry and NAT keep-alive. A 480 from the phone itself often means "
                        "do-not-disturb. Gateways map ISDN causes 19 (no answer from user) and 20 (subscriber "
                        "absent) to 480, so look for a Reason header field carrying the Q.850 cause. Read the reason "
                        "phrase too, because many servers put the real cause there.",
                        "480 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "unavailable offline not registered DND do not disturb no answer switched off",
                        "480 keywords"),
     {"", ""}},
    {481, Profile::Ietf, "Call/Transaction Does Not Exist", "RFC 3261 §21.4.19|RFC 3261 §12.2.2|RFC 3261 §12.2.1.2|RFC 3261 §9.2|RFC 3261 §15.1.2", "", "408 487", "Call Leg/Transaction Does Not Exist",
     QT_TRANSLATE_NOOP3("Catalog", "Call/transaction does not exist", "481 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The request refers to a dialog or transaction that the recipient does not know, or no "
                        "longer knows.",
                        "481 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A UAS sends this final response when a request matches no existing dialog or transaction: a "
                        "BYE, re-INVITE, UPDATE, INFO or NOTIFY carrying a To tag for a dialog it has already ended "
                        "or never had, or a CANCEL for which no matching INVITE transaction exists. RFC 3261 notes "
                        "that the recipient may have crashed and restarted, or that the request may have been "
                        "misrouted. For the sender the answer is definitive: when a request inside a dialog gets 481 "
                        "(or 408), the UAC should consider the dialog gone, and an INVITE dialog is ended with a "
                        "BYE; a BYE answered with 481 means the session is over anyway. The request is not retried, "
                        "but a new call can be set up.",
                        "481 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call or request referred to a session that the other side had already ended, often "
                        "after a restart or a broken connection. Hang up and call again.",
                        "481 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Compare the Call-ID, From tag, To tag and CSeq of the failing request with the peer's "
                        "dialog. Typical causes: a peer that restarted or failed over without shared state, a "
                        "session timer or NAT timeout that ended the call on one side only, a B2BUA or SBC that "
                        "rewrote tags, or a BYE or re-INVITE routed to the wrong node of a cluster (wrong Contact or "
                        "Record-Route). A 481 to CANCEL usually means that the CANCEL overtook the INVITE or reached "
                        "another server; check that it went to the same destination with the same Via branch.",
                        "481 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "no dialog unknown dialog stale BYE call leg lost session lost restart",
                        "481 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "In GB/T 28181 cascades a 481 often follows a restart of the remote or other-domain "
                        "platform: the BYE, INFO playback control or other in-dialog request refers to a stream "
                        "dialog that the restarted platform no longer holds. Check the peer's uptime or logs, then "
                        "release the stale stream locally and request the video again with a new INVITE.",
                        "481 platform notes")},
    {482, Profile::Ietf, "Loop Detected", "RFC 3261 §21.4.20|RFC 3261 §16.3|RFC 3261 §8.2.2.2", "", "483 440", "",
     QT_TRANSLATE_NOOP3("Catalog", "Loop detected", "482 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A server found that the request has come back to it unchanged, or has reached the same user "
                        "agent twice.",
                        "482 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Two situations produce this final response. A proxy doing loop detection (optional in RFC "
                        "3261 §16.3, required by RFC 5393 for proxies that fork) finds a Via value it inserted "
                        "itself, recomputes the branch parameter and gets the same value, which means the request "
                        "returned unchanged instead of spiralling legitimately through the proxy with a new "
                        "Request-URI. A UAS also answers 482 to a merged request: a request without To tag whose "
                        "From tag, Call-ID and CSeq match an ongoing transaction but which arrived by another path, "
                        "typically a forked INVITE reaching the same phone twice. Resending the same request does "
                        "not help; the routing has to be fixed.",
                        "482 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call could not be connected because of a routing fault in the network. Report it to "
                        "your provider or administrator; trying again will not help until it is fixed.",
                        "482 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Read the Via header fields of the request that triggered the 482: hosts that repeat show "
                        "the loop. Typical causes are two proxies or PBXs routing a number to each other (a "
                        "forwarding rule or default route pointing back), a domain or alias missing from a proxy's "
                        "list of local domains (Kamailio's alias parameter, for example) so that it forwards "
                        "requests meant for itself, and DNS or SRV records pointing to the wrong node. For merged "
                        "requests, check the forking setup: the same contact registered twice, or two routes that "
                        "reach the same device.",
                        "482 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "routing loop merged request forwarding loop Via", "482 keywords"),
     {"", ""}},
    {483, Profile::Ietf, "Too Many Hops", "RFC 3261 §21.4.21|RFC 3261 §16.3|RFC 3261 §8.1.1.6", "", "482 440", "",
     QT_TRANSLATE_NOOP3("Catalog", "Too many hops", "483 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The request reached a server with Max-Forwards at zero, so it may not be forwarded any "
                        "further.",
                        "483 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Every request carries a Max-Forwards header field, which the UAC should set to 70 and each "
                        "proxy decrements by one. A server that receives a request with Max-Forwards 0 must not "
                        "forward it and answers with this final response; only for OPTIONS may it answer the request "
                        "itself instead. In practice a 483 almost always means a routing loop that went round until "
                        "the counter ran out, or a chain of elements that starts from a value that is too small. "
                        "B2BUAs that start their outgoing leg with a fresh Max-Forwards can hide a loop from this "
                        "mechanism, which RFC 7332 addresses. Resending the request unchanged fails again.",
                        "483 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call could not be connected because it went round in circles inside the network. Report "
                        "it to your provider or administrator.",
                        "483 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Look at the Max-Forwards value and at the Via and Record-Route lists of the failing "
                        "request: a long list of the same hosts shows the loop. Check routing tables and dial plans "
                        "for routes that point back (a default route on both sides of a trunk, call forwarding "
                        "between two systems, a number that matches its own prefix) and whether some element sets "
                        "Max-Forwards too low. Make sure B2BUAs such as Asterisk, FreeSWITCH and SBCs pass on a "
                        "decremented Max-Forwards instead of resetting it.",
                        "483 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "hop count Max-Forwards routing loop endless loop", "483 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "On GB/T 28181 platforms a 483 usually points to an identity mistake rather than a congested "
                        "network: when a device, channel or platform ID is configured twice or in the wrong domain, "
                        "platforms pass the request back and forth until the hop count is used up. Check the SIP "
                        "server ID, domain and device ID set on the device or lower-level platform against the "
                        "upper-level platform's configuration.",
                        "483 platform notes")},
    {484, Profile::Ietf, "Address Incomplete", "RFC 3261 §21.4.22", "", "404 485", "",
     QT_TRANSLATE_NOOP3("Catalog", "Address incomplete", "484 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The number or address in the Request-URI is incomplete and cannot be routed yet.",
                        "484 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A server, often a proxy, PBX or PSTN gateway performing digit analysis, sends this final "
                        "response when the Request-URI is incomplete, and should give more detail in the reason "
                        "phrase. The code makes overlap dialling possible, where the client does not know in advance "
                        "how many digits the number has: it sends the digits collected so far, and each time it gets "
                        "484 it waits for more digits and tries again with a new INVITE carrying the longer number. "
                        "Outside overlap dialling it simply means that the dialled number was too short or that a "
                        "dial plan cut it off, and the request has to be corrected before it is sent again.",
                        "484 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The number you dialled seems to be incomplete. Check it, including any area or country "
                        "code, and dial again.",
                        "484 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Compare the digits in the Request-URI and To header field with the numbering plan of the "
                        "carrier or PBX: a missing area code, a lost prefix, a digit map that sends the call before "
                        "all digits are collected (inter-digit timeout on the phone too short), or normalisation "
                        "that strips digits. Gateways map ISDN cause 28 (invalid number format) to 484. If a PSTN "
                        "gateway uses overlap signalling, check that the SIP side is set up for it, or switch the "
                        "gateway to en-bloc sending.",
                        "484 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "incomplete number short number overlap dialing digits missing dial plan",
                        "484 keywords"),
     {"", ""}},
    {485, Profile::Ietf, "Ambiguous", "RFC 3261 §21.4.23|RFC 3261 §16.5", "Contact:may", "300 404 484", "",
     QT_TRANSLATE_NOOP3("Catalog", "Ambiguous", "485 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The Request-URI matches several possible users, and the server cannot tell which one is "
                        "meant.",
                        "485 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A proxy or UAS sends this final response when the Request-URI does not identify a single "
                        "target, for example sip:lee@example.com when the directory holds several people called Lee; "
                        "RFC 3261 asks a proxy to return it when the Request-URI gives too little information to "
                        "build a target set. The response may list unambiguous alternatives in Contact header "
                        "fields. Unlike 300 (Multiple Choices), whose choices all reach the same person or service, "
                        "the alternatives here are different people, so the user has to choose and automatic "
                        "selection is not appropriate. Because the list can reveal private information, servers must "
                        "be configurable to answer 404 (Not Found) or to leave the list out.",
                        "485 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The name or number you called matches more than one person. Use a more precise address, "
                        "such as the full name or the extension number, and call again.",
                        "485 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check the directory or alias lookup on the server that sent the 485: short names, "
                        "first-name aliases or partial numbers that match several entries, or duplicate aliases "
                        "after a user import. The Contact header fields of the response show the candidates if the "
                        "server lists them. Clean up the alias table or require unique identifiers in the dial plan; "
                        "where privacy matters, configure the server to answer 404 instead.",
                        "485 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "ambiguous multiple matches duplicate alias directory lookup same name",
                        "485 keywords"),
     {"", ""}},
    {486, Profile::Ietf, "Busy Here", "RFC 3261 §21.4.24|RFC 3261 §13.3.1.3", "Retry-After:may", "600 603 480 487", "",
     QT_TRANSLATE_NOOP3("Catalog", "Busy here", "486 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The callee's device was reached but is busy and will not take another call now.",
                        "486 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The user agent server of the called party was contacted successfully, but the user is not "
                        "willing or not able to take an additional call at this end system. It is a final response "
                        "sent by the callee's UAS (or a B2BUA or gateway acting for it), never by a proxy on its own "
                        "behalf. The busy state is local to this device: the user may be reachable elsewhere, so a "
                        "forking proxy keeps trying other branches and voicemail or call forwarding on busy may take "
                        "over. A Retry-After header field may say when to call again. Unlike 600 (Busy Everywhere), "
                        "it does not end the search for the user.",
                        "486 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The person you called is on another call or has set the phone to reject further calls. Try "
                        "again later or leave a message.",
                        "486 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check whether the callee really was busy: look at the concurrent-call limit (call waiting "
                        "disabled, one channel per trunk, license limits on a PBX or gateway), do-not-disturb set to "
                        "answer 486, and a gateway mapping ISDN cause 17 (user busy). If every call to a destination "
                        "gets 486, capture the INVITE and find which element sent the response (its Via, Server or "
                        "User-Agent header field) instead of trusting the first hop.",
                        "486 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "busy engaged occupied line in use", "486 keywords"),
     {"", ""}},
    {487, Profile::Ietf, "Request Terminated", "RFC 3261 §21.4.25|RFC 3261 §9.2|RFC 3261 §13.3.1|RFC 3261 §15.1.2", "", "486 480 408 481", "Request Cancelled",
     QT_TRANSLATE_NOOP3("Catalog", "Request terminated", "487 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The request was cancelled (by CANCEL, BYE or expiry) before the server gave a final answer.",
                        "487 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "In the usual case the caller sends CANCEL for an INVITE that has not yet received a final "
                        "response, typically because the caller hung up while it was ringing. The UAS answers the "
                        "CANCEL with 200 (OK) and the INVITE with this final response, which the caller's user agent "
                        "acknowledges with ACK. A UAS also sends 487 to requests still pending when a BYE ends their "
                        "dialog, and when the time in an INVITE's Expires header field passes without a final "
                        "response. A forking proxy cancels the remaining branches once one of them answers, so 487 "
                        "on those branches is normal. It is never sent in answer to a CANCEL itself, and the request "
                        "is not retried.",
                        "487 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call was cancelled before it was answered, usually because the caller hung up or the "
                        "call was picked up on another phone. No action is needed unless this happens without anyone "
                        "hanging up.",
                        "487 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Find who sent the CANCEL and why: the caller hung up, a no-answer timer on a PBX or proxy "
                        "(ring timeout, Timer C, the INVITE's Expires), a call picked up on another forked device, "
                        "or an SBC or gateway that gave up. Check the Reason header field of the CANCEL: an RFC 3326 "
                        "value such as SIP;cause=200;text=\"Call completed elsewhere\" explains the forking case. If "
                        "calls are cancelled after a fixed time that nobody configured, compare the ringing time "
                        "with the timers of every element on the path.",
                        "487 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "cancelled CANCEL hang up abandoned call ringing no answer", "487 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "In GB/T 28181 a 487 means that the video request (INVITE) was cancelled before the device "
                        "or lower-level platform gave a final answer, for example because the viewer closed the "
                        "window or the upper-level platform's wait timer expired. If nobody cancelled on purpose, "
                        "capture the signalling on both sides to see which element sent the CANCEL, and give the "
                        "capture to the vendor of that device or platform.",
                        "487 platform notes")},
    {488, Profile::Ietf, "Not Acceptable Here", "RFC 3261 §21.4.26|RFC 3261 §13.3.1.3|RFC 3261 §14.2", "Warning:should", "606 415 580", "",
     QT_TRANSLATE_NOOP3("Catalog", "Not acceptable here", "488 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The user agent rejects the offered session description: the media, codecs or parameters are "
                        "not acceptable at this device.",
                        "488 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "It has the same meaning as 606 (Not Acceptable) but applies only to the resource in the "
                        "Request-URI: the request may succeed elsewhere, so a forking proxy continues with other "
                        "branches. A UAS that rejects the SDP offer of an INVITE should use this final response and "
                        "should add a Warning header field explaining why, for example 304 (Media type not "
                        "available) or 305 (Incompatible media format). The response may carry a body describing the "
                        "media capabilities the UAS does support, formatted like the body of a 200 (OK) to OPTIONS. "
                        "For a re-INVITE or UPDATE, a 488 rejects only the new offer: the existing session continues "
                        "unchanged.",
                        "488 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call could not be set up because the two phones or systems could not agree on how to "
                        "send the audio or video. Your administrator or provider needs to adjust the codec settings.",
                        "488 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Compare the m= lines and the rtpmap and fmtp attributes of the offer with the codecs "
                        "allowed on the rejecting side: no common codec (G.711 only against G.729 or Opus only), "
                        "video offered to an audio-only device, SRTP required on one side only (RTP/SAVP against "
                        "RTP/AVP, a=crypto), T.38 against audio fax, or DTMF payload mismatches. Read the Warning "
                        "header field and any SDP in the response. In Asterisk check allow and disallow on the "
                        "endpoint, in FreeSWITCH the codec preferences and inbound codec negotiation, and on SBCs "
                        "the transcoding and media policy rules.",
                        "488 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "codec mismatch SDP media negotiation incompatible audio video SRTP",
                        "488 keywords"),
     {"", ""}},
    {489, Profile::Ietf, "Bad Event", "RFC 6665 §8.3.2|RFC 6665 §4.2.1.1|RFC 6665 §4.1.3|RFC 3903 §6", "Allow-Events:may", "481 501", "",
     QT_TRANSLATE_NOOP3("Catalog", "Bad event", "489 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The recipient does not understand or support the event package named in the Event header "
                        "field.",
                        "489 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Part of SIP-specific event notification (RFC 6665, first RFC 3265). A notifier that "
                        "receives a SUBSCRIBE for an event package it does not support should reject it with this "
                        "final response; a subscriber answers 489 to a NOTIFY whose Event header field names a "
                        "package it does not support; and an event state compositor answers a PUBLISH with a missing "
                        "or unsupported Event header field the same way (RFC 3903). The response may list the "
                        "supported packages in an Allow-Events header field, which RFC 3265 required and RFC 6665 no "
                        "longer does. The client should not retry with the same package; it can choose a listed "
                        "package or do without the feature.",
                        "489 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A status feature, such as presence, message waiting or busy lamp, is not supported by the "
                        "server or device it was requested from. Ask your administrator to check the feature "
                        "configuration.",
                        "489 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Read the Event header field of the rejected SUBSCRIBE, NOTIFY or PUBLISH (presence, dialog, "
                        "message-summary, reg, refer and so on) and compare it with the server's Allow-Events, for "
                        "example from an OPTIONS response. Typical cases: busy lamp (dialog) or message waiting "
                        "(message-summary) subscriptions sent to a PBX or proxy without the presence function "
                        "configured, a phone subscribing to a package the platform never offered, or an unsolicited "
                        "NOTIFY with an unexpected package. Kamailio and OpenSIPS need their presence modules loaded "
                        "for these packages; in Asterisk a busy lamp subscription needs a dialplan hint.",
                        "489 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "event package SUBSCRIBE NOTIFY PUBLISH BLF MWI presence subscription failed",
                        "489 keywords"),
     {"", ""}},
    {491, Profile::Ietf, "Request Pending", "RFC 3261 §21.4.27|RFC 3261 §14.1|RFC 3261 §14.2", "", "500 481 488", "",
     QT_TRANSLATE_NOOP3("Catalog", "Request pending", "491 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The user agent received a request while its own request on the same dialog was still in "
                        "progress (glare).",
                        "491 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "This final response resolves glare inside a dialog. A UAS that receives a re-INVITE while a "
                        "re-INVITE it sent on the same dialog is still in progress must return 491, and RFC 3311 "
                        "applies the same rule to crossing UPDATE offers. The UAC that gets 491 waits a random time "
                        "before trying again: 2.1 to 4 seconds in units of 10 ms if it generated the Call-ID of the "
                        "dialog, 0 to 2 seconds otherwise, so that one side goes first. It then retries only if it "
                        "still wants the change; meanwhile the session stays as it was. A second INVITE that arrives "
                        "while the UAS is still answering an earlier one from the same side gets 500 with "
                        "Retry-After instead.",
                        "491 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Both sides tried to change the call, for example to hold or transfer it, at the same "
                        "moment. The phone normally tries again by itself; if the action did not happen, repeat it.",
                        "491 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Look for crossing re-INVITEs or UPDATEs in the same dialog: session timer refreshes sent by "
                        "both sides because the refresher was not agreed, hold, resume or transfer pressed while the "
                        "other side changes the media, or SBCs and B2BUAs sending their own re-INVITEs. Check that "
                        "both endpoints wait the random back-off and retry instead of failing or ending the call, "
                        "and that only one side is the session refresher (refresher parameter of Session-Expires).",
                        "491 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "glare re-INVITE collision simultaneous UPDATE hold transfer",
                        "491 keywords"),
     {"", ""}},
    {493, Profile::Ietf, "Undecipherable", "RFC 3261 §21.4.28|RFC 3261 §23.2", "", "400 415", "",
     QT_TRANSLATE_NOOP3("Catalog", "Undecipherable", "493 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The user agent cannot decrypt an encrypted (S/MIME) body in the request.",
                        "493 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A UAS sends this final response when the request contains an encrypted MIME body, in "
                        "practice S/MIME, for which it does not have, or will not provide, a suitable decryption "
                        "key. The response may carry a single body containing the public key (certificate) that "
                        "should be used to encrypt bodies sent to this user agent, so the UAC can encrypt again with "
                        "that key and send a new request. RFC 3261 §23.2 describes how this works. Encrypting SIP "
                        "bodies with S/MIME is rarely deployed, so 493 is uncommon in practice; when it appears, the "
                        "body type and the certificate used are the first things to check.",
                        "493 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The other side could not read the protected content of the request. Your administrator "
                        "needs to check the encryption settings on both sides.",
                        "493 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check the Content-Type of the request body (application/pkcs7-mime or multipart/encrypted) "
                        "and which certificate was used to encrypt it: a wrong or outdated certificate for the "
                        "recipient, an unsupported algorithm, or a proxy that modified the encrypted body. If the "
                        "response carries a certificate, install it for that recipient. If the body was not meant to "
                        "be encrypted, find the element that added S/MIME or labelled the body wrongly.",
                        "493 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "S/MIME decrypt encryption certificate encrypted body", "493 keywords"),
     {"", ""}},
    {494, Profile::Ietf, "Security Agreement Required", "RFC 3329 §2.3.1|RFC 3329 §6.4", "Security-Server:must", "421 401 407 420", "",
     QT_TRANSLATE_NOOP3("Catalog", "Security agreement required", "494 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server requires the client to agree on a security mechanism (RFC 3329 sec-agree) before "
                        "it accepts the request.",
                        "494 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Defined by the security mechanism agreement of RFC 3329. A client using it sends a "
                        "Security-Client header field listing its mechanisms (such as tls, digest, ipsec-ike or "
                        "ipsec-3gpp) together with Require and Proxy-Require: sec-agree. A server that receives such "
                        "a request unprotected must answer with this final response and must include a "
                        "Security-Server header field listing its own mechanisms, even if none match. The client "
                        "then picks the preferred common mechanism, sets up the protection and resends the request "
                        "over it with a Security-Verify header field repeating the server's list, which guards "
                        "against bidding-down attacks. In IMS the P-CSCF usually returns Security-Server in the 401 "
                        "challenge to REGISTER instead.",
                        "494 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Your phone could not connect securely to the service because they did not agree on a "
                        "security method. This is a configuration problem; contact your provider or administrator.",
                        "494 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Compare the Security-Client header field of the request with the Security-Server of the "
                        "494: no common mechanism, algorithms (alg, ealg) the server does not accept, or a "
                        "Security-Verify that does not match what the server sent are typical. In IMS and VoLTE "
                        "check the IPsec security associations (ports and SPIs) and whether the network requires a "
                        "protected REGISTER; some networks answer unprotected requests with 421 or 494. Also check "
                        "that no SBC strips the Security-* header fields or the sec-agree option tag.",
                        "494 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "sec-agree IPsec IMS VoLTE Security-Client Security-Verify P-CSCF",
                        "494 keywords"),
     {"", ""}},
};

extern const CodeRecordTable codes4xxB = {records, int(sizeof(records) / sizeof(records[0]))};

} // namespace sipref::catalogdata
