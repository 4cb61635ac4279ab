#pragma once

// SIP messages written for the tests (not taken from any RFC), shared by tst_scanner, tst_checks
// and tst_robustness. Every message here is valid: the checks must find no error and no warning in
// it. They are written in "\n" form and turned into wire form (CRLF) with Content-Length computed,
// so that the bodies are counted right by construction.
#include "capturewriter.h"
#include "checks/diagnostic.h"
#include "testsupport.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace sipref::test::samples {

// head: start line and header fields, "\n" line ends, no Content-Length and no empty line;
// body: "\n" line ends. Returns the message on the wire: CRLF, Content-Length last.
inline QByteArray build(const QByteArray &head, const QByteArray &body = {})
{
    QByteArray h = head;
    if (!h.endsWith('\n'))
        h += '\n';
    const QByteArray b = crlf(body);
    return crlf(h) + "Content-Length: " + QByteArray::number(b.size()) + "\r\n\r\n" + b;
}

// Wire form → the form most logs keep: the same text with LF line ends only.
inline QByteArray lfOnly(const QByteArray &wire)
{
    QByteArray out = wire;
    out.replace("\r\n", "\n");
    return out;
}

inline QByteArray offerSdp()
{
    return "v=0\n"
           "o=- 73114 73114 IN IP4 10.0.0.1\n"
           "s=sipref test call\n"
           "c=IN IP4 10.0.0.1\n"
           "t=0 0\n"
           "m=audio 40000 RTP/AVP 0 8 101\n"
           "a=rtpmap:0 PCMU/8000\n"
           "a=rtpmap:8 PCMA/8000\n"
           "a=rtpmap:101 telephone-event/8000\n"
           "a=fmtp:101 0-15\n"
           "a=sendrecv\n";
}

inline QByteArray answerSdp()
{
    return "v=0\n"
           "o=- 55820 55821 IN IP4 10.0.0.2\n"
           "s=-\n"
           "c=IN IP4 10.0.0.2\n"
           "t=0 0\n"
           "m=audio 52000 RTP/AVP 8 101\n"
           "a=rtpmap:8 PCMA/8000\n"
           "a=rtpmap:101 telephone-event/8000\n"
           "a=ptime:20\n"
           "a=sendrecv\n";
}

// ---- Registration with a digest challenge ------------------------------------------------------

inline QByteArray registerFirst()
{
    return build("REGISTER sip:lab-a.test SIP/2.0\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-r1-8c01;rport\n"
                 "Max-Forwards: 70\n"
                 "From: \"Alice\" <sip:alice@lab-a.test>;tag=rg7731\n"
                 "To: \"Alice\" <sip:alice@lab-a.test>\n"
                 "Call-ID: reg-5b1e0c@10.0.0.1\n"
                 "CSeq: 1 REGISTER\n"
                 "Contact: <sip:alice@10.0.0.1:5060>;expires=3600\n"
                 "User-Agent: sipref-test/1.0\n");
}

inline QByteArray register401()
{
    return build("SIP/2.0 401 Unauthorized\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-r1-8c01;rport=5060;received=10.0.0.1\n"
                 "From: \"Alice\" <sip:alice@lab-a.test>;tag=rg7731\n"
                 "To: \"Alice\" <sip:alice@lab-a.test>;tag=srv-41\n"
                 "Call-ID: reg-5b1e0c@10.0.0.1\n"
                 "CSeq: 1 REGISTER\n"
                 "WWW-Authenticate: Digest realm=\"lab-a.test\", nonce=\"6a1c0f55e2d04b7c\", algorithm=MD5, "
                 "qop=\"auth\"\n"
                 "Server: test-registrar\n");
}

inline QByteArray registerRetry()
{
    return build("REGISTER sip:lab-a.test SIP/2.0\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-r2-17fa;rport\n"
                 "Max-Forwards: 70\n"
                 "From: \"Alice\" <sip:alice@lab-a.test>;tag=rg7731\n"
                 "To: \"Alice\" <sip:alice@lab-a.test>\n"
                 "Call-ID: reg-5b1e0c@10.0.0.1\n"
                 "CSeq: 2 REGISTER\n"
                 "Contact: <sip:alice@10.0.0.1:5060>;expires=3600\n"
                 "Authorization: Digest username=\"alice\", realm=\"lab-a.test\", nonce=\"6a1c0f55e2d04b7c\",\n"
                 " uri=\"sip:lab-a.test\", response=\"0b3c7f1d9e8a6b5c4d3e2f1a0b9c8d7e\", algorithm=MD5,\n"
                 " cnonce=\"c0ffee01\", qop=auth, nc=00000001\n"
                 "User-Agent: sipref-test/1.0\n");
}

inline QByteArray register200()
{
    return build("SIP/2.0 200 OK\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-r2-17fa;rport=5060;received=10.0.0.1\n"
                 "From: \"Alice\" <sip:alice@lab-a.test>;tag=rg7731\n"
                 "To: \"Alice\" <sip:alice@lab-a.test>;tag=srv-42\n"
                 "Call-ID: reg-5b1e0c@10.0.0.1\n"
                 "CSeq: 2 REGISTER\n"
                 "Contact: <sip:alice@10.0.0.1:5060>;expires=3600\n"
                 "Date: Sat, 21 Nov 2026 15:06:41 GMT\n"
                 "Server: test-registrar\n");
}

// ---- A call: INVITE / 100 / 180 / 200 / ACK / BYE / 200 ----------------------------------------

inline QByteArray invite()
{
    return build("INVITE sip:bob@lab-b.test SIP/2.0\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-i1-a93d\n"
                 "Max-Forwards: 70\n"
                 "From: \"Alice\" <sip:alice@lab-a.test>;tag=c41f\n"
                 "To: \"Bob\" <sip:bob@lab-b.test>\n"
                 "Call-ID: call-0e7d2a@10.0.0.1\n"
                 "CSeq: 101 INVITE\n"
                 "Contact: <sip:alice@10.0.0.1:5060>\n"
                 "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS, UPDATE, PRACK, REFER, NOTIFY, MESSAGE\n"
                 "Supported: replaces, timer\n"
                 "Session-Expires: 1800\n"
                 "Min-SE: 90\n"
                 "Content-Type: application/sdp\n",
                 offerSdp());
}

inline QByteArray trying100()
{
    return build("SIP/2.0 100 Trying\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-i1-a93d\n"
                 "From: \"Alice\" <sip:alice@lab-a.test>;tag=c41f\n"
                 "To: \"Bob\" <sip:bob@lab-b.test>\n"
                 "Call-ID: call-0e7d2a@10.0.0.1\n"
                 "CSeq: 101 INVITE\n");
}

inline QByteArray ringing180()
{
    return build("SIP/2.0 180 Ringing\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-i1-a93d\n"
                 "From: \"Alice\" <sip:alice@lab-a.test>;tag=c41f\n"
                 "To: \"Bob\" <sip:bob@lab-b.test>;tag=b7e2\n"
                 "Call-ID: call-0e7d2a@10.0.0.1\n"
                 "CSeq: 101 INVITE\n"
                 "Contact: <sip:bob@10.0.0.2:5060>\n");
}

inline QByteArray ok200Invite()
{
    return build("SIP/2.0 200 OK\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-i1-a93d\n"
                 "From: \"Alice\" <sip:alice@lab-a.test>;tag=c41f\n"
                 "To: \"Bob\" <sip:bob@lab-b.test>;tag=b7e2\n"
                 "Call-ID: call-0e7d2a@10.0.0.1\n"
                 "CSeq: 101 INVITE\n"
                 "Contact: <sip:bob@10.0.0.2:5060>\n"
                 "Allow: INVITE, ACK, CANCEL, BYE, UPDATE\n"
                 "Require: timer\n"
                 "Session-Expires: 1800;refresher=uac\n"
                 "Content-Type: application/sdp\n",
                 answerSdp());
}

inline QByteArray ack()
{
    return build("ACK sip:bob@10.0.0.2:5060 SIP/2.0\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-a1-44c0\n"
                 "Max-Forwards: 70\n"
                 "From: \"Alice\" <sip:alice@lab-a.test>;tag=c41f\n"
                 "To: \"Bob\" <sip:bob@lab-b.test>;tag=b7e2\n"
                 "Call-ID: call-0e7d2a@10.0.0.1\n"
                 "CSeq: 101 ACK\n");
}

inline QByteArray bye()
{
    return build("BYE sip:alice@10.0.0.1:5060 SIP/2.0\n"
                 "Via: SIP/2.0/UDP 10.0.0.2:5060;branch=z9hG4bK-b1-09ee\n"
                 "Max-Forwards: 70\n"
                 "From: \"Bob\" <sip:bob@lab-b.test>;tag=b7e2\n"
                 "To: \"Alice\" <sip:alice@lab-a.test>;tag=c41f\n"
                 "Call-ID: call-0e7d2a@10.0.0.1\n"
                 "CSeq: 7 BYE\n"
                 "Reason: Q.850;cause=16;text=\"Normal call clearing\"\n");
}

inline QByteArray ok200Bye()
{
    return build("SIP/2.0 200 OK\n"
                 "Via: SIP/2.0/UDP 10.0.0.2:5060;branch=z9hG4bK-b1-09ee\n"
                 "From: \"Bob\" <sip:bob@lab-b.test>;tag=b7e2\n"
                 "To: \"Alice\" <sip:alice@lab-a.test>;tag=c41f\n"
                 "Call-ID: call-0e7d2a@10.0.0.1\n"
                 "CSeq: 7 BYE\n");
}

// ---- A cancelled call: INVITE / CANCEL / 200 / 487 / ACK ----------------------------------------

inline QByteArray invite2()
{
    return build("INVITE sip:carol@lab-b.test SIP/2.0\n"
                 "Via: SIP/2.0/TCP 10.0.0.1:5060;branch=z9hG4bK-i2-5d10\n"
                 "Max-Forwards: 70\n"
                 "From: <sip:alice@lab-a.test>;tag=77aa\n"
                 "To: <sip:carol@lab-b.test>\n"
                 "Call-ID: call-19ff@10.0.0.1\n"
                 "CSeq: 1 INVITE\n"
                 "Contact: <sip:alice@10.0.0.1:5060;transport=tcp>\n"
                 "Content-Type: application/sdp\n",
                 offerSdp());
}

