#include "trafficgenerator.h"

#include "capturewriter.h"

#include <QList>

namespace sipref::traffic {

namespace {

struct Party
{
    QByteArray user;
    QByteArray host;
};

class Generator
{
public:
    explicit Generator(const Options &o) : m_options(o), m_random(o.seed) { }

    Traffic run()
    {
        if (m_options.style == Options::Style::Capture || m_options.style == Options::Style::TcpCapture)
            m_out.text = test::pcap::pcapFile(test::pcap::Ethernet, {});
        while (m_out.text.size() < m_options.bytes) {
            switch (m_random.bounded(10)) {
            case 0:
                registration();
                break;
            case 1:
                keepAlive();
                break;
            case 2:
                call(486);
                break;
            case 3:
                cancelledCall();
                break;
            case 4:
                instantMessage();
                break;
            default:
                call(200);
                break;
            }
        }
        return m_out;
    }

private:
    // ---- building blocks ----
    QByteArray token(int n)
    {
        static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        QByteArray t(n, Qt::Uninitialized);
        for (int i = 0; i < n; ++i)
            t[i] = alphabet[m_random.bounded(36)];
        return t;
    }
    Party party()
    {
        return {QByteArray::number(1000 + m_random.bounded(9000)),
                "10.0." + QByteArray::number(m_random.bounded(256)) + '.' + QByteArray::number(1 + m_random.bounded(254))};
    }
    // Long or compact header names, chosen per message as real stacks do.
    QByteArray name(const char *longName, const char *compact)
    {
        return m_compact ? QByteArray(compact) : QByteArray(longName);
    }

    struct Dialog
    {
        Party caller, callee;
        QByteArray callId, fromTag, toTag, branch;
        int cseq = 1;
        quint16 callerPort = 5060;       // TcpCapture: the caller's end of the connection
        quint32 sequence[2] = {1000, 1000}; // TcpCapture: next sequence number, caller's and callee's
    };

    Dialog dialog()
    {
        Dialog d;
        d.caller = party();
        d.callee = party();
        d.callId = token(16) + '@' + d.caller.host;
        d.fromTag = token(8);
        d.toTag = token(8);
        d.branch = "z9hG4bK" + token(10);
        d.cseq = 1 + m_random.bounded(100);
        if (m_options.style == Options::Style::TcpCapture)
            d.callerPort = quint16(20000 + m_random.bounded(40000));
        return d;
    }

    QByteArray sdp(const Party &p)
    {
        return "v=0\n"
               "o=- " + QByteArray::number(m_random.bounded(1000000)) + " 1 IN IP4 " + p.host + "\n"
               "s=-\n"
               "c=IN IP4 " + p.host + "\n"
               "t=0 0\n"
               "m=audio " + QByteArray::number(10000 + 2 * m_random.bounded(10000)) + " RTP/AVP 8 0 101\n"
               "a=rtpmap:8 PCMA/8000\n"
               "a=rtpmap:0 PCMU/8000\n"
               "a=rtpmap:101 telephone-event/8000\n"
               "a=fmtp:101 0-16\n"
               "a=sendrecv\n";
    }

    // head: start line and header fields with "\n"; body in "\n" form. Emits the message in the
    // chosen style with a correct Content-Length (as on the wire: CRLF counted).
    void push(Dialog &d, QByteArray head, const QByteArray &body, bool request)
    {
        m_compact = m_random.bounded(8) == 0;
        const qsizetype wireBody = body.size() + body.count('\n');
        bool faulty = int(m_random.bounded(1000)) < m_options.faultyPerMille;
        QByteArray contentLength = QByteArray::number(wireBody);
        if (faulty) {
            // One error-level fault: a request loses Max-Forwards, a response gets a wrong length.
            if (request && head.contains("\nMax-Forwards: 70\n"))
                head.replace("\nMax-Forwards: 70\n", "\n");
            else if (!body.isEmpty())
                contentLength = QByteArray::number(wireBody + 11);
            else
                faulty = false;
        }
        QByteArray message = head + name("Content-Length", "l") + ": " + contentLength + "\n\n" + body;
        m_out.messages += 1;
        m_out.faulty += faulty ? 1 : 0;
        if (m_options.style == Options::Style::Raw) {
            message.replace("\n", "\r\n");
            m_out.text += message;
            return;
        }
        if (m_options.style == Options::Style::Capture) {
            message.replace("\n", "\r\n");
            packet(udpFrame(request ? d.caller.host : d.callee.host, request ? d.callee.host : d.caller.host, message));
            return;
        }
        if (m_options.style == Options::Style::TcpCapture) {
            message.replace("\n", "\r\n");
            segments(d, request, message);
            return;
        }
        m_out.text += wrap(message);
    }

