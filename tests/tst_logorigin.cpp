// What each log wrapper tells about a message: time, direction, addresses, transport.
#include "samplemessages.h"
#include "testsupport.h"

#include <QtTest>

using namespace sipref;
using namespace sipref::test::samples;

namespace {

struct Expected
{
    QString time; // formatOriginTime
    Direction direction = Direction::Unknown;
    Transport transport = Transport::Unknown;
    QByteArray source;
    QByteArray destination;
};

} // namespace

Q_DECLARE_METATYPE(Expected)

class TestLogOrigin : public QObject
{
    Q_OBJECT

private slots:
    void wrappers_data();
    void sipdumpMessagesEndAtTheRule();
    void siptraceRowsEndAtTheNextRow();
    void bodyLinesWithPipesAndStarsKept();
    void wrappers();
    void sentMessages_data();
    void sentMessages();
    void eachMessageItsOwnWrapper();
    void rawStreamHasNoOrigin();
    void knownOriginsByPlace();
    void captureText();
    void timeFormats_data();
    void timeFormats();
    void datesAcrossTheCalendar();
};

namespace {

QByteArray sipdump(const QByteArray &tag, const QByteArray &proto, const QByteArray &src, const QByteArray &dst,
                   const QByteArray &wire)
{
    return "====================\ntag: " + tag + "\npid: 2133\nprocess: 7\ntime: 1795273601.123456\n"
           "date: Sat Nov 21 16:06:41 2026\nproto: " + proto + "\nsrcip: " + src + "\nsrcport: 5062\ndstip: " + dst
           + "\ndstport: 5060\n~~~~~~~~~~~~~~~~~~~~\n" + wire + "||||||||||||||||||||\n";
}

} // namespace

void TestLogOrigin::sipdumpMessagesEndAtTheRule()
{
    // The rule of pipes after each message is no part of its body, also where sipdump writes it
    // right after a body that does not end in a line break (an INFO's DTMF relay).
    QByteArray info = test::crlf("INFO sip:bob@10.0.0.2:5060 SIP/2.0\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-f1\n"
                           "Max-Forwards: 70\nFrom: <sip:alice@lab-a.test>;tag=c41f\nTo: <sip:bob@lab-b.test>;tag=b7e2\n"
                           "Call-ID: call-0e7d2a@10.0.0.1\nCSeq: 102 INFO\nContent-Type: application/dtmf-relay\n"
                           "Content-Length: 22\n\n")
                     + "Signal=1\r\nDuration=160";
    // A record of something else before it (sipdump writes whatever reached the port): each
    // message's origin is its own record's.
    const QByteArray junk = "====================\ntag: snd\npid: 2133\nprocess: 7\ntime: 1795273000.000001\n"
                            "proto: tcp ipv4\nsrcip: 192.0.2.1\nsrcport: 80\ndstip: 192.0.2.2\ndstport: 8080\n"
                            "~~~~~~~~~~~~~~~~~~~~\nGET / HTTP/1.0\r\n\r\n||||||||||||||||||||\n";
    const QByteArray dump = sipdump("rcv", "udp ipv4", "10.0.0.1", "10.0.0.2", invite())
                            + sipdump("snd", "udp ipv4", "10.0.0.2", "10.0.0.1", ok200Invite()) + junk
                            + sipdump("rcv", "udp ipv4", "10.0.0.1", "10.0.0.2", info);
    const Inspection in = test::run(dump);
    QCOMPARE(in.messages.size(), std::size_t(3));
    const Inspection plain = test::run(invite() + ok200Invite() + info);
    for (std::size_t i = 0; i < 3; ++i)
        QCOMPARE(in.view(in.messages[i].body), plain.view(plain.messages[i].body));
    QCOMPARE(in.count(Severity::Error), 0);
    QCOMPARE(in.count(Severity::Warning), plain.count(Severity::Warning)); // the missing ACK
    QCOMPARE(int(in.messages[1].origin->direction), int(Direction::Sent));
    const MessageOrigin &o = *in.messages[2].origin;
    QCOMPARE(int(o.direction), int(Direction::Received));
    QCOMPARE(o.source, QByteArray("10.0.0.1:5062"));
    QCOMPARE(formatOriginTime(o), QStringLiteral("2026-11-21T15:06:41.123456Z"));
}