inline QByteArray cancel()
{
    return build("CANCEL sip:carol@lab-b.test SIP/2.0\n"
                 "Via: SIP/2.0/TCP 10.0.0.1:5060;branch=z9hG4bK-i2-5d10\n"
                 "Max-Forwards: 70\n"
                 "From: <sip:alice@lab-a.test>;tag=77aa\n"
                 "To: <sip:carol@lab-b.test>\n"
                 "Call-ID: call-19ff@10.0.0.1\n"
                 "CSeq: 1 CANCEL\n");
}

inline QByteArray ok200Cancel()
{
    return build("SIP/2.0 200 OK\n"
                 "Via: SIP/2.0/TCP 10.0.0.1:5060;branch=z9hG4bK-i2-5d10\n"
                 "From: <sip:alice@lab-a.test>;tag=77aa\n"
                 "To: <sip:carol@lab-b.test>;tag=ca01\n"
                 "Call-ID: call-19ff@10.0.0.1\n"
                 "CSeq: 1 CANCEL\n");
}

inline QByteArray terminated487()
{
    return build("SIP/2.0 487 Request Terminated\n"
                 "Via: SIP/2.0/TCP 10.0.0.1:5060;branch=z9hG4bK-i2-5d10\n"
                 "From: <sip:alice@lab-a.test>;tag=77aa\n"
                 "To: <sip:carol@lab-b.test>;tag=ca01\n"
                 "Call-ID: call-19ff@10.0.0.1\n"
                 "CSeq: 1 INVITE\n");
}

inline QByteArray ack487()
{
    return build("ACK sip:carol@lab-b.test SIP/2.0\n"
                 "Via: SIP/2.0/TCP 10.0.0.1:5060;branch=z9hG4bK-i2-5d10\n"
                 "Max-Forwards: 70\n"
                 "From: <sip:alice@lab-a.test>;tag=77aa\n"
                 "To: <sip:carol@lab-b.test>;tag=ca01\n"
                 "Call-ID: call-19ff@10.0.0.1\n"
                 "CSeq: 1 ACK\n");
}

// ---- Presence: SUBSCRIBE / 200 / NOTIFY / 200 ---------------------------------------------------

inline QByteArray subscribe()
{
    return build("SUBSCRIBE sip:bob@lab-b.test SIP/2.0\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-s1-6b2c\n"
                 "Max-Forwards: 70\n"
                 "From: <sip:alice@lab-a.test>;tag=s901\n"
                 "To: <sip:bob@lab-b.test>\n"
                 "Call-ID: sub-71c3@10.0.0.1\n"
                 "CSeq: 1 SUBSCRIBE\n"
                 "Contact: <sip:alice@10.0.0.1:5060>\n"
                 "Event: presence\n"
                 "Expires: 600\n"
                 "Accept: application/pidf+xml\n");
}

inline QByteArray ok200Subscribe()
{
    return build("SIP/2.0 200 OK\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-s1-6b2c\n"
                 "From: <sip:alice@lab-a.test>;tag=s901\n"
                 "To: <sip:bob@lab-b.test>;tag=p3c\n"
                 "Call-ID: sub-71c3@10.0.0.1\n"
                 "CSeq: 1 SUBSCRIBE\n"
                 "Contact: <sip:presence@10.0.0.2:5060>\n"
                 "Expires: 600\n");
}

inline QByteArray notify()
{
    return build("NOTIFY sip:alice@10.0.0.1:5060 SIP/2.0\n"
                 "Via: SIP/2.0/UDP 10.0.0.2:5060;branch=z9hG4bK-n1-0f3e\n"
                 "Max-Forwards: 70\n"
                 "From: <sip:bob@lab-b.test>;tag=p3c\n"
                 "To: <sip:alice@lab-a.test>;tag=s901\n"
                 "Call-ID: sub-71c3@10.0.0.1\n"
                 "CSeq: 1 NOTIFY\n"
                 "Contact: <sip:presence@10.0.0.2:5060>\n"
                 "Event: presence\n"
                 "Subscription-State: active;expires=599\n"
                 "Content-Type: application/pidf+xml\n",
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<presence xmlns=\"urn:ietf:params:xml:ns:pidf\" entity=\"sip:bob@lab-b.test\">\n"
                 "  <tuple id=\"t1\"><status><basic>open</basic></status></tuple>\n"
                 "</presence>\n");
}

inline QByteArray ok200Notify()
{
    return build("SIP/2.0 200 OK\n"
                 "Via: SIP/2.0/UDP 10.0.0.2:5060;branch=z9hG4bK-n1-0f3e\n"
                 "From: <sip:bob@lab-b.test>;tag=p3c\n"
                 "To: <sip:alice@lab-a.test>;tag=s901\n"
                 "Call-ID: sub-71c3@10.0.0.1\n"
                 "CSeq: 1 NOTIFY\n");
}

// ---- Transfer: REFER / 202 / NOTIFY with a sipfrag body ---------------------------------------

inline QByteArray refer()
{
    return build("REFER sip:bob@10.0.0.2:5060 SIP/2.0\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-rf-33d8\n"
                 "Max-Forwards: 70\n"
                 "From: \"Alice\" <sip:alice@lab-a.test>;tag=c41f\n"
                 "To: \"Bob\" <sip:bob@lab-b.test>;tag=b7e2\n"
                 "Call-ID: call-0e7d2a@10.0.0.1\n"
                 "CSeq: 102 REFER\n"
                 "Contact: <sip:alice@10.0.0.1:5060>\n"
                 "Refer-To: <sip:carol@lab-b.test>\n"
                 "Referred-By: <sip:alice@lab-a.test>\n");
}

inline QByteArray accepted202()
{
    return build("SIP/2.0 202 Accepted\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-rf-33d8\n"
                 "From: \"Alice\" <sip:alice@lab-a.test>;tag=c41f\n"
                 "To: \"Bob\" <sip:bob@lab-b.test>;tag=b7e2\n"
                 "Call-ID: call-0e7d2a@10.0.0.1\n"
                 "CSeq: 102 REFER\n"
                 "Contact: <sip:bob@10.0.0.2:5060>\n");
}

// The body is itself a status line: only Content-Length says it is a body (RFC 3420 sipfrag).
inline QByteArray notifySipfrag()
{
    return build("NOTIFY sip:alice@10.0.0.1:5060 SIP/2.0\n"
                 "Via: SIP/2.0/UDP 10.0.0.2:5060;branch=z9hG4bK-n2-8e41\n"
                 "Max-Forwards: 70\n"
                 "From: \"Bob\" <sip:bob@lab-b.test>;tag=b7e2\n"
                 "To: \"Alice\" <sip:alice@lab-a.test>;tag=c41f\n"
                 "Call-ID: call-0e7d2a@10.0.0.1\n"
                 "CSeq: 8 NOTIFY\n"
                 "Contact: <sip:bob@10.0.0.2:5060>\n"
                 "Event: refer\n"
                 "Subscription-State: terminated;reason=noresource\n"
                 "Content-Type: message/sipfrag;version=2.0\n",
                 "SIP/2.0 200 OK\n");
}

// ---- Reliable provisional response: INVITE / 183 (100rel) / PRACK / 200 ------------------------

inline QByteArray invite100rel()
{
    return build("INVITE sip:dave@lab-b.test SIP/2.0\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-i3-1c77\n"
                 "Max-Forwards: 70\n"
                 "From: <sip:alice@lab-a.test>;tag=e5d0\n"
                 "To: <sip:dave@lab-b.test>\n"
                 "Call-ID: call-2be4@10.0.0.1\n"
                 "CSeq: 1 INVITE\n"
                 "Contact: <sip:alice@10.0.0.1:5060>\n"
                 "Supported: 100rel\n"
                 "Content-Type: application/sdp\n",
                 offerSdp());
}

inline QByteArray progress183()
{
    return build("SIP/2.0 183 Session Progress\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-i3-1c77\n"
                 "From: <sip:alice@lab-a.test>;tag=e5d0\n"
                 "To: <sip:dave@lab-b.test>;tag=d9\n"
                 "Call-ID: call-2be4@10.0.0.1\n"
                 "CSeq: 1 INVITE\n"
                 "Contact: <sip:dave@10.0.0.2:5060>\n"
                 "Require: 100rel\n"
                 "RSeq: 4711\n"
                 "Content-Type: application/sdp\n",
                 answerSdp());
}

inline QByteArray prack()
{
    return build("PRACK sip:dave@10.0.0.2:5060 SIP/2.0\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-p1-90b3\n"
                 "Max-Forwards: 70\n"
                 "From: <sip:alice@lab-a.test>;tag=e5d0\n"
                 "To: <sip:dave@lab-b.test>;tag=d9\n"
                 "Call-ID: call-2be4@10.0.0.1\n"
                 "CSeq: 2 PRACK\n"
                 "RAck: 4711 1 INVITE\n");
}

inline QByteArray ok200Prack()
{
    return build("SIP/2.0 200 OK\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-p1-90b3\n"
                 "From: <sip:alice@lab-a.test>;tag=e5d0\n"
                 "To: <sip:dave@lab-b.test>;tag=d9\n"
                 "Call-ID: call-2be4@10.0.0.1\n"
                 "CSeq: 2 PRACK\n");
}

// ---- MESSAGE, OPTIONS, UPDATE, redirect --------------------------------------------------------

inline QByteArray message()
{
    return build("MESSAGE sip:bob@lab-b.test SIP/2.0\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-m1-2f61\n"
                 "Max-Forwards: 70\n"
                 "From: <sip:alice@lab-a.test>;tag=m55\n"
                 "To: <sip:bob@lab-b.test>\n"
                 "Call-ID: msg-0a9b@10.0.0.1\n"
                 "CSeq: 1 MESSAGE\n"
                 "Content-Type: text/plain;charset=UTF-8\n",
                 "Are you free for lunch?");
}

inline QByteArray ok200Message()
{
    return build("SIP/2.0 200 OK\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-m1-2f61\n"
                 "From: <sip:alice@lab-a.test>;tag=m55\n"
                 "To: <sip:bob@lab-b.test>;tag=mm1\n"
                 "Call-ID: msg-0a9b@10.0.0.1\n"
                 "CSeq: 1 MESSAGE\n");
}