    static QByteArray udpFrame(const QByteArray &from, const QByteArray &to, const QByteArray &payload)
    {
        return test::pcap::udpFrame(from.constData(), 5060, to.constData(), 5060, payload);
    }

    // A message over its dialog's TCP connection (requests from the caller's port to 5060),
    // three in ten cut into two segments at a random byte.
    void segments(Dialog &d, bool request, const QByteArray &message)
    {
        const QByteArray &from = request ? d.caller.host : d.callee.host;
        const QByteArray &to = request ? d.callee.host : d.caller.host;
        const quint16 fromPort = request ? d.callerPort : 5060, toPort = request ? 5060 : d.callerPort;
        quint32 &sequence = d.sequence[request ? 0 : 1];
        const qsizetype cut = m_random.bounded(10) < 3 ? 1 + m_random.bounded(int(message.size() - 1)) : message.size();
        for (const QByteArray &part : {message.first(cut), message.sliced(cut)}) {
            if (part.isEmpty())
                continue;
            packet(test::pcap::tcpFrame(from.constData(), fromPort, to.constData(), toPort, sequence,
                                        test::pcap::Ack | test::pcap::Psh, part));
            sequence += quint32(part.size());
        }
    }

    // One packet of the capture, some milliseconds after the one before.
    void packet(const QByteArray &frame)
    {
        m_millis += 1 + m_random.bounded(400);
        // The record of pcapFile(), appended: a whole capture would be built again per packet.
        const qint64 micros = captureStart * 1000000 + m_millis * 1000 + m_random.bounded(1000);
        m_out.text += test::pcap::le32(quint32(micros / 1000000)) + test::pcap::le32(quint32(micros % 1000000))
                      + test::pcap::le32(quint32(frame.size())) + test::pcap::le32(quint32(frame.size())) + frame;
    }

    QByteArray timestamp()
    {
        m_millis += 1 + m_random.bounded(400);
        const qint64 s = m_millis / 1000;
        auto two = [](qint64 v) { return QByteArray::number(v).rightJustified(2, '0'); };
        return two(s / 3600 % 24) + ':' + two(s / 60 % 60) + ':' + two(s % 60) + '.'
               + QByteArray::number(m_millis % 1000).rightJustified(3, '0');
    }

    // One of the log formats support engineers paste.
    QByteArray wrap(const QByteArray &message)
    {
        const QByteArray when = timestamp();
        switch (m_random.bounded(4)) {
        case 0:
            return "[2026-11-21 " + when + "] VERBOSE[2211] chan_sip.c: \n<--- SIP read from UDP:10.0.0.7:5060 --->\n"
                   + message + "<------------->\n";
        case 1: {
            QByteArray indented;
            for (const QByteArray &line : message.split('\n'))
                indented += "   " + line + '\n';
            indented.chop(1);
            return "recv " + QByteArray::number(message.size()) + " bytes from udp/[10.0.0.7]:5060 at " + when
                   + ":\n   " + QByteArray(72, '-') + '\n' + indented + "   " + QByteArray(72, '-') + '\n';
        }
        case 2:
            return when + "  pjsua_core.c  .RX " + QByteArray::number(message.size())
                   + " bytes Request msg from UDP 10.0.0.7:5060:\n" + message + "--end msg--\n";
        default: {
            QByteArray out;
            const QByteArray prefix = "Nov 21 " + when.left(8) + " sip1 kamailio[1442]: ";
            for (const QByteArray &line : message.split('\n'))
                out += prefix + line + '\n';
            return out;
        }
        }
    }

    QByteArray via(const Dialog &d, const Party &p)
    {
        QByteArray v = name("Via", "v") + ": SIP/2.0/UDP " + p.host + ":5060;branch=" + d.branch;
        // Now and then a folded Via, as older stacks write long values.
        if (m_random.bounded(16) == 0)
            v += "\n ;rport";
        return v + '\n';
    }

    QByteArray request(const QByteArray &method, Dialog &d, bool withToTag, const QByteArray &extra = {})
    {
        return method + " sip:" + d.callee.user + '@' + d.callee.host + " SIP/2.0\n" + via(d, d.caller)
               + "Max-Forwards: 70\n" + name("From", "f") + ": <sip:" + d.caller.user + '@' + d.caller.host
               + ">;tag=" + d.fromTag + '\n' + name("To", "t") + ": <sip:" + d.callee.user + '@' + d.callee.host + '>'
               + (withToTag ? ";tag=" + d.toTag : QByteArray()) + '\n' + name("Call-ID", "i") + ": " + d.callId + '\n'
               + "CSeq: " + QByteArray::number(d.cseq) + ' ' + method + '\n' + extra;
    }

