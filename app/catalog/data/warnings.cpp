// SIP Warning header field codes: RFC 3261 §20.43 and the additions of the IANA
// warn-codes registry (RFC 5630, RFC 8373).
#include "catalog/coderecord.h"

#include <QtGlobal>

namespace sipref::catalogdata {

static const WarningRecord records[] = {
    {300, "Incompatible network protocol", "RFC 3261 §20.43|RFC 3261 §13.3.1.3", "301 302 488 606",
     QT_TRANSLATE_NOOP3("Catalog", "Incompatible network protocol", "warning 300 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The session description names a network type that the recipient does not support.",
                        "warning 300 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "One of the codes RFC 3261 reserves for problems with keywords in the session description (300 to "
                        "329). It says that a network type in the SDP, the first token of the c= and o= lines, is not "
                        "available at the recipient. Practically every SIP device uses IN (Internet), so this warning is "
                        "rare and usually means an SDP from a non-IP system or a corrupted body. The element that rejects "
                        "the offer adds it, normally to a 488 (Not Acceptable Here) or 606 (Not Acceptable), and the "
                        "warn-agent names that element.",
                        "warning 300 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call could not be set up because the two systems describe their connection in incompatible "
                        "ways. An administrator needs to look at it.",
                        "warning 300 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Read the c= and o= lines of the rejected SDP: anything other than IN as the network type, or a "
                        "malformed line, explains the warning. Check for SDP rewritten by an ALG in a router or firewall, "
                        "or produced by a gateway to a non-IP network. Capture on both sides of the SBC to see which "
                        "element changed the body.",
                        "warning 300 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "SDP nettype c= line IN network type rejected offer", "warning 300 keywords")},
    {301, "Incompatible network address formats", "RFC 3261 §20.43|RFC 3261 §13.3.1.3", "300 488 606",
     QT_TRANSLATE_NOOP3("Catalog", "Incompatible network address formats", "warning 301 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "An address type in the session description, such as IPv6, is not available at the recipient.",
                        "warning 301 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Says that one or more address formats in the session description are not available. The address "
                        "type is the token after IN in the c= and o= lines, IP4 or IP6; RFC 3261 shows the warning with "
                        "the free text Incompatible network address type E.164. The usual real case is an IPv6 media "
                        "address offered to an IPv4-only device, or an address the recipient cannot use, such as a host "
                        "name where it expects a literal IP address. It normally comes with a 488 (Not Acceptable Here) "
                        "or 606 (Not Acceptable) from the element that rejected the offer.",
                        "warning 301 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call could not be set up because the two systems use different kinds of network addresses. "
                        "An administrator needs to adjust the configuration.",
                        "warning 301 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Compare the address type and address in the c= line of the offer with what the rejecting side "
                        "supports: IPv6 offered to an IPv4-only phone or trunk, a dual-stack host choosing the wrong "
                        "family, or a domain name in c=. Fix the media address selection on the offering side, or let an "
                        "SBC translate between IPv4 and IPv6. ICE candidates (RFC 8445) can also offer both families.",
                        "warning 301 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "IPv6 IPv4 IP4 IP6 addrtype dual stack c= line address family",
                        "warning 301 keywords")},
    {302, "Incompatible transport protocol", "RFC 3261 §20.43|RFC 3261 §13.3.1.3", "305 304 488 606",
     QT_TRANSLATE_NOOP3("Catalog", "Incompatible transport protocol", "warning 302 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A media transport protocol in the session description, such as secure RTP, is not available at "
                        "the recipient.",
                        "warning 302 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Says that one or more transport protocols described in the session description are not "
                        "available. The transport protocol is the proto field of an m= line: RTP/AVP for plain RTP, "
                        "RTP/SAVP and RTP/SAVPF for SRTP, UDP/TLS/RTP/SAVPF for DTLS-SRTP as used by WebRTC, udptl for "
                        "T.38 fax, TCP/MSRP for messaging. In practice it flags secure media offered to a device without "
                        "SRTP, a WebRTC offer sent to a plain SIP phone, or the reverse. The rejecting UAS, gateway or "
                        "SBC adds it to a 488 (Not Acceptable Here) or 606 (Not Acceptable).",
                        "warning 302 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call could not be set up because one side requires encrypted or special media that the other "
                        "side does not support. An administrator needs to align the settings.",
                        "warning 302 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Compare the proto field of every m= line with the rejecting side: media encryption set to "
                        "mandatory on one end only (RTP/SAVP against RTP/AVP), SDES a=crypto against DTLS fingerprints, "
                        "AVPF feedback profiles, or T.38 udptl offered to a device without fax relay. Align the SRTP "
                        "policy on PBX, phones and trunk, or let an SBC terminate SRTP or DTLS towards the side that "
                        "cannot.",
                        "warning 302 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "SRTP RTP/SAVP RTP/AVP DTLS WebRTC encryption T.38 udptl profile",
                        "warning 302 keywords")},
    {303, "Incompatible bandwidth units", "RFC 3261 §20.43|RFC 3261 §13.3.1.3", "370 488 606",
     QT_TRANSLATE_NOOP3("Catalog", "Incompatible bandwidth units", "warning 303 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A bandwidth modifier in the session description was not understood.",
                        "warning 303 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Says that one or more bandwidth measurement units in the session description were not "
                        "understood. The unit is the modifier of a b= line: SDP itself defines CT (conference total) and "
                        "AS (application specific), while TIAS (RFC 3890) and RS and RR for RTCP bandwidth (RFC 3556) are "
                        "extensions that older or strict parsers may not know. It is rare; when it appears, it usually "
                        "comes from such a parser in a phone, gateway or SBC, added to a 488 (Not Acceptable Here) or 606 "
                        "(Not Acceptable).",
                        "warning 303 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call could not be set up because one system did not understand how the other described the "
                        "bandwidth of the call. An administrator needs to look at it.",
                        "warning 303 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Look at every b= line of the rejected SDP and find the modifier the recipient did not accept, "
                        "typically TIAS, RS or RR from a video endpoint or WebRTC gateway. Remove or rewrite those lines "
                        "on an SBC (SDP manipulation) or disable them on the sender, and report the parser limitation to "
                        "the vendor of the rejecting device.",
                        "warning 303 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "b= line TIAS AS CT RS RR bandwidth modifier", "warning 303 keywords")},
    {304, "Media type not available", "RFC 3261 §20.43|RFC 3261 §13.3.1.3", "305 302 488 606",
     QT_TRANSLATE_NOOP3("Catalog", "Media type not available", "warning 304 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A media type offered in the session description, such as video, is not available at the "
                        "recipient.",
                        "warning 304 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Says that one or more media types in the session description are not available. The media type "
                        "is the first token of an m= line: audio, video, text, application, message or image, the last "
                        "used for T.38 fax. Under the offer/answer model an unwanted stream is normally declined by "
                        "setting its port to zero in the answer, so the warning appears when the recipient rejects the "
                        "whole offer instead, for example a video-only or fax-only offer sent to an audio phone. It comes "
                        "with a 488 (Not Acceptable Here) or 606 (Not Acceptable).",
                        "warning 304 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call could not be set up because it asked for a kind of media, such as video or fax, that "
                        "the other side cannot handle. Try a normal voice call.",
                        "warning 304 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "List the m= lines of the offer and see which media types the rejecting side supports. Typical "
                        "cases: a video call to an audio-only device that refuses instead of answering with port 0, a "
                        "re-INVITE switching to T.38 (m=image) towards a device or trunk without fax relay, or text or "
                        "message streams from WebRTC clients. Configure the sender to offer audio as well, or let an SBC "
                        "strip the unsupported streams.",
                        "warning 304 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "video audio fax T.38 m=image media stream m= line", "warning 304 keywords")},
    {305, "Incompatible media format", "RFC 3261 §20.43|RFC 3261 §13.3.1.3", "304 302 488 606 415",
     QT_TRANSLATE_NOOP3("Catalog", "Incompatible media format", "warning 305 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "None of the media formats (codecs) offered in the session description is available at the "
                        "recipient.",
                        "warning 305 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Says that one or more media formats in the session description are not available. The formats "
                        "are the payload types listed on an m= line and described by rtpmap and fmtp attributes, so in "
                        "practice this is the warning for no codec in common. It is the code seen most often with 488 "
                        "(Not Acceptable Here) and 606 (Not Acceptable), added by the phone, PBX, gateway or SBC that "
                        "rejected the offer. The warn-agent identifies that element, which matters when several B2BUAs "
                        "sit in the path, and the quoted text sometimes lists the codecs it wanted.",
                        "warning 305 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call could not be set up because the two sides have no audio or video format in common. An "
                        "administrator or the provider needs to adjust the codec settings.",
                        "warning 305 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Compare the payload types, rtpmap and fmtp lines of the offer with the codecs allowed on the "
                        "rejecting element: G.711 A-law against mu-law only, G.729 or Opus on one side only, fmtp "
                        "mismatches such as G.729 annexb or AMR modes, or video profiles and levels. Use the warn-agent "
                        "to find which element rejected it, then fix its allow list (Asterisk allow/disallow, FreeSWITCH "
                        "codec preferences) or enable transcoding on the SBC.",
                        "warning 305 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "codec mismatch no common codec payload type G.711 G.729 Opus transcoding",
                        "warning 305 keywords")},
    {306, "Attribute not understood", "RFC 3261 §20.43|RFC 3261 §13.3.1.3", "307 302 488 606",
     QT_TRANSLATE_NOOP3("Catalog", "Attribute not understood", "warning 306 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "One or more media attributes (a= lines) in the session description are not supported by the "
                        "recipient.",
                        "warning 306 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Says that one or more media attributes in the session description are not supported. SDP tells "
                        "receivers to ignore attributes they do not know, so in practice the warning points at an "
                        "attribute the recipient recognised but cannot honour and will not ignore: an SRTP crypto suite "
                        "it lacks, a DTLS fingerprint or setup role, a mandatory precondition, or an ICE attribute on a "
                        "device that cannot do ICE. The rejecting UAS, gateway or SBC adds it to a 488 (Not Acceptable "
                        "Here) or 606 (Not Acceptable), and the quoted text often names the attribute.",
                        "warning 306 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call could not be set up because one side asked for a media feature the other does not "
                        "support. An administrator needs to align the settings.",
                        "warning 306 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Read the quoted warn-text for the attribute name, then check the matching a= lines: a=crypto "
                        "suites and key parameters, a=fingerprint and a=setup for DTLS, a=curr and a=des preconditions "
                        "with Require: precondition, a=rtcp-mux or ICE candidates towards legacy devices. Remove the "
                        "attribute on an SBC, change the sender profile, or upgrade the rejecting device.",
                        "warning 306 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "a= attribute crypto fingerprint precondition ICE rtcp-mux unsupported attribute",
                        "warning 306 keywords")},
    {307, "Session description parameter not understood", "RFC 3261 §20.43|RFC 3261 §13.3.1.3", "306 488 606 400",
     QT_TRANSLATE_NOOP3("Catalog", "Session description parameter not understood", "warning 307 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Some part of the session description other than those covered by codes 300 to 306 was not "
                        "understood.",
                        "warning 307 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The catch-all of the session description range: a parameter other than the network type, address "
                        "type, transport, bandwidth unit, media type, media format or attribute was not understood. RFC "
                        "3261 illustrates it with the text Session parameter foo not understood. In the field it usually "
                        "reports an SDP the recipient could not parse at all: a missing or malformed v=, o=, s= or t= "
                        "line, a wrong line order, bad line endings or a Content-Length that cuts the body. It comes with "
                        "488 (Not Acceptable Here) or 606 (Not Acceptable), sometimes with 400 (Bad Request).",
                        "warning 307 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call could not be set up because the other side could not read the call setup information. "
                        "An administrator needs to look at it.",
                        "warning 307 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Validate the rejected SDP line by line against RFC 8866: mandatory v=, o=, s=, t= lines in the "
                        "right order, CRLF line endings, no empty or duplicated lines, and a Content-Length matching the "
                        "body. The quoted warn-text often names the offending line. Check for bodies altered by ALGs, SBC "
                        "manipulation rules or MTU fragmentation of large UDP messages.",
                        "warning 307 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "SDP parse error malformed SDP syntax o= line t= line Content-Length",
                        "warning 307 keywords")},
    {308, "Incompatible language specification", "RFC 8373|RFC 3261 §20.43", "488 606",
     QT_TRANSLATE_NOOP3("Catalog", "Incompatible language specification", "warning 308 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The called side supports none of the human languages the caller asked for.",
                        "warning 308 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Added to the IANA registry by RFC 8373, which lets a caller state in SDP the spoken, written or "
                        "signed languages it wants to use on each stream (humintlang-send and humintlang-recv "
                        "attributes). The intended use is emergency and call centre calls, where a matching call taker, "
                        "interpreter or relay service can be bridged in. When the called side has no language in common "
                        "and rejects the call, this warning explains why, and its text lists the languages and media the "
                        "called side does support. It typically comes with 488 (Not Acceptable Here).",
                        "warning 308 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The service you called cannot communicate in the language you requested. Try again without a "
                        "language preference or ask for a relay or interpreter service.",
                        "warning 308 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Compare the humintlang-send and humintlang-recv values of the offer with the list in the "
                        "warn-text. Check that the language tags follow BCP 47, that the endpoint offers the media the "
                        "language needs (video for sign language, text for real-time text), and whether the call should "
                        "have been routed to a queue or relay service that handles the language instead of being "
                        "rejected. Microsoft SDP extensions (MS-SDP) use 308 with another meaning, Encryption Levels "
                        "Incompatible, so read the text before assuming a language problem.",
                        "warning 308 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "language humintlang sign language relay interpreter emergency NG112 NG911",
                        "warning 308 keywords")},
    {330, "Multicast not available", "RFC 3261 §20.43", "331 488 606",
     QT_TRANSLATE_NOOP3("Catalog", "Multicast not available", "warning 330 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The recipient site does not support multicast media, which the session description asked for.",
                        "warning 330 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "One of the codes RFC 3261 reserves for basic network services requested in the session "
                        "description (330 to 339). It says that the site where the user is located does not support "
                        "multicast, so a c= line with a multicast group address (224.0.0.0/4 in IPv4, ff00::/8 in IPv6) "
                        "cannot be served. Multicast SDP is rare in ordinary telephony but appears in paging, "
                        "push-to-talk and broadcast systems. The warning comes with 488 (Not Acceptable Here) or 606 (Not "
                        "Acceptable) from the element that rejected the offer.",
                        "warning 330 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call or broadcast could not be joined because the network at your location does not support "
                        "group transmission. An administrator needs to look at it.",
                        "warning 330 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check the c= address of the offer: a multicast group sent to a site or device that cannot join "
                        "it. Either enable multicast routing (IGMP or MLD, PIM) between the sender and that site, or "
                        "configure the paging or broadcast system to use unicast towards it.",
                        "warning 330 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "multicast group address IGMP paging push-to-talk broadcast",
                        "warning 330 keywords")},
    {331, "Unicast not available", "RFC 3261 §20.43", "330 488 606",
     QT_TRANSLATE_NOOP3("Catalog", "Unicast not available", "warning 331 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The recipient site cannot take part in unicast media, usually because of a firewall.",
                        "warning 331 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Also from the basic network services range. It says that the site where the user is located does "
                        "not support unicast communication, and RFC 3261 names the usual reason: a firewall that lets no "
                        "point-to-point media through, so the user can only take part in multicast sessions. It is rarely "
                        "seen today, since media relays and SBCs normally solve firewall traversal, but it can appear "
                        "from conferencing or streaming systems built for multicast-only networks. It comes with 488 (Not "
                        "Acceptable Here) or 606 (Not Acceptable).",
                        "warning 331 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call could not be set up because the network at the other location blocks direct media "
                        "connections. An administrator needs to look at it.",
                        "warning 331 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Find the firewall or policy between the two media endpoints and open the RTP port range, or "
                        "insert a media relay: an SBC anchoring media, a TURN server, or a conference bridge that "
                        "converts between unicast and multicast.",
                        "warning 331 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "unicast firewall RTP blocked media relay TURN multicast only",
                        "warning 331 keywords")},
    {370, "Insufficient bandwidth", "RFC 3261 §20.43", "303 488 606 580",
     QT_TRANSLATE_NOOP3("Catalog", "Insufficient bandwidth", "warning 370 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The bandwidth the session needs is more than the recipient knows to be available.",
                        "warning 370 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The only registered code of the range for quantitative QoS parameters (370 to 379). It says that "
                        "the bandwidth given in the session description, or implied by the media and codecs, exceeds what "
                        "is known to be available. It is typically produced by call admission control: an SBC, PBX or "
                        "call manager that tracks bandwidth per site or per link and refuses a call, often a video call, "
                        "that would exceed the budget. It comes with 488 (Not Acceptable Here) or 606 (Not Acceptable); "
                        "resource reservation failures with preconditions use 580 (Precondition Failure) instead.",
                        "warning 370 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call could not be set up because the network link is full at the moment. Try again later, or "
                        "try a voice call instead of video.",
                        "warning 370 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check the call admission control of the element named in the warn-agent: per-site or per-link "
                        "bandwidth limits, current usage, and how it counts a call (codec bit rate plus IP overhead, b=AS "
                        "or b=TIAS values). Compare the b= lines and codecs of the offer; a video endpoint announcing a "
                        "large b=AS is a common trigger. Raise the limit, prefer lower-rate codecs, or cap video "
                        "bandwidth on the endpoints.",
                        "warning 370 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "bandwidth CAC call admission control video b=AS congestion link capacity QoS",
                        "warning 370 keywords")},
    {380, "SIPS Not Allowed", "RFC 5630 §5.3|RFC 3261 §20.43", "381 480 416",
     QT_TRANSLATE_NOOP3("Catalog", "SIPS not allowed", "warning 380 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The request used the SIPS scheme, but the target cannot be reached securely, for example because "
                        "it has no SIPS contact registered.",
                        "warning 380 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Registered by RFC 5630, which clarifies the SIPS URI scheme: a request to a sips: URI must be "
                        "carried over TLS on every hop to the target domain and on to the user. A proxy or UAS that "
                        "cannot honour that, for example a proxy whose location service holds only non-SIPS contacts for "
                        "the user, rejects the request rather than falling back to insecure delivery, usually with 480 "
                        "(Temporarily Unavailable), and adds this warning to say why. Unlike a plain 480, the user may "
                        "well be registered and reachable with a sip: URI.",
                        "warning 380 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call was made with mandatory encryption, but the person you called cannot currently be "
                        "reached that way. An administrator needs to check the security settings.",
                        "warning 380 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check how the callee registered: a Contact with sips: or at least over TLS, versus plain sip: "
                        "over UDP or TCP. Either make the callee register with a SIPS contact over TLS, or stop the "
                        "caller, its dial plan or an SBC from promoting the Request-URI to sips:. Remember that "
                        "transport=tls on a sip: URI does not request end-to-end security.",
                        "warning 380 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "SIPS TLS sips URI secure signalling encryption registration contact 5061",
                        "warning 380 keywords")},
    {381, "SIPS Required", "RFC 5630|RFC 3261 §20.43", "380 480",
     QT_TRANSLATE_NOOP3("Catalog", "SIPS required", "warning 381 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The recipient accepts the request only with the SIPS scheme, that is with TLS on every hop.",
                        "warning 381 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Also registered by RFC 5630. A proxy or UAS whose policy requires secure signalling sends it "
                        "when it receives a request addressed to a sip: URI, or one that did not arrive over TLS, and "
                        "therefore will not process it. The usual carrier is a 480 (Temporarily Unavailable). A client "
                        "that supports SIPS can react by retrying the request with a sips: Request-URI over TLS; some "
                        "user agents do this automatically when they see this warning.",
                        "warning 381 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The person or service you called accepts only encrypted calls. Enable secure calling on your "
                        "phone, or ask your administrator to do it.",
                        "warning 381 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Configure the caller or trunk for TLS (port 5061, certificates trusted on both sides) and sips: "
                        "URIs towards this destination, or relax the policy on the recipient if plain SIP is acceptable "
                        "there. In a capture, check whether the request arrived over UDP or TCP, or was downgraded by an "
                        "intermediate proxy or SBC.",
                        "warning 381 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "SIPS TLS sips URI secure signalling encryption required 5061 certificate",
                        "warning 381 keywords")},
    {399, "Miscellaneous warning", "RFC 3261 §20.43", "488 606 403 503",
     QT_TRANSLATE_NOOP3("Catalog", "Miscellaneous warning", "warning 399 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Free-text information for people and logs; a receiving system must not act on it automatically.",
                        "warning 399 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The general-purpose code of the miscellaneous range (390 to 399). Its warn-text can carry any "
                        "information meant to be shown to a user or logged, and RFC 3261 forbids a receiving system to "
                        "take automated action because of it. Vendors use it for diagnostics with any response, for "
                        "example the name of the rule that rejected a call, a missing trunk or device match, or an "
                        "internal error string. The warn-agent tells which element wrote it, which is often the fastest "
                        "way to find the real source of a failure behind several proxies and B2BUAs.",
                        "warning 399 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The system added a technical note to this failure. Pass the exact message to your administrator "
                        "or provider.",
                        "warning 399 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Copy the full quoted text and the warn-agent from the capture and search the vendor "
                        "documentation for it. Cisco Unified CM, for instance, uses 399 to say that no trunk or device "
                        "matches the source address of a request. Kamailio and OpenSIPS add an unregistered code 392 with "
                        "routing debug data when their sip_warning option is on; disable that in production because it "
                        "exposes internal addresses.",
                        "warning 399 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "free text vendor diagnostic debug warn-text warn-agent 392 sip_warning",
                        "warning 399 keywords")},
};

extern const WarningRecordTable warningCodes = {records, int(sizeof(records) / sizeof(records[0]))};

} // namespace sipref::catalogdata