inline QByteArray options()
{
    return build("OPTIONS sip:lab-b.test SIP/2.0\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-o1-c3a8\n"
                 "Max-Forwards: 70\n"
                 "From: <sip:ping@lab-a.test>;tag=op1\n"
                 "To: <sip:lab-b.test>\n"
                 "Call-ID: opt-6e21@10.0.0.1\n"
                 "CSeq: 1 OPTIONS\n"
                 "Accept: application/sdp\n");
}

inline QByteArray ok200Options()
{
    return build("SIP/2.0 200 OK\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-o1-c3a8\n"
                 "From: <sip:ping@lab-a.test>;tag=op1\n"
                 "To: <sip:lab-b.test>;tag=op2\n"
                 "Call-ID: opt-6e21@10.0.0.1\n"
                 "CSeq: 1 OPTIONS\n"
                 "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS, PRACK, UPDATE\n"
                 "Accept: application/sdp\n"
                 "Supported: 100rel, timer\n");
}

inline QByteArray update()
{
    return build("UPDATE sip:bob@10.0.0.2:5060 SIP/2.0\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-u1-7a0d\n"
                 "Max-Forwards: 70\n"
                 "From: \"Alice\" <sip:alice@lab-a.test>;tag=c41f\n"
                 "To: \"Bob\" <sip:bob@lab-b.test>;tag=b7e2\n"
                 "Call-ID: call-0e7d2a@10.0.0.1\n"
                 "CSeq: 103 UPDATE\n"
                 "Contact: <sip:alice@10.0.0.1:5060>\n"
                 "Content-Type: application/sdp\n",
                 offerSdp());
}

inline QByteArray ok200Update()
{
    return build("SIP/2.0 200 OK\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-u1-7a0d\n"
                 "From: \"Alice\" <sip:alice@lab-a.test>;tag=c41f\n"
                 "To: \"Bob\" <sip:bob@lab-b.test>;tag=b7e2\n"
                 "Call-ID: call-0e7d2a@10.0.0.1\n"
                 "CSeq: 103 UPDATE\n"
                 "Contact: <sip:bob@10.0.0.2:5060>\n"
                 "Content-Type: application/sdp\n",
                 answerSdp());
}

inline QByteArray moved302()
{
    return build("SIP/2.0 302 Moved Temporarily\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-i4-e812\n"
                 "From: <sip:alice@lab-a.test>;tag=f0\n"
                 "To: <sip:erin@lab-b.test>;tag=rd7\n"
                 "Call-ID: call-8c1d@10.0.0.1\n"
                 "CSeq: 1 INVITE\n"
                 "Contact: <sip:erin@10.0.0.9:5060>;q=0.7, <sip:erin-mobile@10.0.0.10:5060>;q=0.3\n"
                 "Expires: 120\n");
}

inline QByteArray publish()
{
    return build("PUBLISH sip:alice@lab-a.test SIP/2.0\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-pb-41c2\n"
                 "Max-Forwards: 70\n"
                 "From: <sip:alice@lab-a.test>;tag=pb1\n"
                 "To: <sip:alice@lab-a.test>\n"
                 "Call-ID: pub-39e0@10.0.0.1\n"
                 "CSeq: 1 PUBLISH\n"
                 "Event: presence\n"
                 "Expires: 3600\n"
                 "Content-Type: application/pidf+xml\n",
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<presence xmlns=\"urn:ietf:params:xml:ns:pidf\" entity=\"sip:alice@lab-a.test\">\n"
                 "  <tuple id=\"p1\"><status><basic>closed</basic></status></tuple>\n"
                 "</presence>\n");
}

inline QByteArray ok200Publish()
{
    return build("SIP/2.0 200 OK\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-pb-41c2\n"
                 "From: <sip:alice@lab-a.test>;tag=pb1\n"
                 "To: <sip:alice@lab-a.test>;tag=pbs\n"
                 "Call-ID: pub-39e0@10.0.0.1\n"
                 "CSeq: 1 PUBLISH\n"
                 "SIP-ETag: e7c1a0\n"
                 "Expires: 3600\n");
}

// Every header of a call that has a compact form written in it (RFC 3261 §7.3.3, RFC 4028), and
// Content-Length as "l".
inline QByteArray compactInvite()
{
    const QByteArray body = crlf(offerSdp());
    return crlf("INVITE sip:bob@lab-b.test SIP/2.0\n"
                "v: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-cp-0001\n"
                "Max-Forwards: 70\n"
                "f: <sip:alice@lab-a.test>;tag=cpt\n"
                "t: <sip:bob@lab-b.test>\n"
                "i: compact-77@10.0.0.1\n"
                "CSeq: 1 INVITE\n"
                "m: <sip:alice@10.0.0.1:5060>\n"
                "k: timer\n"
                "x: 1800\n"
                "s: lunch\n"
                "c: application/sdp\n"
                "l: " + QByteArray::number(body.size()) + "\n\n")
           + body;
}

struct Sample
{
    const char *name;
    QByteArray wire;
};

// Every valid message above, in the order of their flows.
inline QList<Sample> validMessages()
{
    return {
        {"REGISTER", registerFirst()},       {"401 to REGISTER", register401()},
        {"REGISTER with credentials", registerRetry()},
        {"200 to REGISTER", register200()},  {"INVITE", invite()},
        {"100 to INVITE", trying100()},      {"180 to INVITE", ringing180()},
        {"200 to INVITE", ok200Invite()},    {"ACK", ack()},
        {"BYE", bye()},                      {"200 to BYE", ok200Bye()},
        {"INVITE over TCP", invite2()},      {"CANCEL", cancel()},
        {"200 to CANCEL", ok200Cancel()},    {"487 to INVITE", terminated487()},
        {"ACK to 487", ack487()},            {"SUBSCRIBE", subscribe()},
        {"200 to SUBSCRIBE", ok200Subscribe()}, {"NOTIFY", notify()},
        {"200 to NOTIFY", ok200Notify()},    {"REFER", refer()},
        {"202 to REFER", accepted202()},     {"NOTIFY with sipfrag", notifySipfrag()},
        {"INVITE with 100rel", invite100rel()}, {"183 reliable", progress183()},
        {"PRACK", prack()},                  {"200 to PRACK", ok200Prack()},
        {"MESSAGE", message()},              {"200 to MESSAGE", ok200Message()},
        {"OPTIONS", options()},              {"200 to OPTIONS", ok200Options()},
        {"UPDATE", update()},                {"200 to UPDATE", ok200Update()},
        {"302 with Contact", moved302()},    {"PUBLISH", publish()},
        {"200 to PUBLISH", ok200Publish()},  {"compact INVITE", compactInvite()},
    };
}

// ---- Inputs of the scanner tests --------------------------------------------------------------

// The same message with other line ends: each "\r\n" replaced by the next of `ends` in turn.
inline QByteArray withLineEnds(const QByteArray &wire, const QList<QByteArray> &ends)
{
    QByteArray out;
    int n = 0;
    qsizetype pos = 0;
    for (qsizetype at = wire.indexOf("\r\n"); at >= 0; at = wire.indexOf("\r\n", pos)) {
        out += wire.mid(pos, at - pos) + ends[n++ % ends.size()];
        pos = at + 2;
    }
    return out + wire.mid(pos);
}

// An OPTIONS with more header fields (in "\n" form, folded ones included) after the core ones.
inline QByteArray foldedOptions(const QByteArray &moreHeaders)
{
    return build("OPTIONS sip:lab-b.test SIP/2.0\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-fold\n"
                 "Max-Forwards: 70\n"
                 "From: <sip:ping@lab-a.test>;tag=f1\n"
                 "To: <sip:lab-b.test>\n"
                 "Call-ID: fold-1@10.0.0.1\n"
                 "CSeq: 1 OPTIONS\n"
                 + moreHeaders);
}

// A MESSAGE with display names and a subject in whatever encoding the bytes are in.
inline QByteArray gbMessage(const QByteArray &from, const QByteArray &to, const QByteArray &subject)
{
    return build("MESSAGE sip:lisi@lab-b.test SIP/2.0\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-gb1\n"
                 "Max-Forwards: 70\n"
                 "From: \"" + from + "\" <sip:zhangsan@lab-a.test>;tag=gb\n"
                 "To: \"" + to + "\" <sip:lisi@lab-b.test>\n"
                 "Call-ID: gb-1@10.0.0.1\n"
                 "CSeq: 1 MESSAGE\n"
                 "Subject: " + subject + "\n"
                 "Content-Type: text/plain;charset=GB18030\n",
                 subject + "\n");
}

// tcpdump -A: the IP and UDP headers printed as dots and stray letters glued to the payload.
inline QByteArray tcpdump(const QByteArray &wire, const QByteArray &junk = "E..H.Z@.@.!........")
{
    return "15:06:41.123456 IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: " + QByteArray::number(wire.size())
           + "\n" + junk + lfOnly(wire);
}

// ---- Hex dumps ---------------------------------------------------------------------------------
// A message as the bytes of a packet (built by capturewriter.h, as the capture tests build theirs),
// and that packet written the ways tickets carry hex dumps.

// IPv4 and UDP, from 10.0.0.1:5060 to 10.0.0.2:5060.
inline QByteArray udpPacket(const QByteArray &wire)
{
    return pcap::ipv4("10.0.0.1", "10.0.0.2", pcap::protoUdp, pcap::udp(5060, 5060, wire));
}

// IPv6 and TCP (a 24-byte header), from [2001:db8::1]:5062 to [2001:db8::2]:5060.
inline QByteArray tcpPacketV6(const QByteArray &wire)
{
    return pcap::ipv6("2001:db8::1", "2001:db8::2", pcap::protoTcp, pcap::tcp(5062, 5060, 1, pcap::Psh | pcap::Ack, wire));
}

enum class HexDumpStyle { Wireshark, TcpdumpX, HexdumpC, Xxd };