void TestLogOrigin::bodyLinesWithPipesAndStarsKept()
{
    // Lines that merely start with a pipe or a star, in a body with LF line ends: body text, not
    // the rules of sipdump or of mysql's rows.
    const QByteArray body = "| a | b |\n|---|---|\n* item\n** more\n";
    const QByteArray message = "MESSAGE sip:bob@lab-b.test SIP/2.0\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-m1\n"
                               "Max-Forwards: 70\nFrom: <sip:alice@lab-a.test>;tag=c41f\nTo: <sip:bob@lab-b.test>\n"
                               "Call-ID: m-1@10.0.0.1\nCSeq: 1 MESSAGE\nContent-Type: text/plain\nContent-Length: "
                               + QByteArray::number(body.size()) + "\n\n" + body;
    const Inspection in = test::run(message);
    QCOMPARE(in.messages.size(), std::size_t(1));
    QCOMPARE(in.view(in.messages[0].body), QByteArrayView(body));
    QCOMPARE(in.count(Severity::Error), 0);
}

void TestLogOrigin::siptraceRowsEndAtTheNextRow()
{
    // The rule of stars before the next row is no part of the message's body.
    auto row = [](int n, const QByteArray &wire) {
        return "*************************** " + QByteArray::number(n) + ". row ***************************\n"
               "         id: " + QByteArray::number(n) + "\n        msg: " + wire + "\n";
    };
    const Inspection in = test::run(row(1, invite()) + row(2, ok200Invite()));
    QCOMPARE(in.messages.size(), std::size_t(2));
    const Inspection plain = test::run(invite() + ok200Invite());
    for (std::size_t i = 0; i < 2; ++i)
        QCOMPARE(in.view(in.messages[i].body), plain.view(plain.messages[i].body));
    QCOMPARE(in.count(Severity::Error), 0);
}

