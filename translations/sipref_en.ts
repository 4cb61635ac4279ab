<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Catalog</name>
    <message>
        <source>Provisional</source>
        <comment>class 1 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 1xx response is provisional: the request was received and is being worked on, and a final response will follow. It stops the retransmission of an INVITE but ends no transaction.</source>
        <comment>class 1 meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAC treats an unrecognised provisional response other than 100 as 183 (Session Progress).</source>
        <comment>class 1 treated as</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is still being set up; wait for it to ring or fail.</source>
        <comment>class 1 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out which product sends this code (Server or User-Agent header field) and read its documentation; the call outcome depends on the final response that follows.</source>
        <comment>class 1 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <comment>class 2 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 2xx response is final and says the request succeeded.</source>
        <comment>class 2 meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAC treats an unrecognised 2xx response as 200 (OK).</source>
        <comment>class 2 treated as</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request succeeded.</source>
        <comment>class 2 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat it as 200 OK. If it answers an INVITE, check that the caller sends the ACK and that media starts.</source>
        <comment>class 2 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirection</source>
        <comment>class 3 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 3xx response is final and says the request should be tried elsewhere, usually at the addresses in its Contact header field.</source>
        <comment>class 3 meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAC treats an unrecognised 3xx response as 300 (Multiple Choices).</source>
        <comment>class 3 treated as</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is being sent to another address; if it fails, report the number you dialled.</source>
        <comment>class 3 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Contact header field of the response and whether the caller or its proxy follows redirects.</source>
        <comment>class 3 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client error</source>
        <comment>class 4 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 4xx response is final and says the request failed at this server, usually because of something in the request itself; the same request should not be retried unchanged, but another server may accept it.</source>
        <comment>class 4 meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAC treats an unrecognised 4xx response as 400 (Bad Request).</source>
        <comment>class 4 treated as</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call or request was refused; note the code and the time for support.</source>
        <comment>class 4 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the element that sent it (Via, Server, Warning header fields) and compare the request with what that element expects; vendors use unregistered 4xx codes for their own policy failures.</source>
        <comment>class 4 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <comment>class 5 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 5xx response is final and says the server failed to handle a request that may well be valid; another server may succeed.</source>
        <comment>class 5 meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAC treats an unrecognised 5xx response as 500 (Server Internal Error).</source>
        <comment>class 5 treated as</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service had a problem; try again in a few minutes.</source>
        <comment>class 5 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the logs of the element that sent it and at its load; check Retry-After and whether a failover target was tried.</source>
        <comment>class 5 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global failure</source>
        <comment>class 6 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 6xx response is final and says the request will fail everywhere: a proxy stops trying other branches and no other location should be tried.</source>
        <comment>class 6 meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAC treats an unrecognised 6xx response as 600 (Busy Everywhere).</source>
        <comment>class 6 treated as</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party cannot be reached by any route; do not retry at once.</source>
        <comment>class 6 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find which element generated it; a 6xx from the callee&apos;s device ends forking, so check the callee&apos;s settings first.</source>
        <comment>class 6 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unregistered %1</source>
        <comment>fallback name, %1 = class name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a registered SIP response code; a user agent handles it as %2.</source>
        <comment>fallback summary, %1 = code, %2 = the code it is treated as</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry of SIP response codes. %2 RFC 3261 §8.1.3.2 requires every user agent client to understand the x00 code of each class and to handle an unknown code by its class: %3 A reason phrase on the wire does not change this; it is free text for people.</source>
        <comment>fallback explanation, %1 = code, %2 = class meaning, %3 = treated as</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IETF (IANA registry)</source>
        <comment>profile name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB/T 28181 video platform</source>
        <comment>profile name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unregistered</source>
        <comment>profile name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying</source>
        <comment>100 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next hop has received the request and is working on it; it only stops retransmissions and says nothing about the callee.</source>
        <comment>100 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 Trying is a provisional response that only tells the previous hop that the request arrived and is being processed, for example while the server works out where to route it. It is hop-by-hop: each stateful proxy or UAS generates its own 100, and a stateful proxy never forwards a 100 it receives upstream. An INVITE server transaction must send it unless the TU will answer within 200 ms. On receiving it the caller&apos;s client transaction stops retransmitting the INVITE and no longer runs Timer B, so the call waits for a further provisional or final response. A 100 needs no To tag, must copy any Timestamp header field from the request and creates no early dialog. Stateless proxies never send it, and a UAS should not send provisional responses to non-INVITE requests.</source>
        <comment>100 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a normal progress message: the network has received the call and is working on it. If nothing else follows and the phone you called never rings, the problem lies further along the network, so note the time and the number you called and report them.</source>
        <comment>100 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 100 from the first hop only proves that this hop received the INVITE; it says nothing about the callee. If the call hangs after 100 with no 18x or final response, follow the INVITE hop by hop in a capture (compare the Via branch values) to find the element that went silent, then check its next-hop routing, DNS SRV results and the firewall or SBC rules for the onward leg. The 100 is usually generated by the transaction layer automatically, so it appears even when the element&apos;s onward routing is broken. Proxies cancel the INVITE branch when Timer C (over 3 minutes) expires.</source>
        <comment>100 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-progress acknowledged pending</source>
        <comment>100 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing</source>
        <comment>180 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called device is alerting its user: the phone is ringing.</source>
        <comment>180 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>180 Ringing is a provisional response sent by the callee&apos;s UAS (or a gateway or B2BUA acting for it) while it alerts the user. Unlike 100 it travels end to end: proxies forward it upstream at once and, when it carries a To tag, it creates an early dialog, so it should carry a Contact header field. On receipt the caller may generate local ringback tone. A 180 may also carry SDP for early media, in which case many phones play the received audio instead of local ringback. Alert-Info may select a distinctive ring. A UAS that rings for a long time must repeat a non-100 provisional response about every minute, because proxies may cancel a transaction after 3 minutes without one (Timer C). 180 is not final: the call still ends with a 2xx, or with 486, 480, 487 and similar.</source>
        <comment>180 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone you called is ringing. If nobody answers, the call will usually end or go to voicemail after a while.</source>
        <comment>180 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the caller hears silence instead of ringback after 180, check whether the 180 carried SDP: with SDP the caller&apos;s phone expects early media from the far end, so look for RTP arriving (NAT, SBC media anchoring, firewall pinholes); without SDP the caller&apos;s phone must generate its own ringback. Some PBXs turn 183 into 180 or the reverse (for example Asterisk&apos;s progressinband option in chan_sip or inband_progress in PJSIP), which changes who plays the tone. If ringing stops after about 3 minutes, look for a CANCEL from a proxy whose Timer C expired because the UAS did not repeat its 18x.</source>
        <comment>180 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bell ringtone alert</source>
        <comment>180 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call is being forwarded</source>
        <comment>181 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server reports that the call is being diverted to one or more other destinations.</source>
        <comment>181 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>181 is an optional provisional response that lets the caller know the call has been diverted to other destinations, for example by an unconditional, busy or no-answer forwarding service. In practice it is sent by the element that performs the diversion: the callee&apos;s UA, an application server or a B2BUA. A plain proxy cannot send it on its own, since a proxy must not add a To tag to a 1xx response. Like other non-100 provisional responses it is forwarded end to end, may create an early dialog and may carry SDP for an announcement. Details of the diversion, if any, travel in History-Info (RFC 7044) or the older Diversion header field. The caller needs to do nothing except keep waiting for the final response.</source>
        <comment>181 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you called has forwarded their calls, so your call is being passed to another number or to voicemail. Please keep waiting.</source>
        <comment>181 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a forwarded call fails after 181, look at the onward leg: the forwarding target, the caller ID presented on it, and whether the trunk may send forwarded calls. Carriers often reject or rewrite a diverted call whose From or P-Asserted-Identity is not one of the trunk&apos;s numbers unless a Diversion or History-Info header field explains it. Check whether the forwarding was intended (call-forward settings on the phone or PBX). A UA that does not recognise 181 must treat it like 183, so dropping the call on 181 is a fault of that UA.</source>
        <comment>181 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divert CFU CFB CFNR redirected</source>
        <comment>181 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>182 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is being held in a queue until the called party can take it.</source>
        <comment>182 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>182 Queued is a provisional response from a server, typically a call-centre queue, an ACD or an attendant application, that holds the call because the called party cannot take it yet. Once the called party is free, the server completes the call with a final response (normally a 200 after an agent answers). The reason phrase may describe the queue state, such as the number of calls ahead and the expected wait, and the server may send several 182 responses to keep the caller updated. Like 180 it is forwarded end to end, may create an early dialog and may carry SDP for queue music or announcements. Because a queued INVITE can wait a long time, the server must keep sending non-100 provisional responses at least every minute so that proxies do not cancel the transaction.</source>
        <comment>182 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your call is waiting in a queue. Stay on the line; you will be connected when someone becomes free.</source>
        <comment>182 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many contact-centre platforms answer with 200 and play queue music instead, so a 182 usually comes from an explicit queue feature; check that the caller&apos;s phone or gateway handles it (a UA must treat any 1xx other than 100 that it does not recognise like 183). If queued calls drop after about 3 minutes, look for a proxy CANCEL caused by Timer C and make the queue send 182 or 183 at least every minute. Also check the INVITE&apos;s Expires header field and the caller&apos;s own no-answer timer, which can end the wait early.</source>
        <comment>182 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position hold-music callcenter operator</source>
        <comment>182 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session progress</source>
        <comment>183 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is progressing; usually used to open early media such as ringback or announcements from the far end.</source>
        <comment>183 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>183 Session Progress is the general-purpose provisional response for call progress that no other 1xx code describes; details can be carried in the reason phrase, in header fields or in the body. In practice its main use is early media: a PSTN gateway or B2BUA returns 183 with SDP so that ringback tone, announcements or IVR prompts reach the caller before the call is answered. It is forwarded end to end and, with a To tag, creates an early dialog. It is often sent reliably (Require: 100rel with RSeq, acknowledged by PRACK, RFC 3262), which is needed when SDP preconditions are used. A UA must treat any provisional response other than 100 that it does not recognise as 183. It is not a final response and does not mean the call was answered.</source>
        <comment>183 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is being connected. You may hear ringing, a recorded message or tones from the other network; wait for the call to be answered or for the message to finish.</source>
        <comment>183 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-way or no audio during 183 usually means the early media stream is blocked: compare the SDP connection address and port with the RTP actually received, and check NAT, SBC media handling and firewall rules. If one side requires 100rel and the other does not support it, the call fails with 420 or 421. A UAS that gets no PRACK for a reliable 183 retransmits it and, after 64*T1, should reject the call with a 5xx (RFC 3262). Announcements heard during 183 (for example &apos;number not in service&apos;) often state the real cause, so record them and read the final response and any Reason header field that follows.</source>
        <comment>183 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inband pre-answer cut-through</source>
        <comment>183 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early dialog terminated</source>
        <comment>199 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One early dialog of a forked call has ended; sent before the final response so that the caller can release its resources.</source>
        <comment>199 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>199 is a provisional response defined by RFC 6228. When an INVITE forks, several early dialogs may exist; if one branch fails, a forking proxy normally holds the non-2xx response while other branches continue. With 199 the proxy (or a UAS) tells the caller at once that this early dialog has ended, so the caller can stop its early media and free resources. It may be used only if the INVITE carried the option tag 199 in Supported, and a proxy must not generate it when the request required 100rel. The response must carry the To tag of the terminated early dialog and a Reason header field with the response code that ended it, and should not contain SDP. It is informational only: the final response still follows, and if every 199 is lost nothing else changes.</source>
        <comment>199 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing for you to do: one of the devices your call was trying has stopped ringing, and the call continues on the others.</source>
        <comment>199 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the INVITE lists 199 in Supported; a 199 sent without it, or without a To tag and a Reason header field such as &apos;Reason: SIP;cause=486&apos;, is a fault in the sending proxy or UAS. After a 199 the caller must stop sending and playing media for that early dialog, so if early media from the remaining branches breaks or a dead branch&apos;s announcement keeps playing, check how the caller&apos;s UA or SBC handles 199. UAs that do not know 199 treat it like 183, which is harmless but keeps the dead early dialog until the final response.</source>
        <comment>199 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallel hunt simultaneous sim-ring</source>
        <comment>199 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <comment>200 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request succeeded; for an INVITE it means the call was answered.</source>
        <comment>200 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>200 OK is the final success response; what it carries depends on the method. For INVITE it means the callee answered: it establishes the dialog, must contain a Contact header field, normally carries the SDP answer (or the offer, if the INVITE had none) and should list Allow and Supported. The UAS retransmits it until the ACK arrives, the caller must ACK every 2xx, and proxies forward every 2xx at once, so a forked INVITE can produce several 200s, each a separate dialog. For REGISTER the 200 lists all current bindings in Contact with their expires values; for BYE, CANCEL, OPTIONS and other methods it simply confirms the request. A 200 to CANCEL does not end the call: the INVITE still gets its own final response.</source>
        <comment>200 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request worked: for a call, the other side has answered. If you still cannot hear each other, the problem is with the audio path, not with setting up the call.</source>
        <comment>200 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If calls drop about 32 seconds after the 200 OK, the UAS never received the ACK: check the Contact and Record-Route in the 200 (a private IP behind NAT, a wrong port, a SIP ALG rewriting them) and where the ACK was actually sent. Audio problems after 200 are media issues: compare the c= address, ports and codec in the SDP answer with the RTP in the capture. For REGISTER, compare the expires values in the 200 with the requested ones, since registrars may shorten them.</source>
        <comment>200 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected pickup off-hook accepted</source>
        <comment>200 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted (deprecated)</source>
        <comment>202 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was accepted for processing but may not be complete yet; deprecated, and now to be treated exactly like 200.</source>
        <comment>202 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>202 Accepted comes from the SIP events framework of RFC 3265, where it meant that a subscription was accepted but perhaps not yet authorized, and from REFER (RFC 3515), whose recipient had to answer 202 before acting on the referral, for example in a call transfer. RFC 6665 §8.3.1 deprecated it: a 202 to SUBSCRIBE may be absorbed by a forking proxy, and implementations that treated it differently from 200 did not interwork. Elements must treat any received 202 exactly as 200 and must not send it to SUBSCRIBE or NOTIFY; RFC 7647 §5 extends this to REFER, where 200 must be sent instead. It is still common in the field, mostly as the answer to REFER during transfers, and is followed by NOTIFY requests reporting progress.</source>
        <comment>202 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a normal intermediate step, for example while a call is being transferred. The outcome is reported separately, so wait for the transfer or request to complete.</source>
        <comment>202 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat 202 and 200 identically; a client that behaves differently on 202 (for example a phone that aborts a transfer) is not compliant. For a failed transfer, look past the 202 at the NOTIFY requests with Event: refer and their message/sipfrag bodies, which carry the status of the new call (for example SIP/2.0 200 OK or SIP/2.0 486 Busy Here). If no NOTIFY arrives, check routing to the transferor&apos;s Contact and whether the REFER carried Refer-Sub: false (RFC 4488).</source>
        <comment>202 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blind attended xfer</source>
        <comment>202 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notification</source>
        <comment>204 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subscription refresh succeeded, but the notifier will not send a NOTIFY because the state has not changed.</source>
        <comment>204 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>204 is a success response defined by RFC 5839 for conditional event notification. A subscriber that already holds the current resource state refreshes its subscription with a SUBSCRIBE carrying Suppress-If-Match, set to the entity-tag from the last NOTIFY (its SIP-ETag value). If that tag still matches, the notifier answers 204 and suppresses the NOTIFY that would normally follow every accepted SUBSCRIBE. It is valid only for a SUBSCRIBE sent within an established dialog; outside a dialog the notifier must instead send a NOTIFY with an empty body. Like any 2xx to SUBSCRIBE it must carry an Expires header field, and it extends the subscription. The subscriber keeps the state it has; when the state later changes, normal NOTIFY requests follow.</source>
        <comment>204 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is wrong: your device checked for an update and there was nothing new to report.</source>
        <comment>204 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If presence or message-waiting indicators go stale after 204 responses, check that the subscriber&apos;s stored entity-tag really matches the notifier&apos;s current state and that the notifier generates a new SIP-ETag whenever the state changes. A 204 to an initial (out-of-dialog) SUBSCRIBE is a protocol error on the notifier side. Compare the Expires value in the 204 with the subscriber&apos;s refresh timer.</source>
        <comment>204 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLF MWI busy-lamp unchanged</source>
        <comment>204 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple choices</source>
        <comment>300 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address resolved to several locations; the caller may choose one and send the request there.</source>
        <comment>300 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>300 is a redirection response: the address in the request maps to several possible locations, and the server cannot or prefers not to proxy the request itself. The choices should be listed in Contact header fields, possibly several, each optionally with a q value for preference. The UAC (or a proxy that recurses on 3xx) may try them automatically or ask the user; RFC 3261 defines no standard selection rule. It builds a new request for each chosen URI with a new Via branch, usually keeping the same To, From and Call-ID, tries them serially or in parallel, and must never put the same URI into its target set twice. A message body describing the choices is allowed, but no format is defined, so in practice only Contact is used.</source>
        <comment>300 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you called can be reached at several places. Your phone may try them automatically; if the call fails, try another number you have for them.</source>
        <comment>300 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the calling device or proxy follows redirects at all: not every phone or trunk does, some follow only the first Contact, and some PBXs need it enabled (for example Asterisk&apos;s PJSIP redirect_method option). Look at the Contact URIs and q values in the capture and test that each is reachable. Loops appear when two servers redirect to each other; the target set must block repeats.</source>
        <comment>300 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternatives forward pick</source>
        <comment>300 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved permanently</source>
        <comment>301 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is no longer at the requested address; retry at the new address in Contact and update stored addresses.</source>
        <comment>301 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>301 is a redirection response meaning that the user can no longer be found at the address in the Request-URI. The requesting client should retry the request at the new address given in the Contact header field, and should record that address in its local directories, address books and location caches so that later requests go there directly. It is sent by a redirect server or UAS that knows the permanent new location; a proxy receiving it may recurse on the Contact itself. The retry is a new transaction with a new Via branch, usually keeping To, From and Call-ID. A 301 may also point to the same user with different transport parameters. A redirect server must not redirect to a URI equal to the Request-URI.</source>
        <comment>301 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number or address you called has changed permanently. Use the new number if your phone shows it, and update your contacts.</source>
        <comment>301 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Contact URI in the 301: if it is empty, unreachable or equal to the original Request-URI, the redirect server is misconfigured. Confirm whether your device follows 3xx at all, and whether the SBC or proxy in front of it strips the Contact or recurses on it. If the caller keeps receiving 301 for the same number, it is not updating its stored address; fix the directory or speed-dial entry instead.</source>
        <comment>301 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relocated changed-number ported</source>
        <comment>301 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved temporarily</source>
        <comment>302 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is temporarily reachable at another address given in Contact; retry this request there.</source>
        <comment>302 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>302 is the most common redirection response. The client should retry the request at the address or addresses in the Contact header field, using each as the new Request-URI. Typical senders are redirect servers, call-forwarding services, and SIP trunks or PBXs that hand routing back to the caller. How long the new address stays valid can be stated in an Expires header field or an expires parameter in Contact; proxies and UAs may cache it for that time, and without one it may be used only for this request and must not be cached. If a cached address fails, the original Request-URI may be tried once more. A proxy that recurses on the 302 removes the contacts it tries from the response; otherwise the 302 goes back to the caller, who builds a new request with a new Via branch.</source>
        <comment>302 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your call is being redirected to another number or device, for example because the person has set call forwarding. If it does not connect, try again later or call their other number.</source>
        <comment>302 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a call ends with 302 instead of being redirected, the calling side does not follow redirects: enable 3xx handling on the phone or PBX (for example Asterisk&apos;s PJSIP redirect_method option) or let the proxy recurse. Check the Contact URI for a reachable host, the right transport and a number format the next hop accepts, and watch for loops where two servers redirect to each other. Carriers may reject the redirected INVITE if the caller ID is not authorised on that trunk.</source>
        <comment>302 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deflect deflection diverted temporary</source>
        <comment>302 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use proxy</source>
        <comment>305 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request must be sent again through the proxy given in Contact.</source>
        <comment>305 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>305 is a redirection response telling the client to reach the requested resource through a particular proxy, whose URI is in the Contact header field. The client should resend just this one request with that proxy as its first hop, without changing its routing permanently. 305 may be generated only by a UAS, never by a proxy. It is rarely seen in practice. Accepting a proxy address from a response without checking would let an attacker steer signalling through a server of their choice, so a client should follow 305 only when local policy trusts both the sender and the proxy.</source>
        <comment>305 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your call needs to be sent through a different server. This is a network setting; contact your provider if the call fails.</source>
        <comment>305 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify who sent the 305 (Via, Server header field) and whether the proxy URI in Contact is one your network trusts; treat an unexpected 305 from outside your network as suspicious. Do not rely on endpoints acting on 305: if a provider requires a specific proxy, configure it as the outbound proxy instead.</source>
        <comment>305 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route</source>
        <comment>305 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative service</source>
        <comment>380 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call failed, but alternative services described in the response body are possible.</source>
        <comment>380 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>380 is a redirection response: the call as requested did not succeed, but the caller could be served in another way. Unlike the other 3xx codes it does not rely on Contact; the alternatives are described in the message body, whose format RFC 3261 does not define. The best-known use is in IMS networks, where under 3GPP TS 24.229 a P-CSCF can answer 380 with a 3GPP XML body telling the phone that the dialled number is an emergency number, so the phone should retry it as an emergency call. A client that does not understand the body treats 380 as a failed call; retrying the same request unchanged will not help.</source>
        <comment>380 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network could not complete this call as dialled but offers another way to reach the service. If you dialled an emergency number, your phone normally redials it as an emergency call; if it does not, dial it again.</source>
        <comment>380 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect the message body and its Content-Type: a 3GPP 380 carries an XML body whose alternative-service element has the type emergency, and the handset must then start an emergency call. If calls to local emergency or short numbers fail with 380 on a VoLTE or IMS network, check the phone&apos;s emergency number list and the P-CSCF configuration. Outside IMS, 380 is rare; identify the sending element and consult its documentation for the body format.</source>
        <comment>380 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOS 112 911 fallback</source>
        <comment>380 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <comment>400 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was malformed, so the receiving element could not parse or understand it.</source>
        <comment>400 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving element could not understand the request because its syntax is malformed. Any hop can send it: a proxy, registrar, gateway, B2BUA or the far-end UAS, so the response does not prove that the callee ever saw the request. It is a final response. RFC 3261 asks the sender to name the defect in the reason phrase, for example Missing Call-ID header field, and a Warning header field may add detail. Typical causes are a missing or duplicated mandatory header field, a CSeq method that differs from the request method, an unparsable URI or SDP, illegal characters, or a UDP datagram whose body is shorter than its Content-Length. Repeating the identical request fails again: the sender must fix the message first.</source>
        <comment>400 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone or system sent a request that the network could not read, so the call or action failed. Retrying usually gives the same result; note the time and the number you dialled and report them to your support team.</source>
        <comment>400 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the request together with the 400 and read the reason phrase and any Warning header field first: most stacks name the offending header field there. Find which element answered (its Via, Server or User-Agent) and check the message as that element received it: SIP ALGs in routers, SBC header manipulation rules and B2BUAs often rewrite header fields and break them. Check that Content-Length matches the body, that large INVITEs are not truncated by UDP fragmentation (try TCP), and that display names with non-ASCII or special characters are quoted.</source>
        <comment>400 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>garbled corrupt invalid unreadable</source>
        <comment>400 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On GB/T 28181 video platforms a 400 usually means that the peer platform does not support the request, for example a control command or query it has not implemented, rather than a pure syntax fault. Capture the exchange and send it to the vendor of the answering platform together with the device and channel IDs involved.</source>
        <comment>400 platform notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <comment>401 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request must be authenticated: the UAS or registrar has sent a challenge and expects a retry with credentials.</source>
        <comment>401 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user agent server or registrar requires the sender to authenticate before it processes the request; proxies use 407 instead. It is a final response that carries one or more WWW-Authenticate header fields with a Digest challenge (realm, nonce, algorithm, often qop and opaque). The UAC is expected to send the request again with an Authorization header field computed from its username and password for that realm, as a new transaction with the same Call-ID, From and To and a CSeq one higher. A 401 followed by a successful retry is therefore normal, above all for REGISTER. stale=true means that only the nonce expired, so the client retries without asking the user again. A forking proxy merges the challenges of all 401 and 407 branches into one response.</source>
        <comment>401 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service asked your phone to prove who it is, and the username or password was missing or not accepted. Check the account details entered in the phone or app; if they are correct, contact your provider.</source>
        <comment>401 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One 401 per REGISTER or INVITE is the normal challenge; look at the retry. If the retried request is challenged again, compare its Authorization header field with the challenge: username (auth ID, which may differ from the extension), realm, the uri parameter against the Request-URI, and the algorithm (MD5 or SHA-256, RFC 8760). A fresh nonce every time without stale=true points to a wrong password; some servers, FreeSWITCH for example, answer a wrong password with 403 instead of another 401. Also check that no ALG or SBC rewrites the Request-URI between client and server, which breaks the digest.</source>
        <comment>401 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login signin unauthorised denied password-rejected</source>
        <comment>401 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment required</source>
        <comment>402 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved for future use; in practice some providers send it when an account has no credit.</source>
        <comment>402 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 reserves this code for future use and gives it no defined behaviour, so a standard SIP element never needs to send it. Like the other 4xx codes it is a final response. Some carriers, prepaid platforms and billing-aware B2BUAs nevertheless send it when the calling account has no credit, is suspended for non-payment, or the destination is not covered by its tariff. Because the meaning is not standardised, the reason phrase and any Warning header field from the sender are the only reliable description. A client should treat it as an ordinary request failure: retrying the same request will not help until the account situation changes, and there is no automatic retry procedure.</source>
        <comment>402 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was refused for a billing reason, for example no remaining credit or an unpaid account. Check your balance or contact your provider&apos;s billing team.</source>
        <comment>402 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify who sent the 402 (Via, Server, User-Agent): it is almost always the provider&apos;s billing or rating system, not the callee. Check the account balance, credit limits, per-destination rate tables and whether the dialled number lies in an allowed tariff zone. If your own platform generates it, make sure the reason phrase says why, and consider the more widely understood 403 with a clear reason phrase for phones that display only the code.</source>
        <comment>402 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money funds top-up recharge arrears debt</source>
        <comment>402 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden</source>
        <comment>403 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server understood the request but refuses to fulfil it, and authentication will not change that.</source>
        <comment>403 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element understood the request but refuses to carry it out. Unlike 401 and 407, repeating the request with credentials will not help, and RFC 3261 says the request should not be repeated. It is a final response and may come from a registrar, proxy, B2BUA, gateway or the far-end UAS. The reason is policy, not syntax: the source address is not on an access list, the authenticated user may not use the identity in From, the destination is barred (international or premium numbers), the caller is blacklisted, or the account is disabled. Many servers also send 403 after repeated failed authentication. The reason phrase or a Warning header field often names the rule that fired.</source>
        <comment>403 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused this call or action on purpose, for example because the number is barred, your account is restricted or your login was not accepted. Contact your provider and mention the number you tried.</source>
        <comment>403 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the element that sent the 403 and read its reason phrase: Kamailio and OpenSIPS scripts send texts such as Forbidden auth ID when the authentication username does not match the From or To user, or Relay Forbidden when neither party is local. On trunks, check the provider&apos;s IP allow list, the caller ID you present in From or P-Asserted-Identity (many carriers reject numbers you do not own) and the destination restrictions on the account. For REGISTER, a 403 instead of a 401 challenge usually means a wrong password, an unknown user or a source IP blocked by a fail2ban-style filter.</source>
        <comment>403 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied permission rejected ban blacklist disallowed</source>
        <comment>403 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On GB/T 28181 platforms a 403 most often means that the device, the upper or lower platform, or the media server involved is offline. Before looking at permissions, check the registration and keep-alive (heartbeat) status of the device and the platform, and whether the media server is running and registered.</source>
        <comment>403 platform notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <comment>404 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user or number in the Request-URI does not exist in that domain, or the domain is not served here.</source>
        <comment>404 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has definitive information that the user in the Request-URI does not exist in the domain named there. It is also returned when the domain of the Request-URI is not one that the receiving element is responsible for. It is a final response from a registrar, proxy, redirect server, gateway or UAS. The verdict is local to this server: a forking proxy may still succeed on other branches, and the caller may try another route. 604 (Does Not Exist Anywhere) makes the stronger claim that the user exists nowhere. A Retry-After header field is allowed. In practice many proxies also answer 404 when the user is provisioned but has no current registration, where 480 would be more precise.</source>
        <comment>404 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number or address you called was not found. Check the number, including any prefix or country code, and try again.</source>
        <comment>404 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check how the number arrived at the element that answered: the Request-URI user part after dial-plan rewriting, prefixes, + and country code normalisation, and the domain or IP address in the host part. On a PBX, look for a missing extension or a call landing in the wrong context; Kamailio&apos;s default script answers 404 when the location lookup finds no registration, so check whether the callee is registered. Gateways map ISDN cause 1 (unallocated number) to 404, so a 404 from a carrier usually means the number is not in service.</source>
        <comment>404 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nonexistent invalid vacant unassigned misdialled</source>
        <comment>404 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On GB/T 28181 platforms a 404 usually means that the requested video does not exist: the device or channel ID in the Request-URI or Subject header field is unknown to the answering platform. Check the 20-digit ID for typos and confirm that the device has reported that channel to the platform in its catalog.</source>
        <comment>404 platform notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <comment>405 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server knows the method but does not allow it for this Request-URI; the Allow header field lists what it accepts.</source>
        <comment>405 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method in the request line is understood but not allowed for the address identified by the Request-URI. The response must carry an Allow header field listing the methods that address accepts. It is a final response, typically from a UAS, registrar or B2BUA; proxies forward requests whatever their method rather than rejecting unknown ones. The difference from 501 (Not Implemented) matters: 501 means the method is not implemented at all, 405 means it exists but is refused here, for example REGISTER sent to a phone or to a trunk that does not take registrations, or SUBSCRIBE sent to a server without presence. The client should not retry the same method there and should use only the methods listed in Allow.</source>
        <comment>405 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device or service you reached does not accept this kind of request, for example a registration or a status subscription. The feature has to be switched off or pointed at a different server.</source>
        <comment>405 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Allow header field and compare it with the method that was refused. Typical cases: a phone or gateway registering to a peer that only expects trunk traffic, BLF or voicemail SUBSCRIBE sent to a server without a presence module, MESSAGE or INFO (for DTMF) sent to a PBX that does not take them, and REFER where transfers are disabled. Either enable the method on the server or configure the client not to use it (for example RFC 4733 DTMF instead of SIP INFO). Kamailio&apos;s default script also returns 405 when the callee is registered but its contact does not accept the method.</source>
        <comment>405 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disallowed operation denied rejected</source>
        <comment>405 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acceptable</source>
        <comment>406 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could only produce response content that the Accept header fields of the request rule out.</source>
        <comment>406 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource identified by the request can only generate response bodies whose content characteristics (type, encoding or language) are not acceptable according to the Accept header fields sent in the request. It is a final response, sent by a UAS or other element that would have to return a body. It concerns what the requester is willing to receive, not what it sent: a request body the server cannot read gives 415, and an unusable session description in an INVITE gives 488 or 606. The code is rare; where it appears, look at requests that expect a body in return, such as SUBSCRIBE, whose Accept header field may exclude every format the server can produce. The client may retry with a wider Accept header field.</source>
        <comment>406 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two systems could not agree on a data format for this request. This needs a configuration change by your support team.</source>
        <comment>406 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the Accept, Accept-Encoding and Accept-Language header fields of the request with the formats the server supports; for SUBSCRIBE the event package defines the body type (for example application/pidf+xml for presence, application/dialog-info+xml for dialog). Do not confuse it with 488: if an INVITE is refused because of codecs or SDP, look at 488 or 606 instead. Widening or removing the restrictive Accept header field on the client usually resolves it.</source>
        <comment>406 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negotiation mismatch unacceptable</source>
        <comment>406 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy authentication required</source>
        <comment>407 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy requires the sender to authenticate and has sent a challenge; the request should be retried with credentials.</source>
        <comment>407 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar to 401, but the challenge comes from a proxy on the path (or a PBX, SBC or carrier acting as one), which wants the client to authenticate to it before it forwards the request. RFC 3261 notes that it suits cases where access to the network, for example a telephony gateway, rather than the callee requires authentication. It is a final response with one or more Proxy-Authenticate header fields (realm, nonce, algorithm, qop). The UAC sends a new request with the same Call-ID, From and To, a CSeq one higher and a Proxy-Authorization header field for that realm. Several proxies on the path may each challenge, so credentials for several realms can accumulate. A 407 to an INVITE is acknowledged with ACK like any other final response.</source>
        <comment>407 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network asked your phone to log in before placing the call, and the login was missing or not accepted. Check the account details in your phone or app, or contact your provider.</source>
        <comment>407 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single 407 on INVITE followed by a retry with Proxy-Authorization is normal: Kamailio&apos;s default script and FreeSWITCH challenge INVITE with 407 and REGISTER with 401. If the retry is challenged again, check the username (auth ID), password, realm and algorithm, and that the client answers a 407 with Proxy-Authorization, not Authorization. On PBX-to-carrier trunks, make sure outbound authentication is configured on the trunk (for example outbound_auth on an Asterisk PJSIP endpoint) and that the carrier has not switched the trunk to IP-based authentication.</source>
        <comment>407 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signin sign-in denied unauthorised proxy-auth</source>
        <comment>407 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout</source>
        <comment>408 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No final response could be produced in time, for example because the user&apos;s location could not be found soon enough.</source>
        <comment>408 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not produce a final response within a suitable time, for example because it could not determine the user&apos;s location in time. A proxy also returns it when a forwarded request gets no final response: RFC 3261 makes a proxy act as if it had received 408 when a client transaction times out, or when Timer C fires before any provisional response. The UAC core treats its own transaction timeout (Timer B or F, 32 seconds by default) the same way, so many 408s are generated locally and never crossed the wire. It is a final response. RFC 3261 allows the client to repeat the request unchanged at any later time. 504 (Server Time-out) reports instead that an external server the element relied on did not answer in time.</source>
        <comment>408 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call or registration got no answer from the network in time. Check your internet connection and try again; if it keeps happening, contact your provider.</source>
        <comment>408 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First check in the capture whether a 408 really arrived or was generated locally after retransmissions went unanswered (copies of the INVITE or REGISTER sent after 0.5, 1, 2, 4 s and so on). If nothing came back, check DNS and SRV resolution of the next hop, firewall and NAT rules, expired NAT bindings on UDP, and large INVITEs lost to IP fragmentation (switch to TCP). If a 408 was received, follow its Via to the element that timed out and check that element&apos;s next hop. On PSTN gateways, ISDN cause 18 (no user responding) maps to 408.</source>
        <comment>408 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable delay slow no-reply hanging</source>
        <comment>408 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On GB/T 28181 platforms, check that the destination address and port of the message are correct and that the target device is online. Where a network gate (security isolation gateway) separates two security zones, also confirm that the gate is reachable and that its mapping rules still forward the SIP traffic.</source>
        <comment>408 platform notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone</source>
        <comment>410 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested user or resource existed but is permanently gone, and no forwarding address is known.</source>
        <comment>410 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested resource is no longer available at the server and no forwarding address is known. The condition is expected to be permanent, for example a number that has been disconnected or an account that was deleted. It is a final response from a registrar, proxy, redirect server, UAS or gateway. If the server cannot tell whether the loss is permanent, RFC 3261 says it should send 404 instead, so a 410 is a deliberate statement. If a new address is known, the right answer is 301 (Moved Permanently) with a Contact header field. A client gains nothing by retrying; updating the directory entry is the sensible reaction.</source>
        <comment>410 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number you called is no longer in service and no new number is known. Check the number or find the person&apos;s current contact details.</source>
        <comment>410 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways translate ISDN cause 22 (number changed) into 410, so a 410 from a carrier usually reflects a disconnected or changed number on the PSTN side. If your own platform sends it, check the provisioning of that number or user: a deleted or deactivated account is often mapped to 410. If a valid, active number gets 410, confirm with the holder of the number range.</source>
        <comment>410 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed ported cancelled defunct obsolete</source>
        <comment>410 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional request failed</source>
        <comment>412 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PUBLISH referred to an entity-tag that the event state compositor no longer knows.</source>
        <comment>412 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 3903 for PUBLISH. An event publication agent refreshes, modifies or removes previously published state by sending PUBLISH with a SIP-If-Match header field that carries the entity-tag it received in the SIP-ETag header field of an earlier 2xx. If the event state compositor (a presence server, for example) holds no publication matching that entity-tag, because it expired, the server restarted or the tag is wrong, it answers 412. It is a final response. The publisher must not retry the same request; it discards the stale entity-tag, sends an initial PUBLISH without SIP-If-Match that carries the full state, and then uses the new SIP-ETag.</source>
        <comment>412 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status information (for example your availability) could not be updated on the server. This is normally repaired automatically; if your status stays wrong, sign out and in again.</source>
        <comment>412 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the SIP-If-Match value with the SIP-ETag of the last 2xx to PUBLISH and check the Expires values: a refresh sent after the publication expired, or after a presence server restart or failover to a node without shared state, gets 412. Make sure the client falls back to an initial PUBLISH with a body instead of retrying the conditional request in a loop, and that load balancers keep PUBLISH refreshes on the same server.</source>
        <comment>412 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etag outdated conflict</source>
        <comment>412 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request entity too large</source>
        <comment>413 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message body of the request is larger than the server is willing or able to process.</source>
        <comment>413 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses the request because its message body is larger than the server is willing or able to process. It is a final response, usually from a UAS, proxy or SBC with a size limit. The server may close the connection to stop the client from continuing. If the condition is only temporary, the server should add a Retry-After header field saying when the client may try again. On a 413 the UAC should, if it can, retry with no body or a smaller one, as a new transaction with the CSeq increased. 513 (Message Too Large) is the related code for a whole message that is too long, as opposed to its body.</source>
        <comment>413 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request carried more data than the server accepts, for example a very long message or a large attachment. Try sending less content.</source>
        <comment>413 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Content-Length of the refused request and which element set the limit. Large bodies usually come from SDP offers with long codec lists and many ICE candidates, multipart bodies (SDP plus location, ISUP or SIPREC metadata), big presence or resource-list documents, or MESSAGE with attachments. Trim the codec list and candidates, and move large payloads to TCP or to MSRP or HTTP file transfer; RFC 3428 limits MESSAGE outside a session to 1300 bytes unless the path is congestion controlled.</source>
        <comment>413 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oversized huge payload overflow</source>
        <comment>413 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request-URI too long</source>
        <comment>414 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Request-URI is longer than the server is willing to interpret.</source>
        <comment>414 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses to service the request because the Request-URI is longer than it is willing to interpret. It is a final response from whichever element hit its limit: a proxy, SBC, gateway or UAS. RFC 3261 sets no maximum length, so limits are implementation-specific. An overlong Request-URI is rarely a real address; it usually points to URI parameters or escaped header fields being appended again and again, for example by a B2BUA or in a routing loop, or to a very long user part produced by number manipulation. The client should shorten the URI before trying again; retrying it unchanged fails the same way.</source>
        <comment>414 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address used for the call was too long for the network to handle. Check the number or address you dialled; if it looks correct, contact your support team.</source>
        <comment>414 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the Request-URI exactly as the answering element received it and find what made it long: repeated parameters (;transport=, ;user=phone, vendor tags) added at every hop, escaped header parameters carried over from a Refer-To or a redirect Contact, or a dial plan that prepends digits in a loop. Compare the URI hop by hop in captures taken at each SBC or B2BUA, and remove the parameter or rule that keeps growing it.</source>
        <comment>414 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lengthy huge truncated</source>
        <comment>414 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported media type</source>
        <comment>415 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot handle the format of the request&apos;s message body for this method.</source>
        <comment>415 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses the request because the message body is in a format it does not support for the requested method: an unknown Content-Type, a Content-Encoding it cannot undo, or a Content-Language it does not handle. It is a final response, normally from the UAS that has to interpret the body. The response must list what is acceptable in an Accept, Accept-Encoding or Accept-Language header field, whichever matches the problem. The UAC should retry using only the types, encodings and languages listed there. The code is about the body format itself, for example multipart/mixed or an unknown XML type; codecs or media lines that the SDP cannot satisfy lead to 488 or 606.</source>
        <comment>415 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side could not read the kind of data your system sent with the request. This needs a configuration change by your support team.</source>
        <comment>415 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Content-Type (and Content-Encoding) of the refused request against the Accept header field of the 415. Typical mismatches: multipart/mixed bodies (SDP plus ISUP, location or SIPREC metadata) sent to a UA that only takes application/sdp, compressed bodies, vendor XML in INFO or NOTIFY, and a wrong or missing Content-Type on MESSAGE. Configure the sender to use only the listed formats, or strip the extra body parts on the SBC.</source>
        <comment>415 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mime incompatible unrecognised</source>
        <comment>415 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On GB/T 28181 platforms a 415 usually means that the requested video format is not supported, for example an encoding, stream type or resolution that the device or media server cannot provide. Compare the media format lines in the SDP of the INVITE with the device&apos;s capabilities; if they should match, capture the exchange and involve the vendor.</source>
        <comment>415 platform notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported URI scheme</source>
        <comment>416 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme of the Request-URI (for example tel: or sips:) is not supported by the server.</source>
        <comment>416 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot process the request because it does not know or support the scheme of the URI in the Request-URI. Both a UAS and a proxy send it: RFC 3261 asks proxies to reject Request-URIs whose scheme they do not understand with 416. It is a final response. Common triggers are tel: URIs (RFC 3966) sent to a server that only handles sip:, sips: sent to an element without TLS support, and urn: or other schemes used by special services. The client should retry with a SIP URI, for example turning tel:+12025550123 into sip:+12025550123@domain;user=phone.</source>
        <comment>416 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address format used for this call is not supported by the service. Try dialling the number in its usual form, or contact your support team.</source>
        <comment>416 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the scheme of the Request-URI in the refused request. If a phone or application places calls with tel: URIs, configure it to use sip: URIs with ;user=phone, or have the first proxy convert tel: to sip:. If sips: is refused, check the TLS configuration and whether the next hop really supports SIPS; transport=tls on a sip: URI still gives TLS on that hop without the end-to-end SIPS requirement.</source>
        <comment>416 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url unrecognised incompatible</source>
        <comment>416 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown resource priority</source>
        <comment>417 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Resource-Priority header field of the request used a namespace or priority value the receiver does not recognise.</source>
        <comment>417 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 4412, which lets emergency and government priority services (for example the ets and wps namespaces) mark requests with a Resource-Priority header field made of a namespace and a priority value. An element that supports the extension but does not recognise the namespace or value, and whose policy is not to ignore unknown values, rejects the request with 417. It is a final response. The response may include an Accept-Resource-Priority header field listing the namespaces and values that are accepted, so the client can retry with one of them or without the header field. An element that does not support the extension at all answers a request with Require: resource-priority with 420 instead.</source>
        <comment>417 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call carried a priority marking that the network does not recognise. Try the call again without the priority feature, or contact your support team.</source>
        <comment>417 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the Resource-Priority value in the request with the Accept-Resource-Priority header field of the 417, if present, and configure the sender to use an accepted namespace and value. Cisco IOS gateways illustrate the two policies: in strict mode they answer unknown values with 417 and an Accept-Resource-Priority list, in loose mode (the default) they ignore them. If priority marking is not needed on that route, strip the header field at the SBC.</source>
        <comment>417 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precedence preemption GETS MLPP</source>
        <comment>417 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad extension</source>
        <comment>420 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not understand an extension that the request listed in Require or Proxy-Require.</source>
        <comment>420 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not understand a protocol extension (option tag) that the request made mandatory: a UAS checks the Require header field, a proxy checks Proxy-Require. The response must include an Unsupported header field listing the option tags that were not understood. It is a final response. The UAC should retry the request, as a new transaction, without the extensions listed in Unsupported, provided it can work without them. Option tags seen in practice include 100rel (reliable provisional responses), timer (session timers), replaces, sec-agree and precondition. Listing an extension in Supported never causes a 420, which is why Require should be kept for extensions the request cannot do without.</source>
        <comment>420 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone or system asked for a feature that the other side does not support, so the request failed. This needs a configuration change by your support team.</source>
        <comment>420 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Unsupported header field of the 420 and find the matching option tag in the Require or Proxy-Require of the request. Typical fixes: change 100rel from required to supported (in Asterisk, 100rel=yes rather than required on the endpoint, or the equivalent on the gateway), stop forcing session timers, and remove Proxy-Require: sec-agree outside IMS. Also check that no SBC adds Require to a CANCEL or to the ACK for a non-2xx response, which RFC 3261 forbids.</source>
        <comment>420 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prack incompatible unrecognised</source>
        <comment>420 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension required</source>
        <comment>421 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs an extension that the request did not list in Supported; the Require header field names it.</source>
        <comment>421 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user agent server needs a particular extension to process the request, but the request does not list it in its Supported header field. The response must include a Require header field naming the required extensions. It is a final response. RFC 3261 discourages it: a UAS should fall back to baseline SIP and the extensions the client does support, and send 421 only when it truly cannot provide any useful service otherwise, because it breaks interworking. The client can retry only if it actually implements the named extension, and then lists it in Supported. Common cases are gateways that insist on 100rel (PRACK) or on session timers, and IMS servers requiring sec-agree, where RFC 3329 adds a Security-Server header field.</source>
        <comment>421 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side requires a feature that your phone or system did not offer. This needs a configuration change or a software update on your side.</source>
        <comment>421 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Require header field of the 421 and check whether the client supports that option tag but does not advertise it in Supported; enabling it (for example 100rel or timer in the phone, PBX or SBC settings) usually fixes the call. If the client cannot implement it, ask the far end to relax the requirement, or let an SBC that supports the extension terminate it on that leg.</source>
        <comment>421 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mandatory needed missing</source>
        <comment>421 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session interval too small</source>
        <comment>422 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Session-Expires interval in the request is shorter than the minimum the proxy or UAS accepts; Min-SE gives that minimum.</source>
        <comment>422 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 4028 (session timers). A proxy or UAS that keeps state for the session rejects an INVITE or UPDATE whose Session-Expires value is below its own minimum session interval, which is never less than 90 seconds. It does so only when the UAC has shown support for session timers (Supported: timer); otherwise it raises the interval instead of rejecting. The 422 is a final response and must contain a Min-SE header field with that minimum. The UAC retries with a Session-Expires of at least the largest Min-SE it has received and adds a Min-SE header field with that value, so the new request satisfies every element on the path. The call normally succeeds on the second attempt.</source>
        <comment>422 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timing setting used to keep calls alive was too short for the network. Phones normally correct this automatically; if calls keep failing, contact your support team.</source>
        <comment>422 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Session-Expires and Min-SE of the INVITE with the Min-SE of the 422 and check that the client retries with a larger value; a UA that gives up after the 422 needs its session timer raised (for example Asterisk PJSIP timers_min_se and timers_sess_expires, FreeSWITCH minimum-session-expires, 120 s by default). A browser client offering Session-Expires: 90 to FreeSWITCH gets exactly this. The usual interval is 1800 s, refreshed at half that time.</source>
        <comment>422 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keepalive re-INVITE brief</source>
        <comment>422 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval too brief</source>
        <comment>423 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested expiry of a registration, subscription or publication is shorter than the server allows; Min-Expires gives the minimum.</source>
        <comment>423 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejects the request because the expiration time of the resource it refreshes is too short. Registrars use it above all for REGISTER; it is also used for SUBSCRIBE (RFC 6665) and PUBLISH (RFC 3903). The response must contain a Min-Expires header field with the shortest interval the server accepts. It is a final response. A registrar may send it only if the requested interval is greater than zero, below one hour and below its configured minimum, so a de-registration with expires 0 is never refused this way. The client may retry with every expiry, the Expires header field and any expires contact parameters, raised to at least Min-Expires.</source>
        <comment>423 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone asked to renew its registration more often than the service allows. Phones normally correct this automatically; if the phone stays unregistered, contact your support team.</source>
        <comment>423 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the Expires header field and the expires parameter of each Contact with the Min-Expires of the 423, and check that the client retries with the larger value; some phones loop or give up instead. Adjust the phone&apos;s registration interval or the registrar minimum (Kamailio registrar min_expires, Asterisk PJSIP minimum_expiration, both 60 s by default). If short intervals were chosen to keep NAT bindings open, use keep-alives (CRLF, OPTIONS or RFC 5626 outbound) instead of frequent re-registration.</source>
        <comment>423 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-register renewal lifetime duration</source>
        <comment>423 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad location information</source>
        <comment>424 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location information conveyed with the request was malformed, unusable or could not be retrieved.</source>
        <comment>424 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 6442 (location conveyance), which lets a request carry the caller&apos;s location by value in a PIDF-LO body or by reference, pointed to by a Geolocation header field. A proxy or UAS that needs the location, typically for emergency call routing, rejects the request with 424 when the location is malformed, not good enough for its purpose, or cannot be dereferenced. It is a final response. A Geolocation-Error header field with a numeric code and a text usually says which problem was found. The sender should correct or refresh the location, or, where that is acceptable, retry without it.</source>
        <comment>424 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location information sent with the call could not be used. For an emergency call, make sure location services are enabled on your device and tell the operator where you are.</source>
        <comment>424 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Geolocation header field and the PIDF-LO body of the refused request: valid XML, a correct cid: reference from the Geolocation URI to the body part, and a multipart/mixed body that the next hop accepts. For location by reference, check that the answering element can reach the HTTP or HELD URI and is authorized to dereference it. Read the Geolocation-Error code to tell format errors from dereference failures.</source>
        <comment>424 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>911 112 civic PSAP position gps</source>
        <comment>424 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad alert message</source>
        <comment>425 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient could not process the alert message (Common Alerting Protocol payload) carried in the request.</source>
        <comment>425 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 8876 for non-interactive emergency calls, in which a sensor, alarm or other automated source sends an alert as a Common Alerting Protocol (CAP) payload, typically in a MESSAGE request, towards an emergency services network. When the recipient cannot process that alert, it answers 425. It is a final response and must include an AlertMsg-Error header field whose code says what went wrong: 100 the alert payload could not be processed, 101 the payload was missing or could not be found, 102 there was not enough information to determine the purpose of the alert, 103 the payload was corrupted. The sender should fix the CAP document before sending it again.</source>
        <comment>425 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic alert sent by your device or alarm system was not accepted by the receiving service. Contact the supplier of the device; in an emergency, call the emergency number directly.</source>
        <comment>425 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the AlertMsg-Error code of the 425 and check the CAP document in the request: the Content-Type (application/common-alerting-protocol+xml), that the body or its Content-ID reference is really present, XML schema validity, and mandatory CAP elements such as identifier, sender, sent, status, msgType and scope. Test with the receiving network before going live.</source>
        <comment>425 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoT PSAP siren notification</source>
        <comment>425 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Identity header</source>
        <comment>428 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver&apos;s policy requires a signed Identity header field, and the request arrived without one.</source>
        <comment>428 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined for SIP caller identity (STIR), first by RFC 4474 and now by RFC 8224. A verification service, in the terminating network or in the UAS, can require requests to carry an Identity header field in which an authentication service has signed the calling number (a PASSporT). If such a request arrives with no Identity header field at all, the verifier may reject it with 428. It is a final response. The request can only succeed if it is sent again through an authentication service that adds the Identity header field; a user agent cannot fix it on its own. Problems with an Identity header field that is present are reported with 436, 437 or 438 instead.</source>
        <comment>428 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving network only accepts calls whose caller ID has been digitally verified, and this call was not signed. Contact your provider.</source>
        <comment>428 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the originating provider signs calls (STIR/SHAKEN) and whether the Identity header field is removed on the way, for example by an SBC, a B2BUA or a transit carrier that does not pass unknown header fields, or by header size limits. Make sure calls leaving your network pass through the authentication service. Many terminating networks accept unsigned calls and only show them as unverified, so a 428 points to a strict policy on that route.</source>
        <comment>428 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attestation spoofing robocall signature</source>
        <comment>428 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provide referrer identity</source>
        <comment>429 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refer target requires a signed Referred-By token showing who referred the request, and none was provided.</source>
        <comment>429 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 3892, the Referred-By mechanism for REFER-based transfer. When a referrer asks a referee to contact a refer target, the referee&apos;s request to the target may carry a Referred-By header field and, optionally, a Referred-By token: an S/MIME-signed body that proves who made the referral. A refer target whose policy demands such a token rejects a request without a valid one with 429. It is a final response. The referee cannot create the token itself; it reports the failure to the referrer in the NOTIFY that tracks the REFER, and the referrer may send a new REFER that includes a signed token.</source>
        <comment>429 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transferred call was refused because the receiving side could not verify who started the transfer. Try calling the person directly.</source>
        <comment>429 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the refer target really requires signed Referred-By tokens; very few deployments use S/MIME, so a 429 usually comes from a strict security policy or a misconfigured service. Capture the REFER, the NOTIFY messages with their message/sipfrag bodies and the triggered INVITE to see which element demanded the token. For ordinary call transfers, relax that policy for trusted peers, or transfer through a B2BUA that places the new call itself.</source>
        <comment>429 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blind attended forwarding handover</source>
        <comment>429 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow failed</source>
        <comment>430 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edge proxy could no longer reach the user agent over the connection (flow) that the user agent had registered through.</source>
        <comment>430 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by SIP Outbound (RFC 5626). A user agent using Outbound registers one or more flows, usually long-lived TCP or TLS connections through an edge proxy, each identified by its instance-id and reg-id. When a request for that user reaches the edge proxy and the flow it has to use no longer exists, the edge proxy sends this final response back to the authoritative proxy. The authoritative proxy should then try another flow registered for the same instance and address-of-record, so the call can still succeed. The code is meant for use between proxies: an endpoint should never see it, and one that does treats it like 400 (Bad Request).</source>
        <comment>430 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone briefly lost its connection to the service, so the call could not be delivered to it. It usually reconnects by itself; if calls keep failing, restart the phone or check its network connection.</source>
        <comment>430 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for TCP or TLS connections that die silently: NAT or firewall idle timeouts shorter than the Outbound keep-alive interval (CRLF or STUN keep-alives), load balancers that reset long-lived connections, or an edge proxy restart. Compare the flow token in the Route or Path URI with the edge proxy&apos;s connection table, and check that the user agent re-registers quickly after a flow fails. If a user agent receives 430 itself, an edge proxy or B2BUA is passing it upstream instead of trying another flow.</source>
        <comment>430 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound keepalive connection dropped socket closed reg-id NAT timeout</source>
        <comment>430 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymity disallowed</source>
        <comment>433 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party, or a server acting for it, refuses the request because the caller has hidden their identity.</source>
        <comment>433 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 5079 for anonymous call rejection. A UAS, or a proxy providing the service on the callee&apos;s behalf, sends this final response when it refuses a request only because the originator deliberately withheld its identity, for example with a From URI in the anonymous.invalid domain or a Privacy header field asking to hide the identity (values such as id or user). A request whose sender is merely unknown or unauthenticated is not anonymous in this sense. The response tells the caller that the same request without anonymity may succeed, so the caller&apos;s user agent can offer the user to call again with the identity shown. It is forwarded upstream like any other 4xx.</source>
        <comment>433 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you called does not accept calls from hidden numbers. Turn off caller ID blocking, or dial without the hide-number prefix, and call again.</source>
        <comment>433 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check why the call left as anonymous: a Privacy: id or user header field, a From of anonymous@anonymous.invalid, a hide-number prefix dialled by the user, or a trunk or gateway mapping ISDN presentation restricted to SIP privacy. If the caller did not ask for anonymity, find the element that added it (PBX outbound caller ID rules, SBC header manipulation). The rejection itself is a service of the callee (anonymous call rejection, ACR in IMS), so nothing is broken on the terminating side.</source>
        <comment>433 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous call rejection hidden number private number withheld caller ID blocked CLIR</source>
        <comment>433 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad identity info</source>
        <comment>436 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification service could not obtain the credential that the Identity header field points to.</source>
        <comment>436 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by STIR caller authentication, now defined by RFC 8224 (first by RFC 4474, where the phrase was &quot;Bad Identity-Info&quot;). The Identity header field carries a signed PASSporT and an info parameter with the URI of the credential, normally a certificate fetched over HTTPS, that is needed to check the signature. When the verification service, a proxy or UAS on the terminating side, cannot dereference that URI or gets nothing usable back, it may reject the request with this final response. The fault lies with the originating authentication service or with the path between the two; resending the same request will fail again.</source>
        <comment>436 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network could not check who is calling, so the call was refused. This needs fixing at the caller&apos;s provider; report it to them with the time of the call.</source>
        <comment>436 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the info URL from the Identity header field (in STIR/SHAKEN also the x5u of the PASSporT) and fetch it from the verifier&apos;s network: DNS, HTTPS reachability, firewall egress rules, TLS trust and the format of the certificate file are the usual culprits. Check that the originating side publishes the certificate at a stable public URL and that the verifier&apos;s fetch timeout is realistic. Many STIR/SHAKEN networks only mark the verification result instead of rejecting, so a 436 also shows that the terminating side applies a strict policy.</source>
        <comment>436 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STIR SHAKEN caller ID authentication certificate URL fetch failed x5u</source>
        <comment>436 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported credential</source>
        <comment>437 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification service obtained the signer&apos;s credential but cannot use it or does not trust it.</source>
        <comment>437 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 8224 for STIR (in RFC 4474 the phrase was &quot;Unsupported Certificate&quot;). The verification service fetched the credential named in the info parameter of the Identity header field but cannot validate it: the type of credential is not supported, or it does not chain to a certification authority the verifier trusts, for example a STIR/SHAKEN certificate from an authority missing from the verifier&apos;s trust list. It is a final response from the terminating proxy or UAS acting as verifier. The request keeps failing until the originating side signs with a credential the verifier accepts, or the verifier&apos;s trust store is updated.</source>
        <comment>437 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network could not confirm who is calling, so the call was refused. The caller&apos;s provider needs to fix the certificate it uses to sign calls.</source>
        <comment>437 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the certificate from the info URL and check its issuer chain, validity dates, key and signature algorithm (ES256 for SHAKEN) and TN authorization extension against the verifier&apos;s trust anchors (for SHAKEN, the list published by the policy administrator). An expired or revoked certificate, a missing intermediate certificate, or a newly approved certification authority not yet in the verifier&apos;s trust store are typical causes. Compare with a call from another carrier that verifies successfully.</source>
        <comment>437 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STIR SHAKEN certificate untrusted CA trust anchor expired certificate</source>
        <comment>437 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid identity header</source>
        <comment>438 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature in the Identity header field does not verify for this request.</source>
        <comment>438 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 8224 (first by RFC 4474). The verification service obtained a usable credential, but the signature of the PASSporT in the Identity header field does not validate against the request as received: the token was altered or signed with another key, or its claims (calling and called numbers, time of signing) no longer match the From, To or Date of the request because an intermediary changed them. The terminating proxy or UAS may reject the request with this final response. A verifier that finds the Date too old answers 403 (Stale Date) instead, and 428 (Use Identity Header) asks for an Identity header field that is missing.</source>
        <comment>438 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network judged the caller ID of this call to be unreliable and refused the call. Try again later; if it keeps happening, the caller&apos;s provider has to fix it.</source>
        <comment>438 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode the PASSporT (a base64url JSON Web Token) and compare its orig, dest and iat claims with the From or P-Asserted-Identity, To or Request-URI and Date of the request as it arrived. Number normalisation by an SBC or transit carrier (adding or removing + or the country code), a rewritten Date header field and clock skew are frequent causes; so is a key mismatch after a certificate rollover. Capture on both sides of each intermediary to find where the signed fields changed.</source>
        <comment>438 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STIR SHAKEN signature verification failed PASSporT tampered caller ID</source>
        <comment>438 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First hop lacks Outbound</source>
        <comment>439 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar supports SIP Outbound, but the first proxy that the REGISTER passed through does not.</source>
        <comment>439 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 5626 (SIP Outbound). A user agent asks for Outbound by registering with a reg-id parameter in the Contact and the outbound option tag in a Supported header field. Outbound only works if the edge proxy that holds the user agent&apos;s connection supports it; such a proxy shows this by adding a Path header field whose URI carries the ob parameter. When the registrar receives an Outbound registration without that marker from the first hop, it rejects it with this final response; it must not send 439 to requests lacking reg-id and the outbound option tag. The user agent may then register again without Outbound, subject to local policy, or use another outbound proxy.</source>
        <comment>439 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone could not sign in because its connection settings do not match the service. Ask your administrator or provider to check the phone&apos;s account settings.</source>
        <comment>439 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the REGISTER: reg-id and +sip.instance in the Contact plus Supported: outbound mean the user agent asks for Outbound (many PJSIP-based clients do this by default over TCP or TLS). Either enable Outbound on the edge proxy or SBC so that it adds a Path with the ob parameter, or disable Outbound in the user agent (use_rfc5626 in pjsua). A client that does not fall back after a 439 stays unregistered, so confirm that it retries without Outbound.</source>
        <comment>439 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound registration failed Path ob edge proxy reg-id</source>
        <comment>439 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max-Breadth exceeded</source>
        <comment>440 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forking proxy refused the request because no parallel-forking budget (Max-Breadth) was left for it.</source>
        <comment>440 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 5393, which protects SIP networks against amplification through forking. The Max-Breadth header field limits how many branches of one request may be in progress in parallel across the whole network. A proxy that forks in parallel shares the value it received among the branches it starts, and a proxy that finds no Max-Breadth header field inserts one (RFC 5393 suggests 60); branches tried one after another can reuse the breadth of branches that have finished. When a proxy has no breadth left for the branch it wants to start, it returns this final response instead of forwarding. Resending the same request gives the same result: the routing that multiplies branches has to change.</source>
        <comment>440 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be routed because the network tried to reach too many destinations at once. Try again later; if it persists, report it to your provider.</source>
        <comment>440 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for a request that fans out too widely: a user registered on many devices, ring-all groups that contain other groups, or a routing loop that spirals through forking proxies so that the number of branches grows on each pass. Check the Max-Breadth value of the request at each hop (a B2BUA that resets or lowers it, or a small value configured at the edge) and the forking configuration of every proxy. Remove the loop or flatten the groups instead of raising the limits blindly.</source>
        <comment>440 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fork amplification parallel forking ring all branches hunt group</source>
        <comment>440 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad info package</source>
        <comment>469 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient rejects an INFO request for an Info Package it has not said it is willing to receive.</source>
        <comment>469 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by the INFO Package framework of RFC 6086. Each user agent lists the Info Packages it accepts in a Recv-Info header field (in the INVITE, its reliable responses and later requests), and an INFO request names its package in the Info-Package header field. A user agent that receives an INFO for a package it has not indicated must answer with this final response, including a Recv-Info header field that lists the packages it does accept (empty if none). Only that INFO transaction fails; the dialog and the call continue. The sender should stop using that package or send only packages from the list. Legacy INFO without an Info-Package header field is outside this mechanism.</source>
        <comment>469 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A function used during the call, such as sending keypad tones, was not accepted by the other side. The call itself continues; if the function matters, report it to your administrator.</source>
        <comment>469 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the Info-Package header field of the rejected INFO with the Recv-Info the peer sent in its INVITE, 18x or 200 responses. Typical mismatches: DTMF sent as INFO with a package the far end never announced, or a B2BUA or SBC that drops Recv-Info so the sender never learns what is accepted. If the peer only supports RFC 4733 telephone events or legacy INFO, set the DTMF mode to match.</source>
        <comment>469 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO DTMF Recv-Info Info-Package rejected keypad tones</source>
        <comment>469 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent needed</source>
        <comment>470 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relay will not forward the request because at least one target has not agreed to receive traffic through it.</source>
        <comment>470 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by the SIP consent framework (RFC 5360), which stops relays such as URI-list services, which fan a MESSAGE or INVITE out to many recipients, from being abused to flood people. A relay that has no permission to send to one or more of the requested targets rejects the request with this final response and should list the URIs lacking permission in a Permission-Missing header field. The sender can then ask the relay to obtain permission, using a request with a Trigger-Consent header field; the relay sends each target a permission request, and once the target grants it the original request can be sent again. Resending before consent is given fails again.</source>
        <comment>470 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message or call was not passed on because some recipients have not yet agreed to receive it. They need to accept the invitation first; then try again.</source>
        <comment>470 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Permission-Missing header field to see which targets lack consent, and check the relay&apos;s permission store (the authorization policy of the URI-list, messaging or conference server) for those targets. If recipients never see the permission request, trace the request the relay sends them and check that the address they must answer to grant permission is reachable. For list services, make sure new members are asked for consent when they are added, instead of every send failing later.</source>
        <comment>470 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent permission URI list relay Permission-Missing Trigger-Consent broadcast</source>
        <comment>470 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporarily unavailable</source>
        <comment>480 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callee was found but cannot be reached right now, or no current location is known for them.</source>
        <comment>480 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 uses this final response in two cases. The callee&apos;s UAS sends it when the user is currently unavailable: not logged in, in a state that precludes communication, or with do-not-disturb active. A proxy or redirect server sends it when it recognises the user in the Request-URI but has no valid current location; RFC 3261 recommends 480 when a proxy&apos;s target set stays empty, which is what an unregistered phone produces. The reason phrase should state the precise cause, and a Retry-After header field may say when to call again. The user could be reachable elsewhere, so a forking proxy continues with other branches. 486 (Busy Here) is the more precise answer when the user is busy.</source>
        <comment>480 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you called cannot be reached at the moment: the phone may be switched off, offline or set to do not disturb. Try again later or leave a message.</source>
        <comment>480 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First find which element generated it (Via, Server or User-Agent header field and To tag). A 480 from a registrar or proxy usually means no registered contact: check the callee&apos;s registration, its expiry and NAT keep-alive. A 480 from the phone itself often means do-not-disturb. Gateways map ISDN causes 19 (no answer from user) and 20 (subscriber absent) to 480, so look for a Reason header field carrying the Q.850 cause. Read the reason phrase too, because many servers put the real cause there.</source>
        <comment>480 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable offline not registered DND do not disturb no answer switched off</source>
        <comment>480 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call/transaction does not exist</source>
        <comment>481 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request refers to a dialog or transaction that the recipient does not know, or no longer knows.</source>
        <comment>481 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAS sends this final response when a request matches no existing dialog or transaction: a BYE, re-INVITE, UPDATE, INFO or NOTIFY carrying a To tag for a dialog it has already ended or never had, or a CANCEL for which no matching INVITE transaction exists. RFC 3261 notes that the recipient may have crashed and restarted, or that the request may have been misrouted. For the sender the answer is definitive: when a request inside a dialog gets 481 (or 408), the UAC should consider the dialog gone, and an INVITE dialog is ended with a BYE; a BYE answered with 481 means the session is over anyway. The request is not retried, but a new call can be set up.</source>
        <comment>481 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call or request referred to a session that the other side had already ended, often after a restart or a broken connection. Hang up and call again.</source>
        <comment>481 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the Call-ID, From tag, To tag and CSeq of the failing request with the peer&apos;s dialog. Typical causes: a peer that restarted or failed over without shared state, a session timer or NAT timeout that ended the call on one side only, a B2BUA or SBC that rewrote tags, or a BYE or re-INVITE routed to the wrong node of a cluster (wrong Contact or Record-Route). A 481 to CANCEL usually means that the CANCEL overtook the INVITE or reached another server; check that it went to the same destination with the same Via branch.</source>
        <comment>481 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dialog unknown dialog stale BYE call leg lost session lost restart</source>
        <comment>481 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In GB/T 28181 cascades a 481 often follows a restart of the remote or other-domain platform: the BYE, INFO playback control or other in-dialog request refers to a stream dialog that the restarted platform no longer holds. Check the peer&apos;s uptime or logs, then release the stale stream locally and request the video again with a new INVITE.</source>
        <comment>481 platform notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop detected</source>
        <comment>482 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server found that the request has come back to it unchanged, or has reached the same user agent twice.</source>
        <comment>482 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two situations produce this final response. A proxy doing loop detection (optional in RFC 3261 §16.3, required by RFC 5393 for proxies that fork) finds a Via value it inserted itself, recomputes the branch parameter and gets the same value, which means the request returned unchanged instead of spiralling legitimately through the proxy with a new Request-URI. A UAS also answers 482 to a merged request: a request without To tag whose From tag, Call-ID and CSeq match an ongoing transaction but which arrived by another path, typically a forked INVITE reaching the same phone twice. Resending the same request does not help; the routing has to be fixed.</source>
        <comment>482 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be connected because of a routing fault in the network. Report it to your provider or administrator; trying again will not help until it is fixed.</source>
        <comment>482 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Via header fields of the request that triggered the 482: hosts that repeat show the loop. Typical causes are two proxies or PBXs routing a number to each other (a forwarding rule or default route pointing back), a domain or alias missing from a proxy&apos;s list of local domains (Kamailio&apos;s alias parameter, for example) so that it forwards requests meant for itself, and DNS or SRV records pointing to the wrong node. For merged requests, check the forking setup: the same contact registered twice, or two routes that reach the same device.</source>
        <comment>482 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routing loop merged request forwarding loop Via</source>
        <comment>482 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many hops</source>
        <comment>483 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request reached a server with Max-Forwards at zero, so it may not be forwarded any further.</source>
        <comment>483 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request carries a Max-Forwards header field, which the UAC should set to 70 and each proxy decrements by one. A server that receives a request with Max-Forwards 0 must not forward it and answers with this final response; only for OPTIONS may it answer the request itself instead. In practice a 483 almost always means a routing loop that went round until the counter ran out, or a chain of elements that starts from a value that is too small. B2BUAs that start their outgoing leg with a fresh Max-Forwards can hide a loop from this mechanism, which RFC 7332 addresses. Resending the request unchanged fails again.</source>
        <comment>483 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be connected because it went round in circles inside the network. Report it to your provider or administrator.</source>
        <comment>483 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the Max-Forwards value and at the Via and Record-Route lists of the failing request: a long list of the same hosts shows the loop. Check routing tables and dial plans for routes that point back (a default route on both sides of a trunk, call forwarding between two systems, a number that matches its own prefix) and whether some element sets Max-Forwards too low. Make sure B2BUAs such as Asterisk, FreeSWITCH and SBCs pass on a decremented Max-Forwards instead of resetting it.</source>
        <comment>483 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hop count Max-Forwards routing loop endless loop</source>
        <comment>483 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On GB/T 28181 platforms a 483 usually points to an identity mistake rather than a congested network: when a device, channel or platform ID is configured twice or in the wrong domain, platforms pass the request back and forth until the hop count is used up. Check the SIP server ID, domain and device ID set on the device or lower-level platform against the upper-level platform&apos;s configuration.</source>
        <comment>483 platform notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address incomplete</source>
        <comment>484 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number or address in the Request-URI is incomplete and cannot be routed yet.</source>
        <comment>484 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server, often a proxy, PBX or PSTN gateway performing digit analysis, sends this final response when the Request-URI is incomplete, and should give more detail in the reason phrase. The code makes overlap dialling possible, where the client does not know in advance how many digits the number has: it sends the digits collected so far, and each time it gets 484 it waits for more digits and tries again with a new INVITE carrying the longer number. Outside overlap dialling it simply means that the dialled number was too short or that a dial plan cut it off, and the request has to be corrected before it is sent again.</source>
        <comment>484 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number you dialled seems to be incomplete. Check it, including any area or country code, and dial again.</source>
        <comment>484 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the digits in the Request-URI and To header field with the numbering plan of the carrier or PBX: a missing area code, a lost prefix, a digit map that sends the call before all digits are collected (inter-digit timeout on the phone too short), or normalisation that strips digits. Gateways map ISDN cause 28 (invalid number format) to 484. If a PSTN gateway uses overlap signalling, check that the SIP side is set up for it, or switch the gateway to en-bloc sending.</source>
        <comment>484 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete number short number overlap dialing digits missing dial plan</source>
        <comment>484 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <comment>485 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Request-URI matches several possible users, and the server cannot tell which one is meant.</source>
        <comment>485 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or UAS sends this final response when the Request-URI does not identify a single target, for example sip:lee@example.com when the directory holds several people called Lee; RFC 3261 asks a proxy to return it when the Request-URI gives too little information to build a target set. The response may list unambiguous alternatives in Contact header fields. Unlike 300 (Multiple Choices), whose choices all reach the same person or service, the alternatives here are different people, so the user has to choose and automatic selection is not appropriate. Because the list can reveal private information, servers must be configurable to answer 404 (Not Found) or to leave the list out.</source>
        <comment>485 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or number you called matches more than one person. Use a more precise address, such as the full name or the extension number, and call again.</source>
        <comment>485 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the directory or alias lookup on the server that sent the 485: short names, first-name aliases or partial numbers that match several entries, or duplicate aliases after a user import. The Contact header fields of the response show the candidates if the server lists them. Clean up the alias table or require unique identifiers in the dial plan; where privacy matters, configure the server to answer 404 instead.</source>
        <comment>485 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous multiple matches duplicate alias directory lookup same name</source>
        <comment>485 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy here</source>
        <comment>486 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callee&apos;s device was reached but is busy and will not take another call now.</source>
        <comment>486 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user agent server of the called party was contacted successfully, but the user is not willing or not able to take an additional call at this end system. It is a final response sent by the callee&apos;s UAS (or a B2BUA or gateway acting for it), never by a proxy on its own behalf. The busy state is local to this device: the user may be reachable elsewhere, so a forking proxy keeps trying other branches and voicemail or call forwarding on busy may take over. A Retry-After header field may say when to call again. Unlike 600 (Busy Everywhere), it does not end the search for the user.</source>
        <comment>486 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you called is on another call or has set the phone to reject further calls. Try again later or leave a message.</source>
        <comment>486 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the callee really was busy: look at the concurrent-call limit (call waiting disabled, one channel per trunk, license limits on a PBX or gateway), do-not-disturb set to answer 486, and a gateway mapping ISDN cause 17 (user busy). If every call to a destination gets 486, capture the INVITE and find which element sent the response (its Via, Server or User-Agent header field) instead of trusting the first hop.</source>
        <comment>486 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy engaged occupied line in use</source>
        <comment>486 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request terminated</source>
        <comment>487 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled (by CANCEL, BYE or expiry) before the server gave a final answer.</source>
        <comment>487 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the usual case the caller sends CANCEL for an INVITE that has not yet received a final response, typically because the caller hung up while it was ringing. The UAS answers the CANCEL with 200 (OK) and the INVITE with this final response, which the caller&apos;s user agent acknowledges with ACK. A UAS also sends 487 to requests still pending when a BYE ends their dialog, and when the time in an INVITE&apos;s Expires header field passes without a final response. A forking proxy cancels the remaining branches once one of them answers, so 487 on those branches is normal. It is never sent in answer to a CANCEL itself, and the request is not retried.</source>
        <comment>487 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was cancelled before it was answered, usually because the caller hung up or the call was picked up on another phone. No action is needed unless this happens without anyone hanging up.</source>
        <comment>487 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find who sent the CANCEL and why: the caller hung up, a no-answer timer on a PBX or proxy (ring timeout, Timer C, the INVITE&apos;s Expires), a call picked up on another forked device, or an SBC or gateway that gave up. Check the Reason header field of the CANCEL: an RFC 3326 value such as SIP;cause=200;text=&quot;Call completed elsewhere&quot; explains the forking case. If calls are cancelled after a fixed time that nobody configured, compare the ringing time with the timers of every element on the path.</source>
        <comment>487 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled CANCEL hang up abandoned call ringing no answer</source>
        <comment>487 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In GB/T 28181 a 487 means that the video request (INVITE) was cancelled before the device or lower-level platform gave a final answer, for example because the viewer closed the window or the upper-level platform&apos;s wait timer expired. If nobody cancelled on purpose, capture the signalling on both sides to see which element sent the CANCEL, and give the capture to the vendor of that device or platform.</source>
        <comment>487 platform notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acceptable here</source>
        <comment>488 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user agent rejects the offered session description: the media, codecs or parameters are not acceptable at this device.</source>
        <comment>488 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has the same meaning as 606 (Not Acceptable) but applies only to the resource in the Request-URI: the request may succeed elsewhere, so a forking proxy continues with other branches. A UAS that rejects the SDP offer of an INVITE should use this final response and should add a Warning header field explaining why, for example 304 (Media type not available) or 305 (Incompatible media format). The response may carry a body describing the media capabilities the UAS does support, formatted like the body of a 200 (OK) to OPTIONS. For a re-INVITE or UPDATE, a 488 rejects only the new offer: the existing session continues unchanged.</source>
        <comment>488 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be set up because the two phones or systems could not agree on how to send the audio or video. Your administrator or provider needs to adjust the codec settings.</source>
        <comment>488 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the m= lines and the rtpmap and fmtp attributes of the offer with the codecs allowed on the rejecting side: no common codec (G.711 only against G.729 or Opus only), video offered to an audio-only device, SRTP required on one side only (RTP/SAVP against RTP/AVP, a=crypto), T.38 against audio fax, or DTMF payload mismatches. Read the Warning header field and any SDP in the response. In Asterisk check allow and disallow on the endpoint, in FreeSWITCH the codec preferences and inbound codec negotiation, and on SBCs the transcoding and media policy rules.</source>
        <comment>488 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codec mismatch SDP media negotiation incompatible audio video SRTP</source>
        <comment>488 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad event</source>
        <comment>489 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient does not understand or support the event package named in the Event header field.</source>
        <comment>489 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of SIP-specific event notification (RFC 6665, first RFC 3265). A notifier that receives a SUBSCRIBE for an event package it does not support should reject it with this final response; a subscriber answers 489 to a NOTIFY whose Event header field names a package it does not support; and an event state compositor answers a PUBLISH with a missing or unsupported Event header field the same way (RFC 3903). The response may list the supported packages in an Allow-Events header field, which RFC 3265 required and RFC 6665 no longer does. The client should not retry with the same package; it can choose a listed package or do without the feature.</source>
        <comment>489 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status feature, such as presence, message waiting or busy lamp, is not supported by the server or device it was requested from. Ask your administrator to check the feature configuration.</source>
        <comment>489 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Event header field of the rejected SUBSCRIBE, NOTIFY or PUBLISH (presence, dialog, message-summary, reg, refer and so on) and compare it with the server&apos;s Allow-Events, for example from an OPTIONS response. Typical cases: busy lamp (dialog) or message waiting (message-summary) subscriptions sent to a PBX or proxy without the presence function configured, a phone subscribing to a package the platform never offered, or an unsolicited NOTIFY with an unexpected package. Kamailio and OpenSIPS need their presence modules loaded for these packages; in Asterisk a busy lamp subscription needs a dialplan hint.</source>
        <comment>489 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event package SUBSCRIBE NOTIFY PUBLISH BLF MWI presence subscription failed</source>
        <comment>489 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request pending</source>
        <comment>491 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user agent received a request while its own request on the same dialog was still in progress (glare).</source>
        <comment>491 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This final response resolves glare inside a dialog. A UAS that receives a re-INVITE while a re-INVITE it sent on the same dialog is still in progress must return 491, and RFC 3311 applies the same rule to crossing UPDATE offers. The UAC that gets 491 waits a random time before trying again: 2.1 to 4 seconds in units of 10 ms if it generated the Call-ID of the dialog, 0 to 2 seconds otherwise, so that one side goes first. It then retries only if it still wants the change; meanwhile the session stays as it was. A second INVITE that arrives while the UAS is still answering an earlier one from the same side gets 500 with Retry-After instead.</source>
        <comment>491 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides tried to change the call, for example to hold or transfer it, at the same moment. The phone normally tries again by itself; if the action did not happen, repeat it.</source>
        <comment>491 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for crossing re-INVITEs or UPDATEs in the same dialog: session timer refreshes sent by both sides because the refresher was not agreed, hold, resume or transfer pressed while the other side changes the media, or SBCs and B2BUAs sending their own re-INVITEs. Check that both endpoints wait the random back-off and retry instead of failing or ending the call, and that only one side is the session refresher (refresher parameter of Session-Expires).</source>
        <comment>491 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>glare re-INVITE collision simultaneous UPDATE hold transfer</source>
        <comment>491 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecipherable</source>
        <comment>493 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user agent cannot decrypt an encrypted (S/MIME) body in the request.</source>
        <comment>493 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAS sends this final response when the request contains an encrypted MIME body, in practice S/MIME, for which it does not have, or will not provide, a suitable decryption key. The response may carry a single body containing the public key (certificate) that should be used to encrypt bodies sent to this user agent, so the UAC can encrypt again with that key and send a new request. RFC 3261 §23.2 describes how this works. Encrypting SIP bodies with S/MIME is rarely deployed, so 493 is uncommon in practice; when it appears, the body type and the certificate used are the first things to check.</source>
        <comment>493 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side could not read the protected content of the request. Your administrator needs to check the encryption settings on both sides.</source>
        <comment>493 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Content-Type of the request body (application/pkcs7-mime or multipart/encrypted) and which certificate was used to encrypt it: a wrong or outdated certificate for the recipient, an unsupported algorithm, or a proxy that modified the encrypted body. If the response carries a certificate, install it for that recipient. If the body was not meant to be encrypted, find the element that added S/MIME or labelled the body wrongly.</source>
        <comment>493 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S/MIME decrypt encryption certificate encrypted body</source>
        <comment>493 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security agreement required</source>
        <comment>494 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires the client to agree on a security mechanism (RFC 3329 sec-agree) before it accepts the request.</source>
        <comment>494 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by the security mechanism agreement of RFC 3329. A client using it sends a Security-Client header field listing its mechanisms (such as tls, digest, ipsec-ike or ipsec-3gpp) together with Require and Proxy-Require: sec-agree. A server that receives such a request unprotected must answer with this final response and must include a Security-Server header field listing its own mechanisms, even if none match. The client then picks the preferred common mechanism, sets up the protection and resends the request over it with a Security-Verify header field repeating the server&apos;s list, which guards against bidding-down attacks. In IMS the P-CSCF usually returns Security-Server in the 401 challenge to REGISTER instead.</source>
        <comment>494 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone could not connect securely to the service because they did not agree on a security method. This is a configuration problem; contact your provider or administrator.</source>
        <comment>494 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the Security-Client header field of the request with the Security-Server of the 494: no common mechanism, algorithms (alg, ealg) the server does not accept, or a Security-Verify that does not match what the server sent are typical. In IMS and VoLTE check the IPsec security associations (ports and SPIs) and whether the network requires a protected REGISTER; some networks answer unprotected requests with 421 or 494. Also check that no SBC strips the Security-* header fields or the sec-agree option tag.</source>
        <comment>494 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sec-agree IPsec IMS VoLTE Security-Client Security-Verify P-CSCF</source>
        <comment>494 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server internal error</source>
        <comment>500 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server hit an unexpected condition and could not complete the request.</source>
        <comment>500 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A catch-all final response: the element that sent it (UAS, proxy, registrar or gateway) met an unexpected condition that kept it from fulfilling the request, such as a software fault, a failed database or script, or a state it cannot handle. The client may show the error and may retry after several seconds; if the condition is temporary, the server may say when in a Retry-After header field. RFC 3261 also prescribes 500 in one precise case: a UAS that receives a second INVITE in a dialog before it has answered an earlier one with a lower CSeq must reject the second with 500 and a randomly chosen Retry-After of 0 to 10 seconds. A proxy whose only response from downstream was 503 should send 500 upstream instead.</source>
        <comment>500 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service had an internal fault while handling your call or registration. Wait a moment and try again; if it keeps happening, report the time of the failure to your provider.</source>
        <comment>500 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify which element generated the 500 (its Server header field, the To tag, or the hop where the response first appears in captures; a Warning or Reason header field often names the real cause) and read that element&apos;s log at the same timestamp: routing-script or dialplan errors, failed database, RADIUS or Diameter back ends, and crashed modules are the usual culprits. If the 500 answers a re-INVITE, look for overlapping re-INVITEs in the same dialog (a session-timer refresh colliding with hold or transfer), which RFC 3261 requires to be rejected this way, and check that the sender honours Retry-After. On PSTN gateways ISDN cause 127 (interworking, unspecified) is commonly mapped to 500, so compare with the Q.931 trace.</source>
        <comment>500 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal failure exception bug outage restart</source>
        <comment>500 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not implemented</source>
        <comment>501 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support the functionality, typically the request method, needed to fulfil the request.</source>
        <comment>501 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support the functionality needed to fulfil the request. The typical case is a UAS that does not recognise the request method at all and cannot support it for any user, for example a device receiving UPDATE, MESSAGE or PUBLISH that it never implemented. Compare 405 (Method Not Allowed), which means the method is recognised but not allowed for this Request-URI and must carry an Allow header field listing the permitted methods. Proxies forward requests regardless of method, so a 501 normally comes from the far-end UAS, a B2BUA or a gateway rather than from a transit proxy. It is a final response: repeating the same request will fail again, so the sender should stop using that method toward this target or fall back to an alternative, such as a re-INVITE instead of UPDATE.</source>
        <comment>501 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment at the other end does not support the feature this action needs. Calls may still work; if a specific feature such as transfer, messaging or presence fails, report it to your administrator.</source>
        <comment>501 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the method in the CSeq header field of the 501 and compare it with the peer&apos;s Allow header field (in its INVITE, 200 OK or a reply to OPTIONS) to see what it does support. Typical cases are UPDATE or PRACK sent to a device that never advertised them, SUBSCRIBE or PUBLISH for presence and message-waiting on a plain trunk, MESSAGE to a PBX without SIP messaging, and INFO-based DTMF toward a device that expects RFC 4733 telephone-events. Configure the sending side to use only methods the peer lists in Allow, for example session refresh by re-INVITE instead of UPDATE.</source>
        <comment>501 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported unknown capability missing function</source>
        <comment>501 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <comment>502 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or gateway received an invalid response from the next server it contacted.</source>
        <comment>502 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by an element acting as a gateway or proxy when the downstream server it contacted to fulfil the request returned an invalid response, for example one that could not be parsed or that violated the protocol. The fault therefore lies beyond the element that reports it. PSTN gateways also commonly use 502 when the telephone network reports the destination as out of order (ISDN cause 27), so on a trunk it often means the far line or exchange is faulty. It is a final response; the client may retry later, and carrier or SBC routing that advances to the next route on 5xx responses will normally do so on 502.</source>
        <comment>502 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network element between you and the person you called passed on a faulty answer, or the called line is out of order. Try again in a few minutes; if it persists, give your provider the number and the time.</source>
        <comment>502 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find which hop produced the 502 (Server header field, To tag, and the point where it first appears in captures) and capture on both sides of that element to see the downstream reply it rejected: malformed header fields, a bad Content-Length, a missing To tag, or a response arriving on an unexpected transport or port. On PSTN interconnects read the Reason header field (Q.850 cause) or the gateway&apos;s ISDN trace; cause 27 points to the far exchange or line rather than to SIP. If only one carrier route returns 502, take it out of the route list and open a ticket with that carrier, quoting Call-ID and timestamps.</source>
        <comment>502 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid downstream upstream broken unreachable</source>
        <comment>502 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <comment>503 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is temporarily unable to handle the request because it is overloaded or under maintenance.</source>
        <comment>503 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot process the request right now because of temporary overload or maintenance. It may state when to retry in a Retry-After header field; if there is none, the client must act as if it had received 500. A UAC or proxy receiving 503 should try an alternate server, such as the next DNS SRV target, and should not send further requests to the refusing server for the Retry-After period. A proxy should not pass a 503 upstream unless every request it could forward would fail the same way; if 503 was its only response, it sends 500 instead. RFC 3261 also makes a UAC treat a fatal transport error (ICMP unreachable, failed TCP connection) as 503, so a 503 shown on a phone may have been generated locally and never sent by any server.</source>
        <comment>503 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is temporarily overloaded or under maintenance. Wait a few minutes and try again; if it lasts, contact your provider.</source>
        <comment>503 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First check whether the 503 was actually received: if the capture shows no 503 on the wire, the UA generated it after a transport failure, so test reachability, DNS and the TCP or TLS connection to the proxy. If a server sent it, read its Retry-After, Reason and Warning header fields and search its logs for overload, licence or channel limits (a maximum-sessions setting, for instance), maintenance mode or a failed back end. Make sure clients and upstream proxies fail over to another SRV target and honour Retry-After instead of retrying at once, which only deepens an overload.</source>
        <comment>503 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>congestion capacity outage down busy</source>
        <comment>503 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On GB/T 28181 video platforms a 503 from a cascaded platform is typically reported as the other-domain server being overloaded. Capture on the link toward that platform and count messages per source to find a device or lower platform sending registrations, keep-alives or catalog notifications at an abnormal rate, then fix or isolate it.</source>
        <comment>503 platform notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server time-out</source>
        <comment>504 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave up waiting for an external server it needed to process the request.</source>
        <comment>504 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not receive a timely response from an external server it had to consult to process the request: typically a location or user database, a DNS or ENUM server, an application server, or the next network behind a gateway. RFC 3261 reserves 408 (Request Timeout) for the case where no answer came within the Expires period set by the upstream request, and a proxy whose forwarded request simply times out also answers 408; in the field, however, some B2BUAs and SBCs send 504 when their next hop stays silent. It is a final response; the client may retry later or through another server. Gateways usually map 504 to ISDN cause 102 (recovery on timer expiry).</source>
        <comment>504 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server in the network waited too long for another system and gave up. Try again in a few minutes; if it keeps happening, report the time and the number you called.</source>
        <comment>504 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the element that sent the 504 and check what it was waiting for: DNS (slow or unreachable resolvers, missing SRV or NAPTR records), ENUM or number-portability lookups, a database, RADIUS or HTTP back end, or the next SIP hop. Compare the time between the request and the 504 with that element&apos;s timers (timer B or F, 32 seconds by default, or a shorter vendor timer such as Kamailio&apos;s fr_timer) to see which one expired. If the next hop is the silent party, capture there to tell a routing or firewall drop from an overloaded server.</source>
        <comment>504 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout timed-out slow unresponsive hanging</source>
        <comment>504 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version not supported</source>
        <comment>505 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support the SIP protocol version used in the request.</source>
        <comment>505 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support, or refuses to support, the SIP version given in the request, and will not complete it using the client&apos;s major version other than by sending this error. SIP/2.0 is the only version in use; RFC 3261 treats the version string as case-insensitive but requires senders to write it in upper case. In practice 505 usually points at a malformed request line rather than a real version mismatch: an unescaped space in the Request-URI, a stray character, or broken framing over TCP can make the parser read the wrong token as the version. It is final; resending the same message fails again, so the sender must be fixed.</source>
        <comment>505 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side could not understand the format of the request your equipment sent. Restarting will not help; the equipment&apos;s configuration or software needs to be corrected by your administrator or provider.</source>
        <comment>505 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the raw request line in a capture: it must be the method, one space, the Request-URI, one space and SIP/2.0, with nothing else. Check the user part for spaces or other characters that should have been escaped (display names or formatted numbers pasted into a dial string), the template a PBX or gateway uses to build the Request-URI, and, on TCP, a wrong Content-Length that makes the receiver start parsing in the middle of the previous message. Identify the sending device from the User-Agent header field and correct its configuration or firmware.</source>
        <comment>505 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol mismatch parse syntax incompatible</source>
        <comment>505 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message too large</source>
        <comment>513 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not process the request because the message was longer than it can handle.</source>
        <comment>513 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not process the request because the message was longer than it can handle. RFC 3261 expects implementations to cope with messages up to the maximum UDP datagram size of 65,535 bytes, but many elements have smaller receive buffers or a configured limit. Large messages usually come from long SDP offers (video, many codecs, ICE candidates), long Record-Route or Via stacks, certificates or Identity header fields, or multipart bodies. A request within 200 bytes of the path MTU, or over 1300 bytes when the MTU is unknown, must be sent over a congestion-controlled transport such as TCP; oversized UDP datagrams are fragmented, and firewalls and NAT devices often drop the fragments. It is a final response: the sender should shrink the message or switch to TCP.</source>
        <comment>513 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request your equipment sent was too large for the other side. Your administrator or provider needs to change the equipment&apos;s settings, for example the list of codecs or the transport.</source>
        <comment>513 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the size of the rejected request in the capture and note the transport. Trim the SDP (remove unused codecs, and video or ICE candidates the path does not need), avoid stacking header fields through chains of proxies and B2BUAs, and switch the trunk or phone to TCP or TLS if messages exceed about 1300 bytes. Check the receiver&apos;s configured message or buffer size limit, and if UDP is kept, look for IP fragments in the capture and for firewalls, SBCs or NAT devices that drop them.</source>
        <comment>513 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size length big oversize jumbo</source>
        <comment>513 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push service not supported</source>
        <comment>555 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy does not support the push notification service the user agent asked it to use.</source>
        <comment>555 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 8599, which lets a SIP proxy wake a suspended mobile UA through a push notification service (PNS) such as APNs or FCM. The UA names its PNS in the pn-provider SIP URI parameter, with pn-prid and optionally pn-param, in the Contact of its REGISTER. A proxy that does not support the PNS named there, or will not request pushes for this UA, either forwards the REGISTER toward another proxy that does or rejects it with 555. The response is final and tells the UA that push-based reachability through this proxy is not available; retrying with the same parameters fails again. The UA can register without the pn-* parameters and keep its own connection alive, or use another PNS if it has one. A proxy that does support a PNS says so with the sip.pns feature-capability indicator in its response.</source>
        <comment>555 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your app could not switch on push notifications for incoming calls with this service. Keep the app open to receive calls for now, and report the message to your provider.</source>
        <comment>555 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the REGISTER and check the pn-provider value in the Contact URI (apns, fcm or webpush, for example) against the providers the registrar or edge proxy is configured for (in OpenSIPS, the pn_providers setting), and check that pn-prid and any other parameter the server requires are present; a typo, an unsupported provider or a missing parameter all end in 555. Check which proxy on the path answered: a proxy without push support may reject instead of forwarding, so the REGISTER must reach the element that holds the PNS configuration. If the deployment does not use push at all, configure the client to omit the pn-* parameters.</source>
        <comment>555 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile app background sleep battery iOS Android</source>
        <comment>555 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precondition failure</source>
        <comment>580 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answerer cannot or will not meet the mandatory preconditions, such as QoS reservation, set in the offer.</source>
        <comment>580 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 3312 for the preconditions framework: an offer can state, in SDP curr, des and conf attributes, resources that must be in place before the called user is alerted, typically QoS reservation on the access networks at each end. An answerer that cannot, or will not, meet the mandatory preconditions rejects the offer with 580, and the response should carry an SDP body describing which preconditions failed. It is a final response, seen mainly in IMS, VoLTE and VoNR networks when the dedicated voice bearer cannot be set up. A peer that does not support the extension at all rejects an INVITE carrying Require: precondition with 420 (Bad Extension) instead.</source>
        <comment>580 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network could not reserve the resources needed for good call quality, so the call was not connected. Try again, ideally where signal coverage is better; if it keeps failing, report it to your operator.</source>
        <comment>580 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the SDP of the INVITE, of any 183 and of the 580 itself: compare the des (desired) and curr (current) lines per media stream and direction to see which segment, local or remote, failed to reserve. In IMS, follow the reservation on the network side (the PCRF or PCF policy request and the dedicated bearer or QoS flow setup) at the time of the 580, and read the Reason header field for the release cause. Make sure both sides support 100rel and UPDATE, which preconditions rely on, and that no SBC in the path strips the precondition option tag or the curr and des attributes.</source>
        <comment>580 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality-of-service reserve radio LTE 5G</source>
        <comment>580 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy everywhere</source>
        <comment>600 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callee was reached but is busy, and no other device or service will take the call.</source>
        <comment>600 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>600 is a global failure response: the callee is busy and does not want the call now, and the responder knows that no other device or service, such as voicemail, would answer it either. Otherwise 486 Busy Here should be used, which lets the search for the user continue. A Retry-After header field may say when to call again; a callee that does not want to give the reason uses 603 instead. Because it is a 6xx, a stateful proxy that receives it should cancel all other pending branches, must not start new ones, and returns a 6xx to the caller in preference to any other failure. The caller should not try the same user at other addresses.</source>
        <comment>600 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you called is busy and cannot take your call on any of their devices. Try again later.</source>
        <comment>600 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>600 rarely comes from a phone; it usually comes from a PBX, hunt group or application server that knows all of the user&apos;s devices are busy. Check which element sent it (Via, Server, Reason header field) and whether a 486 from one device was wrongly converted into 600, which stops forking and voicemail. A Retry-After value, if present, tells when the callee expects to be free.</source>
        <comment>600 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engaged occupied line-busy</source>
        <comment>600 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>603 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callee&apos;s device was reached, but the user explicitly declined the call.</source>
        <comment>603 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>603 is a global failure response: the call reached the callee&apos;s device, and the user deliberately refused it or cannot take part, without giving a reason. It is typically sent when the user presses reject, or by do-not-disturb and call-screening features. The response may give a better time to call in a Retry-After header field. It should be returned only when no other end point will answer the request, because as a 6xx it makes a stateful proxy cancel its other branches, stop forking and pass the 6xx upstream. The caller should not retry the same request elsewhere. A rejection based on the caller&apos;s identity (spam) is better signalled with 607, and a rejection by a network analytics engine with 608.</source>
        <comment>603 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you called rejected the call. You can try again later or contact them another way.</source>
        <comment>603 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones differ: many send 603 when the user presses reject, others send 486 or 480. If every call gets 603, check do-not-disturb, call-rejection and anonymous-call rules on the callee&apos;s device or PBX, and blacklists at the carrier. Towards the PSTN, gateways usually map 603 to ISDN cause 21 (call rejected). Because 603 ends forking, a single phone answering 603 behind a forking proxy can cancel the other devices of the same user.</source>
        <comment>603 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse ignore dismiss</source>
        <comment>603 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not exist anywhere</source>
        <comment>604 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has authoritative information that the called user does not exist anywhere.</source>
        <comment>604 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>604 is a global failure response: the server has authoritative information that the user identified in the Request-URI does not exist anywhere, not just in the domain or at the instance it serves. It is the global counterpart of 404 Not Found, which only covers the domain in the Request-URI. Only an element with authoritative knowledge of all the user&apos;s possible locations, such as a number-portability database or the home network of the number, should send it. As a 6xx it makes a stateful proxy cancel pending branches and create no new ones, and the caller should not try elsewhere. RFC 8688 notes that call-blocking services sometimes misuse 604 to make spam callers drop a number, which can make the number look non-existent to everyone; 608 exists for that case.</source>
        <comment>604 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number or address you called does not exist. Check that you dialled it correctly.</source>
        <comment>604 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the dialled number format first (missing country or area code, a wrong prefix, number translation on the PBX or SBC), since wrong normalisation is the usual cause. Find the element that sent 604 and confirm that it really has authoritative data; a misconfigured routing table or an out-of-date porting database can produce 604 for valid numbers. Gateways following RFC 3398 map ISDN cause 1 (unallocated number) to 404, not 604.</source>
        <comment>604 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nonexistent invalid vacant wrong-number unknown-user</source>
        <comment>604 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acceptable</source>
        <comment>606 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callee&apos;s agent was reached, but the session description (media, bandwidth or addressing) is not acceptable anywhere.</source>
        <comment>606 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>606 is a global failure response: the user&apos;s agent received the request but cannot accept parts of the session description, for example the media types, the bandwidth or the addressing style requested. In other words, the callee is willing to talk, but not with the media offered. The response may contain Warning header fields with codes from RFC 3261 §20.43 (for example 305 Incompatible media format or 370 Insufficient bandwidth) and a body describing the media capabilities, formatted per the INVITE&apos;s Accept header field or as application/sdp. It should be returned only when no other end point will answer; otherwise 488 Not Acceptable Here is the right code. As a 6xx it stops forking. Whether to retry with a different offer is up to the caller.</source>
        <comment>606 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be set up because the devices could not agree on how to send audio or video. Contact your administrator if this keeps happening.</source>
        <comment>606 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the codecs, media types and attributes in the INVITE&apos;s SDP with what the callee supports. Typical causes are no common codec (for example G.729 only against a G.711-only trunk), video or T.38 offered where it is not allowed, SRTP required on one side only (RTP/SAVP against RTP/AVP), or IPv6 addresses against an IPv4-only peer. Read the Warning header field and any SDP in the 606. Many devices send 488 for the same problems; 606 should only come from an element that speaks for all of the user&apos;s devices.</source>
        <comment>606 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mismatch transcoding payload negotiation</source>
        <comment>606 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unwanted</source>
        <comment>607 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called user rejected the call because they do not want calls from this caller, typically marking it as spam.</source>
        <comment>607 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>607 Unwanted, defined by RFC 8197, is a global failure response that the called user&apos;s agent sends when the user rejects a call, message or subscription because of who is calling, typically by pressing a spam or block button. It differs from 603 Decline, which says nothing about the caller. It may be used for INVITE, MESSAGE, SUBSCRIBE or other out-of-dialog requests, and 607 may also appear as the cause in a Reason header field of a BYE or CANCEL. Receivers need do nothing beyond normal 6xx handling, but the service provider may use it to blacklist the caller for this user, feed call-analytics systems, start a traceback or report the number. A registrar can advertise support with the sip.607 feature-capability indicator.</source>
        <comment>607 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you called has marked your calls as unwanted. If you think this is a mistake, contact them another way.</source>
        <comment>607 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 607 reflects a human decision on the callee&apos;s side; check the callee&apos;s device or PBX blocklist before suspecting the network. Because providers may feed 607 into spam scoring, repeated 607s against a legitimate number (for example an outbound business campaign) can get it blocked elsewhere, and 608 responses may follow. Verify the caller ID you present (From, P-Asserted-Identity) and its STIR/SHAKEN attestation.</source>
        <comment>607 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>robocall nuisance telemarketing scam junk</source>
        <comment>607 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>608 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intermediary, such as a call-analytics or spam-filtering service, rejected the call on the user&apos;s behalf.</source>
        <comment>608 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>608 Rejected, defined by RFC 8688, is a global failure response sent by an intermediary, a proxy or B2BUA acting for a call-analytics engine, that rejected the call as unwanted on the user&apos;s behalf; the callee&apos;s device usually never sees the INVITE. It separates a machine decision from a human one (607). Unless there are signs that the caller would misuse it, the intermediary must include a Call-Info header field with purpose=jwscard that refers to a signed jCard telling the caller how to contact the blocking party and appeal. UACs announce support with the sip.608 feature capability; for callers without it, an element that understands 608 must play an announcement in early media (a reliable 183) and still forward the 608.</source>
        <comment>608 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your call was blocked by a call-filtering service, not by the person you called. If you are a legitimate caller, use the contact details in the announcement or response to ask for the block to be removed.</source>
        <comment>608 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Call-Info header field: its jCard (a JWS with an iat claim) names the operator that blocked the call, which is where to appeal. Check the caller ID and STIR/SHAKEN attestation you send, your call patterns (high volume, very short calls) and complaints that may have triggered the analytics. If your UAC shows only a generic error, it probably lacks 608 support (no sip.608 in Feature-Caps) and treats it as a plain 6xx; the reliable 183 announcement is then the only information the caller gets.</source>
        <comment>608 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>robocall screening nuisance fraud</source>
        <comment>608 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link torn down</source>
        <comment>gb28181 120 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target device or platform sent BYE and ended the media link.</source>
        <comment>gb28181 120 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status that video-surveillance platforms built on GB/T 28181 (the Chinese national standard for networked video surveillance) report when a media link has been torn down: the target device or platform sent a BYE that ended the live-view, playback or download session. The real SIP event is the BYE request itself, which RFC 3261 §15 lets either party send on a confirmed dialog and which the receiver answers with 200 OK. The IETF has not registered any 120 code; if a 120 ever arrives as a status line, a standard UAC must treat an unrecognised provisional response like 183 (Session Progress), so it ends nothing by itself. The reason phrase on the wire varies between platforms and is often Chinese.</source>
        <comment>gb28181 120 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera or the remote platform ended the video stream. Open the video again; if it keeps stopping, ask the administrator to check the device and the network link.</source>
        <comment>gb28181 120 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the signalling and find the BYE: its From, To and Via show whether the device, a lower platform or the media server ended the session, and a Reason header field, if present, may say why. Common triggers are the device rebooting or dropping off (check its registration and keep-alive MESSAGEs around that time), a media server that stopped receiving RTP and closed the stream after its timeout, the device&apos;s concurrent-stream limit being reached, and an upper platform closing idle sessions. Compare the BYE time with the RTP in the capture: if the stream stopped well before the BYE, look at the media path (NAT, firewall, TCP active or passive mode) rather than at signalling.</source>
        <comment>gb28181 120 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnect hang-up stream-stopped dropped teardown</source>
        <comment>gb28181 120 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device offline</source>
        <comment>gb28181 301 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested camera or device is not online on the video platform.</source>
        <comment>gb28181 301 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by a GB/T 28181 video platform when the requested device (camera, NVR or encoder channel, identified by its 20-digit code) is not currently online, so a live-view, playback or control request cannot be delivered. A platform considers a device online while its registration is valid and its keep-alive MESSAGEs keep arriving; missed heartbeats or an expired REGISTER mark it offline. Beware the clash with the IETF registry, where 301 means Moved Permanently: a redirect telling the client to retry at the address in the Contact header field and update its address book. A generic SIP stack may therefore try to redirect, or fail for lack of a Contact. It is final. The reason phrase on the wire varies between platforms and is often Chinese.</source>
        <comment>gb28181 301 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera or device you selected is offline. Check that it has power and a network connection, or ask the administrator to bring it back online.</source>
        <comment>gb28181 301 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the platform, check the device&apos;s registration state and the time of its last keep-alive; GB/T 28181 devices commonly send a heartbeat every 60 seconds and are marked offline after three missed ones, so look for REGISTER refreshes and Keepalive MESSAGEs in a capture. Typical causes are a wrong SIP server ID, domain, IP address, port or password on the device, NAT or firewall mappings that expire between heartbeats, the device being registered to another platform, and duplicate device IDs. In a cascade, confirm that the lower platform still lists the device as online in its catalog before blaming the upper platform.</source>
        <comment>gb28181 301 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unregistered disconnected unreachable camera-offline</source>
        <comment>gb28181 301 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video loss alarm</source>
        <comment>gb28181 302 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel&apos;s video signal is lost, so no picture can be delivered.</source>
        <comment>gb28181 302 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by GB/T 28181 video platforms to report that a channel&apos;s video signal is lost: the encoder or NVR is reachable but receives no picture from the camera, so the request for video cannot be served. Video loss is also one of the device alarm types a GB/T 28181 device can raise with an Alarm notification in a MESSAGE, so the same event may already be visible in the alarm log. In the IETF registry 302 means Moved Temporarily, a redirect asking the client to retry, for now, at the address in the Contact header field, and a generic SIP client may act on it that way. The reason phrase on the wire varies between platforms and is often Chinese. It is final; retrying only helps once the video input is restored.</source>
        <comment>gb28181 302 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is connected to the system but is not sending a picture. Ask the administrator or maintenance staff to check the camera, its cable and its power.</source>
        <comment>gb28181 302 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the physical video input first: for analogue or HD-over-coax cameras behind an encoder or DVR, the camera&apos;s power supply, the coax or twisted-pair cable and the connectors; for IP cameras behind an NVR, whether the NVR still pulls a stream from the camera. Find the matching video loss alarm and its time in the platform&apos;s alarm log, and confirm that the channel ID in the request maps to the input that is actually wired. If the picture is fine locally on the device, check whether the device raises the alarm falsely (firmware, wrong channel mapping) before escalating.</source>
        <comment>gb28181 302 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-signal black-screen blank nosignal picture</source>
        <comment>gb28181 302 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP signalling error</source>
        <comment>gb28181 303 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP signalling exchange with the device or platform went wrong.</source>
        <comment>gb28181 303 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A generic error used by GB/T 28181 video platforms when the SIP signalling exchange with a device or another platform went wrong: a message was malformed or unexpected, a required field was missing, or the dialog got out of step. It says little on its own; the platform log usually holds the detail. 303 is not registered in the SIP response-code registry at all (303 See Other exists only in HTTP), so under RFC 3261 §8.1.3.2 a standard SIP UAC falls back to treating it as 300 (Multiple Choices), a redirection, which is unlikely to help. The reason phrase on the wire varies between platforms and is often Chinese. It is final; the request has to be corrected before a retry can succeed.</source>
        <comment>gb28181 303 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video system and the device could not understand each other&apos;s control messages. Try again later; if it persists, the administrator needs to check the device&apos;s settings or firmware.</source>
        <comment>gb28181 303 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the exchange and compare each message with GB/T 28181: Request-URI, From and To using the 20-digit device and platform IDs with the right domain; a Content-Type of Application/MANSCDP+xml for MANSCDP bodies and application/sdp for SDP; a well-formed XML body with the expected CmdType, SN and DeviceID; and an SDP with the y= (SSRC) line and the right s= value (Play, Playback, Download). Check the character encoding (GB2312 or UTF-8) of XML bodies, and find the exact parse error in the platform log. Interoperability problems between vendors&apos; firmware versions are a frequent cause, so test with the device&apos;s latest firmware.</source>
        <comment>gb28181 303 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol abnormal exception interop compatibility</source>
        <comment>gb28181 303 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From/To routing failed</source>
        <comment>gb28181 431 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform could not route the request on the basis of its From and To header fields.</source>
        <comment>gb28181 431 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by a GB/T 28181 platform or its routing server when it could not decide where to send a request from the From and To header fields. In a cascade of platforms, routing is done on the 20-digit IDs: the destination ID in To must belong to a domain or device range the platform knows, and the source in From must be a known device, lower platform or upper platform. 431 is not an IETF code; a standard SIP UAC treats it as 400 (Bad Request), and RFC 3261 §8.1.3.2 happens to use 431 as its very example of an unrecognised final response. The reason phrase on the wire varies between platforms and is often Chinese. It is final, and the request will fail again until the IDs or the routing configuration are fixed.</source>
        <comment>gb28181 431 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video platform could not work out where to send your request. Ask the administrator to check the platform&apos;s configuration for this device.</source>
        <comment>gb28181 431 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the failing request and check the IDs in the Request-URI, From and To against the platform configuration: the first ten digits of a GB/T 28181 ID (centre and industry code) usually form the SIP domain, so a device or lower platform whose ID lies outside the configured domain or routing ranges cannot be routed. Verify that the upper and lower platforms have each other&apos;s platform ID, domain, IP address and port configured exactly, and that From and To use the ID@domain form the platform expects, not an IP address. After changing IDs, have the lower platform push its catalog again so the upper platform learns the new entries.</source>
        <comment>gb28181 431 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route-failure misrouted id-mismatch unknown-domain</source>
        <comment>gb28181 431 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security check failed</source>
        <comment>gb28181 432 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform rejected the request because it failed a security check.</source>
        <comment>gb28181 432 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by a GB/T 28181 platform when a request fails its security checks before any routing or permission decision: for example the sender&apos;s address is not on the list of trusted peers, its registration or digest authentication is not valid, or, on platforms that enforce signed or encrypted signalling, a signature or certificate could not be verified. 432 is not an IETF code; under RFC 3261 §8.1.3.2 a standard SIP UAC treats it as 400 (Bad Request) and will not retry with credentials as it would after a 401. The reason phrase on the wire varies between platforms and is often Chinese. It is final; the peer&apos;s security configuration has to be corrected first.</source>
        <comment>gb28181 432 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video platform rejected the request for security reasons. Ask the administrator to check that this device or platform is allowed to connect.</source>
        <comment>gb28181 432 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the platform&apos;s security settings for the peer: the IP whitelist or trusted-peer list, the registration password and whether the device completed the 401 digest challenge, and, where certificate-based signalling security is used, the certificate chain, its validity dates and the device&apos;s clock. Capture to see whether the request came from the expected address and port (NAT can change the source), and find the rule that fired in the platform&apos;s security log.</source>
        <comment>gb28181 432 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blacklist blocked denied illegal untrusted</source>
        <comment>gb28181 432 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission</source>
        <comment>gb28181 433 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requesting user or platform has no permission for the target device.</source>
        <comment>gb28181 433 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by a GB/T 28181 platform, often a cascaded platform in another domain, when the user or platform making the request has no permission for the target device: the authorisation of platform user groups does not cover the device group the camera belongs to. It is an authorisation refusal, comparable to 403 (Forbidden). In the IETF registry, however, 433 means Anonymity Disallowed (RFC 5079): the server refuses requests from anonymous callers, and a generic SIP stack may report it that way. The reason phrase on the wire varies between platforms and is often Chinese. It is final; retrying without changing the authorisation fails again.</source>
        <comment>gb28181 433 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not allowed to view or control this camera. Ask the administrator to grant you access to it.</source>
        <comment>gb28181 433 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the platform that returned 433, check that the user group or the upper platform&apos;s account is authorised for the device group containing the camera, and that the device appears in the catalog shared with the requesting platform. In a cascade, sharing is usually configured on the lower platform for each upper platform, so a camera newly added to a group may need the share applied again and the catalog pushed again. If the peer is a plain SIP system, also check whether it applied the IETF meaning, Anonymity Disallowed, because the From header field was anonymous.</source>
        <comment>gb28181 433 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access-denied rights privilege unauthorised</source>
        <comment>gb28181 433 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform send failure</source>
        <comment>gb28181 434 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform could not send the message on because its routing lookup found no destination.</source>
        <comment>gb28181 434 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by a GB/T 28181 platform when it accepted a request but could not send it on: its routing lookup found no destination address for the target ID, so the message never left the platform. The usual causes are a target outside the routing ranges configured for the platform or its routing server, and stale routing state, for example after the routing service was restarted while the platform kept running. 434 is not an IETF code; under RFC 3261 §8.1.3.2 a standard SIP UAC treats it as 400 (Bad Request). The reason phrase on the wire varies between platforms and is often Chinese. It is final; the routing configuration must be fixed before a retry can work.</source>
        <comment>gb28181 434 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video platform could not forward your request to the device. Ask the administrator to check the platform&apos;s routing settings.</source>
        <comment>gb28181 434 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the platform&apos;s routing range configuration: the target device&apos;s ID, or its domain prefix, must fall within a range mapped to a reachable next hop (lower platform, upper platform or access gateway). If the routing service was restarted on its own, the platform may still hold stale routes; restart the platform so it loads them again. Then capture on the platform&apos;s outgoing side: if the message never appears there, the problem is the route table; if it leaves but gets no answer, look at the next hop instead.</source>
        <comment>gb28181 434 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send-failed forwarding route-table unreachable destination</source>
        <comment>gb28181 434 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing server error</source>
        <comment>gb28181 499 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s routing server failed with an unclassified internal error.</source>
        <comment>gb28181 499 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by the routing server of a GB/T 28181 platform when it failed for a reason it cannot classify: an internal exception rather than a routing rule or permission decision. It plays the role that 500 (Server Internal Error) plays in the IETF registry but sits in the 4xx range, so under RFC 3261 §8.1.3.2 a standard SIP UAC treats it as 400 (Bad Request) and will not apply 5xx behaviour such as trying another server. The IETF has not registered 499. The reason phrase on the wire varies between platforms and is often Chinese. It is final; since the code says nothing about the cause, the routing server&apos;s logs are the only source of detail.</source>
        <comment>gb28181 499 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video platform hit an unexpected internal error. Try again later; if it happens again, tell the administrator when it occurred.</source>
        <comment>gb28181 499 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before restarting anything, save the routing server&apos;s and the platform&apos;s logs covering the failure, together with a capture of the request and the 499, and send them to the platform vendor&apos;s support. Note the request type (registration, catalog, live view, playback), the source and destination IDs and the exact time so the vendor can match the log entries. Meanwhile check whether the failure always involves one device or peer platform, which can point to a data problem such as a malformed catalog entry.</source>
        <comment>gb28181 499 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown exception bug crash report</source>
        <comment>gb28181 499 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal event</source>
        <comment>q850 class 0-1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource unavailable</source>
        <comment>q850 class 2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service or option not available</source>
        <comment>q850 class 3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service or option not implemented</source>
        <comment>q850 class 4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid message</source>
        <comment>q850 class 5</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol error</source>
        <comment>q850 class 6</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interworking</source>
        <comment>q850 class 7</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>warning class</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP response code</source>
        <comment>entry kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q.850 cause</source>
        <comment>entry kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP Warning code</source>
        <comment>entry kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No circuit available</source>
        <comment>q850 34 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suitable circuit or channel was free to carry the call at that moment.</source>
        <comment>q850 34 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 34 belongs to the resource-unavailable class. The exchange or gateway that sends it had no appropriate circuit or channel free for the call: every B-channel of the ISDN access, or every circuit of the outgoing trunk group toward the next exchange, was busy or blocked. It is generated by the local exchange, a transit exchange or the PSTN gateway itself, and on SIP trunks by a gateway or SBC that has reached its configured channel or licence limit. The condition is normally short-lived, so a new attempt, or routing over another trunk, often succeeds. A gateway clearing the call with this cause answers the INVITE with 503 (Service Unavailable) as RFC 3398 recommends, and can state the original value in Reason: Q.850;cause=34.</source>
        <comment>q850 34 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network had no free line for your call at that moment. Try again in a few minutes; if it keeps happening at busy times, tell your provider.</source>
        <comment>q850 34 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check channel usage on the trunk at the time of the failure: busy B-channels on the E1/T1 or PRI, circuits blocked for maintenance or by alarms, and concurrent-call or licence limits on the gateway or SBC. If the cause comes from the carrier (see the location in the ISDN trace, or the element that first sent it in the SIP capture), ask them about the capacity of that trunk group and the route. Configure an overflow route or a second trunk, and make sure upstream proxies fail over on the 503 instead of retrying the same gateway at once.</source>
        <comment>q850 34 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all-trunks-busy ATB saturated full fast-busy reorder</source>
        <comment>q850 34 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk calls cause 34 CONGESTION and sends 503 for it; it also reports 34 when an outgoing SIP call failed with 503 or an unlisted 5xx, so a 34 in an Asterisk CDR does not always mean a circuit was missing. FreeSWITCH names it NORMAL_CIRCUIT_CONGESTION and sends 503 as well. A proxy whose only answer is this 503 passes 500 upstream (RFC 3261 §16.7), so the caller may see 500.</source>
        <comment>q850 34 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network out of order</source>
        <comment>q850 38 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not working correctly, and the fault is likely to last for some time.</source>
        <comment>q850 38 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 38, in the resource-unavailable class, says that the network is not working correctly and that the fault is likely to last a relatively long time, so an immediate retry is unlikely to help. Cause 41, by contrast, announces a short-lived fault. It is generated by an exchange, transit network or gateway that has lost part of the path: a failed signalling link or trunk, an E1/T1 in alarm, an isolated remote node, or a gateway whose TDM or SIP side is down. The caller usually hears a network announcement or a fast busy tone. A gateway that receives it in an ISUP REL or ISDN DISCONNECT answers the INVITE with 503 (Service Unavailable) per RFC 3398, normally with Reason: Q.850;cause=38.</source>
        <comment>q850 38 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a fault in the telephone network on the way to this number. Try again later; if it lasts, report it to your provider with the number and the time.</source>
        <comment>q850 38 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for hard faults on the path: E1/T1 or PRI alarms (LOS, LOF, AIS, RAI), a D-channel or SS7 link that is down, blocked circuit groups, or a SIP peer that is unreachable. Check which element generated the cause and its location field: a local gateway points to your own trunk, a transit or remote network to the carrier. If the fault is on the carrier side, open a ticket with timestamps, called numbers and the cause, and route calls over an alternate trunk in the meantime.</source>
        <comment>q850 38 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outage link-failure red-alarm carrier-fault</source>
        <comment>q850 38 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk calls cause 38 FAILURE: its chan_pjsip sends 500 (Server Internal Error) for it instead of 503, and a SIP 500 received by Asterisk becomes cause 38. FreeSWITCH sends 503 as the RFC does, and turns a received 502 (Bad Gateway) into NETWORK_OUT_OF_ORDER (38).</source>
        <comment>q850 38 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <comment>q850 41 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network fault that is expected to clear quickly stopped the call.</source>
        <comment>q850 41 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 41 reports a network fault that is not expected to last long: Q.850 notes that the caller may wish to try again almost at once. In practice it is a catch-all that exchanges and gateways use for transient internal problems, such as a DSP or processor resource briefly missing, a signalling glitch, a call lost during a switchover, or a peer error that the gateway could not translate into anything more precise. Because it is so generic, it often hides the real reason, which then has to be found in the logs of the element that generated it. Following RFC 3398, a gateway that receives it from the PSTN answers the INVITE with 503 (Service Unavailable) and may add Reason: Q.850;cause=41.</source>
        <comment>q850 41 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary fault in the network stopped the call. Please try again; if it fails repeatedly, note the time and number and contact your provider.</source>
        <comment>q850 41 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the element that first produced the cause (Reason header field, ISDN or ISUP trace, gateway logs) before blaming the carrier, because gateways and B2BUAs often use 41 as their default when translating SIP errors. Check DSP or transcoder resources, CPU load, and any failover or restart at the time of the call. If the failures are intermittent on one route, correlate them with time of day and trunk load, and ask the carrier for their trace of a failed call by timestamp.</source>
        <comment>q850 41 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry temporary-failure sporadic random flaky</source>
        <comment>q850 41 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH reports NORMAL_TEMPORARY_FAILURE (41) when a SIP call fails with 400, 481, 500 or 503, and RFC 3398 §8.2.6.1 maps the same four responses to cause 41 in the SIP-to-ISUP direction, so a 41 on the PSTN side often began as a SIP error. Asterisk&apos;s chan_pjsip has no SIP code for 41 and sends 603 (Decline) when an unanswered incoming call ends with this cause.</source>
        <comment>q850 41 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching equipment congestion</source>
        <comment>q850 42 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The switch that sent this cause is overloaded by heavy traffic and is shedding calls.</source>
        <comment>q850 42 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 42 says that the switching equipment generating it is going through a period of high traffic. Unlike cause 34, which reports that no circuit was free on a route, it points to overload of the exchange, softswitch or gateway itself: processor, memory or call-rate limits, overload control during mass-calling events such as televoting, or a calls-per-second limit on an interconnect. The congested node may be local, in a transit network or at the far end. A new attempt after a short pause usually succeeds once the peak has passed. A gateway maps it to 503 (Service Unavailable) following RFC 3398; the response may carry a Retry-After header field as well as Reason: Q.850;cause=42.</source>
        <comment>q850 42 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is overloaded at the moment. Wait a little and call again.</source>
        <comment>q850 42 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check CPU, calls per second and concurrent-call counters on your gateway, SBC or PBX at the failure time, and whether an overload-protection or CPS limit was hit. If the cause comes from the carrier, compare the failure rate with your own call rate: bursts from diallers often exceed the CPS agreed for the trunk. Spread the traffic, agree a higher limit with the carrier or add overflow routes, and make sure 503 responses are not retried immediately.</source>
        <comment>q850 42 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy-hour throttling rate-limit flood</source>
        <comment>q850 42 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk (SWITCH_CONGESTION) and FreeSWITCH (SWITCH_CONGESTION) both send 503 for cause 42, as the RFC does.</source>
        <comment>q850 42 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested channel not available</source>
        <comment>q850 44 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specific circuit or channel that the caller&apos;s side asked for could not be provided.</source>
        <comment>q850 44 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 44 is returned when the circuit or channel indicated by the requesting side cannot be provided by the other side of the interface. It is typical of ISDN PRI and ISUP circuit selection: the calling equipment asked for one particular B-channel, marked as exclusive in the Channel identification, or one particular circuit, and that channel is already in use, out of service or not provisioned at the far end. Glare, where both ends seize the same channel at the same moment, is a common source. RFC 3398&apos;s table in §7.2.4.1 has no row for cause 44, so the SIP response depends on the gateway; 503 (Service Unavailable), as for the rest of the resource-unavailable class, is the usual choice, with the original value in Reason: Q.850;cause=44.</source>
        <comment>q850 44 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line your call tried to use was not available. Try the call again; if it keeps failing, report it to your provider.</source>
        <comment>q850 44 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare channel selection on both ends of the PRI: the hunting direction (ascending on one side and descending on the other avoids glare), exclusive versus preferred channel indication, and which channels are provisioned and in service (B-channel maintenance, SERVICE messages). On SS7 trunks, check circuit identification code (CIC) alignment and circuit blocking with the carrier. In the ISDN trace, read the Channel identification information element of the SETUP that was rejected.</source>
        <comment>q850 44 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeslot collision hunting-order trunk-channel</source>
        <comment>q850 44 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 gives no mapping for cause 44. AudioCodes gateways send 503, and so does FreeSWITCH (REQUESTED_CHAN_UNAVAIL); Asterisk&apos;s chan_pjsip has no mapping and sends 603 (Decline) when an unanswered incoming call ends with this cause.</source>
        <comment>q850 44 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource unavailable, unspecified</source>
        <comment>q850 47 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource needed for the call was unavailable, and no more precise cause applies.</source>
        <comment>q850 47 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 47 is the unspecified member of the resource-unavailable class: the network or equipment ran out of something the call needed, but none of the more precise causes of the class, such as 34, 38, 41, 42 or 44, applies. Typical sources are missing DSP, conference, tone or transcoding resources on a gateway or media server, memory or licence exhaustion, and exchanges that report internal resource shortages without detail. Because it says little, the element that generated it has to be found and its logs read. RFC 3398 maps it to 503 (Service Unavailable), and the response may carry Reason: Q.850;cause=47 so that the original value is not lost.</source>
        <comment>q850 47 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network could not provide something your call needed. Please try again later, and report the number and time if it keeps happening.</source>
        <comment>q850 47 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the element that generated the cause and check its resource counters at the failure time: DSP channels, transcoders, conference bridges, tone or announcement players, licences and memory. On a PSTN route, ask the carrier which resource their switch lacked, quoting the timestamp and the location field. If your own gateway issues 47 when an internal allocation fails, raise its limits or spread the load.</source>
        <comment>q850 47 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exhausted out-of-resources no-DSP media-resources</source>
        <comment>q850 47 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH has no named cause for 47 and sends its default, 480 (Temporarily Unavailable), when a call is hung up with it; AudioCodes gateways send 503 as the RFC does.</source>
        <comment>q850 47 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming calls barred in CUG</source>
        <comment>q850 55 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party belongs to the closed user group, but its membership bars incoming calls.</source>
        <comment>q850 55 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 55 relates to the Closed User Group (CUG) supplementary service, with which an operator defines a group of subscribers, typically a company or a virtual private network, whose calls are restricted to or within the group. The call arrived as a CUG call and the called party is a member of that group, but its CUG subscription bars incoming calls, so the network refuses the call. It is generated by the terminating exchange that holds the called party&apos;s CUG data, not by the user&apos;s terminal, which never rings. RFC 3398 maps it to 403 (Forbidden), telling the SIP caller that repeating the request will not help; the response can carry Reason: Q.850;cause=55.</source>
        <comment>q850 55 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number you called does not accept calls from your group because of a closed user group restriction. Contact the organisation you called, or your administrator, if this call should be allowed.</source>
        <comment>q850 55 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the CUG data of the called line with the operator or in the PBX or IMS subscriber profile: CUG index, interlock code and the incoming-calls-barred option. Also check whether the call should be a CUG call at all, since a PBX or gateway may add a Closed user group interlock code parameter to the ISUP IAM that the caller did not intend. The fix is a provisioning change, not a network repair.</source>
        <comment>q850 55 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed-user-group ICB barring VPN-group corporate-group</source>
        <comment>q850 55 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH&apos;s INCOMING_CALL_BARRED is cause 54, not 55; a call hung up with 55 falls through to its default 480 (Temporarily Unavailable).</source>
        <comment>q850 55 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer capability not authorized</source>
        <comment>q850 57 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested type of connection is supported, but the caller is not allowed to use it.</source>
        <comment>q850 57 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 57 means the network or equipment supports the bearer capability the caller asked for, but the caller is not subscribed to it or not authorised to use it. The bearer capability describes the kind of connection requested: speech, 3.1 kHz audio, or unrestricted 64 kbit/s digital information as used for ISDN video conferencing, data calls and Group 4 fax. A typical case is a line provisioned for voice only that places an unrestricted data call. It is generated by the local exchange or a gateway that checks subscriptions. RFC 3398 maps it to 403 (Forbidden), possibly with Reason: Q.850;cause=57, because the same request will keep failing until the subscription changes.</source>
        <comment>q850 57 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your line is not allowed to make this type of call, for example a video or data call. Contact your provider to have the service enabled.</source>
        <comment>q850 57 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Bearer capability information element in the ISDN SETUP, or the Transmission medium requirement and User service information in the ISUP IAM, and compare them with what the line or trunk is subscribed for. On a SIP-to-ISDN gateway, check which bearer capability it signals for SIP calls (speech, 3.1 kHz audio or unrestricted digital): forcing unrestricted digital for clear-channel data or video on a voice-only trunk triggers this cause. Either change the gateway&apos;s bearer setting or ask the carrier to enable the service.</source>
        <comment>q850 57 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unauthorized video-call data-call not-allowed</source>
        <comment>q850 57 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH (BEARERCAPABILITY_NOTAUTH) also sends 403. Asterisk&apos;s chan_pjsip has no mapping for 57 and sends 603 (Decline) when an unanswered incoming call ends with this cause.</source>
        <comment>q850 57 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer capability not available</source>
        <comment>q850 58 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested type of connection is supported and allowed, but cannot be provided right now.</source>
        <comment>q850 58 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 58 says that the requested bearer capability is implemented and would normally be allowed, but cannot be provided at this time, for example because the resources for that type of connection, such as 64 kbit/s clear-channel paths or data interworking units, are all in use, or because the route currently chosen cannot carry it. It is generated by an exchange or gateway on the path and is in principle temporary, which is why RFC 3398 maps it to 503 (Service Unavailable) rather than to a permanent refusal, with Reason: Q.850;cause=58 where the gateway includes it. In VoIP platforms the cause is often reused, loosely, to report that no common codec could be agreed.</source>
        <comment>q850 58 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network cannot set up this type of call at the moment. Try again later, or make a normal voice call instead.</source>
        <comment>q850 58 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a data, fax or video call over ISDN, check whether the route supports unrestricted 64 kbit/s end to end and whether interworking resources were exhausted. For a plain VoIP call, look at the SDP offer and answer on both legs: a 58 raised by a PBX or B2BUA usually means media negotiation failed, so compare the codec lists, payload types and packetisation time, and check transcoding resources.</source>
        <comment>q850 58 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codec-mismatch no-common-codec 64k temporarily</source>
        <comment>q850 58 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk uses 58 for media-negotiation failures: its chan_pjsip sends 488 (Not Acceptable Here) for cause 58 instead of 503, and turns a received 488 or 606 into 58, so cause 58 in an Asterisk log usually means no common codec. FreeSWITCH (BEARERCAPABILITY_NOTAVAIL) sends 503 as the RFC does.</source>
        <comment>q850 58 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service or option unavailable</source>
        <comment>q850 63 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service or option the call needs is not available, and no more precise cause applies.</source>
        <comment>q850 63 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 63 is the unspecified member of the service-or-option-not-available class (causes 49 to 63): the call asked for a service, supplementary service or call type that the network does not provide for it, and no more precise cause of the class, such as 57 or 58, fits. Exchanges and gateways use it, for example, for a call type or destination not enabled on the account, or a feature the trunk is not provisioned for. RFC 3398&apos;s table in §7.2.4.1 has no row for 63, so the SIP response depends on the gateway: 503 (Service Unavailable), 480 (Temporarily Unavailable) and 603 (Decline) are all seen, and only Reason: Q.850;cause=63 preserves the original value.</source>
        <comment>q850 63 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service you tried to use is not available on your line, or not for this destination. Contact your provider to check what your subscription allows.</source>
        <comment>q850 63 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out which service was refused: check the called number range (premium rate, international, short codes), any supplementary service requested in the call, and the bearer capability. Compare them with the subscription on the carrier side and with the class-of-service rules on your PBX. Because no standard SIP code exists, read the Reason header field or the gateway&apos;s ISDN trace to see that the real cause was 63 rather than the generic SIP status.</source>
        <comment>q850 63 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not-subscribed barred not-enabled service-restriction</source>
        <comment>q850 63 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 gives no mapping for cause 63. AudioCodes gateways send 503; FreeSWITCH (SERVICE_UNAVAILABLE) falls back to its default 480 (Temporarily Unavailable); Asterisk&apos;s chan_pjsip sends 603 (Decline) when an unanswered incoming call ends with this cause. In the other direction, RFC 3398 §8.2.6.1 maps SIP 405 (Method Not Allowed) to cause 63, and FreeSWITCH does the same.</source>
        <comment>q850 63 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer capability not implemented</source>
        <comment>q850 65 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment sending this cause does not support the requested type of connection at all.</source>
        <comment>q850 65 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 65 means that the equipment sending it does not support the requested bearer capability at all, as opposed to cause 58 (supported but not available now) and cause 57 (supported but not authorised). Typical cases are a voice-only gateway, PBX or mobile network receiving an unrestricted 64 kbit/s data or video call, or a terminal that cannot handle the information transfer capability signalled in the bearer capability. The cause is generated by the exchange, gateway or terminal that lacks the capability. Since in SIP the session description plays the part of the bearer capability, RFC 3398 maps cause 65 to 488 (Not Acceptable Here), the response for an offer that cannot be accepted, possibly with Reason: Q.850;cause=65.</source>
        <comment>q850 65 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number you called cannot handle this type of call, for example a video or data call. Try a normal voice call.</source>
        <comment>q850 65 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the bearer capability in the ISDN SETUP or ISUP IAM (information transfer capability and user information layer 1 protocol) and whether the destination supports it; data and video calls towards mobile or VoIP destinations often fail this way. On a SIP-to-ISDN gateway, verify that voice calls are signalled as speech or 3.1 kHz audio and not as unrestricted digital information. On the SIP side, treat the resulting 488 like any media mismatch and compare the SDP offer with what the far end supports.</source>
        <comment>q850 65 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported video-call data-call incompatible-media</source>
        <comment>q850 65 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH (BEARERCAPABILITY_NOTIMPL) sends 488 as the RFC does, while AudioCodes gateways send 501 (Not Implemented) for cause 65. Asterisk&apos;s chan_pjsip has no mapping for 65 and sends 603 (Decline) when an unanswered incoming call ends with this cause.</source>
        <comment>q850 65 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility not implemented</source>
        <comment>q850 69 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment sending this cause does not implement the supplementary service that was requested.</source>
        <comment>q850 69 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 69 says that the equipment sending it does not implement the supplementary service, or facility, that was requested, for example call transfer, call diversion, advice of charge, user-to-user signalling or a network-specific facility carried in the call setup. It differs from cause 29 (facility rejected), where the service exists but was refused for this call, and from cause 50 (requested facility not subscribed). It is generated by the exchange, PBX or gateway that received the request, often because the two ends of a trunk use different ISDN variants or feature sets. RFC 3398&apos;s table in §7.2.4.1 has no row for 69, so gateways choose their own SIP response, usually 501 (Not Implemented) or 503 (Service Unavailable).</source>
        <comment>q850 69 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature you tried to use is not supported by the network or by the system you called. The call may work without it; otherwise contact your provider.</source>
        <comment>q850 69 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the requested facility in the ISDN trace (Facility or Network-specific facilities information element) or in the ISUP message, and check whether it is needed at all: PBXs sometimes send QSIG or other supplementary-service data, such as name display or diversion information, that a public network or gateway does not support. Disable that feature on the trunk, or align the ISDN variant (ETSI, QSIG, national) configured on both ends.</source>
        <comment>q850 69 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported-feature AOC UUS CCBS</source>
        <comment>q850 69 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 gives no mapping for cause 69. FreeSWITCH (FACILITY_NOT_IMPLEMENTED) sends 501 (Not Implemented), AudioCodes gateways send 503 (Service Unavailable), and Asterisk&apos;s chan_pjsip sends 603 (Decline) when an unanswered incoming call ends with this cause.</source>
        <comment>q850 69 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only restricted digital available</source>
        <comment>q850 70 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unrestricted 64 kbit/s digital call was requested, but only the restricted 56 kbit/s version is available.</source>
        <comment>q850 70 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 70, marked for national use in Q.850, means that the caller requested an unrestricted digital bearer service, a full 64 kbit/s clear channel, but the equipment sending the cause supports only the restricted version: 56 kbit/s digital, as found on some North American and older trunks where one bit of each octet cannot be used for data. It concerns ISDN data and video calls and almost never voice. The cause is generated by an exchange or gateway along the route, and the caller&apos;s equipment can usually retry at 56 kbit/s. RFC 3398 maps it to 488 (Not Acceptable Here), the SIP answer for a session description that cannot be accepted as offered.</source>
        <comment>q850 70 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network cannot carry this data or video call at full speed. Set your equipment to 56 kbit/s (restricted) mode, or contact your provider.</source>
        <comment>q850 70 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the information transfer capability requested in the bearer capability (unrestricted versus restricted digital information) and whether the route crosses trunks that use robbed-bit signalling or do not guarantee clear 64 kbit/s. Configure the video or data terminal to fall back to 56 kbit/s, or ask the carrier for a clear-channel route. On SIP, this mostly appears with ISDN video conferencing or clear-mode (RFC 4040) calls through a gateway.</source>
        <comment>q850 70 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>56k 64k videoconference H.320 slow-data</source>
        <comment>q850 70 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AudioCodes gateways send 503 (Service Unavailable) for cause 70 instead of 488. FreeSWITCH has no named cause for 70 and sends its default, 480 (Temporarily Unavailable).</source>
        <comment>q850 70 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service or option not implemented</source>
        <comment>q850 79 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment does not implement a service or option the call needs, and no more precise cause applies.</source>
        <comment>q850 79 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 79 is the unspecified member of the service-or-option-not-implemented class (causes 65 to 79): the equipment sending it does not implement a service, option or procedure the call needs, and none of the precise causes of the class, such as 65 (bearer capability) or 69 (facility), applies. It comes from exchanges, PBXs and gateways, and in mixed networks often from an interworking point that met a request it could not translate. RFC 3398 maps it to 501 (Not Implemented), possibly with Reason: Q.850;cause=79. In the other direction, RFC 3398 §8.2.6.1 maps SIP 406, 415 and 501 to cause 79, so a 79 seen on the PSTN side may itself have started as a SIP rejection.</source>
        <comment>q850 79 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network or the system you called does not support something this call needs. Try a normal voice call, or contact your provider with the number and time.</source>
        <comment>q850 79 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at what the call asked for that is unusual: bearer capability, type of number or numbering plan, supplementary services, or ISUP parameters added by your PBX or gateway. Compare the ISDN variant and options on both ends of the trunk. When the cause arrives from a SIP-facing gateway, check the SIP leg for 406, 415 or 501 responses, which are translated into 79.</source>
        <comment>q850 79 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported unimplemented not-supported</source>
        <comment>q850 79 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH (SERVICE_NOT_IMPLEMENTED) sends 501 and turns a received 406, 415 or 501 into cause 79; AudioCodes gateways also send 501. Asterisk&apos;s chan_pjsip has no mapping for 79 and sends 603 (Decline) when an unanswered incoming call ends with this cause.</source>
        <comment>q850 79 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User not member of CUG</source>
        <comment>q850 87 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed user group check failed: the called user is not in the group, or an outsider called a group member.</source>
        <comment>q850 87 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 87 belongs to the Closed User Group (CUG) service and is classed as an invalid message. It means either that the called user is not a member of the CUG named in an incoming CUG call, or that an ordinary subscriber outside any group called a CUG member who accepts calls only from within the group. The check is made by the network against the CUG data of both parties, usually at the terminating exchange, so the called terminal never sees the call. RFC 3398 maps it to 403 (Forbidden): the request is understood but refused by policy, and repeating it will not help. The response may carry Reason: Q.850;cause=87.</source>
        <comment>q850 87 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you called only accepts calls from members of a closed group, and your line is not in it. Contact the organisation you called, or your administrator.</source>
        <comment>q850 87 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check CUG membership and interlock codes of both lines with the operator or in the IMS or PBX subscriber data, including whether the caller has outgoing access and the called party incoming access outside the group. If the call crosses a gateway, verify that a CUG interlock code is not being added or dropped by mistake. Like cause 55, this is a provisioning issue, not a network fault.</source>
        <comment>q850 87 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed-user-group non-member group-restriction</source>
        <comment>q850 87 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AudioCodes gateways send 503 (Service Unavailable) for cause 87 instead of 403. FreeSWITCH has no named cause for 87 and sends its default, 480 (Temporarily Unavailable).</source>
        <comment>q850 87 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatible destination</source>
        <comment>q850 88 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination cannot accommodate the compatibility attributes of the call, such as its data rate or service type.</source>
        <comment>q850 88 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 88 means that the destination received a call whose compatibility attributes it cannot accommodate: the low layer compatibility, the high layer compatibility, or other attributes such as the data rate. Classic examples are a fax or data terminal receiving a speech call, a telephone receiving a data call, or an ISDN video unit receiving a call with an unsuitable rate adaption. It is normally generated by the called terminal, or by the PBX serving it, after compatibility checking, so the call did reach the destination. RFC 3398 maps it to 503 (Service Unavailable), possibly with Reason: Q.850;cause=88. VoIP platforms widely reuse the cause for codec and SDP mismatches.</source>
        <comment>q850 88 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number you called is connected to equipment that cannot take this kind of call, such as a fax or data line. Check the number, or call from a matching device.</source>
        <comment>q850 88 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an ISDN trace, compare the Bearer capability, Low layer compatibility and High layer compatibility elements of the SETUP with what the called terminal accepts; PBX extensions configured for data or fax only are a common culprit. On VoIP, a cause 88 is usually a translated 488 or 606: capture both legs and compare the SDP offer and answer (codecs, payload types, T.38 versus G.711 fax, SRTP requirements).</source>
        <comment>q850 88 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fax-line data-line codec-mismatch LLC HLC</source>
        <comment>q850 88 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current FreeSWITCH releases send 488 (Not Acceptable Here) for cause 88 (older ones sent 503), and FreeSWITCH turns a received 488 or 606 into INCOMPATIBLE_DESTINATION (88), so this cause in a FreeSWITCH log usually means a media or codec mismatch. AudioCodes gateways send 503 as the RFC does.</source>
        <comment>q850 88 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid message, unspecified</source>
        <comment>q850 95 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment received a signalling message it considered invalid, and no more precise cause applies.</source>
        <comment>q850 95 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 95 is the unspecified member of the invalid-message class (causes 81 to 95): the equipment sending it received a message it considered invalid, for example with parameter values out of range or inconsistent with each other, and no more specific cause of the class applies. It points to a signalling incompatibility between two adjacent nodes rather than to the called party: mismatched ISDN or ISUP variants, a gateway building a malformed SETUP or IAM from SIP data (an over-long or badly coded number, for instance), or a software defect. RFC 3398&apos;s table in §7.2.4.1 has no row for 95, so the SIP response depends on the gateway, and Reason: Q.850;cause=95 is the only reliable trace of the original value.</source>
        <comment>q850 95 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call failed because of a technical signalling problem between networks. Please try again; if it persists, report the number and time to your provider.</source>
        <comment>q850 95 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take an ISDN or SS7 trace at the gateway and decode the message that was rejected; look for unusual number formats (type of number, numbering plan, length), optional parameters your side adds, and the ISDN or ISUP variant configured on each end. If your gateway builds the message from SIP, check how it maps From, P-Asserted-Identity and the Request-URI into calling and called numbers. Send the carrier the decoded message together with the cause and its diagnostic field.</source>
        <comment>q850 95 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter-out-of-range decoding-error variant-mismatch bad-message</source>
        <comment>q850 95 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 gives no mapping for cause 95. AudioCodes gateways send 503 (Service Unavailable); FreeSWITCH (INVALID_MSG_UNSPECIFIED) falls back to its default 480 (Temporarily Unavailable); Asterisk&apos;s chan_pjsip sends 603 (Decline) when an unanswered incoming call ends with this cause.</source>
        <comment>q850 95 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery on timer expiry</source>
        <comment>q850 102 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signalling timer expired, and the call was cleared by the error-recovery procedure.</source>
        <comment>q850 102 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 102, in the protocol-error class, reports that a signalling timer expired and the equipment cleared the call as part of its error-recovery procedures. Examples are ISUP timer T7, which waits for the address complete message after the initial address message, and DSS1 timers such as T310 at the ISDN interface; the common thread is that the far side stopped answering during call setup. It is generated by whichever exchange or gateway was waiting, so its location shows where the silence began. RFC 3398 maps it to 504 (Server Time-out), and gateways add Reason: Q.850;cause=102 where they support it. In the SIP-to-ISUP direction, RFC 3398 §8.2.6.1 maps 408 and 504 back to cause 102.</source>
        <comment>q850 102 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network stopped waiting for an answer while setting up your call. Please try again; if it keeps happening, report it with the number and time.</source>
        <comment>q850 102 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find which node timed out: the location of the cause, the Reason header field and the timing in the capture (a release 20 to 30 seconds after the setup message often points to ISUP T7). Check that the far side actually received the setup: routing loops, unreachable SIP next hops behind the gateway, and SIP peers that send neither 100 Trying nor 18x all end up as 102 at the gateway. Compare timer values across trunks and SBCs, so that a SIP timer such as Timer B or Timer C does not race the ISUP or ISDN timer.</source>
        <comment>q850 102 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-response setup-timeout PDD post-dial-delay</source>
        <comment>q850 102 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH sends 504 for cause 102 and reports RECOVERY_ON_TIMER_EXPIRE (102) whenever a SIP call fails with 408 or 504, which makes it a frequent FreeSWITCH hangup cause when a gateway does not answer. Asterisk turns a received 504 into 102 but has no SIP code for 102 itself, and sends 603 (Decline) when an unanswered incoming call ends with this cause. AudioCodes gateways send 408 (Request Timeout) for 102.</source>
        <comment>q850 102 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol error, unspecified</source>
        <comment>q850 111 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment detected a signalling protocol error, and no more precise cause applies.</source>
        <comment>q850 111 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 111 is the unspecified member of the protocol-error class (causes 96 to 111): the equipment sending it detected a violation of the signalling protocol, such as a message arriving in the wrong call state, a missing mandatory element or an unexpected sequence, and none of the more precise causes of the class (96 to 103, 110) applies. It indicates a fault or incompatibility in the signalling between two adjacent nodes, not a problem with the called party, and it is usually generated by the exchange or gateway that received the offending message. RFC 3398 maps it to 500 (Server Internal Error), possibly with Reason: Q.850;cause=111.</source>
        <comment>q850 111 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call failed because of a technical fault between network systems. Please try again later, and report the number and time if it keeps happening.</source>
        <comment>q850 111 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the signalling on both sides of the node that generated the cause and look for the message sequence that broke the protocol: a release or answer crossing another message, a message the peer does not support, or a parameter the other side rejects. Check that both ends of the ISDN or ISUP link use the same variant and options, and update gateway firmware if the fault follows a specific message flow. The resulting SIP 500 carries no detail, so keep the Reason header field and the gateway&apos;s own logs.</source>
        <comment>q850 111 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state-mismatch unexpected-message interop bug</source>
        <comment>q850 111 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH (PROTOCOL_ERROR) has no mapping for cause 111 and sends its default, 480 (Temporarily Unavailable); Asterisk&apos;s chan_pjsip sends 603 (Decline) when an unanswered incoming call ends with this cause. AudioCodes gateways send 500 as the RFC does.</source>
        <comment>q850 111 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interworking, unspecified</source>
        <comment>q850 127 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call crossed a network or protocol that gives no cause, so the real reason for the release is unknown.</source>
        <comment>q850 127 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause 127 says that the call went through interworking with a network or protocol that does not provide causes for its actions, so the precise reason for the release cannot be determined. It is typically generated at the boundary between signalling systems: an ISUP network meeting older channel-associated signalling such as R2 or MF, a SIP or H.323 network, or a gateway receiving a SIP response it has no specific cause for. RFC 3398 maps cause 127 to 500 (Server Internal Error) and, in the other direction (§8.2.6.1), maps SIP responses such as 413, 414, 416, 420, 421, 423, 505 and 513 to 127. The real reason therefore usually lies beyond the interworking point, on the other network&apos;s side.</source>
        <comment>q850 127 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call failed somewhere between two different networks, and the exact reason was not passed back. Try again later; if it keeps failing, report the number and time to your provider.</source>
        <comment>q850 127 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace the call past the interworking point: on the SIP side, find the original SIP response and any Reason or Warning header field that the gateway translated into 127; on the PSTN side, ask the carrier which cause they received from the next network. If your own gateway turns many different SIP errors into 127, configure an explicit SIP-to-Q.850 mapping so the real failure (busy, not found, rejected) reaches the PSTN caller. Be wary of routes where every failure returns 127, which hides causes such as 17 or 1.</source>
        <comment>q850 127 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway-translation unknown-reason generic-error SS7-SIP</source>
        <comment>q850 127 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk sends 500 for cause 127 as the RFC does, and turns SIP 405, 415, 481, 487 and 491, as well as any 4xx or 6xx it does not map, into 127. FreeSWITCH (INTERWORKING) sends its default 480 (Temporarily Unavailable) and turns 413, 414, 416, 420, 421, 423, 505 and 513 into 127.</source>
        <comment>q850 127 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated number</source>
        <comment>q850 1 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialled number has a valid format but is not assigned to any subscriber.</source>
        <comment>q850 1 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange that owns the number range, usually the terminating local exchange, sends this cause when the called number is well formed but not allocated at the moment: never assigned, taken out of service and not yet reused, or ported away while routing data still points to the old network. It belongs to the normal class, so it reports a fact about the number, not a fault, and the network often plays a number-unobtainable announcement first. SIP receives it as Reason: Q.850;cause=1, in a final response (RFC 6432) or in a BYE or CANCEL (RFC 3326), and a gateway following RFC 3398 answers the INVITE with 404 (Not Found). In the opposite direction RFC 3398 maps 404, 485 and 604 to cause 1.</source>
        <comment>q850 1 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number you dialled does not exist or is no longer in service. Check the number, including any area or country code, and dial again.</source>
        <comment>q850 1 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the called number as it left your network: digit manipulation, prefix stripping and normalisation to E.164 or national format on the PBX, SBC or trunk. Compare the Request-URI and To of the INVITE with what the user dialled. If the number is valid and works from other networks, open a carrier ticket with the call time: a ported number with stale routing data, or a newly opened range not yet loaded in a transit network, also produces cause 1. The cause location tells which network released the call.</source>
        <comment>q850 1 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned vacant invalid number not exist nonexistent disconnected unobtainable</source>
        <comment>q850 1 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route to transit network</source>
        <comment>q850 2 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange was asked to route the call through a transit network that it does not know or cannot reach.</source>
        <comment>q850 2 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q.850 reserves this cause for national use. An exchange sends it when it was asked to carry the call through a particular transit network, typically chosen with a carrier selection prefix or a transit network selection parameter, and either does not recognise that network or is not served by it. The problem lies in the choice of carrier, not in the called number. In SIP it arrives as Reason: Q.850;cause=2, and RFC 3398 maps it to 404 (Not Found), the same response as causes 1 and 3; only the Reason header field tells the three apart.</source>
        <comment>q850 2 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be routed through the long-distance carrier that was selected. Dial without the carrier prefix, or contact your telephone provider.</source>
        <comment>q850 2 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for carrier selection in the outgoing call: an access prefix dialled by the user or added by the PBX dial plan, a cic parameter in a tel URI (RFC 4694), or a carrier-specific header field on the SIP trunk. Remove or correct it and test again. If no carrier selection was intended, ask the carrier which transit network its switch tried to use, because a wrong routing entry on their side produces the same cause.</source>
        <comment>q850 2 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carrier selection prefix transit CIC interexchange long distance national use</source>
        <comment>q850 2 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route to destination</source>
        <comment>q850 3 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network the call reached does not serve the destination, so the call cannot be routed further.</source>
        <comment>q850 3 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party cannot be reached because the network the call was routed through does not serve the wanted destination; Q.850 leaves support of the cause to each network. In practice a routing table somewhere had no entry for the number: a transit or local exchange without a route for the prefix, a PBX or gateway whose dial plan matched nothing, or a destination class such as premium-rate or international numbers that the trunk is not routed for. It is a normal-class cause, and RFC 3398 maps it to 404 (Not Found). Softswitches also use it for their own routing failures: FreeSWITCH reports NO_ROUTE_DESTINATION when no dial plan extension matches.</source>
        <comment>q850 3 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network could not find a way to connect your call to this number. Check the number; if it is correct, the destination may not be reachable from your line, so contact your provider.</source>
        <comment>q850 3 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the element that released the call (cause location, Via, Server or User-Agent header fields) and check its routing for the exact number it received: dial plan patterns, route lists, least-cost routing tables and prefix translations on the PBX, SBC or gateway. Check the number format the next hop expects (national or E.164) and whether the destination class (international, premium, short codes) is enabled on the trunk. On FreeSWITCH, a NO_ROUTE_DESTINATION hangup in the log means the dial plan did not match; on Asterisk, check the context the call landed in.</source>
        <comment>q850 3 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routing dial plan no match unroutable missing route LCR translation prefix</source>
        <comment>q850 3 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk and FreeSWITCH also answer 404. Asterisk uses cause 3 internally when the PJSIP endpoint named in Dial does not exist, so a 404 from Asterisk can come from its own configuration rather than from the network.</source>
        <comment>q850 3 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal call clearing</source>
        <comment>q850 16 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the parties hung up and the call ended normally.</source>
        <comment>q850 16 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is cleared because one of the users involved asked for it, normally by hanging up; Q.850 notes that in normal situations the network is not the source of this cause. It is the most frequent cause in any call record and does not indicate an error. In SIP it belongs in the request that ends the call, a BYE after answer or a CANCEL before it, as Reason: Q.850;cause=16 (RFC 3326). RFC 3398 gives it no response code, because a gateway that receives it normally sends BYE or CANCEL instead. If it arrives before the call is answered, the gateway still has to send a final response to the INVITE, and which status it picks depends on the product.</source>
        <comment>q850 16 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call ended normally because one side hung up. If you did not hang up, the other person or their phone ended the call.</source>
        <comment>q850 16 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a user reports a cut-off call with cause 16, check who sent the BYE and when: about 32 seconds after answer points to a 2xx that was never acknowledged (NAT or firewall trouble), other fixed durations to a session timer or a maximum call duration setting. Compare the Via and User-Agent of the BYE with the expected endpoint. A CANCEL with cause 16 means the caller gave up while it was ringing; a cause 16 release from the called side before answer is usually a switch or PBX rejecting the call without a more specific cause, so look at what preceded it.</source>
        <comment>q850 16 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hangup hang up normal clearing call ended completed disconnect onhook</source>
        <comment>q850 16 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When cause 16 must become a final response because the call was not answered yet, Asterisk (chan_pjsip) sends 603 (Decline) and FreeSWITCH sends 480 (Temporarily Unavailable), since neither maps the cause itself. FreeSWITCH writes its own cause name into the Reason text, for example text=NORMAL_CLEARING.</source>
        <comment>q850 16 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User busy</source>
        <comment>q850 17 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party cannot accept another call because it is busy.</source>
        <comment>q850 17 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party cannot take another call because a user-busy condition was met. Q.850 lets either the called user or the network generate it; when the terminal decides, it was compatible with the call and simply had no free line. Networks send it for a line already in a call without call waiting, for a subscriber with do-not-disturb or busy-on-busy, and for an ISDN access whose channels are all in use (network-determined user busy). The caller hears a busy tone. RFC 3398 maps it to 486 (Busy Here), which then carries Reason: Q.850;cause=17; in the other direction 486 and 600 map to cause 17.</source>
        <comment>q850 17 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you called is on another call. Try again later, or leave a message if voicemail answers.</source>
        <comment>q850 17 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the callee was not on a call, check what limits concurrent calls on the terminating side: call waiting disabled, a per-user or per-trunk call limit on the PBX, all channels of the customer PRI or SIP trunk in use, or do-not-disturb set to reject as busy. In a capture, find the element that produced the 486 or the cause (Via, Server, User-Agent; the cause location shows user or network). Busy on every call to one SIP trunk often points to a channel or licence limit on the carrier side.</source>
        <comment>q850 17 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy engaged occupied line in use busy tone call waiting</source>
        <comment>q850 17 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user responding</source>
        <comment>q850 18 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party did not respond to the call set-up with an alerting or a connect indication in time.</source>
        <comment>q850 18 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used when the called party does not react to the call set-up at all, neither with an alerting (ringing) nor with a connect indication, within the allowed time; on an ISDN access this is the expiry of Q.931 timer T303 or T310. Unlike cause 19, the called terminal never started ringing. Typical sources are a terminal that is switched off or cut off from its line, a mobile that could not be paged, or a remote system that accepted the set-up and then went silent. RFC 3398 maps it to 408 (Request Timeout); in the other direction it maps 480 (Temporarily Unavailable) to cause 18.</source>
        <comment>q850 18 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone you called did not respond; it may be switched off or out of reach. Try again later.</source>
        <comment>q850 18 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the terminating device ever received the set-up. On a SIP leg, look for an INVITE that got no response at all (timer B fires after 32 seconds with the default T1) or only 100 Trying; on an ISDN leg, check layer 2 on the called access. Registration problems are common: the registrar still holds a binding for a phone that is gone, for example behind a NAT whose mapping expired. If a gateway returns 408 quickly, read the Reason header field: cause 18 came from the PSTN, not from a SIP timer.</source>
        <comment>q850 18 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response not responding unreachable timeout switched off T303 paging</source>
        <comment>q850 18 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk (chan_pjsip) and FreeSWITCH also map cause 18 to 408. In the other direction Asterisk turns a 408 it receives into cause 18, whereas RFC 3398 §8.2.6.1 maps 408 to cause 102 (recovery on timer expiry).</source>
        <comment>q850 18 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <comment>q850 19 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called phone rang but nobody answered within the time allowed.</source>
        <comment>q850 19 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used when the called party has been alerted, so the phone rang and the caller heard ringback, but no connect indication came within the allowed time. Q.850 notes that the timer need not belong to Q.931 procedures: it is often a network no-answer timer, or the ring timeout of a PBX, a forking proxy or a forwarding service. Call forwarding on no answer or voicemail normally takes over before this cause is sent. RFC 3398 maps it to 480 (Temporarily Unavailable). When the SIP side is the one that gives up, the same cause often travels in a CANCEL as Reason: Q.850;cause=19.</source>
        <comment>q850 19 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone rang but nobody answered. Try again later or leave a message.</source>
        <comment>q850 19 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If calls are dropped while still ringing, find which timer fired first and compare it with the ringing time: the Dial timeout on Asterisk, call_timeout on FreeSWITCH, a no-answer timer on the SBC or in the carrier network, or timer C on proxies (more than 3 minutes). Cause 19 points at a timer rather than at a person hanging up. Make sure forward-on-no-answer and voicemail timers are shorter than the network no-answer timer, or the call is released before voicemail can take it.</source>
        <comment>q850 19 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer unanswered ring no answer ringing timeout ring timeout voicemail forwarding</source>
        <comment>q850 19 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk and FreeSWITCH map it to 480 as RFC 3398 does. Asterisk turns a 480 it receives back into cause 19 (AST_CAUSE_NO_ANSWER), whereas RFC 3398 §8.2.6.1 maps 480 to cause 18.</source>
        <comment>q850 19 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber absent</source>
        <comment>q850 20 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called subscriber is temporarily not reachable at any access, for example a mobile that is switched off.</source>
        <comment>q850 20 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q.850 defines it for a mobile station that has logged off, a mobile that radio contact could not be established with, and a personal telecommunications user who is temporarily not addressable at any user-network interface. The network is saying that the subscriber exists but is not attached anywhere right now, unlike cause 1 (number not assigned) or cause 18 (terminal attached but silent). Mobile networks send it for phones that are switched off or out of coverage, usually after an announcement. RFC 3398 maps it to 480 (Temporarily Unavailable); in SIP networks it is the natural cause for a user with no current registration.</source>
        <comment>q850 20 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you called cannot be reached right now; their phone may be switched off or outside coverage. Try again later or send a message.</source>
        <comment>q850 20 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For mobile numbers it is usually genuine; retest later or from another network. For SIP users, check the callee registration on the registrar: an expired or missing contact, refreshes failing behind NAT, or a phone that lost its network. If a fixed-line number returns it, the terminating network believes the subscriber is not attached, which only the carrier can explain.</source>
        <comment>q850 20 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent switched off out of coverage detached unregistered not registered offline</source>
        <comment>q850 20 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk names this value AST_CAUSE_UNREGISTERED and answers 480; FreeSWITCH (SUBSCRIBER_ABSENT) also answers 480.</source>
        <comment>q850 20 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call rejected</source>
        <comment>q850 21 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called side refused the call although it was neither busy nor incompatible.</source>
        <comment>q850 21 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment sending this cause chose not to accept the call, even though it was able to, being neither busy nor incompatible. It may come from the called user (a reject key, call screening, anonymous call rejection) or from the network, which then cleared the call because of a supplementary service constraint such as barring; the diagnostic field can name the service and the reason. RFC 3398 maps it to 403 (Forbidden) and adds that when the cause location is the user a 6xx code could be sent instead, that is 603 (Decline). In the other direction 401, 402, 403, 407 and 603 all map to cause 21.</source>
        <comment>q850 21 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person or service you called refused the call. If you think this is a mistake, check that your caller ID is not hidden and try again later.</source>
        <comment>q850 21 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the cause location first: user means the called party or its PBX rejected the call; a network location points at barring, fraud or policy rules, or a supplementary service in a carrier switch. Because gateways map 401, 403 and 407 to cause 21, a trunk authentication or authorisation failure can surface as this cause: check the trunk credentials, the caller IDs the carrier accepts (P-Asserted-Identity, From) and the destination classes allowed. Also read the diagnostic and any Warning header field or reason text the carrier added.</source>
        <comment>q850 21 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected declined refused reject screening blocked barred anonymous rejection blacklist</source>
        <comment>q850 21 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH maps cause 21 to 603 (Decline) rather than 403; Asterisk (chan_pjsip) follows RFC 3398 with 403. The default table of Oracle SBCs sends 603 when the cause location is the user and 403 otherwise, the choice the RFC footnote allows.</source>
        <comment>q850 21 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number changed</source>
        <comment>q850 22 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialled number is no longer assigned because the subscriber now has a different number.</source>
        <comment>q850 22 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned when the called number is no longer assigned because the subscriber moved to a new one. The new number may be carried in the diagnostic field; a network that does not support this cause uses cause 1 instead. RFC 3398 gives two mappings: without a diagnostic the gateway answers 410 (Gone); with a diagnostic from which it can build a Contact header field, it may answer 301 (Moved Permanently) pointing at the new number, so the caller can retry there. In the other direction a 410 becomes cause 22. Many networks play a changed-number announcement before releasing.</source>
        <comment>q850 22 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number you called has changed. Listen for the announcement of the new number, or look it up, and call that instead.</source>
        <comment>q850 22 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a 301 arrived, read the new number in its Contact header field and check whether your PBX follows redirects or passes them to the phone. A 410 means no new number was supplied. If the customer insists the number is current, ask the carrier to check its status and porting data; a number recently ported or reassigned can still hit stale translations.</source>
        <comment>q850 22 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed number moved new number gone redirect announcement renumbered</source>
        <comment>q850 22 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk (chan_pjsip) and FreeSWITCH always send 410 and never build a 301 from the diagnostic.</source>
        <comment>q850 22 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirection to new destination</source>
        <comment>q850 23 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exchange asks a preceding exchange to set the call up again towards a different called number.</source>
        <comment>q850 23 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by a general ISUP mechanism: an exchange that decides the call should go to a different called number does not forward it itself, but releases backwards with this cause so that a preceding exchange routes the call to the new number. It is a network cause; terminals do not generate it, and when it reaches the caller or the SIP edge the preceding exchanges did not act on the redirection. RFC 3398 maps it to 410 (Gone), like cause 22, although the call was meant to continue elsewhere.</source>
        <comment>q850 23 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network tried to send your call to a different number and could not complete the redirection. Try again; if it keeps failing, contact your provider.</source>
        <comment>q850 23 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeing this cause at the SIP edge means the redirection was not handled inside the PSTN. Check whether the release carried a redirection number and whether your gateway can turn it into a 302 with a Contact header field, or retry the new number itself. Otherwise escalate to the carrier, which owns the redirecting service.</source>
        <comment>q850 23 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect redirection rerouting new destination diversion forwarding ISUP</source>
        <comment>q850 23 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH maps it to 410 like RFC 3398. Asterisk (chan_pjsip) has no mapping for it and answers an unanswered INVITE with 603 (Decline).</source>
        <comment>q850 23 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-selected user clearing</source>
        <comment>q850 26 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was offered to several terminals and another one got it.</source>
        <comment>q850 26 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicates that this user was not awarded the incoming call. On an ISDN access with several terminals on one bus the network offers an incoming call to all of them, and when one answers it clears the others with this cause. The SIP counterpart is a forking proxy cancelling the remaining branches after one answered, where RFC 3326 uses a Reason header field with SIP;cause=200 (call completed elsewhere). RFC 3398 maps cause 26 to 404 (Not Found) and marks the row as an ANSI procedure: in ANSI ISUP the same value reports a call misrouted to a ported number, for which 404 fits.</source>
        <comment>q850 26 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was answered on another phone or extension. Nothing needs to be done.</source>
        <comment>q850 26 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On its own this cause is harmless: expect it on the phones of a ring group, hunt group or ISDN multipoint bus when another terminal answered. If a caller receives 404 with cause 26 from a North American network, suspect number portability: the call reached a switch that no longer serves the ported number, so the portability (LNP) routing data needs fixing.</source>
        <comment>q850 26 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered elsewhere call completed elsewhere ring group hunt group multipoint not awarded ported number LNP</source>
        <comment>q850 26 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither Asterisk (chan_pjsip) nor FreeSWITCH maps cause 26: for an unanswered INVITE, Asterisk answers 603 (Decline) and FreeSWITCH 480 (Temporarily Unavailable). For branches that lost the race, FreeSWITCH sends its CANCEL with Reason SIP;cause=200 instead of a Q.850 cause.</source>
        <comment>q850 26 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination out of order</source>
        <comment>q850 27 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface to the called party is not working, so signalling could not be delivered to it.</source>
        <comment>q850 27 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination cannot be reached because the interface to it is not working correctly: a signalling message could not be delivered to the remote party, for example because of a physical-layer or data-link failure on its side or because its equipment is off line. Typical sources are a customer PBX that lost its PRI, an ISDN line whose terminal equipment is disconnected, or in SIP networks a trunk or endpoint that stopped answering. It points at a fault near the called party, not at congestion inside the network. RFC 3398 maps it to 502 (Bad Gateway); in the other direction 502 maps to cause 38, not back to 27.</source>
        <comment>q850 27 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line you called is out of order or its equipment is not connected. Try again later; if it persists, the person you are calling should report a fault.</source>
        <comment>q850 27 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the called side access: E1/T1 alarms (LOS, AIS, RAI), D-channel and layer 2 (LAPD) state on the customer PRI, or for SIP the reachability of the trunk or endpoint (OPTIONS keep-alives, TCP or TLS connection, DNS). If your own gateway generated the cause, its log for the failed outgoing leg shows why. A 502 with cause 27 in the Reason header field was produced from a PSTN release by a gateway, not by a SIP proxy.</source>
        <comment>q850 27 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of order fault line down PRI down D-channel offline unreachable failure</source>
        <comment>q850 27 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk and FreeSWITCH both map it to 502. FreeSWITCH also uses this cause itself when it fails to allocate or start RTP while answering, so a cause 27 from FreeSWITCH can be a local media problem rather than a network fault.</source>
        <comment>q850 27 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number format</source>
        <comment>q850 28 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called number is not in a valid format or has too few digits.</source>
        <comment>q850 28 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party cannot be reached because the called number is not in a valid format or is incomplete: too few digits, the wrong nature of address (a national number sent as international or the reverse), or characters the network does not accept. With overlap sending it also ends calls in which the caller stopped dialling too early. RFC 3398 maps it to 484 (Address Incomplete), the response that SIP overlap dialling (RFC 3578) relies on, and maps 484 back to cause 28 in the other direction.</source>
        <comment>q850 28 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number you dialled is incomplete or in the wrong format. Check it, add the area or country code if needed, and dial again.</source>
        <comment>q850 28 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the number in the Request-URI (and any tel URI or user=phone form) with what the next network expects: E.164 with a plus sign, national with trunk prefix, or subscriber number only. Check digit manipulation on the PBX and SBC, the type of number and numbering plan (TON/NPI) a gateway puts into the ISUP or Q.931 called party number, and inter-digit timeouts that send the call before all digits are collected. Short codes and emergency numbers often need their own rules.</source>
        <comment>q850 28 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete address incomplete wrong format digits missing TON NPI E.164 overlap dialling prefix</source>
        <comment>q850 28 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk and FreeSWITCH map it to 484. FreeSWITCH also answers 484 for its own INVALID_GATEWAY and INVALID_URL errors, so a 484 from FreeSWITCH can be a local configuration error.</source>
        <comment>q850 28 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility rejected</source>
        <comment>q850 29 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network cannot provide a supplementary service that the user requested.</source>
        <comment>q850 29 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned when a supplementary service (a facility) requested by the user cannot be provided by the network, for example a service invocation carried in a Facility information element at set-up or during the call. The call itself may have been routable; what failed is the extra service attached to it. RFC 3398 maps it to 501 (Not Implemented). The table in the RFC prints 510 for this row, a typo for 501: no SIP response 510 is registered.</source>
        <comment>q850 29 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service you requested with this call, such as forwarding or transfer, is not available on your line. The call may work without it; contact your provider to have the service enabled.</source>
        <comment>q850 29 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the supplementary service involved: Facility information elements and their diagnostics in the ISDN trace, or on the SIP side a REFER, a Diversion or History-Info header field, or a feature code the gateway turned into a service request. Check that the service is provisioned on the line or trunk, and whether the PBX sends QSIG or network-specific facilities the carrier does not support.</source>
        <comment>q850 29 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facility supplementary service not provided feature rejected transfer forwarding</source>
        <comment>q850 29 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3398 prints 510 for this cause; read it as 501, which is what Asterisk and FreeSWITCH send. Asterisk also maps a 501 it receives back to cause 29.</source>
        <comment>q850 29 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal, unspecified</source>
        <comment>q850 31 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A normal-class release for which no more specific cause applies.</source>
        <comment>q850 31 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports a normal event only when no other cause of the normal class applies. In practice it is the catch-all that switches, PBXs and gateways use when they release a call without a better reason, and gateways use it when a SIP response has no specific mapping: RFC 3398 §8.2.6.1 maps every unlisted SIP status to cause 31. Because the value says so little, the cause location and the element that sent it matter more than the number. RFC 3398 §7.2.4.1 maps it to 480 (Temporarily Unavailable).</source>
        <comment>q850 31 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call ended or failed without a specific reason. Try again; if it keeps happening, report the time and the number called to your provider.</source>
        <comment>q850 31 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat cause 31 as not known yet: find the element that generated it (cause location, Via, Server or User-Agent) and read its own logs for the real reason. If your gateway produced it, check which SIP response it received on the other leg, since an unmapped 4xx, 5xx or 6xx turns into 31. After answer it usually means a normal hang-up reported without cause 16.</source>
        <comment>q850 31 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unspecified normal unknown generic catch-all release</source>
        <comment>q850 31 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk (chan_pjsip) and FreeSWITCH both answer 480, as RFC 3398 does. FreeSWITCH also answers 480 for every cause it has no mapping for, so a 480 from FreeSWITCH does not prove that the cause was 31.</source>
        <comment>q850 31 gateway notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatible network protocol</source>
        <comment>warning 300 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session description names a network type that the recipient does not support.</source>
        <comment>warning 300 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the codes RFC 3261 reserves for problems with keywords in the session description (300 to 329). It says that a network type in the SDP, the first token of the c= and o= lines, is not available at the recipient. Practically every SIP device uses IN (Internet), so this warning is rare and usually means an SDP from a non-IP system or a corrupted body. The element that rejects the offer adds it, normally to a 488 (Not Acceptable Here) or 606 (Not Acceptable), and the warn-agent names that element.</source>
        <comment>warning 300 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be set up because the two systems describe their connection in incompatible ways. An administrator needs to look at it.</source>
        <comment>warning 300 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the c= and o= lines of the rejected SDP: anything other than IN as the network type, or a malformed line, explains the warning. Check for SDP rewritten by an ALG in a router or firewall, or produced by a gateway to a non-IP network. Capture on both sides of the SBC to see which element changed the body.</source>
        <comment>warning 300 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDP nettype c= line IN network type rejected offer</source>
        <comment>warning 300 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatible network address formats</source>
        <comment>warning 301 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address type in the session description, such as IPv6, is not available at the recipient.</source>
        <comment>warning 301 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says that one or more address formats in the session description are not available. The address type is the token after IN in the c= and o= lines, IP4 or IP6; RFC 3261 shows the warning with the free text Incompatible network address type E.164. The usual real case is an IPv6 media address offered to an IPv4-only device, or an address the recipient cannot use, such as a host name where it expects a literal IP address. It normally comes with a 488 (Not Acceptable Here) or 606 (Not Acceptable) from the element that rejected the offer.</source>
        <comment>warning 301 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be set up because the two systems use different kinds of network addresses. An administrator needs to adjust the configuration.</source>
        <comment>warning 301 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the address type and address in the c= line of the offer with what the rejecting side supports: IPv6 offered to an IPv4-only phone or trunk, a dual-stack host choosing the wrong family, or a domain name in c=. Fix the media address selection on the offering side, or let an SBC translate between IPv4 and IPv6. ICE candidates (RFC 8445) can also offer both families.</source>
        <comment>warning 301 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 IPv4 IP4 IP6 addrtype dual stack c= line address family</source>
        <comment>warning 301 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatible transport protocol</source>
        <comment>warning 302 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media transport protocol in the session description, such as secure RTP, is not available at the recipient.</source>
        <comment>warning 302 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says that one or more transport protocols described in the session description are not available. The transport protocol is the proto field of an m= line: RTP/AVP for plain RTP, RTP/SAVP and RTP/SAVPF for SRTP, UDP/TLS/RTP/SAVPF for DTLS-SRTP as used by WebRTC, udptl for T.38 fax, TCP/MSRP for messaging. In practice it flags secure media offered to a device without SRTP, a WebRTC offer sent to a plain SIP phone, or the reverse. The rejecting UAS, gateway or SBC adds it to a 488 (Not Acceptable Here) or 606 (Not Acceptable).</source>
        <comment>warning 302 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be set up because one side requires encrypted or special media that the other side does not support. An administrator needs to align the settings.</source>
        <comment>warning 302 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the proto field of every m= line with the rejecting side: media encryption set to mandatory on one end only (RTP/SAVP against RTP/AVP), SDES a=crypto against DTLS fingerprints, AVPF feedback profiles, or T.38 udptl offered to a device without fax relay. Align the SRTP policy on PBX, phones and trunk, or let an SBC terminate SRTP or DTLS towards the side that cannot.</source>
        <comment>warning 302 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRTP RTP/SAVP RTP/AVP DTLS WebRTC encryption T.38 udptl profile</source>
        <comment>warning 302 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatible bandwidth units</source>
        <comment>warning 303 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bandwidth modifier in the session description was not understood.</source>
        <comment>warning 303 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says that one or more bandwidth measurement units in the session description were not understood. The unit is the modifier of a b= line: SDP itself defines CT (conference total) and AS (application specific), while TIAS (RFC 3890) and RS and RR for RTCP bandwidth (RFC 3556) are extensions that older or strict parsers may not know. It is rare; when it appears, it usually comes from such a parser in a phone, gateway or SBC, added to a 488 (Not Acceptable Here) or 606 (Not Acceptable).</source>
        <comment>warning 303 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be set up because one system did not understand how the other described the bandwidth of the call. An administrator needs to look at it.</source>
        <comment>warning 303 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at every b= line of the rejected SDP and find the modifier the recipient did not accept, typically TIAS, RS or RR from a video endpoint or WebRTC gateway. Remove or rewrite those lines on an SBC (SDP manipulation) or disable them on the sender, and report the parser limitation to the vendor of the rejecting device.</source>
        <comment>warning 303 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b= line TIAS AS CT RS RR bandwidth modifier</source>
        <comment>warning 303 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type not available</source>
        <comment>warning 304 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media type offered in the session description, such as video, is not available at the recipient.</source>
        <comment>warning 304 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says that one or more media types in the session description are not available. The media type is the first token of an m= line: audio, video, text, application, message or image, the last used for T.38 fax. Under the offer/answer model an unwanted stream is normally declined by setting its port to zero in the answer, so the warning appears when the recipient rejects the whole offer instead, for example a video-only or fax-only offer sent to an audio phone. It comes with a 488 (Not Acceptable Here) or 606 (Not Acceptable).</source>
        <comment>warning 304 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be set up because it asked for a kind of media, such as video or fax, that the other side cannot handle. Try a normal voice call.</source>
        <comment>warning 304 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the m= lines of the offer and see which media types the rejecting side supports. Typical cases: a video call to an audio-only device that refuses instead of answering with port 0, a re-INVITE switching to T.38 (m=image) towards a device or trunk without fax relay, or text or message streams from WebRTC clients. Configure the sender to offer audio as well, or let an SBC strip the unsupported streams.</source>
        <comment>warning 304 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video audio fax T.38 m=image media stream m= line</source>
        <comment>warning 304 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatible media format</source>
        <comment>warning 305 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the media formats (codecs) offered in the session description is available at the recipient.</source>
        <comment>warning 305 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says that one or more media formats in the session description are not available. The formats are the payload types listed on an m= line and described by rtpmap and fmtp attributes, so in practice this is the warning for no codec in common. It is the code seen most often with 488 (Not Acceptable Here) and 606 (Not Acceptable), added by the phone, PBX, gateway or SBC that rejected the offer. The warn-agent identifies that element, which matters when several B2BUAs sit in the path, and the quoted text sometimes lists the codecs it wanted.</source>
        <comment>warning 305 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be set up because the two sides have no audio or video format in common. An administrator or the provider needs to adjust the codec settings.</source>
        <comment>warning 305 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the payload types, rtpmap and fmtp lines of the offer with the codecs allowed on the rejecting element: G.711 A-law against mu-law only, G.729 or Opus on one side only, fmtp mismatches such as G.729 annexb or AMR modes, or video profiles and levels. Use the warn-agent to find which element rejected it, then fix its allow list (Asterisk allow/disallow, FreeSWITCH codec preferences) or enable transcoding on the SBC.</source>
        <comment>warning 305 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codec mismatch no common codec payload type G.711 G.729 Opus transcoding</source>
        <comment>warning 305 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute not understood</source>
        <comment>warning 306 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more media attributes (a= lines) in the session description are not supported by the recipient.</source>
        <comment>warning 306 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says that one or more media attributes in the session description are not supported. SDP tells receivers to ignore attributes they do not know, so in practice the warning points at an attribute the recipient recognised but cannot honour and will not ignore: an SRTP crypto suite it lacks, a DTLS fingerprint or setup role, a mandatory precondition, or an ICE attribute on a device that cannot do ICE. The rejecting UAS, gateway or SBC adds it to a 488 (Not Acceptable Here) or 606 (Not Acceptable), and the quoted text often names the attribute.</source>
        <comment>warning 306 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be set up because one side asked for a media feature the other does not support. An administrator needs to align the settings.</source>
        <comment>warning 306 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the quoted warn-text for the attribute name, then check the matching a= lines: a=crypto suites and key parameters, a=fingerprint and a=setup for DTLS, a=curr and a=des preconditions with Require: precondition, a=rtcp-mux or ICE candidates towards legacy devices. Remove the attribute on an SBC, change the sender profile, or upgrade the rejecting device.</source>
        <comment>warning 306 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a= attribute crypto fingerprint precondition ICE rtcp-mux unsupported attribute</source>
        <comment>warning 306 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session description parameter not understood</source>
        <comment>warning 307 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some part of the session description other than those covered by codes 300 to 306 was not understood.</source>
        <comment>warning 307 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catch-all of the session description range: a parameter other than the network type, address type, transport, bandwidth unit, media type, media format or attribute was not understood. RFC 3261 illustrates it with the text Session parameter foo not understood. In the field it usually reports an SDP the recipient could not parse at all: a missing or malformed v=, o=, s= or t= line, a wrong line order, bad line endings or a Content-Length that cuts the body. It comes with 488 (Not Acceptable Here) or 606 (Not Acceptable), sometimes with 400 (Bad Request).</source>
        <comment>warning 307 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be set up because the other side could not read the call setup information. An administrator needs to look at it.</source>
        <comment>warning 307 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the rejected SDP line by line against RFC 8866: mandatory v=, o=, s=, t= lines in the right order, CRLF line endings, no empty or duplicated lines, and a Content-Length matching the body. The quoted warn-text often names the offending line. Check for bodies altered by ALGs, SBC manipulation rules or MTU fragmentation of large UDP messages.</source>
        <comment>warning 307 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDP parse error malformed SDP syntax o= line t= line Content-Length</source>
        <comment>warning 307 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatible language specification</source>
        <comment>warning 308 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called side supports none of the human languages the caller asked for.</source>
        <comment>warning 308 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the IANA registry by RFC 8373, which lets a caller state in SDP the spoken, written or signed languages it wants to use on each stream (humintlang-send and humintlang-recv attributes). The intended use is emergency and call centre calls, where a matching call taker, interpreter or relay service can be bridged in. When the called side has no language in common and rejects the call, this warning explains why, and its text lists the languages and media the called side does support. It typically comes with 488 (Not Acceptable Here).</source>
        <comment>warning 308 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service you called cannot communicate in the language you requested. Try again without a language preference or ask for a relay or interpreter service.</source>
        <comment>warning 308 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the humintlang-send and humintlang-recv values of the offer with the list in the warn-text. Check that the language tags follow BCP 47, that the endpoint offers the media the language needs (video for sign language, text for real-time text), and whether the call should have been routed to a queue or relay service that handles the language instead of being rejected. Microsoft SDP extensions (MS-SDP) use 308 with another meaning, Encryption Levels Incompatible, so read the text before assuming a language problem.</source>
        <comment>warning 308 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language humintlang sign language relay interpreter emergency NG112 NG911</source>
        <comment>warning 308 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast not available</source>
        <comment>warning 330 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient site does not support multicast media, which the session description asked for.</source>
        <comment>warning 330 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the codes RFC 3261 reserves for basic network services requested in the session description (330 to 339). It says that the site where the user is located does not support multicast, so a c= line with a multicast group address (224.0.0.0/4 in IPv4, ff00::/8 in IPv6) cannot be served. Multicast SDP is rare in ordinary telephony but appears in paging, push-to-talk and broadcast systems. The warning comes with 488 (Not Acceptable Here) or 606 (Not Acceptable) from the element that rejected the offer.</source>
        <comment>warning 330 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call or broadcast could not be joined because the network at your location does not support group transmission. An administrator needs to look at it.</source>
        <comment>warning 330 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the c= address of the offer: a multicast group sent to a site or device that cannot join it. Either enable multicast routing (IGMP or MLD, PIM) between the sender and that site, or configure the paging or broadcast system to use unicast towards it.</source>
        <comment>warning 330 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multicast group address IGMP paging push-to-talk broadcast</source>
        <comment>warning 330 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicast not available</source>
        <comment>warning 331 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient site cannot take part in unicast media, usually because of a firewall.</source>
        <comment>warning 331 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also from the basic network services range. It says that the site where the user is located does not support unicast communication, and RFC 3261 names the usual reason: a firewall that lets no point-to-point media through, so the user can only take part in multicast sessions. It is rarely seen today, since media relays and SBCs normally solve firewall traversal, but it can appear from conferencing or streaming systems built for multicast-only networks. It comes with 488 (Not Acceptable Here) or 606 (Not Acceptable).</source>
        <comment>warning 331 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be set up because the network at the other location blocks direct media connections. An administrator needs to look at it.</source>
        <comment>warning 331 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the firewall or policy between the two media endpoints and open the RTP port range, or insert a media relay: an SBC anchoring media, a TURN server, or a conference bridge that converts between unicast and multicast.</source>
        <comment>warning 331 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unicast firewall RTP blocked media relay TURN multicast only</source>
        <comment>warning 331 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insufficient bandwidth</source>
        <comment>warning 370 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bandwidth the session needs is more than the recipient knows to be available.</source>
        <comment>warning 370 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only registered code of the range for quantitative QoS parameters (370 to 379). It says that the bandwidth given in the session description, or implied by the media and codecs, exceeds what is known to be available. It is typically produced by call admission control: an SBC, PBX or call manager that tracks bandwidth per site or per link and refuses a call, often a video call, that would exceed the budget. It comes with 488 (Not Acceptable Here) or 606 (Not Acceptable); resource reservation failures with preconditions use 580 (Precondition Failure) instead.</source>
        <comment>warning 370 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be set up because the network link is full at the moment. Try again later, or try a voice call instead of video.</source>
        <comment>warning 370 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the call admission control of the element named in the warn-agent: per-site or per-link bandwidth limits, current usage, and how it counts a call (codec bit rate plus IP overhead, b=AS or b=TIAS values). Compare the b= lines and codecs of the offer; a video endpoint announcing a large b=AS is a common trigger. Raise the limit, prefer lower-rate codecs, or cap video bandwidth on the endpoints.</source>
        <comment>warning 370 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bandwidth CAC call admission control video b=AS congestion link capacity QoS</source>
        <comment>warning 370 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIPS not allowed</source>
        <comment>warning 380 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request used the SIPS scheme, but the target cannot be reached securely, for example because it has no SIPS contact registered.</source>
        <comment>warning 380 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by RFC 5630, which clarifies the SIPS URI scheme: a request to a sips: URI must be carried over TLS on every hop to the target domain and on to the user. A proxy or UAS that cannot honour that, for example a proxy whose location service holds only non-SIPS contacts for the user, rejects the request rather than falling back to insecure delivery, usually with 480 (Temporarily Unavailable), and adds this warning to say why. Unlike a plain 480, the user may well be registered and reachable with a sip: URI.</source>
        <comment>warning 380 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was made with mandatory encryption, but the person you called cannot currently be reached that way. An administrator needs to check the security settings.</source>
        <comment>warning 380 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check how the callee registered: a Contact with sips: or at least over TLS, versus plain sip: over UDP or TCP. Either make the callee register with a SIPS contact over TLS, or stop the caller, its dial plan or an SBC from promoting the Request-URI to sips:. Remember that transport=tls on a sip: URI does not request end-to-end security.</source>
        <comment>warning 380 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIPS TLS sips URI secure signalling encryption registration contact 5061</source>
        <comment>warning 380 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIPS required</source>
        <comment>warning 381 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient accepts the request only with the SIPS scheme, that is with TLS on every hop.</source>
        <comment>warning 381 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also registered by RFC 5630. A proxy or UAS whose policy requires secure signalling sends it when it receives a request addressed to a sip: URI, or one that did not arrive over TLS, and therefore will not process it. The usual carrier is a 480 (Temporarily Unavailable). A client that supports SIPS can react by retrying the request with a sips: Request-URI over TLS; some user agents do this automatically when they see this warning.</source>
        <comment>warning 381 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person or service you called accepts only encrypted calls. Enable secure calling on your phone, or ask your administrator to do it.</source>
        <comment>warning 381 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure the caller or trunk for TLS (port 5061, certificates trusted on both sides) and sips: URIs towards this destination, or relax the policy on the recipient if plain SIP is acceptable there. In a capture, check whether the request arrived over UDP or TCP, or was downgraded by an intermediate proxy or SBC.</source>
        <comment>warning 381 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIPS TLS sips URI secure signalling encryption required 5061 certificate</source>
        <comment>warning 381 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miscellaneous warning</source>
        <comment>warning 399 name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-text information for people and logs; a receiving system must not act on it automatically.</source>
        <comment>warning 399 summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The general-purpose code of the miscellaneous range (390 to 399). Its warn-text can carry any information meant to be shown to a user or logged, and RFC 3261 forbids a receiving system to take automated action because of it. Vendors use it for diagnostics with any response, for example the name of the rule that rejected a call, a missing trunk or device match, or an internal error string. The warn-agent tells which element wrote it, which is often the fastest way to find the real source of a failure behind several proxies and B2BUAs.</source>
        <comment>warning 399 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system added a technical note to this failure. Pass the exact message to your administrator or provider.</source>
        <comment>warning 399 user advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the full quoted text and the warn-agent from the capture and search the vendor documentation for it. Cisco Unified CM, for instance, uses 399 to say that no trunk or device matches the source address of a request. Kamailio and OpenSIPS add an unregistered code 392 with routing debug data when their sip_warning option is on; disable that in production because it exposes internal addresses.</source>
        <comment>warning 399 engineer advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free text vendor diagnostic debug warn-text warn-agent 392 sip_warning</source>
        <comment>warning 399 keywords</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Language of the text output: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sipref lookup CODE [--lang en|zh_CN] [--format text|json|markdown]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words, a code, a code prefix or a class such as 4xx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sipref search TEXT [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sipref list [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the inspection in-process and print one BENCH line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with SIP messages or a log, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sipref inspect FILE|- [--format text|json] [--lang en|zh_CN]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 message(s): %2 error(s), %3 warning(s), %4 note(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SIP response code (486), a Q.850 cause (q850:17) or a Warning code (warning:399).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SIP response code (100 to 699), a Q.850 cause (q850:N) or a Warning code (warning:N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How hard to judge: strict (the RFCs as written), lenient (warnings become notes) or gb28181 (GB/T 28181 platform habits accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown strictness &quot;%1&quot;; use strict, lenient or gb28181.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sipref [COMMAND] [OPTIONS]
Without a command, sipref opens its window.

Commands:
  lookup CODE     explain a SIP response code, q850:N cause or warning:N code
  search TEXT     find codes by number, class, words or header name
  list            the whole catalog
  inspect FILE|-  check SIP messages in a file, a log or standard input
  flow FILE|-     the calls in a file or log, each as a ladder diagram

Run sipref COMMAND --help for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, setup %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, duration %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the call with this Call-ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of standard output (required for svg and png).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sipref flow FILE|- [--call CALL-ID] [--format text|svg|png] [--output OUT] [--lang en|zh_CN]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of sipref cannot draw images; use --format text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1 needs --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call with Call-ID &quot;%1&quot; in the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call in the input: no SIP message with a Call-ID was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input has %1 calls; choose one with --call for an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 bytes of &quot;%2&quot; are inspected: the inspector reads inputs of up to 2 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeSheet</name>
    <message>
        <source>SIP response codes, Q.850 causes and Warning codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB/T 28181 platform response codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITU-T Q.850 cause values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP Warning codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP %1 responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITU-T name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeSheetExport</name>
    <message>
        <source>Print Code Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Code Sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code Sheet Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>Saved %n page to &quot;%1&quot;.</numerusform>
            <numerusform>Saved %n pages to &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>No SIP message was found. A message begins with a request line such as &quot;INVITE sip:bob@example.com SIP/2.0&quot; or a status line such as &quot;SIP/2.0 200 OK&quot;.</source>
        <comment>no-sip-message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method &quot;%1&quot; contains characters that a SIP token may not contain.</source>
        <comment>malformed-start-line invalid-method; %1 = method</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Request-URI must not be enclosed in &quot;&lt;&quot; and &quot;&gt;&quot;.</source>
        <comment>malformed-start-line angle-brackets</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Request-URI contains white space; a URI may not contain unescaped spaces.</source>
        <comment>malformed-start-line space-in-uri</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts of the start line must be separated by exactly one space.</source>
        <comment>malformed-start-line extra-space</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request line has white space after SIP/2.0; it must end right there.</source>
        <comment>malformed-start-line trailing-space</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status line ends right after the status code; a space must follow it even when the reason phrase is empty.</source>
        <comment>malformed-start-line missing-reason-space</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol version is &quot;%1&quot;, not SIP/2.0; a SIP/2.0 element rejects such a request with 505 (Version Not Supported).</source>
        <comment>unsupported-version; %1 = version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status code &quot;%1&quot; is not a three-digit number from 100 to 699.</source>
        <comment>invalid-status-code; %1 = code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a registered SIP response code; a user agent that does not know it handles it as %2.</source>
        <comment>unregistered-status-code; %1 = code, %2 = the code it is treated as</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason phrase &quot;%1&quot; differs from the registered &quot;%2&quot;. Reason phrases are free text and receivers act on the code only, but a different phrase can hint at a vendor-specific cause.</source>
        <comment>reason-phrase-differs; %1 = phrase on the wire, %2 = registered phrase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason phrase &quot;%1&quot; is an older or common variant of the registered &quot;%2&quot;; receivers act on the code only.</source>
        <comment>reason-phrase-differs alias; %1 = phrase on the wire, %2 = registered phrase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mandatory header field %1 is missing. Every request must contain To, From, CSeq, Call-ID, Max-Forwards and Via.</source>
        <comment>missing-header request; %1 = header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mandatory header field %1 is missing. Every response must contain Via, From, To, Call-ID and CSeq, copied from the request it answers.</source>
        <comment>missing-header response; %1 = header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact is missing. A 2xx response to %3 establishes a dialog, so the UAS must add a Contact header field with the URI for later requests.</source>
        <comment>missing-header dialog-response-contact; %3 = method answered</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact is missing. %2 is a target refresh request and should carry the Contact of its sender.</source>
        <comment>missing-header target-refresh-contact; %2 = method</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header field %1 is missing; a 2xx response to %3 must contain it.</source>
        <comment>missing-header success-to; %1 = header, %3 = method answered</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 415 response must say what the server accepts: Accept for body types, Accept-Encoding for encodings or Accept-Language for languages, depending on the problem.</source>
        <comment>missing-header accept-415</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSeq is missing. A provisional response sent reliably (Require: 100rel) must carry an RSeq header field.</source>
        <comment>missing-header reliable-rseq</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Length is missing. The topmost Via shows %3, a stream transport, where only Content-Length tells where a message ends.</source>
        <comment>missing-header stream-content-length; %3 = transport</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 2xx response to %3 must not contain %1.</source>
        <comment>forbidden-header success-to; %1 = header, %3 = method answered</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears %2 times, but it may appear only once: its grammar allows no list of values.</source>
        <comment>duplicate-header; %1 = header, %2 = count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message must carry exactly one Contact URI, but it has %2.</source>
        <comment>duplicate-header contact; %2 = count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line in the header block is not a header field: a header name followed by a colon is missing.</source>
        <comment>malformed-header-line no-colon</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line looks like a continuation of the previous header field, but a continuation line must begin with a space or a tab.</source>
        <comment>malformed-header-line continuation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Length says %1 bytes, but the body has %2 bytes.</source>
        <comment>content-length-mismatch; %1 = declared, %2 = actual</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Length says %1 bytes, but the body has %2 bytes here and %3 with every line break counted as CRLF as on the wire.</source>
        <comment>content-length-mismatch wire; %1 = declared, %2 = bytes present, %3 = wire bytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Length says %1 bytes, but the input ends after %2 bytes of body: the message is cut off.</source>
        <comment>content-length-mismatch truncated; %1 = declared, %2 = bytes present</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Length announces a %1-byte body, but the message ends without the empty line and the body.</source>
        <comment>content-length-mismatch no-body; %1 = declared</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Length &quot;%1&quot; is not a valid length: it must be a non-negative decimal number of bytes.</source>
        <comment>invalid-content-length; %1 = value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Length %1 is far beyond any SIP message; the value is corrupt.</source>
        <comment>invalid-content-length absurd; %1 = value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSeq method %1 does not match the request method %2; they must be the same.</source>
        <comment>cseq-method-mismatch; %1 = CSeq method, %2 = request method</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSeq must be a sequence number and a method, as in &quot;CSeq: 1 INVITE&quot;; found &quot;%1&quot;.</source>
        <comment>invalid-cseq format; %1 = value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSeq sequence number %1 is too large; it must be below 2^31.</source>
        <comment>invalid-cseq range; %1 = number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max-Forwards must be a whole number from 0 to 255; found &quot;%1&quot;.</source>
        <comment>invalid-max-forwards; %1 = value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topmost Via has no branch parameter; every request must carry one to identify its transaction.</source>
        <comment>via-branch-missing request</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topmost Via has no branch parameter, so the request this answers had none; the response cannot be matched to a transaction reliably.</source>
        <comment>via-branch-missing response</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Via branch &quot;%1&quot; does not begin with the magic cookie z9hG4bK: the sender follows RFC 2543, and transactions are matched the older, less reliable way.</source>
        <comment>via-branch-not-rfc3261; %1 = branch</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To has no tag parameter. The UAS must add one to every response except 100 (Trying); without it the %1 cannot be tied to a dialog.</source>
        <comment>missing-to-tag; %1 = code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From has no tag parameter, so the request this answers had none; check the UAC that sent it.</source>
        <comment>missing-from-tag response</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has a %1-byte body but no Content-Type; Content-Type must be present whenever the body is not empty.</source>
        <comment>body-without-content-type; %1 = bytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an opening quotation mark without a closing one.</source>
        <comment>unterminated-quote; %1 = header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a &quot;&lt;&quot; without a matching &quot;&gt;&quot;.</source>
        <comment>unclosed-angle-bracket; %1 = header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the URI enclosed in &quot;&lt;&quot; and &quot;&gt;&quot;: a display name, or a URI containing a comma, a question mark or a semicolon, is only allowed in the name-addr form.</source>
        <comment>name-addr-required; %1 = header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URI in %1 contains white space, which a URI may not contain.</source>
        <comment>spaces-in-uri; %1 = header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date must be an RFC 1123 date in GMT, such as &quot;Sat, 13 Nov 2010 23:29:00 GMT&quot;; found &quot;%1&quot;.</source>
        <comment>invalid-date; %1 = value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds; found &quot;%2&quot;.</source>
        <comment>invalid-number; %1 = header, %2 = value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 value %2 is out of range; the largest allowed is %3.</source>
        <comment>value-out-of-range; %1 = header, %2 = value, %3 = maximum</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is present but empty; its value is mandatory.</source>
        <comment>empty-header-value; %1 = header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <comment>severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <comment>severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <comment>severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start line is incomplete: a request line needs a method, a Request-URI and SIP/2.0; a status line needs SIP/2.0 and a three-digit status code, each followed by a space.</source>
        <comment>malformed-start-line missing-parts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max-Forwards is 0: a proxy will not forward this request; it answers 483 (Too Many Hops), or answers an OPTIONS itself. Not an error when the request has reached its destination.</source>
        <comment>max-forwards-zero</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To has no tag parameter. A response to CANCEL should carry the same To tag as the response to the INVITE it cancels.</source>
        <comment>missing-to-tag cancel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From has no tag parameter; the UAC must put a tag in From of every request, a new one outside a dialog.</source>
        <comment>missing-from-tag request</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact is missing. %2 can establish a dialog, so the request must carry a Contact header field with exactly one SIP or SIPS URI where the peer reaches this user agent.</source>
        <comment>missing-header dialog-contact; %2 = method</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header field %1 is missing; every %2 request must contain it.</source>
        <comment>missing-header method; %1 = header, %2 = method</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header field %1 is missing; every %2 request should contain it.</source>
        <comment>missing-header method-should; %1 = header, %2 = method</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header field %1 is missing; every %2 response must contain it.</source>
        <comment>missing-header code; %1 = header, %2 = code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header field %1 is missing; every %2 response should contain it.</source>
        <comment>missing-header code-should; %1 = header, %2 = code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact is missing. Every %2 redirection should give the new location in Contact header fields, or the caller has nowhere to retry.</source>
        <comment>missing-header redirect-contact; %2 = code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 requests must not contain %1.</source>
        <comment>forbidden-header request; %1 = header, %2 = method</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs every route enclosed in &quot;&lt;&quot; and &quot;&gt;&quot;: without them its URI parameters, such as ;lr, would be read as header parameters.</source>
        <comment>name-addr-required route; %1 = header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date holds the local time &quot;%1&quot; in ISO 8601 form, as GB/T 28181 platforms send it for device time synchronisation; RFC 3261 expects an RFC 1123 date in GMT, so other SIP elements may not read it.</source>
        <comment>invalid-date gb28181; %1 = value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: Q.850 cause %2, &quot;%3&quot;; a gateway following RFC 3398 turns it into SIP %4.</source>
        <comment>reason-cause q850; %2 = cause, %3 = ITU-T name, %4 = SIP code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: Q.850 cause %2, &quot;%3&quot;; RFC 3398 gives it no fixed SIP response, so gateways differ.</source>
        <comment>reason-cause q850-unmapped; %2 = cause, %3 = ITU-T name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: SIP cause %2 (%3): the request was ended because of that response.</source>
        <comment>reason-cause sip; %2 = SIP code, %3 = reason phrase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1 cause %2 is not a value sipref knows.</source>
        <comment>reason-cause unknown; %1 = protocol, %2 = cause</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: protocol %1, cause %2.</source>
        <comment>reason-cause other; %1 = protocol, %2 = cause</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status code is %1, but Reason carries Q.850 cause %2 (&quot;%3&quot;), which RFC 3398 maps to %4: the gateway maps causes its own way, or an element on the path changed the response.</source>
        <comment>reason-class-mismatch; %1 = status code, %2 = cause, %3 = ITU-T name, %4 = SIP code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason in a response is allowed only since RFC 6432; an element that follows RFC 3326 alone, which defined it for requests, may ignore it.</source>
        <comment>reason-in-response</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning %1, &quot;%4&quot;, added by %2: &quot;%3&quot;.</source>
        <comment>warning-code; %1 = code, %2 = warn-agent, %3 = warn-text, %4 = registered meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning %1 added by %2 is not a registered warning code: &quot;%3&quot;.</source>
        <comment>warning-code unknown; %1 = code, %2 = warn-agent, %3 = warn-text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture file ends in the middle of a packet: it was cut short, or copied while it was still being written. The %1 packets before that point were read.</source>
        <comment>capture-truncated; %1 = packets read</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture file ends inside its own header, before the first packet: nothing could be read from it.</source>
        <comment>capture-truncated header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture file is damaged after %1 packets and was read no further (libpcap: %2).</source>
        <comment>capture-corrupt; %1 = packets read, %2 = libpcap&apos;s error message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture file begins like a pcap or pcapng file, but its header cannot be read (libpcap: %1).</source>
        <comment>capture-corrupt header; %1 = libpcap&apos;s error message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture&apos;s link type %1 (%2) is not supported; sipref reads Ethernet, Linux cooked (SLL and SLL2), raw IP and loopback captures.</source>
        <comment>capture-link-type; %1 = link type name, %2 = link type number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 packets in the capture carries a SIP message over UDP or TCP. SIP over TLS (often port 5061) is encrypted and cannot be read from a capture.</source>
        <comment>capture-no-sip; %1 = packets in the capture</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes are missing from the TCP stream %1: the capture lost packets or cut them short. The message they belonged to is left out; reading goes on with the next message.</source>
        <comment>capture-tcp-gap; %1 = stream, source -&gt; destination</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fragmented IP datagrams could not be put back together because fragments are missing from the capture; any SIP message they carried is left out.</source>
        <comment>capture-ip-fragments; %1 = datagrams</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %2 request this %1 response answers is not in the input; normal when the log is an excerpt.</source>
        <comment>flow-response-without-request; %1 = status code, %2 = CSeq method</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No final response to this %1 is in the input; the log may end before it.</source>
        <comment>flow-no-final-response; %1 = method</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 got no final response, and the input goes on for %2 s after it: longer than the 32 s (64*T1) a client transaction waits before it times out. The next hop did not receive it or did not answer.</source>
        <comment>flow-no-final-response timeout; %1 = method, %2 = seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 has CSeq %2, but the same side already sent CSeq %3 in this dialog; each new request in a dialog must carry a higher CSeq number, and the peer rejects a lower one with 500 (Server Internal Error).</source>
        <comment>flow-cseq-not-increasing; %1 = method, %2 = CSeq number, %3 = previous CSeq number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 challenge is not followed by a request with %2 in the input: the client had no credentials for it, gave up, or the log ends before the retry.</source>
        <comment>flow-challenge-not-answered; %1 = 401 or 407, %2 = Authorization or Proxy-Authorization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this %1 challenge the client sent %3 again without %2; it should retry with credentials for the realm in the challenge, or the request is rejected again.</source>
        <comment>flow-challenge-not-answered retried-without; %1 = 401 or 407, %2 = Authorization or Proxy-Authorization, %3 = method</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ACK for this %1 final response to INVITE is in the input; the log may end before it.</source>
        <comment>flow-ack-missing; %1 = status code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ACK for this %1 final response to INVITE, though the input goes on after it. Every final response to INVITE must be acknowledged; without the ACK the server retransmits the response and, after 32 s, gives up (a 2xx then usually ends the call with BYE).</source>
        <comment>flow-ack-missing continues; %1 = status code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was sent again %1 more time(s) in the input: the sender did not receive the answer in time (packet loss, a slow peer, or a wrong address for the response).</source>
        <comment>flow-retransmission; %1 = number of retransmissions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party sends BYE on an early dialog, before any 2xx to the INVITE; the callee must not send BYE on an early dialog. To refuse the call it answers the INVITE with a final error response such as 486 or 603.</source>
        <comment>flow-bye-before-answer callee-early</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller sends BYE on an early dialog, before any 2xx to the INVITE. That is allowed, but it ends only this dialog: the INVITE stays pending at other branches. CANCEL is what ends the whole call attempt.</source>
        <comment>flow-bye-before-answer caller-early</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SIP message was found: the input looks like binary data rather than text, and it is not a pcap or pcapng capture either. Open a capture file as it is, or paste the messages as text.</source>
        <comment>no-sip-message binary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture holds no packets at all: it was stopped before anything was captured, or the capture filter matched nothing.</source>
        <comment>capture-no-sip empty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines end in CR CR LF instead of CRLF: the text had its line ends converted a second time (CRLF text written again in text mode on Windows). They were read as CRLF, as they were on the wire.</source>
        <comment>doubled-cr</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text holds terminal colour codes (ANSI escape sequences such as ESC[32m, as a console with colours writes them) on %1 line(s); they were left out before the messages were read.</source>
        <comment>terminal-colors; %1 = number of lines that held colour codes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text holds non-breaking spaces (U+00A0) on %1 line(s), as text copied out of a web page, a document or an HTML e-mail does. SIP allows only spaces and tabs there; they were read as spaces. Copy the messages from the original log or capture when the spacing matters.</source>
        <comment>non-breaking-spaces; %1 = number of lines</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages come from ngrep&apos;s byline output, which prints every carriage return as a dot. The dots that end %1 line(s) were read as the CRs they stand for. A dot that stood for a tab or for a byte of non-ASCII text cannot be told from a real one and was kept.</source>
        <comment>ngrep-line-ends; %1 = number of lines</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages here are written with escaped line breaks (\r\n or #015#012 as text), as JSON logs, syslog and log collectors store them. They were read with the escapes undone, on %1 line(s) of the input; positions still refer to the input as given.</source>
        <comment>escaped-line-breaks; %1 = number of lines of the input that held escaped messages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Request-URI carries URI headers (&quot;?%1&quot;). They belong in a URI that a request is made from, such as a Contact or a link, never in the Request-URI itself: a proxy must not forward them, and most elements answer 400 (Bad Request).</source>
        <comment>malformed-start-line uri-headers; %1 = the headers after the question mark</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name in %1 holds a character that is allowed only inside quotation marks, such as the comma of Bell, Alexander. Write it quoted (&quot;Bell, Alexander&quot; &lt;sip:…&gt;): strict elements answer 400 (Bad Request), and in a Contact the comma splits the address in two.</source>
        <comment>display-name-needs-quotes; %1 = header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends in &quot;%2&quot; with nothing after it: an empty parameter or list entry, which the grammar does not allow. Strict elements answer 400 (Bad Request); a value put together by a script or a header rule often ends like this.</source>
        <comment>trailing-separator; %1 = header, %2 = ; or ,</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages were read from a hex dump (Wireshark&apos;s Copy as Hex Dump, tcpdump -X, xxd or hexdump -C) on %1 line(s): each pair of hex digits was read as the byte it stands for, and the packet headers before each message were skipped. Positions refer to the dump as given.</source>
        <comment>hex-dump; %1 = number of lines of the dump</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Length says %1 bytes and the body has %2 bytes here, but in GB2312/GBK, as Chinese platforms send such text, it is exactly %1. The text was most likely converted to UTF-8 after it was captured (copied out of a log viewer), and the message as sent was probably right. Check it in the original capture.</source>
        <comment>content-length-mismatch reencoded; %1 = declared, %2 = bytes present (UTF-8)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryFormat</name>
    <message>
        <source>Summary</source>
        <comment>section title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <comment>section title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to tell the user</source>
        <comment>section title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to check</source>
        <comment>section title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On GB/T 28181 video platforms</source>
        <comment>section title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header fields</source>
        <comment>section title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related codes</source>
        <comment>section title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <comment>section title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must</source>
        <comment>header requirement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should</source>
        <comment>header requirement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may</source>
        <comment>header requirement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At gateways</source>
        <comment>section title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps to</source>
        <comment>section title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q.850 cause %1 in the ISUP release (%2)</source>
        <comment>mapping; %1 = cause, %2 = RFC section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP response %1 at the gateway (%2)</source>
        <comment>mapping; %1 = SIP code, %2 = RFC section</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryHtml</name>
    <message>
        <source>final response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number has a different meaning on GB/T 28181 video platforms than in the IETF registry; which one applies depends on who sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a SIP message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>Registration with a 401 challenge</source>
        <comment>register-401 title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone registers without credentials, the registrar answers 401 Unauthorized with a WWW-Authenticate challenge (realm and nonce), and the phone sends the REGISTER again with an Authorization header field and a higher CSeq. The 200 OK lists the binding and its expiry in Contact. A 401 here is normal: only a second 401 or a 403 means wrong credentials.</source>
        <comment>register-401 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call with a 407 proxy challenge</source>
        <comment>proxy-auth-407 title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX challenges the INVITE with 407 Proxy Authentication Required. The phone acknowledges the 407, then sends a new INVITE with the same Call-ID, CSeq 2 and a Proxy-Authorization header field; this one is accepted and rings. If a phone never sends the second INVITE, it has no credentials for this realm.</source>
        <comment>proxy-auth-407 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy: 486 Busy Here</source>
        <comment>busy-486 title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is routed and rings (180), then the called phone answers 486 Busy Here because its user is on another call. The Reason header field carries Q.850 cause 17 (user busy) for gateways. The caller&apos;s ACK ends the transaction; nothing is broken.</source>
        <comment>busy-486 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: 480 after ringing</source>
        <comment>no-answer-480 title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone rings for 30 seconds and nobody picks up; the PBX&apos;s no-answer timer ends the call with 480 Temporarily Unavailable and Q.850 cause 19 (no answer from user). Look at the time between 180 and 480: it is the configured ringing time.</source>
        <comment>no-answer-480 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response: 408 Request Timeout</source>
        <comment>no-response-408 title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the PBX&apos;s 100 Trying comes back. The called phone never answers the forwarded INVITE, so after 32 seconds (timer B, 64 × T1) the PBX gives up with 408 Request Timeout. Unlike 480, nothing rang: look for an offline phone, a stale registration or NAT dropping the request.</source>
        <comment>no-response-408 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codec mismatch: 488 Not Acceptable Here</source>
        <comment>codec-mismatch-488 title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone offers only G.722 and G.729 (payload types 9 and 18); the carrier&apos;s SBC accepts none of them and answers 488 with Warning 305 (incompatible media format). Compare the m= line of the offer with the trunk&apos;s codec list, and enable G.711 (PCMA/PCMU) or transcoding.</source>
        <comment>codec-mismatch-488 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acceptable anywhere: 606</source>
        <comment>not-acceptable-606 title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video call to an audio-only room system: the callee answers 606 Not Acceptable with Warning 304 (media type not available). Unlike 488, a 6xx says that no other device of the callee will accept it either, so forking stops. Call again without video.</source>
        <comment>not-acceptable-606 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller hangs up: CANCEL and 487</source>
        <comment>cancel-487 title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller gives up while it rings and sends CANCEL with the same branch and CSeq number as the INVITE. The PBX answers the CANCEL with 200 OK and then ends the INVITE with 487 Request Terminated, which the caller acknowledges. Two final responses, one per transaction.</source>
        <comment>cancel-487 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call forwarding: 302 redirect</source>
        <comment>redirect-302 title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension 2071 forwards all calls to a mobile number: the PBX answers 302 Moved Temporarily with the new target in Contact and the reason in Diversion. The phone acknowledges it, sends a new INVITE to the mobile number, and that call is answered with 200 OK.</source>
        <comment>redirect-302 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overload: 503 with Retry-After</source>
        <comment>overload-503 title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trunk has no free channel: the PBX answers 503 Service Unavailable with Retry-After: 120 and Q.850 cause 34 (no circuit available). A well-behaved caller tries another route or waits two minutes before trying this server again. Check channel counts and licences.</source>
        <comment>overload-503 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB/T 28181 device registration</source>
        <comment>gb28181-register title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IP camera registers with the video platform using its 20-digit device ID in From and To and the platform&apos;s 10-digit domain. The platform challenges with 401 (the realm is usually the domain ID), the camera answers with Authorization, and the 200 OK carries the platform&apos;s local time in Date (ISO 8601 form) so that the device can set its clock.</source>
        <comment>gb28181-register explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB/T 28181 keep-alive MESSAGE</source>
        <comment>gb28181-keepalive title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 60 seconds by default, the registered device sends a MESSAGE with a MANSCDP XML body whose CmdType is Keepalive, and the platform answers 200 OK. After three missed keep-alives the platform marks the device offline; check the SN counter and the interval when devices keep dropping off.</source>
        <comment>gb28181-keepalive explanation</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Paste a SIP message or a log into the editor, or open a file. Each message found is checked against the RFCs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in the code browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n header field(s)</source>
        <translation>
            <numerusform>%n header field</numerusform>
            <numerusform>%n header fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>body %n byte(s)</source>
        <translation>
            <numerusform>body %n byte</numerusform>
            <numerusform>body %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <comment>kind of SIP message, after the method name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>before the Request-URI: where the request is sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response</source>
        <comment>kind of SIP message, after the code</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>What does %1 mean?</source>
        <comment>quiz code to meaning; %1 = code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which code says this?</source>
        <comment>quiz meaning to code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 request lacks a mandatory header field. Which one?</source>
        <comment>quiz missing header; %1 = method</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 response lacks a mandatory header field. Which one?</source>
        <comment>quiz missing header; %1 = status code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the log. What went wrong?</source>
        <comment>quiz what went wrong</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called phone is busy: its user is already on a call.</source>
        <comment>scenario busy-486 answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone rang (180) and then answered 486 Busy Here: it exists and is reachable, but its user cannot take the call. Nothing needs fixing; call again later or set up call waiting or busy forwarding.</source>
        <comment>scenario busy-486 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone rang but nobody answered before the PBX gave up.</source>
        <comment>scenario no-answer-480 answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>180 Ringing came back at once and 480 Temporarily Unavailable followed 30 seconds later, with Reason cause 19 (no answer from user): the ringing timer of the PBX ran out. Check the no-answer timeout and forwarding to voicemail.</source>
        <comment>scenario no-answer-480 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called phone never responded: it is offline or unreachable from the PBX.</source>
        <comment>scenario timeout-408 answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the PBX&apos;s own 100 Trying came back; the called phone never sent 180, so after 32 seconds (timer B) the PBX answered 408 Request Timeout. Check that the phone is registered and that NAT or a firewall does not drop requests towards it.</source>
        <comment>scenario timeout-408 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The far end supports none of the offered codecs.</source>
        <comment>scenario codec-488 answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer lists only G.729 (payload 18) and the carrier answers 488 Not Acceptable Here with Warning 305 (incompatible media format). Enable G.711 (PCMA or PCMU) on the phone or transcoding on the PBX.</source>
        <comment>scenario codec-488 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX asked for credentials and the phone never answered the challenge.</source>
        <comment>scenario proxy-auth-407 answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>407 Proxy Authentication Required is a normal challenge: the phone should send the INVITE again with a Proxy-Authorization header field. It only sent the ACK and gave up, so it has no password configured for this account, or it ignores the challenge&apos;s realm.</source>
        <comment>scenario proxy-auth-407 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar rejected the credentials: wrong password or a blocked account.</source>
        <comment>scenario forbidden-403 answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first REGISTER got the usual 401 challenge; the second one carried Authorization and was refused with 403 Forbidden. Check the user name and password, and whether the account is disabled or limited to certain IP addresses.</source>
        <comment>scenario forbidden-403 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialled number does not exist on the PBX.</source>
        <comment>scenario not-found-404 answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX answered 404 Not Found within milliseconds, without ringing anything: extension 8099 is not configured. Check the number, the dial plan and the user&apos;s directory.</source>
        <comment>scenario not-found-404 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX is overloaded or in maintenance and asked to try again later.</source>
        <comment>scenario overload-503 answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>503 Service Unavailable with Retry-After: 300 says the server cannot take calls now and asks not to retry for five minutes. Check the trunk&apos;s capacity, licences and maintenance state; a caller with another route should try it.</source>
        <comment>scenario overload-503 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller hung up while the phone was still ringing.</source>
        <comment>scenario cancel-487 answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller sent CANCEL after 3.5 seconds of ringing; the PBX confirmed it with 200 OK and ended the INVITE with 487 Request Terminated. Nothing failed: this is a call abandoned by the caller.</source>
        <comment>scenario cancel-487 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called user rejected the call.</source>
        <comment>scenario decline-603 answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone rang for about 1.5 seconds and then answered 603 Decline: its user pressed reject. 603 is a global failure, so no other device of the user is tried.</source>
        <comment>scenario decline-603 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone asked for a registration interval shorter than the registrar allows.</source>
        <comment>scenario interval-423 answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The REGISTER asked for Expires: 60 and the registrar answered 423 Interval Too Brief with Min-Expires: 600. The phone should register again with at least 600 seconds; set its registration interval accordingly.</source>
        <comment>scenario interval-423 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialled number has too few digits.</source>
        <comment>scenario incomplete-484 answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX&apos;s dial plan matched the start of 0105888 but needs more digits, so it answered 484 Address Incomplete. Dial the full number, or check the dial plan and the phone&apos;s digit map.</source>
        <comment>scenario incomplete-484 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing failed: the callee forwards calls and the phone followed the redirect.</source>
        <comment>scenario redirect-302 answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>302 Moved Temporarily gives a new target in Contact (8010); the phone acknowledged it and sent a new INVITE there, which is ringing. Forwarding on the callee&apos;s side explains why another phone rings.</source>
        <comment>scenario redirect-302 explanation</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sipref::CallListModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <extracomment>The calling party (From of the first request)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callee</source>
        <extracomment>The called party (To of the first request)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup</source>
        <extracomment>Time from the INVITE to its 200 OK</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>Time from the 200 OK to the BYE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sipref::CallsView</name>
    <message>
        <source>Filter calls: number, name, state, Call-ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ladder diagram as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ladder diagram as an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ladder as plain text, for a ticket or an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text (Ctrl++, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected message in the Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a call above to see its ladder diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a log or open a capture in the Inspector: its calls appear here, each with its ladder diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n message(s) in the Inspector has a Call-ID, so there are no calls to show.</source>
        <translation>
            <numerusform>None of the %n message in the Inspector has a Call-ID, so there are no calls to show.</numerusform>
            <numerusform>None of the %n messages in the Inspector has a Call-ID, so there are no calls to show.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s)</source>
        <translation>
            <numerusform>%1 of %n call</numerusform>
            <numerusform>%1 of %n calls</numerusform>
        </translation>
    </message>
    <message>
        <source>This ladder shows the first %1 of %2 messages: select fewer calls, or use the Inspector for the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an arrow to see its message here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ladder to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Ladder as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Ladder as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sipref::ChoiceButton</name>
    <message>
        <source>Answer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press %1 to choose this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer, which is wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sipref::CodeBrowser</name>
    <message>
        <source>Copy as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Text, Both Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Markdown, Both Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search codes, words or header names (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code (486), a prefix (48), a class (4xx), words in English or Chinese, or a header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the code catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB/T 28181</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes of Chinese video-surveillance platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this entry for a ticket or a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a code on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISDN/ISUP cause values that gateways carry in the Reason header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes of the SIP Warning header field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sipref::CodeListModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sipref::CodeSheetDialog</name>
    <message>
        <source>Print Code Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Code Sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All codes, causes and Warning codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB/T 28181 platform codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q.850 cause values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP Warning codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes on the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n A4 page(s), %1 entries</source>
        <translation>
            <numerusform>%n A4 page, %1 entries</numerusform>
            <numerusform>%n A4 pages, %1 entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sipref::FileReading</name>
    <message>
        <source>not enough memory to hold it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sipref::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message at line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sipref::FlashcardPanel</name>
    <message>
        <source>GB/T 28181</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck of cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;huffle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cards of this deck in a random order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these codes full screen, one per screen (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous card (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next card (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the other side (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does this code mean? Click the card or press Space to turn it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashcards: Previous Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashcards: Next Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashcards: Turn Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sipref::GalleryPanel</name>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the example shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of the example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check these messages in the inspector (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the examples full screen, one message per screen (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples: Open in Inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sipref::InspectorView</name>
    <message>
        <source>Open SIP Messages or Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste SIP messages or a log below, or drop a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a correct example of the missing header field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVITE sip:bob@example.com SIP/2.0
Via: SIP/2.0/UDP …
…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP text to inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correct line looks like:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs, messages and captures (*.log *.txt *.sip *.msg *.pcap *.pcapng *.cap);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the start line, the Call-ID or the addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests of this method and their responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests, or only responses of one class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1xx provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3xx redirection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6xx global failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (≥ 400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide OPTIONS keep-alives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide OPTIONS requests and the responses to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the messages of every call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 of %n</numerusform>
            <numerusform>%1 of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Only This Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — a packet capture (%2), shown as the SIP messages found in it, read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, too large to edit comfortably: shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the text into the editor (slow for very large inputs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted text — %1 characters, being prepared…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 with lines too long to edit comfortably: shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 — %2 of %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 — %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (only its first %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — being made ready for editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input saved last time could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the input saved last time was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored input — being read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input saved last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read from the file as %1</source>
        <comment>%1 = encoding name, such as GB18030</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file looks like binary data; only its text parts can hold SIP messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sipref::LadderExport</name>
    <message>
        <source>Drawing a ladder needs the graphics part of Qt (a QGuiApplication; QT_QPA_PLATFORM=offscreen works without a display).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown image format &quot;%1&quot; (svg or png).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sipref::LadderPainter</name>
    <message>
        <source>retransmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sipref::MainWindow</name>
    <message>
        <source>sipref — SIP codes and message inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Entry as &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Entry as &amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Entry in &amp;Both Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Response Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About sipref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open SIP Messages or Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs and messages (*.log *.txt *.sip *.msg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About sipref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;sipref %1&lt;/h3&gt;&lt;p&gt;SIP response codes explained, and SIP messages checked against the RFCs, in English and Chinese.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Code Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Code Sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 entries: SIP response codes, GB/T 28181 platform codes, Q.850 causes and Warning codes.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sipref::MessageListModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>This host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source → Destination</source>
        <extracomment>Column of the message list: the sending and the receiving host</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sipref::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High-contrast colours for classes and highlighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Darker colours on light backgrounds and lighter ones on dark backgrounds, for projectors and low vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor &amp;font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <comment>font size unit, after the number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict RFC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lenient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB/T 28181 profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours, font size and checks as on first start; the language stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every MUST of the RFCs is an error and every SHOULD a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For logs from real equipment: deviations that calls survive are notes, not warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFCs plus the rules of the GB/T 28181 video-platform profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sipref::PresentationWindow</name>
    <message>
        <source>sipref — Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← → move · B both languages · Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show English and Chinese on one screen (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the presentation (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sipref::QuizPanel</name>
    <message>
        <source>All codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB/T 28181</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes to practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All codes, one class, or the GB/T 28181 platform codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code → meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning → code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing header field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions per round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again with the chosen codes and kind of question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning to find the code for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message or log of the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a New Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz: Answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz: Next Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score &lt;b&gt;%1&lt;/b&gt;/%2 · Streak &lt;b&gt;%3&lt;/b&gt; · Best &lt;b&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions of this kind for these codes. Choose another kind or class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer: click it or press its number (1–%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite: the right answer is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 right (%3%). Best streak: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mistakes. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To review (%n)</source>
        <translation>
            <numerusform>To review (%n)</numerusform>
            <numerusform>To review (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sipref::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sipref::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the search field, the arrow keys move through the results and Esc clears the search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sipref::TrainingView</name>
    <message>
        <source>&amp;Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash&amp;cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions on codes, header fields and call logs, with score and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One card per code: the code on the front, the explanation on the back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example calls and registrations to walk through and open in the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: Present Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