inline QByteArray hexDump(const QByteArray &bytes, HexDumpStyle style)
{
    auto printable = [](const QByteArray &row) {
        QByteArray out;
        for (char c : row)
            out += (c >= 0x20 && c < 0x7f) ? c : '.';
        return out;
    };
    auto pairs = [](const QByteArray &row, bool words, bool gapAfterEight) {
        QByteArray out;
        for (int i = 0; i < row.size(); ++i) {
            if (i > 0 && (!words || i % 2 == 0))
                out += (gapAfterEight && i == 8) ? "  " : " ";
            out += row.mid(i, 1).toHex();
        }
        return out;
    };
    QByteArray out;
    for (qsizetype at = 0; at < bytes.size(); at += 16) {
        const QByteArray row = bytes.mid(at, 16);
        const QByteArray offset = QByteArray::number(at, 16);
        switch (style) {
        case HexDumpStyle::Wireshark:
            out += offset.rightJustified(4, '0') + "   " + pairs(row, false, false).leftJustified(47) + "   " + printable(row) + "\n";
            break;
        case HexDumpStyle::TcpdumpX:
            out += "\t0x" + offset.rightJustified(4, '0') + ":  " + pairs(row, true, false).leftJustified(39) + "  " + printable(row) + "\n";
            break;
        case HexDumpStyle::HexdumpC:
            out += offset.rightJustified(8, '0') + "  " + pairs(row, false, true).leftJustified(48) + "  |" + printable(row) + "|\n";
            break;
        case HexDumpStyle::Xxd:
            out += offset.rightJustified(8, '0') + ": " + pairs(row, true, false).leftJustified(39) + "  " + printable(row) + "\n";
            break;
        }
    }
    if (style == HexDumpStyle::HexdumpC)
        out += QByteArray::number(bytes.size(), 16).rightJustified(8, '0') + "\n";
    return out;
}

// Text before a start line on the same line, and log lines that only quote a start line.
struct JunkCase
{
    const char *name;
    QByteArray input;
    int messages;
    QByteArray startLine;
    int column;
};

inline QList<JunkCase> junkCases()
{
    const QByteArray junk = "E..H.Z@.@.!........";
    const QByteArray prack = lfOnly(samples::prack());
    const QByteArray ringing = lfOnly(ringing180());
    return {
        {"tcpdump -A", tcpdump(invite(), junk), 1, "INVITE sip:bob@lab-b.test SIP/2.0", int(junk.size()) + 1},
        // A stray capital glued to the method is not part of it.
        {"stray capital", tcpdump(invite(), "E..H.Z@.@.!...Q"), 1, "INVITE sip:bob@lab-b.test SIP/2.0", 16},
        // Header bytes that happen to be all dots and letters (token characters) are no method.
        {"dots and letters", tcpdump(invite(), ".......J....."), 1, "INVITE sip:bob@lab-b.test SIP/2.0", 14},
        {"PRACK is not ACK", junk + prack, 1, "PRACK sip:dave@10.0.0.2:5060 SIP/2.0", int(junk.size()) + 1},
        {"stray capital before PRACK", "E..H.Z@.X" + prack, 1, "PRACK sip:dave@10.0.0.2:5060 SIP/2.0", 10},
        {"response", "..3....B..D" + ringing, 1, "SIP/2.0 180 Ringing", 12},
        {"response after a space", "IP 10.0.0.2 > 10.0.0.1: " + ringing, 1, "SIP/2.0 180 Ringing", 25},
        // A log's label ending in a colon is no Request-URI, and the level before it no method.
        {"label with a colon", "2026-11-22 10:00:02,415 DEBUG recv: " + prack, 1,
         "PRACK sip:dave@10.0.0.2:5060 SIP/2.0", 37},
        {"label with a colon, at the line's start", "DEBUG recv: " + prack, 1, "PRACK sip:dave@10.0.0.2:5060 SIP/2.0", 13},
        // A log line that quotes a start line is no message when no header field follows it.
        {"quoted status line",
         "15:06:41 sent SIP/2.0 200 OK to 10.0.0.1:5060\n"
         "15:06:42 call 42 answered\n",
         0, {}, 0},
        {"quoted status line, then text",
         "sent SIP/2.0 200 OK to 10.0.0.1:5060\n"
         "call 42 answered\n",
         0, {}, 0},
        {"quoted request line",
         "dialog created by INVITE sip:bob@lab-b.test SIP/2.0\n"
         "and then it ended\n",
         0, {}, 0},
    };
}

// ---- Log formats -------------------------------------------------------------------------------
// Each takes a message in wire form and writes it the way that tool logs it: LF line ends, and a
// line break after a body that had none, before whatever the tool writes next.

inline QByteArray logText(const QByteArray &wire)
{
    QByteArray text = lfOnly(wire);
    if (!text.endsWith('\n'))
        text += '\n';
    return text;
}

// Asterisk chan_sip (sip set debug on).
inline QByteArray asteriskChanSip(const QByteArray &wire)
{
    return "[Nov 21 15:06:41] VERBOSE[2211][C-00000003] chan_sip.c: \n"
           "<--- SIP read from UDP:10.0.0.1:5060 --->\n"
           + logText(wire) + "<------------->\n"
           + "[Nov 21 15:06:41] VERBOSE[2211][C-00000003] chan_sip.c: --- (12 headers 11 lines) ---\n";
}

// Asterisk res_pjsip_logger: the message, then an empty line.
inline QByteArray asteriskPjsip(const QByteArray &wire)
{
    return "<--- Received SIP request (" + QByteArray::number(wire.size()) + " bytes) from UDP:10.0.0.1:5060 --->\n"
           + logText(wire) + "\n"
           + "[Nov 21 15:06:41] DEBUG[2290] res_pjsip_session.c: Handling incoming request\n";
}

// FreeSWITCH (sofia-sip tport dump): every line indented by three spaces between dashed rules.
inline QByteArray freeswitch(const QByteArray &wire)
{
    const QByteArray rule = "   " + QByteArray(72, '-') + "\n";
    QByteArray out = "recv " + QByteArray::number(wire.size()) + " bytes from udp/[10.0.0.1]:5060 at 15:06:41.123456:\n"
                     + rule;
    const QByteArray text = logText(wire);
    for (const QByteArray &line : text.split('\n').mid(0, text.count('\n')))
        out += "   " + line + "\n";
    return out + rule;
}

// A Skype for Business / Lync server log record (the CLS logger): "Start-Line: " before the start
// line, "Message-Body: " before the body (an en dash for none), "$$end_record" after it; CRLF.
inline QByteArray skypeRecord(const QByteArray &wire)
{
    const qsizetype split = wire.indexOf("\r\n\r\n");
    const QByteArray head = split < 0 ? wire : wire.left(split + 2);
    QByteArray body = split < 0 ? QByteArray() : wire.mid(split + 4);
    if (body.isEmpty())
        body = "\xe2\x80\x93";
    if (!body.endsWith("\r\n"))
        body += "\r\n";
    return "TL_INFO(TF_PROTOCOL) [0]1A2C.1D3C::11/21/2026-15:06:41.123.0001A2B3 (SIPStack,SIPAdminLog::"
           "TraceProtocolRecord:SIPAdminLog.cpp(125))[1234567890] $$begin_record\r\n"
           "Trace-Correlation-Id: 1234567890\r\nInstance-Id: 0001A2B3\r\nDirection: incoming\r\n"
           "Peer: 10.0.0.1:5061\r\nMessage-Type: request\r\nStart-Line: "
           + head + "Message-Body: " + body + "$$end_record\r\n\r\n";
}

// pjsua / PJSIP applications.
inline QByteArray pjsua(const QByteArray &wire)
{
    return "15:06:41.123  pjsua_core.c  .RX " + QByteArray::number(wire.size())
           + " bytes Request msg INVITE/cseq=101 (rdata0x7f3a1c00) from UDP 10.0.0.1:5060:\n" + logText(wire)
           + "--end msg--\n" + "15:06:41.124    pjsua_app.c  .Incoming call for account 0!\n";
}

// AudioCodes syslog (the Syslog Viewer's text): a line that says where the message came from, the
// message, then its time on a line of its own that starts with a space.
inline QByteArray audiocodes(const QByteArray &wire)
{
    return "15:06:41.123  10.0.0.2  local0.notice  [S=12345] [SID=a1b2c3:12:3456]  ---- Incoming SIP Message "
           "from 10.0.0.1:5060 to SIPInterface #0 (SIPInterface_0) UDP TO(#0) SOCKET(#1) ---\n"
           + logText(wire) + " [Time:21-11@15:06:41.123]\n";
}

// sngrep "save as text": a header line per message, the message, an empty line.
inline QByteArray sngrep(const QList<QByteArray> &wires)
{
    QByteArray out;
    int n = 0;
    for (const QByteArray &wire : wires) {
        out += "2026/11/21 15:06:4" + QByteArray::number(n % 10) + ".123456 10.0.0.1:5060 -> 10.0.0.2:5060\n"
               + logText(wire) + "\n";
        ++n;
    }
    return out;
}

// A prefix repeated on every line, its digits changing from line to line the way timestamps do.
// prefixTemplate holds '#' where a counter digit goes.
inline QByteArray prefixed(const QByteArray &wire, const QByteArray &prefixTemplate)
{
    QByteArray out;
    const QByteArray text = logText(wire);
    const QList<QByteArray> lines = text.split('\n');
    const qsizetype count = text.count('\n');
    for (qsizetype i = 0; i < count; ++i) {
        QByteArray prefix = prefixTemplate;
        for (qsizetype k = 0; k < prefix.size(); ++k) {
            if (prefix[k] == '#')
                prefix[k] = char('0' + (i % 10));
        }
        out += prefix + lines[i] + "\n";
    }
    return out;
}

inline QByteArray logcatPrefix()
{
    return "11-21 15:06:41.1#3  1234  1250 I Linphone: ";
}

inline QByteArray syslogPrefix()
{
    return "Nov 21 15:06:4# sbc-1 kamailio[2133]: ";
}

// ---- Faulty messages ---------------------------------------------------------------------------
// For every finding the checks can report: a message with the fault, the same message corrected,
// and what the finding must say. Built from the valid messages by small edits.

// One textual edit of a message; the edited text must be there, or the case tests nothing.
inline QByteArray edit(const QByteArray &wire, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = wire.indexOf(from);
    if (at < 0)
        qFatal("edit: \"%s\" is not in the message", from.constData());
    QByteArray out = wire;
    out.replace(at, from.size(), to);
    return out;
}

// The message without the header line of that name.
inline QByteArray without(const QByteArray &wire, const QByteArray &name)
{
    const qsizetype at = wire.indexOf("\r\n" + name + ":");
    if (at < 0)
        qFatal("without: no %s header", name.constData());
    const qsizetype end = wire.indexOf("\r\n", at + 2);
    QByteArray out = wire;
    out.remove(at, end - at);
    return out;
}