void TestLogOrigin::wrappers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Expected>("expected");

    QTest::newRow("asterisk chan_sip") << asteriskChanSip(invite())
                                       << Expected{"15:06:41.000000", Direction::Received, Transport::Udp,
                                                   "10.0.0.1:5060", {}};
    QTest::newRow("asterisk pjsip") << asteriskPjsip(invite())
                                    << Expected{{}, Direction::Received, Transport::Udp, "10.0.0.1:5060", {}};
    QTest::newRow("freeswitch sofia")
        << freeswitch(invite()) << Expected{"15:06:41.123456", Direction::Received, Transport::Udp, "10.0.0.1:5060", {}};
    QTest::newRow("pjsua") << pjsua(invite())
                           << Expected{"15:06:41.123000", Direction::Received, Transport::Udp, "10.0.0.1:5060", {}};
    QTest::newRow("sngrep") << sngrep({invite()})
                            << Expected{"2026-11-21T15:06:40.123456Z", Direction::Unknown, Transport::Unknown,
                                        "10.0.0.1:5060", "10.0.0.2:5060"};
    QTest::newRow("tcpdump") << tcpdump(invite())
                             << Expected{"15:06:41.123456", Direction::Unknown, Transport::Unknown, "10.0.0.1:5060",
                                         "10.0.0.2:5060"};
    QTest::newRow("syslog prefix") << prefixed(invite(), syslogPrefix())
                                   << Expected{"15:06:40.000000", Direction::Unknown, Transport::Unknown, {}, {}};
    QTest::newRow("logcat prefix") << prefixed(invite(), logcatPrefix())
                                   << Expected{"15:06:41.103000", Direction::Unknown, Transport::Unknown, {}, {}};
    QTest::newRow("kamailio debug line")
        << "2026-11-21T15:06:41.250 sbc-1 kamailio[2133]: DEBUG: received from udp:[2001:db8::7]:5070\n"
               + logText(invite())
        << Expected{"2026-11-21T15:06:41.250000Z", Direction::Received, Transport::Udp, "[2001:db8::7]:5070", {}};
    // Cisco IOS/CUBE "debug ccsip messages": the time, then "Received:" or "Sent:" alone.
    QTest::newRow("cisco received")
        << "Nov 21 15:06:41.123: //-1/xxxxxxxxxxxx/SIP/Msg/ccsipDisplayMsg:\nReceived: \n" + logText(invite())
        << Expected{"15:06:41.123000", Direction::Received, Transport::Unknown, {}, {}};
    QTest::newRow("cisco sent")
        << "Nov 21 15:06:41.125: //1234/ABCDEF012345/SIP/Msg/ccsipDisplayMsg:\nSent:\n" + logText(invite())
        << Expected{"15:06:41.125000", Direction::Sent, Transport::Unknown, {}, {}};
    // Chinese platforms (GB/T 28181 servers, NVRs): the direction in Chinese, in UTF-8 or GBK, in the
    // start line's prefix or on a short line before it.
    QTest::newRow("chinese prefix, received")
        << "2026-11-21 15:06:41.123 [exec-1] INFO SipLogger - [\xe6\x94\xb6\xe5\x88\xb0\xe8\xaf\xb7\xe6\xb1\x82] "
               + logText(invite())
        << Expected{"2026-11-21T15:06:41.123000Z", Direction::Received, Transport::Unknown, {}, {}};
    QTest::newRow("chinese line before, sent, GBK")
        << "15:06:41.130 \xb7\xa2\xcb\xcd\xcf\xfb\xcf\xa2\xa3\xba\n" + logText(invite()) // 发送消息：
        << Expected{"15:06:41.130000", Direction::Sent, Transport::Unknown, {}, {}};
    // A log line about something else that happens to say 发送 is no direction of the next message.
    QTest::newRow("chinese log line, no direction")
        << "15:06:41.130 \xe8\xae\xbe\xe5\xa4\x87\xe6\xb3\xa8\xe5\x86\x8c\xe6\x8c\x91\xe6\x88\x98\xe5\xb7\xb2"
           "\xe5\x8f\x91\xe9\x80\x81 34020000001320000001\n" + logText(invite()) // 设备注册挑战已发送
        << Expected{"15:06:41.130000", Direction::Unknown, Transport::Unknown, {}, {}};
    // Oracle (Acme Packet) SBC sipmsg.log: the time, this side's address after its realm, the other
    // side's; a dashed rule after each message.
    QTest::newRow("oracle sbc received")
        << "Nov 21 15:06:41.123 On [0:0]10.0.0.2:5060 received from 10.0.0.1:5062\n" + logText(invite())
               + "----------------------------------------\n"
        << Expected{"15:06:41.123000", Direction::Received, Transport::Unknown, "10.0.0.1:5062", "10.0.0.2:5060"};
    QTest::newRow("oracle sbc sent")
        << "Nov 21 15:06:41.125 On [1:0]192.0.2.7:5060 sent to 10.0.0.9:5060\n" + logText(invite())
               + "----------------------------------------\n"
        << Expected{"15:06:41.125000", Direction::Sent, Transport::Unknown, "192.0.2.7:5060", "10.0.0.9:5060"};
    QTest::newRow("oracle sbc without a realm")
        << "Nov 21 15:06:41.125 On 192.0.2.7:5060 sent to 10.0.0.9:5060\n" + logText(invite())
        << Expected{"15:06:41.125000", Direction::Sent, Transport::Unknown, "192.0.2.7:5060", "10.0.0.9:5060"};
    // Kamailio's xlog through syslog: the direction before the message on its own line, the line
    // breaks written as #015#012.
    QTest::newRow("kamailio xlog in syslog")
        << "Nov 21 15:06:41 sbc1 kamailio[2345]: INFO: <script>: sent to tcp:10.0.0.9:5060: "
               + QByteArray(invite()).replace("\r\n", "#015#012") + "\n"
        << Expected{"15:06:41.000000", Direction::Sent, Transport::Tcp, {}, "10.0.0.9:5060"};
    // Skype for Business / Lync server logs: the record's Direction and Peer lines.
    QTest::newRow("skype for business record")
        << "TL_INFO(TF_PROTOCOL) [0]1A2C.1D3C::11/21/2026-15:06:41.123.0001A2B3 (SIPStack,SIPAdminLog::"
           "TraceProtocolRecord:SIPAdminLog.cpp(125))[1234567890] $$begin_record\n"
           "Trace-Correlation-Id: 1234567890\nInstance-Id: 0001A2B3\nDirection: outgoing;source=\"local\"\n"
           "Peer: edge.example.com:5061\nMessage-Type: request\nStart-Line: " + logText(invite()) + "$$end_record\n"
        << Expected{"15:06:41.123000", Direction::Sent, Transport::Unknown, {}, "edge.example.com:5061"};
    // BroadWorks XS log: a header line with the time (milliseconds after a colon), a blank line, then
    // the transport, the size and the direction.
    QTest::newRow("broadworks in")
        << "2026.11.21 15:06:41:123 CST | Info       | Sip | BW-SIP-AS | 81234567\n\n\tudp 412 Bytes IN from "
           "10.0.0.1:5062\n" + logText(invite())
        << Expected{"2026-11-21T15:06:41.123000Z", Direction::Received, Transport::Udp, "10.0.0.1:5062", {}};
    QTest::newRow("broadworks out")
        << "2026.11.21 15:06:41:130 CST | Info       | Sip | BW-SIP-AS | 81234568\n\n\ttcp 300 Bytes OUT to "
           "10.0.0.9:5060\n" + logText(invite())
        << Expected{"2026-11-21T15:06:41.130000Z", Direction::Sent, Transport::Tcp, {}, "10.0.0.9:5060"};
    // AudioCodes syslog: the message's lines follow the line that says where it came from or went,
    // and a line with the time ends it.
    QTest::newRow("audiocodes incoming")
        << "15:06:41.123  10.0.0.2  local0.notice  [S=12345] [SID=a1b2c3:12:3456]  ---- Incoming SIP Message from "
           "10.0.0.1:5062 to SIPInterface #0 (SIPInterface_0) TCP TO(#0) SOCKET(#1) ---\n"
               + logText(invite()) + " [Time:21-11@15:06:41.123]\n"
        << Expected{"15:06:41.123000", Direction::Received, Transport::Tcp, "10.0.0.1:5062", {}};
    QTest::newRow("audiocodes outgoing")
        << "15:06:41.130  10.0.0.2  local0.notice  [S=12346] [SID=a1b2c3:12:3456]  ---- Outgoing SIP Message to "
           "10.0.0.9:5060 from SIPInterface #1 (SIPInterface_1) UDP TO(#1) SOCKET(#2) ---\n"
               + logText(invite()) + " [Time:21-11@15:06:41.130]\n"
        << Expected{"15:06:41.130000", Direction::Sent, Transport::Udp, {}, "10.0.0.9:5060"};
    // SIPp -trace_msg: a dashed rule with the time, then the direction and transport.
    QTest::newRow("sipp sent")
        << "\n----------------------------------------------- 2026-11-21 15:06:41.123456\n"
           "UDP message sent (367 bytes):\n\n" + logText(invite())
        << Expected{"2026-11-21T15:06:41.123456Z", Direction::Sent, Transport::Udp, {}, {}};
    QTest::newRow("sipp received")
        << "\n----------------------------------------------- 2026-11-21 15:06:41.125001\n"
           "TCP message received [310] bytes :\n\n" + logText(invite())
        << Expected{"2026-11-21T15:06:41.125001Z", Direction::Received, Transport::Tcp, {}, {}};
    // Kamailio's sipdump module, text mode: a record of key-value lines before each message, a
    // rule of pipes after it.
    QTest::newRow("kamailio sipdump rcv")
        << sipdump("rcv", "udp ipv4", "10.0.0.1", "10.0.0.2", invite())
        << Expected{"2026-11-21T15:06:41.123456Z", Direction::Received, Transport::Udp, "10.0.0.1:5062", "10.0.0.2:5060"};
    QTest::newRow("kamailio sipdump snd")
        << sipdump("snd", "tcp ipv6", "2001:db8::2", "2001:db8::1", invite())
        << Expected{"2026-11-21T15:06:41.123456Z", Direction::Sent, Transport::Tcp, "[2001:db8::2]:5062",
                    "[2001:db8::1]:5060"};
    // Kamailio's sip_trace table, a row as `mysql -e "SELECT ... \\G"` prints it.
    QTest::newRow("kamailio sip_trace row")
        << "*************************** 1. row ***************************\n         id: 7\n"
           " time_stamp: 2026-11-21 15:06:41\n     callid: call-0e7d2a@10.0.0.1\n     method: INVITE\n"
           "     fromip: tcp:10.0.0.1:5062\n       toip: tcp:10.0.0.2:5060\n  direction: out\n        msg: "
               + invite()
        << Expected{"2026-11-21T15:06:41.000000Z", Direction::Sent, Transport::Tcp, "10.0.0.1:5062", "10.0.0.2:5060"};
    QTest::newRow("tshark -V")
        << QByteArray("Frame 1: 612 bytes on wire (4896 bits), 612 bytes captured (4896 bits)\n"
           "    Arrival Time: Nov 21, 2026 15:06:41.123456000 UTC\n"
           "    Epoch Time: 1795273601.123456000 seconds\n"
           "Ethernet II, Src: 02:00:00:00:00:01, Dst: 02:00:00:00:00:02\n"
           "Internet Protocol Version 4, Src: 10.0.0.1, Dst: 10.0.0.2\n"
           "User Datagram Protocol, Src Port: 5062, Dst Port: 5060\n"
           "Session Initiation Protocol (INVITE)\n"
           "    Request-Line: INVITE sip:bob@lab-b.test SIP/2.0\n"
           "    Message Header\n"
           "        Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-1\n"
           "        Call-ID: ts-1@10.0.0.1\n")
        << Expected{"2026-11-21T15:06:41.123456Z", Direction::Unknown, Transport::Udp, "10.0.0.1:5062",
                    "10.0.0.2:5060"};
}

