// ITU-T Q.850 cause values of the normal class (1-31) that gateways carry into SIP,
// with the SIP response RFC 3398 §7.2.4.1 maps each one to.
#include "catalog/coderecord.h"

#include <QtGlobal>

namespace sipref::catalogdata {

static const Q850Record records[] = {
    {1, "Unallocated (unassigned) number", 404, "ITU-T Q.850 §2.2.7|RFC 3398 §7.2.4.1|RFC 3398 §8.2.6.1", "3 22 28 2",
     QT_TRANSLATE_NOOP3("Catalog", "Unallocated number", "q850 1 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The dialled number has a valid format but is not assigned to any subscriber.",
                        "q850 1 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The exchange that owns the number range, usually the terminating local exchange, sends this "
                        "cause when the called number is well formed but not allocated at the moment: never assigned, "
                        "taken out of service and not yet reused, or ported away while routing data still points to the "
                        "old network. It belongs to the normal class, so it reports a fact about the number, not a fault, "
                        "and the network often plays a number-unobtainable announcement first. SIP receives it as Reason: "
                        "Q.850;cause=1, in a final response (RFC 6432) or in a BYE or CANCEL (RFC 3326), and a gateway "
                        "following RFC 3398 answers the INVITE with 404 (Not Found). In the opposite direction RFC 3398 "
                        "maps 404, 485 and 604 to cause 1.",
                        "q850 1 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The number you dialled does not exist or is no longer in service. Check the number, including "
                        "any area or country code, and dial again.",
                        "q850 1 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check the called number as it left your network: digit manipulation, prefix stripping and "
                        "normalisation to E.164 or national format on the PBX, SBC or trunk. Compare the Request-URI and "
                        "To of the INVITE with what the user dialled. If the number is valid and works from other "
                        "networks, open a carrier ticket with the call time: a ported number with stale routing data, or "
                        "a newly opened range not yet loaded in a transit network, also produces cause 1. The cause "
                        "location tells which network released the call.",
                        "q850 1 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "unassigned vacant invalid number not exist nonexistent disconnected unobtainable",
                        "q850 1 keywords"),
     {"", ""}},
    {2, "No route to specified transit network (national use)", 404, "ITU-T Q.850 §2.2.7|RFC 3398 §7.2.4.1", "1 3",
     QT_TRANSLATE_NOOP3("Catalog", "No route to transit network", "q850 2 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The exchange was asked to route the call through a transit network that it does not know or "
                        "cannot reach.",
                        "q850 2 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Q.850 reserves this cause for national use. An exchange sends it when it was asked to carry the "
                        "call through a particular transit network, typically chosen with a carrier selection prefix or a "
                        "transit network selection parameter, and either does not recognise that network or is not served "
                        "by it. The problem lies in the choice of carrier, not in the called number. In SIP it arrives as "
                        "Reason: Q.850;cause=2, and RFC 3398 maps it to 404 (Not Found), the same response as causes 1 "
                        "and 3; only the Reason header field tells the three apart.",
                        "q850 2 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call could not be routed through the long-distance carrier that was selected. Dial without "
                        "the carrier prefix, or contact your telephone provider.",
                        "q850 2 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Look for carrier selection in the outgoing call: an access prefix dialled by the user or added "
                        "by the PBX dial plan, a cic parameter in a tel URI (RFC 4694), or a carrier-specific header "
                        "field on the SIP trunk. Remove or correct it and test again. If no carrier selection was "
                        "intended, ask the carrier which transit network its switch tried to use, because a wrong routing "
                        "entry on their side produces the same cause.",
                        "q850 2 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "carrier selection prefix transit CIC interexchange long distance national use",
                        "q850 2 keywords"),
     {"", ""}},
    {3, "No route to destination", 404, "ITU-T Q.850 §2.2.7|RFC 3398 §7.2.4.1", "1 2 28",
     QT_TRANSLATE_NOOP3("Catalog", "No route to destination", "q850 3 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The network the call reached does not serve the destination, so the call cannot be routed "
                        "further.",
                        "q850 3 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The called party cannot be reached because the network the call was routed through does not "
                        "serve the wanted destination; Q.850 leaves support of the cause to each network. In practice a "
                        "routing table somewhere had no entry for the number: a transit or local exchange without a route "
                        "for the prefix, a PBX or gateway whose dial plan matched nothing, or a destination class such as "
                        "premium-rate or international numbers that the trunk is not routed for. It is a normal-class "
                        "cause, and RFC 3398 maps it to 404 (Not Found). Softswitches also use it for their own routing "
                        "failures: FreeSWITCH reports NO_ROUTE_DESTINATION when no dial plan extension matches.",
                        "q850 3 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The network could not find a way to connect your call to this number. Check the number; if it is "
                        "correct, the destination may not be reachable from your line, so contact your provider.",
                        "q850 3 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Find the element that released the call (cause location, Via, Server or User-Agent header "
                        "fields) and check its routing for the exact number it received: dial plan patterns, route lists, "
                        "least-cost routing tables and prefix translations on the PBX, SBC or gateway. Check the number "
                        "format the next hop expects (national or E.164) and whether the destination class "
                        "(international, premium, short codes) is enabled on the trunk. On FreeSWITCH, a "
                        "NO_ROUTE_DESTINATION hangup in the log means the dial plan did not match; on Asterisk, check the "
                        "context the call landed in.",
                        "q850 3 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "routing dial plan no match unroutable missing route LCR translation prefix",
                        "q850 3 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Asterisk and FreeSWITCH also answer 404. Asterisk uses cause 3 internally when the PJSIP "
                        "endpoint named in Dial does not exist, so a 404 from Asterisk can come from its own "
                        "configuration rather than from the network.",
                        "q850 3 gateway notes")},
    {16, "Normal call clearing", 0, "ITU-T Q.850 §2.2.7|RFC 3398 §7.2.4.1|RFC 3326 §2", "31 26 19",
     QT_TRANSLATE_NOOP3("Catalog", "Normal call clearing", "q850 16 name"),
     QT_TRANSLATE_NOOP3("Catalog", "One of the parties hung up and the call ended normally.", "q850 16 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call is cleared because one of the users involved asked for it, normally by hanging up; "
                        "Q.850 notes that in normal situations the network is not the source of this cause. It is the "
                        "most frequent cause in any call record and does not indicate an error. In SIP it belongs in the "
                        "request that ends the call, a BYE after answer or a CANCEL before it, as Reason: Q.850;cause=16 "
                        "(RFC 3326). RFC 3398 gives it no response code, because a gateway that receives it normally "
                        "sends BYE or CANCEL instead. If it arrives before the call is answered, the gateway still has to "
                        "send a final response to the INVITE, and which status it picks depends on the product.",
                        "q850 16 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call ended normally because one side hung up. If you did not hang up, the other person or "
                        "their phone ended the call.",
                        "q850 16 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "When a user reports a cut-off call with cause 16, check who sent the BYE and when: about 32 "
                        "seconds after answer points to a 2xx that was never acknowledged (NAT or firewall trouble), "
                        "other fixed durations to a session timer or a maximum call duration setting. Compare the Via and "
                        "User-Agent of the BYE with the expected endpoint. A CANCEL with cause 16 means the caller gave "
                        "up while it was ringing; a cause 16 release from the called side before answer is usually a "
                        "switch or PBX rejecting the call without a more specific cause, so look at what preceded it.",
                        "q850 16 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "hangup hang up normal clearing call ended completed disconnect onhook",
                        "q850 16 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "When cause 16 must become a final response because the call was not answered yet, Asterisk "
                        "(chan_pjsip) sends 603 (Decline) and FreeSWITCH sends 480 (Temporarily Unavailable), since "
                        "neither maps the cause itself. FreeSWITCH writes its own cause name into the Reason text, for "
                        "example text=NORMAL_CLEARING.",
                        "q850 16 gateway notes")},
    {17, "User busy", 486, "ITU-T Q.850 §2.2.7|RFC 3398 §7.2.4.1|RFC 3398 §8.2.6.1", "18 19 21",
     QT_TRANSLATE_NOOP3("Catalog", "User busy", "q850 17 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The called party cannot accept another call because it is busy.",
                        "q850 17 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The called party cannot take another call because a user-busy condition was met. Q.850 lets "
                        "either the called user or the network generate it; when the terminal decides, it was compatible "
                        "with the call and simply had no free line. Networks send it for a line already in a call without "
                        "call waiting, for a subscriber with do-not-disturb or busy-on-busy, and for an ISDN access whose "
                        "channels are all in use (network-determined user busy). The caller hears a busy tone. RFC 3398 "
                        "maps it to 486 (Busy Here), which then carries Reason: Q.850;cause=17; in the other direction "
                        "486 and 600 map to cause 17.",
                        "q850 17 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The person you called is on another call. Try again later, or leave a message if voicemail "
                        "answers.",
                        "q850 17 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "If the callee was not on a call, check what limits concurrent calls on the terminating side: "
                        "call waiting disabled, a per-user or per-trunk call limit on the PBX, all channels of the "
                        "customer PRI or SIP trunk in use, or do-not-disturb set to reject as busy. In a capture, find "
                        "the element that produced the 486 or the cause (Via, Server, User-Agent; the cause location "
                        "shows user or network). Busy on every call to one SIP trunk often points to a channel or licence "
                        "limit on the carrier side.",
                        "q850 17 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "busy engaged occupied line in use busy tone call waiting", "q850 17 keywords"),
     {"", ""}},
    {18, "No user responding", 408, "ITU-T Q.850 §2.2.7|RFC 3398 §7.2.4.1|RFC 3398 §8.2.6.1", "19 20 102",
     QT_TRANSLATE_NOOP3("Catalog", "No user responding", "q850 18 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The called party did not respond to the call set-up with an alerting or a connect indication in "
                        "time.",
                        "q850 18 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Used when the called party does not react to the call set-up at all, neither with an alerting "
                        "(ringing) nor with a connect indication, within the allowed time; on an ISDN access this is the "
                        "expiry of Q.931 timer T303 or T310. Unlike cause 19, the called terminal never started ringing. "
                        "Typical sources are a terminal that is switched off or cut off from its line, a mobile that "
                        "could not be paged, or a remote system that accepted the set-up and then went silent. RFC 3398 "
                        "maps it to 408 (Request Timeout); in the other direction it maps 480 (Temporarily Unavailable) "
                        "to cause 18.",
                        "q850 18 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The phone you called did not respond; it may be switched off or out of reach. Try again later.",
                        "q850 18 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check whether the terminating device ever received the set-up. On a SIP leg, look for an INVITE "
                        "that got no response at all (timer B fires after 32 seconds with the default T1) or only 100 "
                        "Trying; on an ISDN leg, check layer 2 on the called access. Registration problems are common: "
                        "the registrar still holds a binding for a phone that is gone, for example behind a NAT whose "
                        "mapping expired. If a gateway returns 408 quickly, read the Reason header field: cause 18 came "
                        "from the PSTN, not from a SIP timer.",
                        "q850 18 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "no response not responding unreachable timeout switched off T303 paging",
                        "q850 18 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Asterisk (chan_pjsip) and FreeSWITCH also map cause 18 to 408. In the other direction Asterisk "
                        "turns a 408 it receives into cause 18, whereas RFC 3398 §8.2.6.1 maps 408 to cause 102 (recovery "
                        "on timer expiry).",
                        "q850 18 gateway notes")},
    {19, "No answer from user (user alerted)", 480, "ITU-T Q.850 §2.2.7|RFC 3398 §7.2.4.1|RFC 3398 §8.2.6.1", "18 20 17 16",
     QT_TRANSLATE_NOOP3("Catalog", "No answer", "q850 19 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The called phone rang but nobody answered within the time allowed.",
                        "q850 19 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Used when the called party has been alerted, so the phone rang and the caller heard ringback, "
                        "but no connect indication came within the allowed time. Q.850 notes that the timer need not "
                        "belong to Q.931 procedures: it is often a network no-answer timer, or the ring timeout of a PBX, "
                        "a forking proxy or a forwarding service. Call forwarding on no answer or voicemail normally "
                        "takes over before this cause is sent. RFC 3398 maps it to 480 (Temporarily Unavailable). When "
                        "the SIP side is the one that gives up, the same cause often travels in a CANCEL as Reason: "
                        "Q.850;cause=19.",
                        "q850 19 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The phone rang but nobody answered. Try again later or leave a message.",
                        "q850 19 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "If calls are dropped while still ringing, find which timer fired first and compare it with the "
                        "ringing time: the Dial timeout on Asterisk, call_timeout on FreeSWITCH, a no-answer timer on the "
                        "SBC or in the carrier network, or timer C on proxies (more than 3 minutes). Cause 19 points at a "
                        "timer rather than at a person hanging up. Make sure forward-on-no-answer and voicemail timers "
                        "are shorter than the network no-answer timer, or the call is released before voicemail can take "
                        "it.",
                        "q850 19 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "no answer unanswered ring no answer ringing timeout ring timeout voicemail forwarding",
                        "q850 19 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Asterisk and FreeSWITCH map it to 480 as RFC 3398 does. Asterisk turns a 480 it receives back "
                        "into cause 19 (AST_CAUSE_NO_ANSWER), whereas RFC 3398 §8.2.6.1 maps 480 to cause 18.",
                        "q850 19 gateway notes")},
    {20, "Subscriber absent", 480, "ITU-T Q.850 §2.2.7|RFC 3398 §7.2.4.1", "18 19 1",
     QT_TRANSLATE_NOOP3("Catalog", "Subscriber absent", "q850 20 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The called subscriber is temporarily not reachable at any access, for example a mobile that is "
                        "switched off.",
                        "q850 20 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Q.850 defines it for a mobile station that has logged off, a mobile that radio contact could not "
                        "be established with, and a personal telecommunications user who is temporarily not addressable "
                        "at any user-network interface. The network is saying that the subscriber exists but is not "
                        "attached anywhere right now, unlike cause 1 (number not assigned) or cause 18 (terminal attached "
                        "but silent). Mobile networks send it for phones that are switched off or out of coverage, "
                        "usually after an announcement. RFC 3398 maps it to 480 (Temporarily Unavailable); in SIP "
                        "networks it is the natural cause for a user with no current registration.",
                        "q850 20 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The person you called cannot be reached right now; their phone may be switched off or outside "
                        "coverage. Try again later or send a message.",
                        "q850 20 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "For mobile numbers it is usually genuine; retest later or from another network. For SIP users, "
                        "check the callee registration on the registrar: an expired or missing contact, refreshes failing "
                        "behind NAT, or a phone that lost its network. If a fixed-line number returns it, the terminating "
                        "network believes the subscriber is not attached, which only the carrier can explain.",
                        "q850 20 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "absent switched off out of coverage detached unregistered not registered offline",
                        "q850 20 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Asterisk names this value AST_CAUSE_UNREGISTERED and answers 480; FreeSWITCH (SUBSCRIBER_ABSENT) "
                        "also answers 480.",
                        "q850 20 gateway notes")},
    {21, "Call rejected", 403, "ITU-T Q.850 §2.2.7|RFC 3398 §7.2.4.1|ITU-T Q.850 §2.2.3|RFC 3398 §8.2.6.1", "17 31 29",
     QT_TRANSLATE_NOOP3("Catalog", "Call rejected", "q850 21 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The called side refused the call although it was neither busy nor incompatible.",
                        "q850 21 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The equipment sending this cause chose not to accept the call, even though it was able to, being "
                        "neither busy nor incompatible. It may come from the called user (a reject key, call screening, "
                        "anonymous call rejection) or from the network, which then cleared the call because of a "
                        "supplementary service constraint such as barring; the diagnostic field can name the service and "
                        "the reason. RFC 3398 maps it to 403 (Forbidden) and adds that when the cause location is the "
                        "user a 6xx code could be sent instead, that is 603 (Decline). In the other direction 401, 402, "
                        "403, 407 and 603 all map to cause 21.",
                        "q850 21 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The person or service you called refused the call. If you think this is a mistake, check that "
                        "your caller ID is not hidden and try again later.",
                        "q850 21 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Read the cause location first: user means the called party or its PBX rejected the call; a "
                        "network location points at barring, fraud or policy rules, or a supplementary service in a "
                        "carrier switch. Because gateways map 401, 403 and 407 to cause 21, a trunk authentication or "
                        "authorisation failure can surface as this cause: check the trunk credentials, the caller IDs the "
                        "carrier accepts (P-Asserted-Identity, From) and the destination classes allowed. Also read the "
                        "diagnostic and any Warning header field or reason text the carrier added.",
                        "q850 21 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "rejected declined refused reject screening blocked barred anonymous rejection blacklist",
                        "q850 21 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "FreeSWITCH maps cause 21 to 603 (Decline) rather than 403; Asterisk (chan_pjsip) follows RFC "
                        "3398 with 403. The default table of Oracle SBCs sends 603 when the cause location is the user "
                        "and 403 otherwise, the choice the RFC footnote allows.",
                        "q850 21 gateway notes")},
    {22, "Number changed", 410, "ITU-T Q.850 §2.2.7|RFC 3398 §7.2.4.1|RFC 3398 §8.2.6.1", "1 23",
     QT_TRANSLATE_NOOP3("Catalog", "Number changed", "q850 22 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The dialled number is no longer assigned because the subscriber now has a different number.",
                        "q850 22 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Returned when the called number is no longer assigned because the subscriber moved to a new one. "
                        "The new number may be carried in the diagnostic field; a network that does not support this "
                        "cause uses cause 1 instead. RFC 3398 gives two mappings: without a diagnostic the gateway "
                        "answers 410 (Gone); with a diagnostic from which it can build a Contact header field, it may "
                        "answer 301 (Moved Permanently) pointing at the new number, so the caller can retry there. In the "
                        "other direction a 410 becomes cause 22. Many networks play a changed-number announcement before "
                        "releasing.",
                        "q850 22 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The number you called has changed. Listen for the announcement of the new number, or look it up, "
                        "and call that instead.",
                        "q850 22 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "If a 301 arrived, read the new number in its Contact header field and check whether your PBX "
                        "follows redirects or passes them to the phone. A 410 means no new number was supplied. If the "
                        "customer insists the number is current, ask the carrier to check its status and porting data; a "
                        "number recently ported or reassigned can still hit stale translations.",
                        "q850 22 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "changed number moved new number gone redirect announcement renumbered",
                        "q850 22 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Asterisk (chan_pjsip) and FreeSWITCH always send 410 and never build a 301 from the diagnostic.",
                        "q850 22 gateway notes")},
    {23, "Redirection to new destination", 410, "ITU-T Q.850 §2.2.7|RFC 3398 §7.2.4.1", "22 1",
     QT_TRANSLATE_NOOP3("Catalog", "Redirection to new destination", "q850 23 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "An exchange asks a preceding exchange to set the call up again towards a different called "
                        "number.",
                        "q850 23 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Used by a general ISUP mechanism: an exchange that decides the call should go to a different "
                        "called number does not forward it itself, but releases backwards with this cause so that a "
                        "preceding exchange routes the call to the new number. It is a network cause; terminals do not "
                        "generate it, and when it reaches the caller or the SIP edge the preceding exchanges did not act "
                        "on the redirection. RFC 3398 maps it to 410 (Gone), like cause 22, although the call was meant "
                        "to continue elsewhere.",
                        "q850 23 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The network tried to send your call to a different number and could not complete the "
                        "redirection. Try again; if it keeps failing, contact your provider.",
                        "q850 23 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Seeing this cause at the SIP edge means the redirection was not handled inside the PSTN. Check "
                        "whether the release carried a redirection number and whether your gateway can turn it into a 302 "
                        "with a Contact header field, or retry the new number itself. Otherwise escalate to the carrier, "
                        "which owns the redirecting service.",
                        "q850 23 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "redirect redirection rerouting new destination diversion forwarding ISUP",
                        "q850 23 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "FreeSWITCH maps it to 410 like RFC 3398. Asterisk (chan_pjsip) has no mapping for it and answers "
                        "an unanswered INVITE with 603 (Decline).",
                        "q850 23 gateway notes")},
    {26, "Non-selected user clearing", 404, "ITU-T Q.850 §2.2.7|RFC 3398 §7.2.4.1|RFC 3326 §2", "16 1",
     QT_TRANSLATE_NOOP3("Catalog", "Non-selected user clearing", "q850 26 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call was offered to several terminals and another one got it.",
                        "q850 26 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Indicates that this user was not awarded the incoming call. On an ISDN access with several "
                        "terminals on one bus the network offers an incoming call to all of them, and when one answers it "
                        "clears the others with this cause. The SIP counterpart is a forking proxy cancelling the "
                        "remaining branches after one answered, where RFC 3326 uses a Reason header field with "
                        "SIP;cause=200 (call completed elsewhere). RFC 3398 maps cause 26 to 404 (Not Found) and marks "
                        "the row as an ANSI procedure: in ANSI ISUP the same value reports a call misrouted to a ported "
                        "number, for which 404 fits.",
                        "q850 26 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call was answered on another phone or extension. Nothing needs to be done.",
                        "q850 26 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "On its own this cause is harmless: expect it on the phones of a ring group, hunt group or ISDN "
                        "multipoint bus when another terminal answered. If a caller receives 404 with cause 26 from a "
                        "North American network, suspect number portability: the call reached a switch that no longer "
                        "serves the ported number, so the portability (LNP) routing data needs fixing.",
                        "q850 26 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "answered elsewhere call completed elsewhere ring group hunt group multipoint not awarded ported "
                        "number LNP",
                        "q850 26 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Neither Asterisk (chan_pjsip) nor FreeSWITCH maps cause 26: for an unanswered INVITE, Asterisk "
                        "answers 603 (Decline) and FreeSWITCH 480 (Temporarily Unavailable). For branches that lost the "
                        "race, FreeSWITCH sends its CANCEL with Reason SIP;cause=200 instead of a Q.850 cause.",
                        "q850 26 gateway notes")},
    {27, "Destination out of order", 502, "ITU-T Q.850 §2.2.7|RFC 3398 §7.2.4.1|RFC 3398 §8.2.6.1", "38 41 18",
     QT_TRANSLATE_NOOP3("Catalog", "Destination out of order", "q850 27 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The interface to the called party is not working, so signalling could not be delivered to it.",
                        "q850 27 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The destination cannot be reached because the interface to it is not working correctly: a "
                        "signalling message could not be delivered to the remote party, for example because of a "
                        "physical-layer or data-link failure on its side or because its equipment is off line. Typical "
                        "sources are a customer PBX that lost its PRI, an ISDN line whose terminal equipment is "
                        "disconnected, or in SIP networks a trunk or endpoint that stopped answering. It points at a "
                        "fault near the called party, not at congestion inside the network. RFC 3398 maps it to 502 (Bad "
                        "Gateway); in the other direction 502 maps to cause 38, not back to 27.",
                        "q850 27 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The line you called is out of order or its equipment is not connected. Try again later; if it "
                        "persists, the person you are calling should report a fault.",
                        "q850 27 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Check the called side access: E1/T1 alarms (LOS, AIS, RAI), D-channel and layer 2 (LAPD) state "
                        "on the customer PRI, or for SIP the reachability of the trunk or endpoint (OPTIONS keep-alives, "
                        "TCP or TLS connection, DNS). If your own gateway generated the cause, its log for the failed "
                        "outgoing leg shows why. A 502 with cause 27 in the Reason header field was produced from a PSTN "
                        "release by a gateway, not by a SIP proxy.",
                        "q850 27 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "out of order fault line down PRI down D-channel offline unreachable failure",
                        "q850 27 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Asterisk and FreeSWITCH both map it to 502. FreeSWITCH also uses this cause itself when it fails "
                        "to allocate or start RTP while answering, so a cause 27 from FreeSWITCH can be a local media "
                        "problem rather than a network fault.",
                        "q850 27 gateway notes")},
    {28, "Invalid number format (address incomplete)", 484, "ITU-T Q.850 §2.2.7|RFC 3398 §7.2.4.1|RFC 3398 §8.2.6.1", "1 3",
     QT_TRANSLATE_NOOP3("Catalog", "Invalid number format", "q850 28 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The called number is not in a valid format or has too few digits.",
                        "q850 28 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The called party cannot be reached because the called number is not in a valid format or is "
                        "incomplete: too few digits, the wrong nature of address (a national number sent as international "
                        "or the reverse), or characters the network does not accept. With overlap sending it also ends "
                        "calls in which the caller stopped dialling too early. RFC 3398 maps it to 484 (Address "
                        "Incomplete), the response that SIP overlap dialling (RFC 3578) relies on, and maps 484 back to "
                        "cause 28 in the other direction.",
                        "q850 28 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The number you dialled is incomplete or in the wrong format. Check it, add the area or country "
                        "code if needed, and dial again.",
                        "q850 28 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Compare the number in the Request-URI (and any tel URI or user=phone form) with what the next "
                        "network expects: E.164 with a plus sign, national with trunk prefix, or subscriber number only. "
                        "Check digit manipulation on the PBX and SBC, the type of number and numbering plan (TON/NPI) a "
                        "gateway puts into the ISUP or Q.931 called party number, and inter-digit timeouts that send the "
                        "call before all digits are collected. Short codes and emergency numbers often need their own "
                        "rules.",
                        "q850 28 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "incomplete address incomplete wrong format digits missing TON NPI E.164 overlap dialling prefix",
                        "q850 28 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Asterisk and FreeSWITCH map it to 484. FreeSWITCH also answers 484 for its own INVALID_GATEWAY "
                        "and INVALID_URL errors, so a 484 from FreeSWITCH can be a local configuration error.",
                        "q850 28 gateway notes")},
    {29, "Facility rejected", 501, "ITU-T Q.850 §2.2.7|RFC 3398 §7.2.4.1", "79 21",
     QT_TRANSLATE_NOOP3("Catalog", "Facility rejected", "q850 29 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The network cannot provide a supplementary service that the user requested.",
                        "q850 29 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Returned when a supplementary service (a facility) requested by the user cannot be provided by "
                        "the network, for example a service invocation carried in a Facility information element at "
                        "set-up or during the call. The call itself may have been routable; what failed is the extra "
                        "service attached to it. RFC 3398 maps it to 501 (Not Implemented). The table in the RFC prints "
                        "510 for this row, a typo for 501: no SIP response 510 is registered.",
                        "q850 29 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A service you requested with this call, such as forwarding or transfer, is not available on your "
                        "line. The call may work without it; contact your provider to have the service enabled.",
                        "q850 29 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Find the supplementary service involved: Facility information elements and their diagnostics in "
                        "the ISDN trace, or on the SIP side a REFER, a Diversion or History-Info header field, or a "
                        "feature code the gateway turned into a service request. Check that the service is provisioned on "
                        "the line or trunk, and whether the PBX sends QSIG or network-specific facilities the carrier "
                        "does not support.",
                        "q850 29 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "facility supplementary service not provided feature rejected transfer forwarding",
                        "q850 29 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "RFC 3398 prints 510 for this cause; read it as 501, which is what Asterisk and FreeSWITCH send. "
                        "Asterisk also maps a 501 it receives back to cause 29.",
                        "q850 29 gateway notes")},
    {31, "Normal, unspecified", 480, "ITU-T Q.850 §2.2.7|RFC 3398 §7.2.4.1|RFC 3398 §8.2.6.1", "16 127",
     QT_TRANSLATE_NOOP3("Catalog", "Normal, unspecified", "q850 31 name"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "A normal-class release for which no more specific cause applies.",
                        "q850 31 summary"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Reports a normal event only when no other cause of the normal class applies. In practice it is "
                        "the catch-all that switches, PBXs and gateways use when they release a call without a better "
                        "reason, and gateways use it when a SIP response has no specific mapping: RFC 3398 §8.2.6.1 maps "
                        "every unlisted SIP status to cause 31. Because the value says so little, the cause location and "
                        "the element that sent it matter more than the number. RFC 3398 §7.2.4.1 maps it to 480 "
                        "(Temporarily Unavailable).",
                        "q850 31 explanation"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "The call ended or failed without a specific reason. Try again; if it keeps happening, report the "
                        "time and the number called to your provider.",
                        "q850 31 user advice"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Treat cause 31 as not known yet: find the element that generated it (cause location, Via, Server "
                        "or User-Agent) and read its own logs for the real reason. If your gateway produced it, check "
                        "which SIP response it received on the other leg, since an unmapped 4xx, 5xx or 6xx turns into "
                        "31. After answer it usually means a normal hang-up reported without cause 16.",
                        "q850 31 engineer advice"),
     QT_TRANSLATE_NOOP3("Catalog", "unspecified normal unknown generic catch-all release", "q850 31 keywords"),
     QT_TRANSLATE_NOOP3("Catalog",
                        "Asterisk (chan_pjsip) and FreeSWITCH both answer 480, as RFC 3398 does. FreeSWITCH also answers "
                        "480 for every cause it has no mapping for, so a 480 from FreeSWITCH does not prove that the "
                        "cause was 31.",
                        "q850 31 gateway notes")},
};

extern const Q850RecordTable q850Normal = {records, int(sizeof(records) / sizeof(records[0]))};

} // namespace sipref::catalogdata
