// The logs are written for sipref: an office PBX (pbx.example.com, 198.51.100.10), desk phones on
// 192.0.2.0/24 and a carrier trunk (sip.carrier.example.net, 203.0.113.80). Every message in them is
// valid SIP; what fails is the call, not the syntax.
#include "training/scenarios.h"

#include "catalog/coderecord.h"
#include "i18n/translations.h"
#include "training/messagebuilder.h"

#include <QtGlobal>

namespace sipref::training {

namespace {

// One INVITE transaction between two parties, written the way a phone and a PBX would.
struct Call
{
    QByteArray uri = "sip:8002@pbx.example.com";
    QByteArray from = "\"Zhang Wei\" <sip:8001@pbx.example.com>;tag=a73f21";
    QByteArray to = "<sip:8002@pbx.example.com>";
    QByteArray toTag = "9b2c44e1";
    QByteArray callId = "6f0d2b4e-1c9a-4d8e@192.0.2.41";
    QByteArray via = "SIP/2.0/UDP 192.0.2.41:5060;branch=z9hG4bK-5e1f07c2;rport";
    QByteArray contact = "<sip:8001@192.0.2.41:5060>";
    int cseq = 1;
    QByteArray sdp;

    QByteArray dialogHead(const QByteArray &startLine, const QByteArray &method, bool toWithTag) const
    {
        return startLine + "\nVia: " + via + "\nFrom: " + from + "\nTo: " + to +
               (toWithTag ? ";tag=" + toTag : QByteArray()) + "\nCall-ID: " + callId +
               "\nCSeq: " + QByteArray::number(cseq) + ' ' + method + '\n';
    }
    QByteArray invite(const QByteArray &extra = {}) const
    {
        QByteArray head = "INVITE " + uri + " SIP/2.0\nVia: " + via + "\nMax-Forwards: 70\nFrom: " + from +
                          "\nTo: " + to + "\nCall-ID: " + callId + "\nCSeq: " + QByteArray::number(cseq) +
                          " INVITE\nContact: " + contact + '\n' + extra;
        if (!sdp.isEmpty())
            head += "Content-Type: application/sdp\n";
        return wireMessage(head, sdp);
    }
    // A response to the INVITE; 100 carries no To tag, everything else does.
    QByteArray response(int code, const char *reason, const QByteArray &extra = {}, const QByteArray &body = {},
                        const QByteArray &method = "INVITE") const
    {
        QByteArray head = dialogHead("SIP/2.0 " + QByteArray::number(code) + ' ' + reason, method, code != 100) + extra;
        if (!body.isEmpty())
            head += "Content-Type: application/sdp\n";
        return wireMessage(head, body);
    }
    // The ACK of a non-2xx final response: same branch, same CSeq number (RFC 3261 §17.1.1.3).
    QByteArray ackFailure() const
    {
        return wireMessage("ACK " + uri + " SIP/2.0\nVia: " + via + "\nMax-Forwards: 70\nFrom: " + from +
                           "\nTo: " + to + ";tag=" + toTag + "\nCall-ID: " + callId +
                           "\nCSeq: " + QByteArray::number(cseq) + " ACK\n");
    }
    QByteArray cancel() const
    {
        return wireMessage("CANCEL " + uri + " SIP/2.0\nVia: " + via + "\nMax-Forwards: 70\nFrom: " + from + "\nTo: " +
                           to + "\nCall-ID: " + callId + "\nCSeq: " + QByteArray::number(cseq) + " CANCEL\n");
    }
};

QByteArray offer(const QByteArray &formats, const QByteArray &rtpmaps)
{
    return "v=0\n"
           "o=- 3920144801 3920144801 IN IP4 192.0.2.41\n"
           "s=-\n"
           "c=IN IP4 192.0.2.41\n"
           "t=0 0\n"
           "m=audio 16384 RTP/AVP " +
           formats + "\n" + rtpmaps + "a=sendrecv\n";
}

QByteArray defaultOffer()
{
    return offer("8 0 101", "a=rtpmap:8 PCMA/8000\na=rtpmap:0 PCMU/8000\na=rtpmap:101 telephone-event/8000\n");
}

// A log line before each message: time, direction and the two addresses, as most SIP traces show.
class Log
{
public:
    Log &add(const char *time, const char *from, const char *to, const QByteArray &wire)
    {
        // One empty line between messages; a message without a body already ends in one.
        if (!m_text.isEmpty() && !m_text.endsWith("\n\n"))
            m_text += '\n';
        m_text += QByteArray(time) + "  " + from + " -> " + to + '\n' + displayText(wire).toUtf8();
        return *this;
    }
    QByteArray text() const { return m_text; }

private:
    QByteArray m_text;
};

constexpr const char phone[] = "192.0.2.41:5060";
constexpr const char pbx[] = "198.51.100.10:5060";

LocalizedText both(const TrText &text)
{
    return translateBoth("Training", text.source, text.comment);
}

QByteArray busyLog()
{
    Call c;
    c.sdp = defaultOffer();
    return Log()
        .add("10:02:11.204", phone, pbx, c.invite())
        .add("10:02:11.209", pbx, phone, c.response(100, "Trying"))
        .add("10:02:11.388", pbx, phone, c.response(180, "Ringing"))
        .add("10:02:14.910", pbx, phone, c.response(486, "Busy Here"))
        .add("10:02:14.912", phone, pbx, c.ackFailure())
        .text();
}

QByteArray noAnswerLog()
{
    Call c;
    c.sdp = defaultOffer();
    c.cseq = 2;
    return Log()
        .add("11:40:02.017", phone, pbx, c.invite())
        .add("11:40:02.021", pbx, phone, c.response(100, "Trying"))
        .add("11:40:02.233", pbx, phone, c.response(180, "Ringing"))
        .add("11:40:32.240", pbx, phone, c.response(480, "Temporarily Unavailable", "Reason: Q.850;cause=19\n"))
        .add("11:40:32.243", phone, pbx, c.ackFailure())
        .text();
}

QByteArray timeoutLog()
{
    Call c;
    c.sdp = defaultOffer();
    c.uri = "sip:8007@pbx.example.com";
    c.to = "<sip:8007@pbx.example.com>";
    c.toTag = "pbx-3c61f0";
    return Log()
        .add("09:15:40.512", phone, pbx, c.invite())
        .add("09:15:40.515", pbx, phone, c.response(100, "Trying"))
        .add("09:16:12.517", pbx, phone, c.response(408, "Request Timeout"))
        .add("09:16:12.519", phone, pbx, c.ackFailure())
        .text();
}

QByteArray codecLog()
{
    Call c;
    c.uri = "sip:+8610588800@pbx.example.com";
    c.to = "<sip:+8610588800@pbx.example.com>";
    c.toTag = "cr-7e21";
    c.sdp = offer("18 101", "a=rtpmap:18 G729/8000\na=fmtp:18 annexb=no\na=rtpmap:101 telephone-event/8000\n");
    return Log()
        .add("14:31:07.880", phone, pbx, c.invite())
        .add("14:31:07.884", pbx, phone, c.response(100, "Trying"))
        .add("14:31:08.102", pbx, phone,
             c.response(488, "Not Acceptable Here",
                        "Warning: 305 sip.carrier.example.net \"Incompatible media format\"\n"))
        .add("14:31:08.104", phone, pbx, c.ackFailure())
        .text();
}

QByteArray proxyAuthLog()
{
    Call c;
    c.sdp = defaultOffer();
    c.uri = "sip:+8613800138000@pbx.example.com";
    c.to = "<sip:+8613800138000@pbx.example.com>";
    c.toTag = "p-30f7aa";
    return Log()
        .add("16:05:51.330", phone, pbx, c.invite())
        .add("16:05:51.333", pbx, phone,
             c.response(407, "Proxy Authentication Required",
                        "Proxy-Authenticate: Digest realm=\"pbx.example.com\", nonce=\"b71e04c9d2a5\", "
                        "algorithm=MD5, qop=\"auth\"\n"))
        .add("16:05:51.335", phone, pbx, c.ackFailure())
        .text();
}

QByteArray forbiddenLog()
{
    auto reg = [](int cseq, const char *branch, const QByteArray &auth) {
        return wireMessage(
            "REGISTER sip:pbx.example.com SIP/2.0\nVia: SIP/2.0/UDP 192.0.2.57:5060;branch=" + QByteArray(branch) +
            ";rport\nMax-Forwards: 70\nFrom: <sip:8005@pbx.example.com>;tag="
            "r5e20b\nTo: <sip:8005@pbx.example.com>\nCall-ID: reg-9a63e107@192.0.2.57\nCSeq: " +
            QByteArray::number(cseq) + " REGISTER\nContact: <sip:8005@192.0.2.57:5060>\nExpires: 3600\n" + auth);
    };
    auto resp = [](int cseq, const char *branch, const QByteArray &status, const QByteArray &extra) {
        return wireMessage("SIP/2.0 " + status + "\nVia: SIP/2.0/UDP 192.0.2.57:5060;branch=" + QByteArray(branch) +
                           ";rport=5060\nFrom: <sip:8005@pbx.example.com>;tag=r5e20b\nTo: "
                           "<sip:8005@pbx.example.com>;tag=s-8841c2\nCall-ID: reg-9a63e107@192.0.2.57\nCSeq: " +
                           QByteArray::number(cseq) + " REGISTER\n" + extra);
    };
    return Log()
        .add("08:00:03.001", "192.0.2.57:5060", pbx, reg(1, "z9hG4bK-reg-01a4", {}))
        .add("08:00:03.004", pbx, "192.0.2.57:5060",
             resp(1, "z9hG4bK-reg-01a4", "401 Unauthorized",
                  "WWW-Authenticate: Digest realm=\"pbx.example.com\", nonce=\"6a9f1c0e33b2d8a4\", "
                  "algorithm=MD5, qop=\"auth\"\n"))
        .add("08:00:03.020", "192.0.2.57:5060", pbx,
             reg(2, "z9hG4bK-reg-01a5",
                 "Authorization: Digest username=\"8005\", realm=\"pbx.example.com\", nonce=\"6a9f1c0e33b2d8a4\", "
                 "uri=\"sip:pbx.example.com\", response=\"1f0e6c2a9d3b4e5f60718293a4b5c6d7\", algorithm=MD5, "
                 "cnonce=\"0a4f113b\", qop=auth, nc=00000001\n"))
        .add("08:00:03.026", pbx, "192.0.2.57:5060", resp(2, "z9hG4bK-reg-01a5", "403 Forbidden", {}))
        .text();
}

QByteArray notFoundLog()
{
    Call c;
    c.sdp = defaultOffer();
    c.uri = "sip:8099@pbx.example.com";
    c.to = "<sip:8099@pbx.example.com>";
    c.toTag = "pbx-04d2e9";
    return Log()
        .add("13:20:45.600", phone, pbx, c.invite())
        .add("13:20:45.603", pbx, phone, c.response(100, "Trying"))
        .add("13:20:45.611", pbx, phone, c.response(404, "Not Found"))
        .add("13:20:45.613", phone, pbx, c.ackFailure())
        .text();
}

QByteArray overloadLog()
{
    Call c;
    c.sdp = defaultOffer();
    c.uri = "sip:+8602120017788@pbx.example.com";
    c.to = "<sip:+8602120017788@pbx.example.com>";
    c.toTag = "tr-55c0a1";
    return Log()
        .add("18:45:00.101", phone, pbx, c.invite())
        .add("18:45:00.104", pbx, phone, c.response(100, "Trying"))
        .add("18:45:00.350", pbx, phone, c.response(503, "Service Unavailable", "Retry-After: 300\n"))
        .add("18:45:00.352", phone, pbx, c.ackFailure())
        .text();
}

QByteArray cancelLog()
{
    Call c;
    c.sdp = defaultOffer();
    c.cseq = 5;
    return Log()
        .add("15:12:30.010", phone, pbx, c.invite())
        .add("15:12:30.014", pbx, phone, c.response(100, "Trying"))
        .add("15:12:30.190", pbx, phone, c.response(180, "Ringing"))
        .add("15:12:33.702", phone, pbx, c.cancel())
        .add("15:12:33.705", pbx, phone, wireMessage(c.dialogHead("SIP/2.0 200 OK", "CANCEL", true)))
        .add("15:12:33.709", pbx, phone, c.response(487, "Request Terminated"))
        .add("15:12:33.711", phone, pbx, c.ackFailure())
        .text();
}

QByteArray declineLog()
{
    Call c;
    c.sdp = defaultOffer();
    c.cseq = 3;
    return Log()
        .add("12:01:19.440", phone, pbx, c.invite())
        .add("12:01:19.443", pbx, phone, c.response(100, "Trying"))
        .add("12:01:19.601", pbx, phone, c.response(180, "Ringing"))
        .add("12:01:21.077", pbx, phone, c.response(603, "Decline"))
        .add("12:01:21.079", phone, pbx, c.ackFailure())
        .text();
}

QByteArray intervalLog()
{
    auto reg = [](int cseq, const char *branch, const char *expires) {
        return wireMessage(
            "REGISTER sip:pbx.example.com SIP/2.0\nVia: SIP/2.0/UDP 192.0.2.57:5060;branch=" + QByteArray(branch) +
            ";rport\nMax-Forwards: 70\nFrom: <sip:8005@pbx.example.com>;tag="
            "r0a77c\nTo: <sip:8005@pbx.example.com>\nCall-ID: reg-5d20c4e8@192.0.2.57\nCSeq: " +
            QByteArray::number(cseq) + " REGISTER\nContact: <sip:8005@192.0.2.57:5060>\nExpires: " + expires + '\n');
    };
    return Log()
        .add("07:59:58.300", "192.0.2.57:5060", pbx, reg(7, "z9hG4bK-reg-77f0a2", "60"))
        .add("07:59:58.303", pbx, "192.0.2.57:5060",
             wireMessage("SIP/2.0 423 Interval Too Brief\nVia: SIP/2.0/UDP 192.0.2.57:5060;branch=z9hG4bK-reg-77f0a2;"
                         "rport=5060\nFrom: <sip:8005@pbx.example.com>;tag=r0a77c\nTo: <sip:8005@pbx.example.com>;"
                         "tag=s-1f3309\nCall-ID: reg-5d20c4e8@192.0.2.57\nCSeq: 7 REGISTER\nMin-Expires: 600\n"))
        .text();
}

QByteArray incompleteLog()
{
    Call c;
    c.sdp = defaultOffer();
    c.uri = "sip:0105888@pbx.example.com";
    c.to = "<sip:0105888@pbx.example.com>";
    c.toTag = "tr-9a0e33";
    return Log()
        .add("17:33:02.915", phone, pbx, c.invite())
        .add("17:33:02.918", pbx, phone, c.response(100, "Trying"))
        .add("17:33:03.120", pbx, phone, c.response(484, "Address Incomplete"))
        .add("17:33:03.122", phone, pbx, c.ackFailure())
        .text();
}

QByteArray redirectLog()
{
    Call c;
    c.sdp = defaultOffer();
    c.cseq = 8;
    c.toTag = "9b2c44e1";
    Call second = c;
    second.uri = "sip:8010@pbx.example.com";
    second.to = "<sip:8010@pbx.example.com>";
    second.via = "SIP/2.0/UDP 192.0.2.41:5060;branch=z9hG4bK-5e1f07d9;rport";
    second.callId = "6f0d2b4e-1c9a-4d8e@192.0.2.41";
    second.cseq = 9;
    second.toTag = "d10e72";
    return Log()
        .add("10:30:05.001", phone, pbx, c.invite())
        .add("10:30:05.004", pbx, phone, c.response(100, "Trying"))
        .add("10:30:05.090", pbx, phone, c.response(302, "Moved Temporarily", "Contact: <sip:8010@pbx.example.com>\n"))
        .add("10:30:05.092", phone, pbx, c.ackFailure())
        .add("10:30:05.101", phone, pbx, second.invite())
        .add("10:30:05.104", pbx, phone, second.response(100, "Trying"))
        .add("10:30:05.377", pbx, phone, second.response(180, "Ringing"))
        .text();
}

} // namespace

const QList<Scenario> &scenarios()
{
    static const QList<Scenario> all = [] {
        QList<Scenario> s;
        s.append({QStringLiteral("busy-486"), 486,
                  both(QT_TRANSLATE_NOOP3("Training", "The called phone is busy: its user is already on a call.",
                                          "scenario busy-486 answer")),
                  both(QT_TRANSLATE_NOOP3(
                      "Training",
                      "The phone rang (180) and then answered 486 Busy Here: it exists and is reachable, but its "
                      "user cannot take the call. Nothing needs fixing; call again later or set up call waiting or "
                      "busy forwarding.",
                      "scenario busy-486 explanation")),
                  busyLog()});
        s.append({QStringLiteral("no-answer-480"), 480,
                  both(QT_TRANSLATE_NOOP3("Training", "The phone rang but nobody answered before the PBX gave up.",
                                          "scenario no-answer-480 answer")),
                  both(QT_TRANSLATE_NOOP3(
                      "Training",
                      "180 Ringing came back at once and 480 Temporarily Unavailable followed 30 seconds later, with "
                      "Reason cause 19 (no answer from user): the ringing timer of the PBX ran out. Check the "
                      "no-answer timeout and forwarding to voicemail.",
                      "scenario no-answer-480 explanation")),
                  noAnswerLog()});
        s.append({QStringLiteral("timeout-408"), 408,
                  both(QT_TRANSLATE_NOOP3(
                      "Training", "The called phone never responded: it is offline or unreachable from the PBX.",
                      "scenario timeout-408 answer")),
                  both(QT_TRANSLATE_NOOP3(
                      "Training",
                      "Only the PBX's own 100 Trying came back; the called phone never sent 180, so after 32 seconds "
                      "(timer B) the PBX answered 408 Request Timeout. Check that the phone is registered and that "
                      "NAT or a firewall does not drop requests towards it.",
                      "scenario timeout-408 explanation")),
                  timeoutLog()});
        s.append({QStringLiteral("codec-488"), 488,
                  both(QT_TRANSLATE_NOOP3("Training", "The far end supports none of the offered codecs.",
                                          "scenario codec-488 answer")),
                  both(QT_TRANSLATE_NOOP3(
                      "Training",
                      "The offer lists only G.729 (payload 18) and the carrier answers 488 Not Acceptable Here with "
                      "Warning 305 (incompatible media format). Enable G.711 (PCMA or PCMU) on the phone or "
                      "transcoding on the PBX.",
                      "scenario codec-488 explanation")),
                  codecLog()});
        s.append({QStringLiteral("proxy-auth-407"), 407,
                  both(QT_TRANSLATE_NOOP3("Training",
                                          "The PBX asked for credentials and the phone never answered the challenge.",
                                          "scenario proxy-auth-407 answer")),
                  both(QT_TRANSLATE_NOOP3(
                      "Training",
                      "407 Proxy Authentication Required is a normal challenge: the phone should send the INVITE "
                      "again with a Proxy-Authorization header field. It only sent the ACK and gave up, so it has "
                      "no password configured for this account, or it ignores the challenge's realm.",
                      "scenario proxy-auth-407 explanation")),
                  proxyAuthLog()});
        s.append({QStringLiteral("forbidden-403"), 403,
                  both(QT_TRANSLATE_NOOP3(
                      "Training", "The registrar rejected the credentials: wrong password or a blocked account.",
                      "scenario forbidden-403 answer")),
                  both(QT_TRANSLATE_NOOP3(
                      "Training",
                      "The first REGISTER got the usual 401 challenge; the second one carried Authorization and was "
                      "refused with 403 Forbidden. Check the user name and password, and whether the account is "
                      "disabled or limited to certain IP addresses.",
                      "scenario forbidden-403 explanation")),
                  forbiddenLog()});
        s.append({QStringLiteral("not-found-404"), 404,
                  both(QT_TRANSLATE_NOOP3("Training", "The dialled number does not exist on the PBX.",
                                          "scenario not-found-404 answer")),
                  both(QT_TRANSLATE_NOOP3(
                      "Training",
                      "The PBX answered 404 Not Found within milliseconds, without ringing anything: extension 8099 "
                      "is not configured. Check the number, the dial plan and the user's directory.",
                      "scenario not-found-404 explanation")),
                  notFoundLog()});
        s.append({QStringLiteral("overload-503"), 503,
                  both(QT_TRANSLATE_NOOP3("Training",
                                          "The PBX is overloaded or in maintenance and asked to try again later.",
                                          "scenario overload-503 answer")),
                  both(QT_TRANSLATE_NOOP3(
                      "Training",
                      "503 Service Unavailable with Retry-After: 300 says the server cannot take calls now and asks "
                      "not to retry for five minutes. Check the trunk's capacity, licences and maintenance state; a "
                      "caller with another route should try it.",
                      "scenario overload-503 explanation")),
                  overloadLog()});
        s.append({QStringLiteral("cancel-487"), 487,
                  both(QT_TRANSLATE_NOOP3("Training", "The caller hung up while the phone was still ringing.",
                                          "scenario cancel-487 answer")),
                  both(QT_TRANSLATE_NOOP3(
                      "Training",
                      "The caller sent CANCEL after 3.5 seconds of ringing; the PBX confirmed it with 200 OK and "
                      "ended the INVITE with 487 Request Terminated. Nothing failed: this is a call abandoned by the "
                      "caller.",
                      "scenario cancel-487 explanation")),
                  cancelLog()});
        s.append(
            {QStringLiteral("decline-603"), 603,
             both(QT_TRANSLATE_NOOP3("Training", "The called user rejected the call.", "scenario decline-603 answer")),
             both(QT_TRANSLATE_NOOP3(
                 "Training",
                 "The phone rang for about 1.5 seconds and then answered 603 Decline: its user pressed reject. "
                 "603 is a global failure, so no other device of the user is tried.",
                 "scenario decline-603 explanation")),
             declineLog()});
        s.append({QStringLiteral("interval-423"), 423,
                  both(QT_TRANSLATE_NOOP3(
                      "Training", "The phone asked for a registration interval shorter than the registrar allows.",
                      "scenario interval-423 answer")),
                  both(QT_TRANSLATE_NOOP3(
                      "Training",
                      "The REGISTER asked for Expires: 60 and the registrar answered 423 Interval Too Brief with "
                      "Min-Expires: 600. The phone should register again with at least 600 seconds; set its "
                      "registration interval accordingly.",
                      "scenario interval-423 explanation")),
                  intervalLog()});
        s.append({QStringLiteral("incomplete-484"), 484,
                  both(QT_TRANSLATE_NOOP3("Training", "The dialled number has too few digits.",
                                          "scenario incomplete-484 answer")),
                  both(QT_TRANSLATE_NOOP3(
                      "Training",
                      "The PBX's dial plan matched the start of 0105888 but needs more digits, so it answered 484 "
                      "Address Incomplete. Dial the full number, or check the dial plan and the phone's digit map.",
                      "scenario incomplete-484 explanation")),
                  incompleteLog()});
        s.append({QStringLiteral("redirect-302"), 302,
                  both(QT_TRANSLATE_NOOP3(
                      "Training", "Nothing failed: the callee forwards calls and the phone followed the redirect.",
                      "scenario redirect-302 answer")),
                  both(QT_TRANSLATE_NOOP3(
                      "Training",
                      "302 Moved Temporarily gives a new target in Contact (8010); the phone acknowledged it and sent "
                      "a new INVITE there, which is ringing. Forwarding on the callee's side explains why another "
                      "phone rings.",
                      "scenario redirect-302 explanation")),
                  redirectLog()});
        return s;
    }();
    return all;
}

} // namespace sipref::training