void TestLogOrigin::wrappers()
{
    QFETCH(QByteArray, input);
    QFETCH(Expected, expected);
    const Inspection in = test::run(input);
    QCOMPARE(in.messages.size(), std::size_t(1));
    const MessageOrigin &o = *in.messages[0].origin;
    QCOMPARE(formatOriginTime(o), expected.time);
    QCOMPARE(int(o.direction), int(expected.direction));
    QCOMPARE(QByteArray(transportName(o.transport)), QByteArray(transportName(expected.transport)));
    QCOMPARE(o.source, expected.source);
    QCOMPARE(o.destination, expected.destination);
}

void TestLogOrigin::sentMessages_data()
{
    QTest::addColumn<QByteArray>("wrapper");
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<QByteArray>("destination");

    QTest::newRow("chan_sip") << QByteArray("<--- Transmitting (NAT) to 10.0.0.9:5060 --->\n") << Transport::Unknown
                              << QByteArray("10.0.0.9:5060");
    QTest::newRow("chan_sip reliably") << QByteArray("<--- Reliably Transmitting (no NAT) to 10.0.0.9:5060 --->\n")
                                       << Transport::Unknown << QByteArray("10.0.0.9:5060");
    QTest::newRow("res_pjsip")
        << QByteArray("<--- Transmitting SIP response (512 bytes) to TLS:10.0.0.9:5061 --->\n") << Transport::Tls
        << QByteArray("10.0.0.9:5061");
    QTest::newRow("sofia") << QByteArray("send 512 bytes to tcp/[10.0.0.9]:5060 at 15:06:41.5:\n") << Transport::Tcp
                           << QByteArray("10.0.0.9:5060");
    QTest::newRow("pjsua") << QByteArray("15:06:41.500  pjsua_core.c  .TX 512 bytes Response msg 180/INVITE/cseq=101 "
                                         "(tdta0x1) to UDP 10.0.0.9:5060:\n")
                           << Transport::Udp << QByteArray("10.0.0.9:5060");
}

