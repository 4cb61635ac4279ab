// IANA SIP response codes 6xx: global failures (RFC 3261 §21.6, RFC 8197, RFC 8688).
#include "catalog/coderecord.h"

#include <QtGlobal>

namespace sipref::catalogdata {

static const CodeRecord records[] = {
    {600, Profile::Ietf, "Busy Everywhere",
     "RFC 3261 §21.6.1|RFC 3261 §16.7|RFC 3261 §13.3.1.3",
     "Retry-After:may", "486 603 480", "Busy",
     QT_TRANSLATE_NOOP3("Catalog", "Busy everywhere", "600 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The callee was reached but is busy, and no other device or service will take the call.",
                        "600 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "600 is a global failure response: the callee is busy and does not want the call now, and "
                        "the responder knows that no other device or service, such as voicemail, would answer it "
                        "either. Otherwise 486 Busy Here should be used, which lets the search for the user "
                        "continue. A Retry-After header field may say when to call again; a callee that does not "
                        "want to give the reason uses 603 instead. Because it is a 6xx, a stateful proxy that "
                        "receives it should cancel all other pending branches, must not start new ones, and returns "
                        "a 6xx to the caller in preference to any other failure. The caller should not try the same "
                        "user at other addresses.",
                        "600 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The person you called is busy and cannot take your call on any of their devices. Try again "
                        "later.",
                        "600 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "600 rarely comes from a phone; it usually comes from a PBX, hunt group or application "
                        "server that knows all of the user's devices are busy. Check which element sent it (Via, "
                        "Server, Reason header field) and whether a 486 from one device was wrongly converted into "
                        "600, which stops forking and voicemail. A Retry-After value, if present, tells when the "
                        "callee expects to be free.",
                        "600 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "engaged occupied line-busy", "600 keywords"),
     {"", ""}},
    {603, Profile::Ietf, "Decline",
     "RFC 3261 §21.6.2|RFC 3261 §16.7|RFC 8197 §3",
     "Retry-After:may", "600 607 608 486 480", "",
     QT_TRANSLATE_NOOP3("Catalog", "Decline", "603 name"),
     QT_TRANSLATE_NOOP3("Catalog", "The callee's device was reached, but the user explicitly declined the call.",
                        "603 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "603 is a global failure response: the call reached the callee's device, and the user "
                        "deliberately refused it or cannot take part, without giving a reason. It is typically sent "
                        "when the user presses reject, or by do-not-disturb and call-screening features. The "
                        "response may give a better time to call in a Retry-After header field. It should be "
                        "returned only when no other end point will answer the request, because as a 6xx it makes a "
                        "stateful proxy cancel its other branches, stop forking and pass the 6xx upstream. The "
                        "caller should not retry the same request elsewhere. A rejection based on the caller's "
                        "identity (spam) is better signalled with 607, and a rejection by a network analytics "
                        "engine with 608.",
                        "603 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The person you called rejected the call. You can try again later or contact them another "
                        "way.",
                        "603 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Phones differ: many send 603 when the user presses reject, others send 486 or 480. If "
                        "every call gets 603, check do-not-disturb, call-rejection and anonymous-call rules on the "
                        "callee's device or PBX, and blacklists at the carrier. Towards the PSTN, gateways usually "
                        "map 603 to ISDN cause 21 (call rejected). Because 603 ends forking, a single phone "
                        "answering 603 behind a forking proxy can cancel the other devices of the same user.",
                        "603 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "refuse ignore dismiss", "603 keywords"),
     {"", ""}},
    {604, Profile::Ietf, "Does Not Exist Anywhere",
     "RFC 3261 §21.6.3|RFC 3261 §16.7|RFC 8688 §1",
     "", "404 410 484 608", "",
     QT_TRANSLATE_NOOP3("Catalog", "Does not exist anywhere", "604 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The server has authoritative information that the called user does not exist anywhere.",
                        "604 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "604 is a global failure response: the server has authoritative information that the user "
                        "identified in the Request-URI does not exist anywhere, not just in the domain or at the "
                        "instance it serves. It is the global counterpart of 404 Not Found, which only covers the "
                        "domain in the Request-URI. Only an element with authoritative knowledge of all the user's "
                        "possible locations, such as a number-portability database or the home network of the "
                        "number, should send it. As a 6xx it makes a stateful proxy cancel pending branches and "
                        "create no new ones, and the caller should not try elsewhere. RFC 8688 notes that "
                        "call-blocking services sometimes misuse 604 to make spam callers drop a number, which can "
                        "make the number look non-existent to everyone; 608 exists for that case.",
                        "604 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The number or address you called does not exist. Check that you dialled it correctly.",
                        "604 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check the dialled number format first (missing country or area code, a wrong prefix, "
                        "number translation on the PBX or SBC), since wrong normalisation is the usual cause. Find "
                        "the element that sent 604 and confirm that it really has authoritative data; a "
                        "misconfigured routing table or an out-of-date porting database can produce 604 for valid "
                        "numbers. Gateways following RFC 3398 map ISDN cause 1 (unallocated number) to 404, not "
                        "604.",
                        "604 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "nonexistent invalid vacant wrong-number unknown-user", "604 keywords"),
     {"", ""}},
    {606, Profile::Ietf, "Not Acceptable",
     "RFC 3261 §21.6.4|RFC 3261 §20.43|RFC 3261 §16.7",
     "Warning:may", "488 415 580 406", "",
     QT_TRANSLATE_NOOP3("Catalog", "Not acceptable", "606 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The callee's agent was reached, but the session description (media, bandwidth or "
                        "addressing) is not acceptable anywhere.",
                        "606 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "606 is a global failure response: the user's agent received the request but cannot accept "
                        "parts of the session description, for example the media types, the bandwidth or the "
                        "addressing style requested. In other words, the callee is willing to talk, but not with "
                        "the media offered. The response may contain Warning header fields with codes from RFC 3261 "
                        "§20.43 (for example 305 Incompatible media format or 370 Insufficient bandwidth) and a "
                        "body describing the media capabilities, formatted per the INVITE's Accept header field or "
                        "as application/sdp. It should be returned only when no other end point will answer; "
                        "otherwise 488 Not Acceptable Here is the right code. As a 6xx it stops forking. Whether to "
                        "retry with a different offer is up to the caller.",
                        "606 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call could not be set up because the devices could not agree on how to send audio or "
                        "video. Contact your administrator if this keeps happening.",
                        "606 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Compare the codecs, media types and attributes in the INVITE's SDP with what the callee "
                        "supports. Typical causes are no common codec (for example G.729 only against a G.711-only "
                        "trunk), video or T.38 offered where it is not allowed, SRTP required on one side only "
                        "(RTP/SAVP against RTP/AVP), or IPv6 addresses against an IPv4-only peer. Read the Warning "
                        "header field and any SDP in the 606. Many devices send 488 for the same problems; 606 "
                        "should only come from an element that speaks for all of the user's devices.",
                        "606 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "mismatch transcoding payload negotiation", "606 keywords"),
     {"", ""}},
    {607, Profile::Ietf, "Unwanted", "RFC 8197 §4|RFC 8197 §5.1|RFC 8197 §5.2", "", "603 608 600", "",
     QT_TRANSLATE_NOOP3("Catalog", "Unwanted", "607 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The called user rejected the call because they do not want calls from this caller, "
                        "typically marking it as spam.",
                        "607 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "607 Unwanted, defined by RFC 8197, is a global failure response that the called user's "
                        "agent sends when the user rejects a call, message or subscription because of who is "
                        "calling, typically by pressing a spam or block button. It differs from 603 Decline, which "
                        "says nothing about the caller. It may be used for INVITE, MESSAGE, SUBSCRIBE or other "
                        "out-of-dialog requests, and 607 may also appear as the cause in a Reason header field of a "
                        "BYE or CANCEL. Receivers need do nothing beyond normal 6xx handling, but the service "
                        "provider may use it to blacklist the caller for this user, feed call-analytics systems, "
                        "start a traceback or report the number. A registrar can advertise support with the sip.607 "
                        "feature-capability indicator.",
                        "607 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The person you called has marked your calls as unwanted. If you think this is a mistake, "
                        "contact them another way.",
                        "607 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A 607 reflects a human decision on the callee's side; check the callee's device or PBX "
                        "blocklist before suspecting the network. Because providers may feed 607 into spam scoring, "
                        "repeated 607s against a legitimate number (for example an outbound business campaign) can "
                        "get it blocked elsewhere, and 608 responses may follow. Verify the caller ID you present "
                        "(From, P-Asserted-Identity) and its STIR/SHAKEN attestation.",
                        "607 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "robocall nuisance telemarketing scam junk", "607 keywords"),
     {"", ""}},
    {608, Profile::Ietf, "Rejected",
     "RFC 8688 §3.1|RFC 8688 §3.3|RFC 8688 §3.4|RFC 8688 §5.1",
     "Call-Info:should", "607 603 604", "",
     QT_TRANSLATE_NOOP3("Catalog", "Rejected", "608 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "An intermediary, such as a call-analytics or spam-filtering service, rejected the call on "
                        "the user's behalf.",
                        "608 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "608 Rejected, defined by RFC 8688, is a global failure response sent by an intermediary, a "
                        "proxy or B2BUA acting for a call-analytics engine, that rejected the call as unwanted on "
                        "the user's behalf; the callee's device usually never sees the INVITE. It separates a "
                        "machine decision from a human one (607). Unless there are signs that the caller would "
                        "misuse it, the intermediary must include a Call-Info header field with purpose=jwscard "
                        "that refers to a signed jCard telling the caller how to contact the blocking party and "
                        "appeal. UACs announce support with the sip.608 feature capability; for callers without it, "
                        "an element that understands 608 must play an announcement in early media (a reliable 183) "
                        "and still forward the 608.",
                        "608 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Your call was blocked by a call-filtering service, not by the person you called. If you "
                        "are a legitimate caller, use the contact details in the announcement or response to ask "
                        "for the block to be removed.",
                        "608 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Read the Call-Info header field: its jCard (a JWS with an iat claim) names the operator "
                        "that blocked the call, which is where to appeal. Check the caller ID and STIR/SHAKEN "
                        "attestation you send, your call patterns (high volume, very short calls) and complaints "
                        "that may have triggered the analytics. If your UAC shows only a generic error, it probably "
                        "lacks 608 support (no sip.608 in Feature-Caps) and treats it as a plain 6xx; the reliable "
                        "183 announcement is then the only information the caller gets.",
                        "608 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "robocall screening nuisance fraud", "608 keywords"),
     {"", ""}},
};

extern const CodeRecordTable codes6xx = {records, int(sizeof(records) / sizeof(records[0]))};

} // namespace sipref::catalogdata