    QByteArray response(const QByteArray &status, const QByteArray &method, Dialog &d, const QByteArray &extra = {})
    {
        return "SIP/2.0 " + status + '\n' + via(d, d.caller) + name("From", "f") + ": <sip:" + d.caller.user + '@'
               + d.caller.host + ">;tag=" + d.fromTag + '\n' + name("To", "t") + ": <sip:" + d.callee.user + '@'
               + d.callee.host + (status.startsWith("100") ? ">" : ">;tag=" + d.toTag) + '\n' + name("Call-ID", "i")
               + ": " + d.callId + '\n' + "CSeq: " + QByteArray::number(d.cseq) + ' ' + method + '\n' + extra;
    }

    QByteArray contact(const Party &p)
    {
        return name("Contact", "m") + ": <sip:" + p.user + '@' + p.host + ":5060>\n";
    }

    // ---- scenarios ----
    void registration()
    {
        Dialog d = dialog();
        d.callee = d.caller;
        const QByteArray extra = contact(d.caller) + "Expires: 3600\nUser-Agent: TrafficPhone/1.0\n";
        push(d, request("REGISTER", d, false, extra), {}, true);
        push(d, response("401 Unauthorized", "REGISTER", d,
                      "WWW-Authenticate: Digest realm=\"lab.test\", nonce=\"" + token(24) + "\", algorithm=MD5, qop=\"auth\"\n"),
             {}, false);
        d.cseq += 1;
        d.branch = "z9hG4bK" + token(10);
        push(d, request("REGISTER", d, false,
                     extra + "Authorization: Digest username=\"" + d.caller.user + "\", realm=\"lab.test\", nonce=\""
                         + token(24) + "\", uri=\"sip:" + d.caller.host + "\", response=\"" + token(32)
                         + "\", algorithm=MD5, qop=auth, nc=00000001, cnonce=\"" + token(8) + "\"\n"),
             {}, true);
        push(d, response("200 OK", "REGISTER", d, contact(d.caller) + "Expires: 3600\n"), {}, false);
    }

    void keepAlive()
    {
        Dialog d = dialog();
        push(d, request("OPTIONS", d, false, "Accept: application/sdp\n"), {}, true);
        push(d, response("200 OK", "OPTIONS", d, "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS\n"), {}, false);
    }

    void call(int finalCode)
    {
        Dialog d = dialog();
        const QByteArray type = name("Content-Type", "c") + ": application/sdp\n";
        push(d, request("INVITE", d, false, contact(d.caller) + type), sdp(d.caller), true);
        push(d, response("100 Trying", "INVITE", d), {}, false);
        push(d, response("180 Ringing", "INVITE", d, contact(d.callee)), {}, false);
        if (finalCode == 486) {
            push(d, response("486 Busy Here", "INVITE", d, "Reason: Q.850;cause=17;text=\"User busy\"\n"), {}, false);
            push(d, request("ACK", d, true), {}, true);
            return;
        }
        push(d, response("200 OK", "INVITE", d, contact(d.callee) + type), sdp(d.callee), false);
        push(d, request("ACK", d, true, contact(d.caller)), {}, true);
        d.cseq += 1;
        d.branch = "z9hG4bK" + token(10);
        push(d, request("BYE", d, true), {}, true);
        push(d, response("200 OK", "BYE", d), {}, false);
    }

    void cancelledCall()
    {
        Dialog d = dialog();
        const QByteArray type = name("Content-Type", "c") + ": application/sdp\n";
        push(d, request("INVITE", d, false, contact(d.caller) + type), sdp(d.caller), true);
        push(d, response("180 Ringing", "INVITE", d, contact(d.callee)), {}, false);
        push(d, request("CANCEL", d, false), {}, true);
        push(d, response("200 OK", "CANCEL", d), {}, false);
        push(d, response("487 Request Terminated", "INVITE", d), {}, false);
        push(d, request("ACK", d, true), {}, true);
    }

    void instantMessage()
    {
        Dialog d = dialog();
        push(d, request("MESSAGE", d, false, name("Content-Type", "c") + ": text/plain;charset=UTF-8\n"),
             "Meeting moved to 15:30, room " + QByteArray::number(m_random.bounded(500)) + "\n", true);
        push(d, response("200 OK", "MESSAGE", d), {}, false);
    }

    const Options m_options;
    QRandomGenerator m_random;
    Traffic m_out;
    bool m_compact = false;
    qint64 m_millis = 54000000;
    static constexpr qint64 captureStart = 1795219200; // 2026-11-21 00:00:00 UTC
};

} // namespace

Traffic generate(const Options &options)
{
    return Generator(options).run();
}

} // namespace sipref::traffic