void TestLogOrigin::sentMessages()
{
    QFETCH(QByteArray, wrapper);
    QFETCH(Transport, transport);
    QFETCH(QByteArray, destination);
    const Inspection in = test::run(wrapper + logText(ringing180()));
    QCOMPARE(in.messages.size(), std::size_t(1));
    const MessageOrigin &o = *in.messages[0].origin;
    QCOMPARE(int(o.direction), int(Direction::Sent));
    QCOMPARE(int(o.transport), int(transport));
    QVERIFY(o.source.isEmpty());
    QCOMPARE(o.destination, destination);
}

// Every message takes the wrapper nearest before it, not one of an earlier message.
void TestLogOrigin::eachMessageItsOwnWrapper()
{
    const QByteArray log = asteriskChanSip(invite())
                           + "[Nov 21 15:06:42] VERBOSE[2211][C-00000003] chan_sip.c: \n"
                             "<--- Transmitting (no NAT) to 10.0.0.1:5060 --->\n"
                           + logText(trying100()) + "<------------->\n" + asteriskPjsip(ack());
    const Inspection in = test::run(log);
    QCOMPARE(in.messages.size(), std::size_t(3));
    QCOMPARE(int(in.messages[0].origin->direction), int(Direction::Received));
    QCOMPARE(int(in.messages[1].origin->direction), int(Direction::Sent));
    QCOMPARE(in.messages[1].origin->destination, QByteArray("10.0.0.1:5060"));
    QCOMPARE(formatOriginTime(*in.messages[1].origin), QString("15:06:42.000000"));
    QCOMPARE(int(in.messages[2].origin->direction), int(Direction::Received));
    // The pjsip wrapper has no time of its own, and no time from before the previous message is
    // carried over: it could be minutes old.
    QVERIFY(!in.messages[2].origin->hasTime());
}