// A header line added right after the start line.
inline QByteArray with(const QByteArray &wire, const QByteArray &line)
{
    const qsizetype at = wire.indexOf("\r\n");
    QByteArray out = wire;
    out.insert(at + 2, line + "\r\n");
    return out;
}

// A response with the core header fields right; `extra` in "\n" form.
inline QByteArray response(const QByteArray &statusLine, const QByteArray &method, const QByteArray &extra = {})
{
    return build("SIP/2.0 " + statusLine + "\n"
                    "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-rs-5a\n"
                    "From: <sip:alice@lab-a.test>;tag=rs1\n"
                    "To: <sip:bob@lab-b.test>;tag=rs2\n"
                    "Call-ID: rs-8b@10.0.0.1\n"
                    "CSeq: 1 " + method + "\n" + extra);
}

struct FaultCase
{
    QByteArray name;
    QByteArray broken;
    QByteArray fixed;
    QByteArray id;
    QByteArray detail;
    Severity severity;
    QByteArray header;   // canonical name, "" when the finding concerns no header
    QByteArray spanText; // the text the finding points at; null: not checked
    QStringList args;    // expected arguments; empty: not checked
    QByteArray rfc;      // expected section; null: only required to be there
    QList<QByteArray> also = {}; // other ids the fault brings along (errors or warnings)
};