void TestLogOrigin::rawStreamHasNoOrigin()
{
    const Inspection in = test::run(invite() + trying100() + ringing180());
    QCOMPARE(in.messages.size(), std::size_t(3));
    for (const SipMessage &m : in.messages)
        QVERIFY(!m.origin->isKnown());
}

void TestLogOrigin::knownOriginsByPlace()
{
    // Origins a reader knew go to the messages whose start line lies in their part of the text, and
    // to no other, whatever the text around them says.
    const QByteArray first = invite(), second = trying100(), third = ringing180(), fourth = ok200Invite();
    const QByteArray text = first + "U 2026-11-21 15:06:41.000001 10.9.9.9:5060 -> 10.9.9.8:5060\n" + second + third
                            + fourth;
    const qsizetype secondAt = text.indexOf('\n', first.size()) + 1;
    const qsizetype thirdAt = secondAt + second.size();
    KnownOrigins known;
    known.addresses = {"10.0.0.1:5060", "10.0.0.2:5060"};
    KnownOrigins::Part part;
    part.begin = secondAt + 1; // begins after the 100 Trying's start line: not its part
    part.end = thirdAt;
    part.timeUs = 1000;
    part.hasDate = true;
    part.source = 1;
    part.transport = Transport::Udp;
    known.parts.push_back(part);
    part.begin = thirdAt; // the 180 Ringing and the 200 OK, as in one datagram
    part.end = text.size();
    part.source = 7;      // no such address: left empty, the rest still told
    part.destination = 0;
    known.parts.push_back(part);

    const Inspection in = inspect(text, test::catalog(), {}, known);
    QCOMPARE(in.messages.size(), std::size_t(4));
    // Before the first part, and in none: the header line in the text is not read either.
    QVERIFY(!in.messages[0].origin->isKnown());
    QVERIFY(!in.messages[1].origin->isKnown());
    for (std::size_t i : {2, 3}) {
        const MessageOrigin &o = *in.messages[i].origin;
        QCOMPARE(o.timeUs, qint64(1000));
        QVERIFY(o.hasDate);
        QVERIFY(o.source.isEmpty());
        QCOMPARE(o.destination, QByteArray("10.0.0.1:5060"));
        QCOMPARE(o.transport, Transport::Udp);
    }
}

void TestLogOrigin::captureText()
{
    // As app/capture writes it: each payload byte for byte (CRLF), a line break after a payload
    // that does not end in one, and the next header line. The 100 Trying has Content-Length: 0,
    // so the header line after it must not be read as its body.
    auto payload = [](const QByteArray &wire) { return wire.endsWith('\n') ? wire : wire + "\n"; };
    const QByteArray text = "U 2026-11-21 15:06:41.000001 10.0.0.1:5060 -> 10.0.0.2:5060\n" + payload(invite())
                            + "T 2026-11-21 15:06:41.250000 [2001:db8::2]:5060 -> [2001:db8::1]:5060\n"
                            + payload(trying100())
                            + "U 2026-11-21 15:06:42.000000 10.0.0.2:5060 -> 10.0.0.1:5060\n" + payload(ringing180());
    const Inspection in = test::run(text);
    QCOMPARE(in.messages.size(), std::size_t(3));
    const MessageOrigin &a = *in.messages[0].origin;
    QCOMPARE(formatOriginTime(a), QString("2026-11-21T15:06:41.000001Z"));
    QCOMPARE(int(a.transport), int(Transport::Udp));
    QCOMPARE(a.source, QByteArray("10.0.0.1:5060"));
    QCOMPARE(a.destination, QByteArray("10.0.0.2:5060"));
    const MessageOrigin &b = *in.messages[1].origin;
    QCOMPARE(int(b.transport), int(Transport::Tcp));
    QCOMPARE(b.source, QByteArray("[2001:db8::2]:5060"));
    QCOMPARE(b.destination, QByteArray("[2001:db8::1]:5060"));
    QCOMPARE(b.timeUs - a.timeUs, qint64(249999));
    QVERIFY(b.hasDate);
    QCOMPARE(in.messages[1].body.length, 0);
    QCOMPARE(in.messages[2].origin->source, QByteArray("10.0.0.2:5060"));
    for (const Diagnostic &d : in.diagnostics)
        QVERIFY2(d.severity == Severity::Info, d.id);
}

void TestLogOrigin::timeFormats_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("time");

    QTest::newRow("iso with T") << QByteArray("2026-11-21T08:00:01.5 x") << QString("2026-11-21T08:00:01.500000Z");
    QTest::newRow("slashes") << QByteArray("2026/11/21 08:00:01 x") << QString("2026-11-21T08:00:01.000000Z");
    QTest::newRow("asterisk bracket") << QByteArray("[2026-11-21 08:00:01.042] x")
                                      << QString("2026-11-21T08:00:01.042000Z");
    QTest::newRow("nanoseconds") << QByteArray("08:00:01.123456789 x") << QString("08:00:01.123456");
    QTest::newRow("syslog") << QByteArray("Nov  3 08:00:01 host x") << QString("08:00:01.000000");
    QTest::newRow("comma fraction") << QByteArray("2026-11-21 08:00:01,250 x") << QString("2026-11-21T08:00:01.250000Z");
    QTest::newRow("not a time") << QByteArray("version 1:2:3 and 99:99:99") << QString();
    QTest::newRow("leap day") << QByteArray("2000-02-29 23:59:59 x") << QString("2000-02-29T23:59:59.000000Z");
    QTest::newRow("no leap day in 1900") << QByteArray("1900-02-29 08:00:01 x") << QString("08:00:01.000000");
    QTest::newRow("no 30 February") << QByteArray("2026-02-30 08:00:01 x") << QString("08:00:01.000000");
    QTest::newRow("no year 0") << QByteArray("0000-01-01 08:00:01 x") << QString("08:00:01.000000");
    QTest::newRow("year 9999") << QByteArray("9999-12-31 23:59:59 x") << QString("9999-12-31T23:59:59.000000Z");
    QTest::newRow("colon before milliseconds") << QByteArray("2026.11.21 08:00:01:042 CST | Info")
                                               << QString("2026-11-21T08:00:01.042000Z");
    QTest::newRow("not a MAC address") << QByteArray("Ethernet 02:00:00:00:00:01 x") << QString();
    QTest::newRow("tshark") << QByteArray("    Arrival Time: Nov  1, 2026 15:06:41.123456000 UTC")
                            << QString("2026-11-01T15:06:41.123456Z");
}

void TestLogOrigin::timeFormats()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, time);
    const Inspection in = test::run(line + "\n" + logText(options()));
    QCOMPARE(in.messages.size(), std::size_t(1));
    QCOMPARE(formatOriginTime(*in.messages[0].origin), time);
}

void TestLogOrigin::datesAcrossTheCalendar()
{
    // Dates are turned into times by arithmetic, not QDateTime: the same instant for every day.
    QRandomGenerator random(11);
    QList<QDate> dates = {QDate(1970, 1, 1), QDate(1969, 12, 31), QDate(1, 1, 1), QDate(9999, 12, 31),
                          QDate(2000, 2, 29), QDate(2100, 3, 1), QDate(1600, 2, 29)};
    while (dates.size() < 300)
        dates << QDate(1, 1, 1).addDays(random.bounded(3652059));
    QByteArray text;
    for (const QDate &d : dates)
        text += "U " + d.toString(QStringLiteral("yyyy-MM-dd")).toLatin1() + " 12:34:56.000007 10.0.0.1:5060 -> 10.0.0.2:5060\n"
                + invite();
    const Inspection in = test::run(text);
    QCOMPARE(in.messages.size(), std::size_t(dates.size()));
    for (int i = 0; i < dates.size(); ++i) {
        const MessageOrigin &o = *in.messages[std::size_t(i)].origin;
        QVERIFY(o.hasDate);
        const qint64 expected = QDateTime(dates[i], QTime(12, 34, 56), Qt::UTC).toMSecsSinceEpoch() * 1000 + 7;
        QCOMPARE(o.timeUs, expected);
    }
}

QTEST_GUILESS_MAIN(TestLogOrigin)
#include "tst_logorigin.moc"