inline QList<FaultCase> faultCases()
{
    QList<FaultCase> c;
    const QByteArray opts = options();
    const QByteArray optionsLine = "OPTIONS sip:lab-b.test SIP/2.0";
    const QByteArray ok = ok200Options();

    // ---- The input as a whole ----
    c.append({"no SIP message", "Nothing to see here.\nOnly text, and no start line.\n", opts, "no-sip-message", "",
              Severity::Error, "", "", {}, "RFC 3261 §7"});
    QByteArray binary;
    for (int i = 0; i < 512; ++i)
        binary += char(i % 7 == 0 ? 'A' : i % 31);
    c.append({"no SIP message, binary", binary, opts, "no-sip-message", "binary", Severity::Error, "", "", {}, {}});

    QByteArray escaped = opts;
    escaped.replace("\r\n", "\\r\\n");
    c.append({"escaped line breaks (a JSON log)", "{\"msg\":\"" + escaped + "\"}\n", opts, "escaped-line-breaks", "",
              Severity::Info, "", "", {QStringLiteral("1")}, "RFC 3261 §7"});

    c.append({"terminal colour codes", "\x1b[1;32m" + opts + "\x1b[0m", opts, "terminal-colors", "", Severity::Info, "",
              {}, {QStringLiteral("2")}, "RFC 3261 §7"}); // the code after the last CRLF is on a line of its own
    QByteArray nbsp = opts;
    nbsp.replace("CSeq: ", "CSeq:\xc2\xa0");
    c.append({"non-breaking space", nbsp, opts, "non-breaking-spaces", "", Severity::Info, "", {},
              {QStringLiteral("1")}, "RFC 3261 §25.1"});
    QByteArray ngrep = opts;
    ngrep.replace("\r\n", ".\n");
    c.append({"ngrep byline output", "U 10.0.0.1:5060 -> 10.0.0.2:5060 #1\n" + ngrep + "\n", opts, "ngrep-line-ends", "",
              Severity::Info, "", {}, {QString::number(opts.count("\r\n"))}, "RFC 3261 §7"});
    const QByteArray packet = udpPacket(opts);
    c.append({"hex dump", hexDump(packet, HexDumpStyle::Xxd), opts, "hex-dump", "", Severity::Info, "", {},
              {QString::number((packet.size() + 15) / 16)}, "RFC 3261 §7"});
    QByteArray doubledCr = opts;
    doubledCr.replace("\r\n", "\r\r\n");
    c.append({"CR CR LF line ends", doubledCr, opts, "doubled-cr", "", Severity::Info, "", optionsLine, {}, "RFC 3261 §7"});

    // ---- Start line ----
    c.append({"method with a colon", edit(opts, optionsLine, "OPTIONS: sip:lab-b.test SIP/2.0"), opts,
              "malformed-start-line", "invalid-method", Severity::Error, "", "OPTIONS:", {QStringLiteral("OPTIONS:")},
              "RFC 3261 §25.1", {"cseq-method-mismatch"}});
    c.append({"no Request-URI", edit(opts, optionsLine, "OPTIONS SIP/2.0"), opts, "malformed-start-line",
              "missing-parts", Severity::Error, "", "OPTIONS SIP/2.0", {}, "RFC 3261 §7.1"});
    c.append({"Request-URI in brackets", edit(opts, optionsLine, "OPTIONS <sip:lab-b.test> SIP/2.0"), opts,
              "malformed-start-line", "angle-brackets", Severity::Error, "", "<sip:lab-b.test>", {}, "RFC 3261 §7.1"});
    c.append({"space in the Request-URI", edit(opts, optionsLine, "OPTIONS sip:lab-b .test SIP/2.0"), opts,
              "malformed-start-line", "space-in-uri", Severity::Error, "", "sip:lab-b .test", {}, {}});
    c.append({"headers in the Request-URI", edit(opts, optionsLine, "OPTIONS sip:lab-b.test?Subject=hi SIP/2.0"), opts,
              "malformed-start-line", "uri-headers", Severity::Error, "", "sip:lab-b.test?Subject=hi",
              {QStringLiteral("Subject=hi")}, "RFC 3261 §19.1.1"});
    c.append({"two spaces after the method", edit(opts, optionsLine, "OPTIONS  sip:lab-b.test SIP/2.0"), opts,
              "malformed-start-line", "extra-space", Severity::Error, "", "OPTIONS  sip:lab-b.test SIP/2.0", {}, {}});
    c.append({"two spaces after the version", edit(ok, "SIP/2.0 200 OK", "SIP/2.0  200 OK"), ok,
              "malformed-start-line", "extra-space", Severity::Error, "", "  ", {}, "RFC 3261 §7.2"});
    c.append({"space after SIP/2.0", edit(opts, optionsLine + "\r\n", optionsLine + " \r\n"), opts,
              "malformed-start-line", "trailing-space", Severity::Error, "", " ", {}, {}});
    c.append({"no space after the code", edit(ok, "SIP/2.0 200 OK\r\n", "SIP/2.0 200\r\n"), ok,
              "malformed-start-line", "missing-reason-space", Severity::Error, "", "SIP/2.0 200", {}, {}});
    c.append({"SIP/2.1 request", edit(opts, optionsLine, "OPTIONS sip:lab-b.test SIP/2.1"), opts,
              "unsupported-version", "", Severity::Error, "", "SIP/2.1", {QStringLiteral("SIP/2.1")}, "RFC 3261 §7.1"});
    c.append({"SIP/3.0 response", edit(ok, "SIP/2.0 200 OK", "SIP/3.0 200 OK"), ok, "unsupported-version", "",
              Severity::Error, "", "SIP/3.0", {}, {}});
    c.append({"four-digit code", edit(ok, "SIP/2.0 200 OK", "SIP/2.0 2000 OK"), ok, "invalid-status-code", "",
              Severity::Error, "", "2000", {QStringLiteral("2000")}, "RFC 3261 §7.2"});
    c.append({"code below 100", edit(ok, "SIP/2.0 200 OK", "SIP/2.0 099 Early"), ok, "invalid-status-code", "",
              Severity::Error, "", "099", {}, {}});
    c.append({"code above 699", edit(ok, "SIP/2.0 200 OK", "SIP/2.0 700 Beyond"), ok, "invalid-status-code", "",
              Severity::Error, "", "700", {}, {}});
    c.append({"unregistered code", edit(ok, "SIP/2.0 200 OK", "SIP/2.0 299 Fine"), ok, "unregistered-status-code", "",
              Severity::Info, "", "299", {QStringLiteral("299"), QStringLiteral("200")}, "RFC 3261 §8.1.3.2"});
    c.append({"unregistered 1xx", response("189 Still Trying", "INVITE"), response("180 Ringing", "INVITE"),
              "unregistered-status-code", "", Severity::Info, "", "189", {QStringLiteral("189"), QStringLiteral("183")},
              {}});
    c.append({"other reason phrase", response("486 Busy", "INVITE"), response("486 Busy Here", "INVITE"),
              "reason-phrase-differs", "", Severity::Info, "", "Busy",
              {QStringLiteral("Busy"), QStringLiteral("Busy Here")}, "RFC 3261 §21"});
    c.append({"older reason phrase", response("480 Temporarily not available", "INVITE"),
              response("480 Temporarily Unavailable", "INVITE"), "reason-phrase-differs", "alias", Severity::Info, "",
              "Temporarily not available", {}, {}});

    // ---- Mandatory header fields of every request and response ----
    for (const char *h : {"To", "From", "CSeq", "Call-ID", "Max-Forwards", "Via"}) {
        c.append({"request without " + QByteArray(h), without(opts, h), opts, "missing-header", "request",
                  Severity::Error, h, optionsLine, {QString::fromLatin1(h), QStringLiteral("OPTIONS")},
                  "RFC 3261 §8.1.1"});
    }
    for (const char *h : {"Via", "From", "To", "Call-ID", "CSeq"}) {
        c.append({"response without " + QByteArray(h), without(ok, h), ok, "missing-header", "response",
                  Severity::Error, h, "SIP/2.0 200 OK", {QString::fromLatin1(h)}, "RFC 3261 §8.2.6.2"});
    }
    // ---- Header fields of particular methods ----
    c.append({"INVITE without Contact", without(invite(), "Contact"), invite(), "missing-header",
              "dialog-contact", Severity::Error, "Contact", "INVITE sip:bob@lab-b.test SIP/2.0", {}, "RFC 3261 §8.1.1.8"});
    c.append({"SUBSCRIBE without Contact", without(subscribe(), "Contact"), subscribe(), "missing-header",
              "dialog-contact", Severity::Error, "Contact", {}, {}, {}});
    c.append({"REFER without Contact", without(refer(), "Contact"), refer(), "missing-header", "dialog-contact",
              Severity::Error, "Contact", {}, {}, {}});
    c.append({"UPDATE without Contact", without(update(), "Contact"), update(), "missing-header", "method",
              Severity::Error, "Contact", {}, {}, "RFC 3311 §7"});
    c.append({"NOTIFY without Contact", without(notify(), "Contact"), notify(), "missing-header",
              "target-refresh-contact", Severity::Warning, "Contact", {}, {}, "RFC 6665 §3.2"});
    c.append({"SUBSCRIBE without Event", without(subscribe(), "Event"), subscribe(), "missing-header", "method",
              Severity::Error, "Event", {}, {QStringLiteral("Event"), QStringLiteral("SUBSCRIBE")}, "RFC 6665 §3.1.2"});
    c.append({"SUBSCRIBE without Expires", without(subscribe(), "Expires"), subscribe(), "missing-header",
              "method-should", Severity::Warning, "Expires", {}, {}, "RFC 6665 §3.1.1"});
    c.append({"NOTIFY without Event", without(notify(), "Event"), notify(), "missing-header", "method",
              Severity::Error, "Event", {}, {}, "RFC 6665 §3.2.1"});
    c.append({"NOTIFY without Subscription-State", without(notify(), "Subscription-State"), notify(),
              "missing-header", "method", Severity::Error, "Subscription-State", {}, {}, "RFC 6665 §4.1.3"});
    c.append({"PUBLISH without Event", without(publish(), "Event"), publish(), "missing-header", "method",
              Severity::Error, "Event", {}, {}, "RFC 3903 §4.1"});
    c.append({"REFER without Refer-To", without(refer(), "Refer-To"), refer(), "missing-header", "method",
              Severity::Error, "Refer-To", {}, {}, "RFC 3515 §2.4.1"});
    c.append({"PRACK without RAck", without(prack(), "RAck"), prack(), "missing-header", "method",
              Severity::Error, "RAck", {}, {}, "RFC 3262 §7.2"});
    // ---- Header fields of particular responses ----
    struct CodeRule
    {
        const char *statusLine;
        const char *header;
        const char *line;
        Severity severity;
        const char *detail;
    };
    const CodeRule codeRules[] = {
        {"199 Early Dialog Terminated", "Reason", "Reason: SIP;cause=503;text=\"Service Unavailable\"", Severity::Error,
         "code"},
        {"401 Unauthorized", "WWW-Authenticate", "WWW-Authenticate: Digest realm=\"lab-b.test\", nonce=\"9f2c\"",
         Severity::Error, "code"},
        {"405 Method Not Allowed", "Allow", "Allow: INVITE, ACK, CANCEL, BYE", Severity::Error, "code"},
        {"407 Proxy Authentication Required", "Proxy-Authenticate",
         "Proxy-Authenticate: Digest realm=\"lab-b.test\", nonce=\"77e1\"", Severity::Error, "code"},
        {"420 Bad Extension", "Unsupported", "Unsupported: foo-ext", Severity::Error, "code"},
        {"421 Extension Required", "Require", "Require: 100rel", Severity::Error, "code"},
        {"422 Session Interval Too Small", "Min-SE", "Min-SE: 1800", Severity::Error, "code"},
        {"423 Interval Too Brief", "Min-Expires", "Min-Expires: 600", Severity::Error, "code"},
        {"425 Bad Alert Message", "AlertMsg-Error", "AlertMsg-Error: 100 \"Unsupported alert\"", Severity::Error,
         "code"},
        {"469 Bad Info Package", "Recv-Info", "Recv-Info: dtmf", Severity::Error, "code"},
        {"470 Consent Needed", "Permission-Missing", "Permission-Missing: <sip:carol@lab-b.test>", Severity::Warning,
         "code-should"},
        {"494 Security Agreement Required", "Security-Server", "Security-Server: tls;q=0.2", Severity::Error, "code"},
        {"305 Use Proxy", "Contact", "Contact: <sip:proxy.lab-b.test>", Severity::Warning, "redirect-contact"},
    };
    for (const CodeRule &r : codeRules) {
        const QByteArray fixed = response(r.statusLine, "INVITE", QByteArray(r.line) + "\n");
        c.append({QByteArray(r.statusLine).left(3) + " without " + r.header, without(fixed, r.header), fixed,
                  "missing-header", r.detail, r.severity, r.header, "SIP/2.0 " + QByteArray(r.statusLine),
                  {QString::fromLatin1(r.header), QString::fromLatin1(r.statusLine).left(3)}, {}});
    }
    c.append({"302 without Contact", without(moved302(), "Contact"), moved302(), "missing-header",
              "redirect-contact", Severity::Warning, "Contact", {}, {}, "RFC 3261 §21.3"});
    c.append({"200 to INVITE without Contact", without(ok200Invite(), "Contact"), ok200Invite(),
              "missing-header", "dialog-response-contact", Severity::Error, "Contact", "SIP/2.0 200 OK",
              {QStringLiteral("Contact"), QStringLiteral("200"), QStringLiteral("INVITE")}, "RFC 3261 §12.1.1"});
    c.append({"200 to SUBSCRIBE without Contact", without(ok200Subscribe(), "Contact"), ok200Subscribe(),
              "missing-header", "dialog-response-contact", Severity::Error, "Contact", {}, {}, {}});
    c.append({"202 to REFER without Contact", without(accepted202(), "Contact"), accepted202(),
              "missing-header", "dialog-response-contact", Severity::Error, "Contact", {}, {}, {}});
    c.append({"200 to UPDATE without Contact", without(ok200Update(), "Contact"), ok200Update(),
              "missing-header", "success-to", Severity::Error, "Contact", {}, {}, "RFC 3311 §7"});
    c.append({"200 to PUBLISH without SIP-ETag", without(ok200Publish(), "SIP-ETag"), ok200Publish(),
              "missing-header", "success-to", Severity::Error, "SIP-ETag", {}, {}, "RFC 3903 §6"});
    c.append({"200 to PUBLISH without Expires", without(ok200Publish(), "Expires"), ok200Publish(),
              "missing-header", "success-to", Severity::Error, "Expires", {}, {}, "RFC 3903 §6"});
    {
        const QByteArray fixed = response("415 Unsupported Media Type", "MESSAGE", "Accept: text/plain\n");
        c.append({"415 without Accept", without(fixed, "Accept"), fixed, "missing-header", "accept-415",
                  Severity::Error, "Accept", "SIP/2.0 415 Unsupported Media Type", {}, "RFC 3261 §21.4.13"});
        const QByteArray byEncoding = response("415 Unsupported Media Type", "MESSAGE", "Accept-Encoding: gzip\n");
        c.append({"415 without Accept-Encoding", without(byEncoding, "Accept-Encoding"), byEncoding, "missing-header",
                  "accept-415", Severity::Error, "Accept", {}, {}, {}});
    }
    c.append({"183 with 100rel without RSeq", without(progress183(), "RSeq"), progress183(), "missing-header",
              "reliable-rseq", Severity::Error, "RSeq", "SIP/2.0 183 Session Progress", {}, "RFC 3262 §3"});
    c.append({"TCP without Content-Length", without(cancel(), "Content-Length"), cancel(), "missing-header",
              "stream-content-length", Severity::Error, "Content-Length", {},
              {QStringLiteral("Content-Length"), QStringLiteral("CANCEL"), QStringLiteral("TCP")}, "RFC 3261 §18.3"});

    // ---- Forbidden header fields ----
    c.append({"MESSAGE with Contact", with(message(), "Contact: <sip:alice@10.0.0.1:5060>"), message(),
              "forbidden-header", "request", Severity::Warning, "Contact", "Contact: <sip:alice@10.0.0.1:5060>", {},
              "RFC 3428 §4"});
    c.append({"200 to MESSAGE with Contact", with(ok200Message(), "Contact: <sip:bob@10.0.0.2:5060>"),
              ok200Message(), "forbidden-header", "success-to", Severity::Warning, "Contact", {}, {}, "RFC 3428 §7"});
    c.append({"CANCEL with Require", with(cancel(), "Require: 100rel"), cancel(), "forbidden-header", "request",
              Severity::Error, "Require", "Require: 100rel", {QStringLiteral("Require"), QStringLiteral("CANCEL")},
              "RFC 3261 §8.2.2.3"});
    c.append({"CANCEL with Proxy-Require", with(cancel(), "Proxy-Require: sec-agree"), cancel(),
              "forbidden-header", "request", Severity::Error, "Proxy-Require", {}, {}, "RFC 3261 §8.2.2.3"});

    // ---- How often a header field appears ----
    c.append({"two Call-IDs", with(opts, "Call-ID: other@10.0.0.1"), opts, "duplicate-header", "",
              Severity::Error, "Call-ID", "Call-ID: opt-6e21@10.0.0.1",
              {QStringLiteral("Call-ID"), QStringLiteral("2")}, "RFC 3261 §7.3.1"});
    c.append({"three Max-Forwards", with(with(opts, "Max-Forwards: 69"), "Max-Forwards: 68"), opts,
              "duplicate-header", "", Severity::Error, "Max-Forwards", "Max-Forwards: 69",
              {QStringLiteral("Max-Forwards"), QStringLiteral("3")}, {}});
    c.append({"two Events", with(subscribe(), "Event: dialog"), subscribe(), "duplicate-header", "",
              Severity::Error, "Event", {}, {}, "RFC 6665 §8.2.1"});
    c.append({"two Refer-To", with(refer(), "Refer-To: <sip:dave@lab-b.test>"), refer(), "duplicate-header", "",
              Severity::Error, "Refer-To", {}, {}, "RFC 3515 §2.1"});
    c.append({"two RSeq", with(progress183(), "RSeq: 4710"), progress183(), "duplicate-header", "",
              Severity::Error, "RSeq", {}, {}, "RFC 3262 §7"});
    c.append({"compact and full From", with(opts, "f: <sip:x@lab-a.test>;tag=9"), opts, "duplicate-header", "",
              Severity::Error, "From", {}, {QStringLiteral("From"), QStringLiteral("2")}, {}});
    c.append({"INVITE with two Contact URIs",
              edit(invite(), "Contact: <sip:alice@10.0.0.1:5060>",
                   "Contact: <sip:alice@10.0.0.1:5060>, <sip:alice@10.0.0.3:5060>"),
              invite(), "duplicate-header", "contact", Severity::Error, "Contact",
              "Contact: <sip:alice@10.0.0.1:5060>, <sip:alice@10.0.0.3:5060>",
              {QStringLiteral("Contact"), QStringLiteral("2")}, "RFC 3261 §8.1.1.8"});
    c.append({"200 to INVITE with two Contact lines", with(ok200Invite(), "Contact: <sip:bob@10.0.0.7:5060>"),
              ok200Invite(), "duplicate-header", "contact", Severity::Error, "Contact",
              "Contact: <sip:bob@10.0.0.7:5060>", {QStringLiteral("Contact"), QStringLiteral("2")}, {}});
    c.append({"SUBSCRIBE with three Contact URIs",
              edit(subscribe(), "Contact: <sip:alice@10.0.0.1:5060>",
                   "Contact: <sip:a@10.0.0.1>, \"x, y\" <sip:b@10.0.0.1>, <sip:c@10.0.0.1>"),
              subscribe(), "duplicate-header", "contact", Severity::Error, "Contact", {},
              {QStringLiteral("Contact"), QStringLiteral("3")}, {}});

    // ---- Lines that are not header fields ----
    c.append({"text line before the headers", with(opts, "this is not a header"), opts,
              "malformed-header-line", "no-colon", Severity::Error, "", "this is not a header", {}, "RFC 3261 §7.3.1"});
    c.append({"indented line before the headers", with(opts, "  indented"), opts, "malformed-header-line",
              "no-colon", Severity::Error, "", "  indented", {}, {}});
    c.append({"unindented continuation",
              edit(opts, "Accept: application/sdp\r\n", "Accept: application/sdp,\r\napplication/pidf+xml\r\n"),
              opts, "malformed-header-line", "continuation", Severity::Error, "", "application/pidf+xml", {}, {}});

    // ---- Content-Length and the body ----
    const QByteArray inv = samples::invite();
    const QByteArray sdpLength = QByteArray::number(crlf(offerSdp()).size());
    c.append({"Content-Length too small", edit(inv, "Content-Length: " + sdpLength, "Content-Length: 100"), inv,
              "content-length-mismatch", "", Severity::Error, "Content-Length", "100", {}, "RFC 3261 §20.14"});
    c.append({"Content-Length too large in a log",
              asteriskChanSip(edit(inv, "Content-Length: " + sdpLength, "Content-Length: 300")),
              asteriskChanSip(inv), "content-length-mismatch", "wire", Severity::Error, "Content-Length", "300",
              {}, {}});
    c.append({"Content-Length past the end", edit(inv, "Content-Length: " + sdpLength, "Content-Length: 400"),
              inv, "content-length-mismatch", "truncated", Severity::Error, "Content-Length", "400", {}, {}});
    c.append({"Content-Length without a body", ok200Bye().replace("Content-Length: 0\r\n\r\n", "Content-Length: 12\r\n"),
              ok200Bye(), "content-length-mismatch", "no-body", Severity::Error, "Content-Length", "12",
              {QStringLiteral("12")}, "RFC 3261 §18.3"});
    {
        // A GB/T 28181 body converted to UTF-8 after capture: each Chinese character one byte longer
        // than the GBK Content-Length counted ("东门口" is 6 bytes in GBK, 9 in UTF-8).
        const QByteArray xml = "<?xml version=\"1.0\" encoding=\"GB2312\"?>\r\n<Notify>\r\n<Name>\xe4\xb8\x9c\xe9\x97\xa8\xe5\x8f\xa3</Name>\r\n</Notify>\r\n";
        auto message = [&](qsizetype length) {
            return "MESSAGE sip:34020000002000000001@3402000000 SIP/2.0\r\n"
                   "Via: SIP/2.0/UDP 192.168.1.64:5060;branch=z9hG4bK-gb1\r\nMax-Forwards: 70\r\n"
                   "From: <sip:34020000001320000001@3402000000>;tag=g1\r\nTo: <sip:34020000002000000001@3402000000>\r\n"
                   "Call-ID: gb-reencoded-1\r\nCSeq: 20 MESSAGE\r\nContent-Type: Application/MANSCDP+xml\r\n"
                   "Content-Length: " + QByteArray::number(length) + "\r\n\r\n" + xml;
        };
        c.append({"GBK Content-Length of a body now in UTF-8", message(xml.size() - 3), message(xml.size()),
                  "content-length-mismatch", "reencoded", Severity::Warning, "Content-Length",
                  QByteArray::number(xml.size() - 3), {QString::number(xml.size() - 3), QString::number(xml.size())},
                  "RFC 3261 §20.14"});
        // The same in an editor or a log, which keeps LF alone: Content-Length counted the CRs too.
        c.append({"GBK Content-Length of a body now in UTF-8, LF lines", lfOnly(message(xml.size() - 3)),
                  lfOnly(message(xml.size())), "content-length-mismatch", "reencoded", Severity::Warning,
                  "Content-Length", QByteArray::number(xml.size() - 3), {}, "RFC 3261 §20.14"});
    }
    c.append({"Content-Length not a number", edit(opts, "Content-Length: 0", "Content-Length: zero"), opts,
              "invalid-content-length", "", Severity::Error, "Content-Length", "zero", {QStringLiteral("zero")},
              "RFC 3261 §20.14"});
    c.append({"negative Content-Length", edit(opts, "Content-Length: 0", "Content-Length: -1"), opts,
              "invalid-content-length", "", Severity::Error, "Content-Length", "-1", {}, {}});
    c.append({"Content-Length of 5 GB", edit(opts, "Content-Length: 0", "Content-Length: 5000000000"), opts,
              "invalid-content-length", "absurd", Severity::Error, "Content-Length", "5000000000", {}, {}});
    c.append({"Content-Length of 20 digits", edit(opts, "Content-Length: 0", "Content-Length: 12345678901234567890"),
              opts, "invalid-content-length", "absurd", Severity::Error, "Content-Length", "12345678901234567890",
              {}, {}});
    c.append({"body without Content-Type", without(message(), "Content-Type"), message(),
              "body-without-content-type", "", Severity::Error, "Content-Type", "Are you free for lunch?",
              {QStringLiteral("23")}, "RFC 3261 §20.15"});

    // ---- CSeq, Max-Forwards, Via ----
    c.append({"CSeq of another method", edit(opts, "CSeq: 1 OPTIONS", "CSeq: 1 INVITE"), opts,
              "cseq-method-mismatch", "", Severity::Error, "CSeq", "1 INVITE",
              {QStringLiteral("INVITE"), QStringLiteral("OPTIONS")}, "RFC 3261 §8.1.1.5"});
    c.append({"CSeq method in lower case", edit(opts, "CSeq: 1 OPTIONS", "CSeq: 1 opts"), opts,
              "cseq-method-mismatch", "", Severity::Error, "CSeq", {}, {}, {}});
    c.append({"CSeq without number", edit(opts, "CSeq: 1 OPTIONS", "CSeq: OPTIONS"), opts, "invalid-cseq",
              "format", Severity::Error, "CSeq", "OPTIONS", {QStringLiteral("OPTIONS")}, "RFC 3261 §20.16"});
    c.append({"CSeq without method", edit(opts, "CSeq: 1 OPTIONS", "CSeq: 1"), opts, "invalid-cseq", "format",
              Severity::Error, "CSeq", "1", {}, {}});
    c.append({"CSeq of 2^31", edit(opts, "CSeq: 1 OPTIONS", "CSeq: 2147483648 OPTIONS"), opts, "invalid-cseq",
              "range", Severity::Error, "CSeq", "2147483648 OPTIONS", {QStringLiteral("2147483648")},
              "RFC 3261 §8.1.1.5"});
    c.append({"CSeq number of 25 digits", edit(ok, "CSeq: 1 OPTIONS", "CSeq: 1234567890123456789012345 OPTIONS"), ok,
              "invalid-cseq", "range", Severity::Error, "CSeq", {}, {QStringLiteral("1234567890123456789012345")}, {}});
    c.append({"CSeq with a digit method", edit(ok, "CSeq: 1 OPTIONS", "CSeq: 99999999999 9"), ok, "invalid-cseq",
              "range", Severity::Error, "CSeq", {}, {QStringLiteral("99999999999")}, {}});
    c.append({"Max-Forwards not a number", edit(opts, "Max-Forwards: 70", "Max-Forwards: seventy"), opts,
              "invalid-max-forwards", "", Severity::Error, "Max-Forwards", "seventy", {QStringLiteral("seventy")},
              "RFC 3261 §20.22"});
    c.append({"Max-Forwards 256", edit(opts, "Max-Forwards: 70", "Max-Forwards: 256"), opts,
              "invalid-max-forwards", "", Severity::Error, "Max-Forwards", "256", {}, {}});
    c.append({"Max-Forwards 0", edit(opts, "Max-Forwards: 70", "Max-Forwards: 0"), opts, "max-forwards-zero", "",
              Severity::Info, "Max-Forwards", "0", {}, "RFC 3261 §16.3"});
    c.append({"request Via without branch",
              edit(opts, "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-o1-c3a8", "Via: SIP/2.0/UDP 10.0.0.1:5060"),
              opts, "via-branch-missing", "request", Severity::Warning, "Via", "SIP/2.0/UDP 10.0.0.1:5060", {},
              "RFC 3261 §8.1.1.7"});
    c.append({"request Via with an empty branch",
              edit(opts, "branch=z9hG4bK-o1-c3a8", "branch="), opts, "via-branch-missing", "request",
              Severity::Warning, "Via", {}, {}, {}});
    c.append({"response Via without branch",
              edit(ok, "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-o1-c3a8", "Via: SIP/2.0/UDP 10.0.0.1:5060;rport"),
              ok, "via-branch-missing", "response", Severity::Warning, "Via", {}, {}, {}});
    c.append({"RFC 2543 branch", edit(opts, "branch=z9hG4bK-o1-c3a8", "branch=a1b2c3"), opts,
              "via-branch-not-rfc3261", "", Severity::Warning, "Via", {}, {QStringLiteral("a1b2c3")},
              "RFC 3261 §8.1.1.7"});

    // ---- Tags ----
    c.append({"180 without To tag", edit(ringing180(), ";tag=b7e2", ""), ringing180(), "missing-to-tag", "",
              Severity::Error, "To", "\"Bob\" <sip:bob@lab-b.test>", {QStringLiteral("180")}, "RFC 3261 §8.2.6.2"});
    c.append({"487 without To tag", edit(terminated487(), ";tag=ca01", ""), terminated487(), "missing-to-tag",
              "", Severity::Error, "To", {}, {QStringLiteral("487")}, {}});
    c.append({"200 to CANCEL without To tag", edit(ok200Cancel(), ";tag=ca01", ""), ok200Cancel(),
              "missing-to-tag", "cancel", Severity::Warning, "To", {}, {}, "RFC 3261 §9.2"});
    c.append({"request without From tag", edit(opts, ";tag=op1", ""), opts, "missing-from-tag", "request",
              Severity::Error, "From", "<sip:ping@lab-a.test>", {}, "RFC 3261 §8.1.1.3"});
    c.append({"From tag without value", edit(opts, ";tag=op1", ";tag"), opts, "missing-from-tag", "request",
              Severity::Error, "From", {}, {}, {}});
    c.append({"response without From tag", edit(ok, ";tag=op1", ""), ok, "missing-from-tag", "response",
              Severity::Warning, "From", {}, {}, {}});

    // ---- Addresses ----
    const QByteArray to = "To: \"Bob\" <sip:bob@lab-b.test>";
    c.append({"unterminated quote", edit(inv, to, "To: \"Bob <sip:bob@lab-b.test>"), inv, "unterminated-quote",
              "", Severity::Error, "To", "\"Bob <sip:bob@lab-b.test>", {QStringLiteral("To")}, "RFC 3261 §25.1"});
    c.append({"unclosed angle bracket", edit(inv, to, "To: \"Bob\" <sip:bob@lab-b.test"), inv,
              "unclosed-angle-bracket", "", Severity::Error, "To", {}, {QStringLiteral("To")}, "RFC 3261 §20.10"});
    c.append({"display name without brackets",
              edit(inv, "Contact: <sip:alice@10.0.0.1:5060>", "Contact: Alice sip:alice@10.0.0.1:5060"), inv,
              "name-addr-required", "", Severity::Error, "Contact", "Alice sip:alice@10.0.0.1:5060",
              {QStringLiteral("Contact")}, "RFC 3261 §20.10"});
    c.append({"URI with headers without brackets", edit(inv, to, "To: sip:bob@lab-b.test?subject=lunch"), inv,
              "name-addr-required", "", Severity::Error, "To", {}, {}, {}});
    c.append({"semicolon at the end of To", edit(inv, to, "To: \"Bob\" <sip:bob@lab-b.test>;"), inv,
              "trailing-separator", "", Severity::Error, "To", "\"Bob\" <sip:bob@lab-b.test>;",
              {QStringLiteral("To"), QStringLiteral(";")}, "RFC 3261 §25.1"});
    c.append({"comma at the end of Via",
              edit(inv, "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-i1-a93d", "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-i1-a93d,"),
              inv, "trailing-separator", "", Severity::Error, "Via", {}, {QStringLiteral("Via"), QStringLiteral(",")},
              "RFC 3261 §25.1"});
    // The rest of the value on a line that lacks the space of a fold: that line is the one fault.
    c.append({"route list continued without a fold",
              with(ok, "Record-Route: <sip:p1.lab-b.test;lr>,\r\n<sip:p2.lab-b.test;lr>"), ok, "malformed-header-line",
              "continuation", Severity::Error, "", "<sip:p2.lab-b.test;lr>", {}, {}, {}});
    c.append({"comma in an unquoted display name", edit(inv, to, "To: Watson, Thomas <sip:bob@lab-b.test>"), inv,
              "display-name-needs-quotes", "", Severity::Error, "To", "Watson, Thomas <sip:bob@lab-b.test>",
              {QStringLiteral("To")}, "RFC 3261 §25.1"});
    c.append({"space inside the URI", edit(inv, to, "To: \"Bob\" <sip:bob @lab-b.test>"), inv, "spaces-in-uri",
              "", Severity::Error, "To", {}, {QStringLiteral("To")}, "RFC 3261 §19.1.1"});
    c.append({"Record-Route with a space", with(ok, "Record-Route: <sip:p1.lab-b.test;lr>, <sip:p2 .lab-b.test;lr>"),
              ok, "spaces-in-uri", "", Severity::Error, "Record-Route", {}, {}, {}});

    // ---- Date and numbers ----
    const QByteArray reg = register200();
    c.append({"date without weekday", edit(reg, "Date: Sat, 21 Nov 2026 15:06:41 GMT", "Date: 21 Nov 2026 15:06:41 GMT"),
              reg, "invalid-date", "", Severity::Error, "Date", "21 Nov 2026 15:06:41 GMT", {}, "RFC 3261 §20.17"});
    c.append({"GB/T 28181 time sync in Date", edit(reg, "Date: Sat, 21 Nov 2026 15:06:41 GMT", "Date: 2026-11-21T15:06:41.123"),
              reg, "invalid-date", "gb28181", Severity::Info, "Date", "2026-11-21T15:06:41.123",
              {QStringLiteral("2026-11-21T15:06:41.123")}, "RFC 3261 §20.17"});
    c.append({"Record-Route without brackets", with(ok, "Record-Route: sip:p1.lab-b.test;lr"), ok, "name-addr-required",
              "route", Severity::Error, "Record-Route", "sip:p1.lab-b.test;lr", {QStringLiteral("Record-Route")},
              "RFC 3261 §20.30"});
    c.append({"date not in GMT", edit(reg, "15:06:41 GMT", "16:06:41 CET"), reg, "invalid-date", "", Severity::Error,
              "Date", {}, {}, {}});
    c.append({"Expires not a number", edit(subscribe(), "Expires: 600", "Expires: soon"), subscribe(),
              "invalid-number", "", Severity::Error, "Expires", "soon",
              {QStringLiteral("Expires"), QStringLiteral("soon")}, "RFC 3261 §20.19"});
    c.append({"Min-Expires negative", response("423 Interval Too Brief", "REGISTER", "Min-Expires: -60\n"),
              response("423 Interval Too Brief", "REGISTER", "Min-Expires: 60\n"), "invalid-number", "",
              Severity::Error, "Min-Expires", {}, {}, "RFC 3261 §20.23"});
    c.append({"Retry-After in words", response("503 Service Unavailable", "INVITE", "Retry-After: later\n"),
              response("503 Service Unavailable", "INVITE", "Retry-After: 30 (maintenance);duration=600\n"),
              "invalid-number", "", Severity::Error, "Retry-After", {}, {}, "RFC 3261 §20.33"});
    c.append({"Expires past 2^32", edit(subscribe(), "Expires: 600", "Expires: 4294967296"), subscribe(),
              "value-out-of-range", "", Severity::Error, "Expires", "4294967296",
              {QStringLiteral("Expires"), QStringLiteral("4294967296"), QStringLiteral("4294967295")}, {}});
    c.append({"Session-Expires of 20 digits", edit(inv, "Session-Expires: 1800", "Session-Expires: 18000000000000000000"),
              inv, "value-out-of-range", "", Severity::Error, "Session-Expires", {}, {}, "RFC 4028 §4"});
    c.append({"empty Call-ID", edit(opts, "Call-ID: opt-6e21@10.0.0.1", "Call-ID:"), opts, "empty-header-value",
              "", Severity::Error, "Call-ID", "Call-ID:", {QStringLiteral("Call-ID")}, "RFC 3261 §25.1"});
    c.append({"empty To", edit(opts, "To: <sip:lab-b.test>", "To:   "), opts, "empty-header-value", "",
              Severity::Error, "To", {}, {}, {}});
    c.append({"empty Via", edit(opts, "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-o1-c3a8", "Via:"), opts,
              "empty-header-value", "", Severity::Error, "Via", {}, {}, {}});
    // ---- Reason and Warning, decoded (RFC 3326, RFC 6432, RFC 3261 §20.43) ----
    const QByteArray busy = response("486 Busy Here", "INVITE");
    c.append({"Q.850 cause with a mapping", with(busy, "Reason: Q.850;cause=17;text=\"User busy\""), busy,
              "reason-cause", "q850", Severity::Info, "Reason", "Q.850;cause=17;text=\"User busy\"",
              {QStringLiteral("Q.850"), QStringLiteral("17"), QStringLiteral("User busy"), QStringLiteral("486")},
              "RFC 3326 §2"});
    c.append({"Q.850 cause RFC 3398 leaves unmapped", with(busy, "Reason: Q.850;cause=16"), busy, "reason-cause",
              "q850-unmapped", Severity::Info, "Reason", {}, {}, {}});
    c.append({"Q.850 cause nobody knows", with(busy, "Reason: Q.850;cause=126"), busy, "reason-cause", "unknown",
              Severity::Info, "Reason", {}, {}, {}});
    const QByteArray cancelRequest = cancel();
    c.append({"SIP cause on a CANCEL", with(cancelRequest, "Reason: SIP;cause=200;text=\"Call completed elsewhere\""),
              cancelRequest, "reason-cause", "sip", Severity::Info, "Reason", {},
              {QStringLiteral("SIP"), QStringLiteral("200"), QStringLiteral("OK")}, {}});
    c.append({"another Reason protocol", with(cancelRequest, "Reason: preemption;cause=1"), cancelRequest, "reason-cause", "other",
              Severity::Info, "Reason", {}, {}, {}});
    const QByteArray decline = response("603 Decline", "INVITE");
    c.append({"cause of another class than the status", with(decline, "Reason: Q.850;cause=17"), decline,
              "reason-class-mismatch", "", Severity::Info, "Reason", {}, {}, "RFC 3398 §7.2.4.1"});
    c.append({"Reason in a response", with(busy, "Reason: SIP;cause=486"), busy, "reason-in-response", "",
              Severity::Info, "Reason", {}, {}, "RFC 6432 §2"});
    const QByteArray refused = response("488 Not Acceptable Here", "INVITE");
    c.append({"registered warning", with(refused, "Warning: 305 gw.lab-b.test \"Incompatible media format\""), refused,
              "warning-code", "", Severity::Info, "Warning", {},
              {QStringLiteral("305"), QStringLiteral("gw.lab-b.test"), QStringLiteral("Incompatible media format"),
               QStringLiteral("Incompatible media format")},
              "RFC 3261 §20.43"});
    c.append({"unregistered warning", with(refused, "Warning: 397 gw.lab-b.test \"no codec\""), refused,
              "warning-code", "unknown", Severity::Info, "Warning", {}, {}, {}});
    return c;
}

} // namespace sipref::test::samples
