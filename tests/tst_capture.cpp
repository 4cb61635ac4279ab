// Captures read with libpcap and turned into text (app/capture): link layers, IPv4/IPv6, UDP and
// TCP reassembly, the header line of every message, broken files and the findings about them.
// The captures are written by tests/capturewriter.h, so every byte is known.
#include "capture/capturefile.h"
#include "capture/inputinspection.h"
#include "capture/netbytes.h"
#include "capturewriter.h"
#include "checks/diagnostictexts.h"
#include "samplemessages.h"
#include "testsupport.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <algorithm>
#include <arpa/inet.h>
#include <atomic>

using namespace sipref;
using namespace sipref::test;
using namespace sipref::test::pcap;
namespace s = sipref::test::samples;

namespace {

// 2026-11-21 15:06:41 UTC.
constexpr quint32 t0 = 1795273601;
const QByteArray day = "2026-11-21 ";

// A SIP MESSAGE whose body does not end in a line break: the text adds one after it.
QByteArray messageNoFinalBreak()
{
    return crlf("MESSAGE sip:bob@lab-b.test SIP/2.0\n"
                "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-m9-1c2d\n"
                "Max-Forwards: 70\n"
                "From: <sip:alice@lab-a.test>;tag=m91\n"
                "To: <sip:bob@lab-b.test>\n"
                "Call-ID: msg-nofinal@10.0.0.1\n"
                "CSeq: 1 MESSAGE\n"
                "Content-Type: text/plain\n"
                "Content-Length: 5\n"
                "\n")
           + "Hello";
}

// The same message as it travels over TCP (Via says TCP, so the checks expect Content-Length).
QByteArray overTcp(const QByteArray &wire)
{
    QByteArray out = wire;
    out.replace("SIP/2.0/UDP", "SIP/2.0/TCP");
    return out;
}

Packet at(const QByteArray &frame, quint32 secondsAfter, quint32 micros)
{
    return Packet{frame, t0 + secondsAfter, micros};
}

QByteArray header(char kind, const char *time, const char *from, const char *to)
{
    return QByteArray(1, kind) + ' ' + day + time + ' ' + from + " -> " + to + '\n';
}

QByteArray ids(const std::vector<Diagnostic> &problems)
{
    QByteArray out;
    for (const Diagnostic &d : problems) {
        out += d.id;
        if (*d.detail)
            out += QByteArray("/") + d.detail;
        if (!d.args.isEmpty())
            out += "(" + d.args.join(QLatin1Char(',')).toUtf8() + ")";
        out += ' ';
    }
    return out.trimmed();
}

// The text a message takes in the capture text: a line break added when it does not end in one.
QByteArray asText(const QByteArray &payload)
{
    return payload.endsWith('\n') ? payload : payload + '\n';
}

Inspection inspectBytes(const QByteArray &bytes)
{
    return inspectInput(bytes, catalog());
}

int captureFindings(const Inspection &in)
{
    return int(std::count_if(in.diagnostics.begin(), in.diagnostics.end(),
                             [](const Diagnostic &d) { return QByteArray(d.id).startsWith("capture-"); }));
}

// TCP segments of one direction, each carrying the next bytes of the stream.
struct TcpSide
{
    const char *source;
    quint16 sourcePort;
    const char *destination;
    quint16 destinationPort;
    quint32 next;

    QByteArray syn()
    {
        return tcpFrame(source, sourcePort, destination, destinationPort, next++, Syn);
    }
    QByteArray data(const QByteArray &bytes, quint8 flags = Ack | Psh)
    {
        const QByteArray frame = tcpFrame(source, sourcePort, destination, destinationPort, next, flags, bytes);
        next += quint32(bytes.size());
        return frame;
    }
    QByteArray dataAt(quint32 sequence, const QByteArray &bytes) const
    {
        return tcpFrame(source, sourcePort, destination, destinationPort, sequence, Ack | Psh, bytes);
    }
    QByteArray fin()
    {
        return tcpFrame(source, sourcePort, destination, destinationPort, next++, Fin | Ack);
    }
};

// An INVITE over TCP in two segments with an OPTIONS over UDP between them (to 10.0.0.4 at
// optionsPort), then `more`: the TCP message begins first and is complete only after the UDP one.
QByteArray tcpAroundUdp(quint16 optionsPort, const QList<Packet> &more = {})
{
    TcpSide a{"10.0.0.1", 5060, "10.0.0.2", 5060, 1};
    const QByteArray m = overTcp(s::invite());
    return pcapFile(Ethernet, QList<Packet>{at(a.syn(), 0, 0), at(a.data(m.left(200)), 0, 1),
                                            at(udpFrame("10.0.0.3", 5060, "10.0.0.4", optionsPort, s::options()), 0, 2),
                                            at(a.data(m.mid(200)), 0, 3)}
                                  + more);
}

} // namespace

class TestCapture : public QObject
{
    Q_OBJECT

private slots:
    void magicNumbers_data();
    void magicNumbers();
    void udpIpv4Ethernet();
    void udpIpv6ExtensionHeaders();
    void linkTypes_data();
    void linkTypes();
    void vlanTags_data();
    void vlanTags();
    void contentNotPort();
    void nanosecondsAndByteOrder();
    void pcapng();
    void ipv4Options();
    void ipv4Fragments();
    void ipv6Fragments();
    void missingFragment();
    void tcpTwoMessagesInOneSegment();
    void tcpMessageOverThreeSegments();
    void tcpOutOfOrderAndRetransmitted();
    void tcpGap();
    void tcpMidStreamStart();
    void tcpStreamEndsInsideMessage();
    void tcpNotSip();
    void tcpCompactContentLength();
    void tcpInCaptureOrder();
    void truncatedFile();
    void truncatedHeader();
    void corruptHeader();
    void headerOnly();
    void randomAfterHeader();
    void unsupportedLinkType();
    void notACapture();
    void progressAndCancel();
    void everyCaptureFindingProduced();
    void captureSentences();
    void headerLineFormats();
    void contentLengthPastTheDatagram();
    void tcpContentLengthIntoTheNextMessage();
    void tcpFirstSegmentEndsInsideTheStartLine();
    void originsKnownWithoutReadingTheText();
    void twoMessagesInOneDatagram();
    void garbageStampKeptInTheCalendar();
};

void TestCapture::magicNumbers_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("capture");
    QTest::newRow("pcap LE") << QByteArray("\xd4\xc3\xb2\xa1\x02\x00", 6) << true;
    QTest::newRow("pcap BE") << QByteArray("\xa1\xb2\xc3\xd4", 4) << true;
    QTest::newRow("pcap ns LE") << QByteArray("\x4d\x3c\xb2\xa1", 4) << true;
    QTest::newRow("pcap ns BE") << QByteArray("\xa1\xb2\x3c\x4d", 4) << true;
    QTest::newRow("pcapng") << QByteArray("\x0a\x0d\x0d\x0a\x1c\0\0\0", 8) << true;
    QTest::newRow("SIP text") << QByteArray("INVITE sip:bob@example.com SIP/2.0\r\n") << false;
    QTest::newRow("short") << QByteArray("\xd4\xc3\xb2", 3) << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("UTF-16 BOM") << QByteArray("\xff\xfeI\0N\0", 6) << false;
}

void TestCapture::magicNumbers()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, capture);
    QCOMPARE(looksLikeCapture(bytes), capture);
}

void TestCapture::udpIpv4Ethernet()
{
    const QByteArray file = pcapFile(Ethernet, {
        at(udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, s::invite()), 0, 123456),
        at(udpFrame("10.0.0.2", 5060, "10.0.0.1", 5060, s::trying100()), 0, 130001),
        at(udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, messageNoFinalBreak()), 61, 5),
    });
    const CaptureText c = readCapture(file);
    QVERIFY(c.isCapture);
    QVERIFY(!c.cancelled);
    QCOMPARE(c.packets, 3);
    QCOMPARE(c.sipMessages, 3);
    QVERIFY2(c.problems.empty(), ids(c.problems).constData());
    const QByteArray expected = header('U', "15:06:41.123456", "10.0.0.1:5060", "10.0.0.2:5060") + s::invite()
                                + header('U', "15:06:41.130001", "10.0.0.2:5060", "10.0.0.1:5060") + s::trying100()
                                + header('U', "15:07:42.000005", "10.0.0.1:5060", "10.0.0.2:5060")
                                + messageNoFinalBreak() + "\n";
    QCOMPARE(c.text, expected);

    const Inspection in = inspectBytes(file);
    QCOMPARE(in.text, expected);
    QCOMPARE(in.messages.size(), std::size_t(3));
    QCOMPARE(captureFindings(in), 0);
    QCOMPARE(in.view(in.messages[1].startLine).toByteArray(), QByteArray("SIP/2.0 100 Trying"));
    // The header line becomes the message's origin (app/sip/logorigin.h).
    const MessageOrigin &o = *in.messages[0].origin;
    QCOMPARE(o.transport, Transport::Udp);
    QCOMPARE(o.source, QByteArray("10.0.0.1:5060"));
    QCOMPARE(o.destination, QByteArray("10.0.0.2:5060"));
    QVERIFY(o.hasDate);
    QCOMPARE(o.timeUs, qint64(t0) * 1000000 + 123456);
    QCOMPARE(in.messages[1].origin->source, QByteArray("10.0.0.2:5060"));
    QCOMPARE(in.messages[2].origin->timeUs, qint64(t0 + 61) * 1000000 + 5);
    // The header lines are not read as part of the message before them.
    QCOMPARE(in.count(Severity::Error), 0);
}

void TestCapture::udpIpv6ExtensionHeaders()
{
    // Hop-by-hop options, a routing header and destination options before UDP.
    const QByteArray transport = udp(5060, 5062, s::options());
    const QByteArray chain = ipv6Options(43) + ipv6Routing(60) + ipv6Options(protoUdp) + transport;
    const QByteArray file = pcapFile(Ethernet, {
        at(ethernet(0x86dd, ipv6("2001:db8::1", "2001:db8::2", 0, chain)), 2, 999999),
        at(ethernet(0x86dd, ipv6("2001:db8::2", "2001:db8::1", protoUdp, udp(5062, 5060, s::ok200Options()))), 3, 0),
    });
    const CaptureText c = readCapture(file);
    QVERIFY2(c.problems.empty(), ids(c.problems).constData());
    QCOMPARE(c.text, header('U', "15:06:43.999999", "[2001:db8::1]:5060", "[2001:db8::2]:5062") + s::options()
                         + header('U', "15:06:44.000000", "[2001:db8::2]:5062", "[2001:db8::1]:5060")
                         + s::ok200Options());
    QCOMPARE(inspectBytes(file).messages.size(), std::size_t(2));
}

void TestCapture::linkTypes_data()
{
    QTest::addColumn<quint32>("linkType");
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");

    const QByteArray v4 = ipv4("192.0.2.10", "192.0.2.20", protoUdp, udp(5080, 5060, s::registerFirst()));
    const QByteArray v6 = ipv6("2001:db8::a", "2001:db8::14", protoUdp, udp(5080, 5060, s::registerFirst()));
    const QByteArray from4 = "192.0.2.10:5080", to4 = "192.0.2.20:5060";
    const QByteArray from6 = "[2001:db8::a]:5080", to6 = "[2001:db8::14]:5060";
    QTest::newRow("SLL IPv4") << quint32(Sll) << sll(0x0800, v4) << from4 << to4;
    QTest::newRow("SLL IPv6") << quint32(Sll) << sll(0x86dd, v6) << from6 << to6;
    QTest::newRow("SLL2 IPv4") << quint32(Sll2) << sll2(0x0800, v4) << from4 << to4;
    QTest::newRow("SLL2 IPv6") << quint32(Sll2) << sll2(0x86dd, v6) << from6 << to6;
    QTest::newRow("raw IPv4") << quint32(Raw) << v4 << from4 << to4;
    QTest::newRow("raw IPv6") << quint32(Raw) << v6 << from6 << to6;
    QTest::newRow("IPv4 link type") << quint32(Ipv4) << v4 << from4 << to4;
    QTest::newRow("IPv6 link type") << quint32(Ipv6) << v6 << from6 << to6;
    QTest::newRow("NULL little-endian") << quint32(Null) << loopback(2, true, v4) << from4 << to4;
    QTest::newRow("NULL big-endian IPv6") << quint32(Null) << loopback(30, false, v6) << from6 << to6;
    QTest::newRow("LOOP") << quint32(Loop) << loopback(2, false, v4) << from4 << to4;
    QTest::newRow("Ethernet MPLS") << quint32(Ethernet) << ethernet(0x8847, QByteArray("\0\x01\x01\x40", 4) + v4)
                                   << from4 << to4;
    QTest::newRow("Ethernet PPPoE") << quint32(Ethernet)
                                    << ethernet(0x8864, QByteArray("\x11\0\0\x01", 4) + be16(quint16(v4.size() + 2))
                                                            + be16(0x0021) + v4)
                                    << from4 << to4;
    QTest::newRow("IPv6 in IPv4") << quint32(Raw) << ipv4("198.51.100.1", "198.51.100.2", 41, v6) << from6 << to6;
}

void TestCapture::linkTypes()
{
    QFETCH(quint32, linkType);
    QFETCH(QByteArray, frame);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);

    const CaptureText c = readCapture(pcapFile(linkType, {at(frame, 0, 42)}));
    QVERIFY2(c.problems.empty(), ids(c.problems).constData());
    QCOMPARE(c.text, header('U', "15:06:41.000042", from.constData(), to.constData()) + s::registerFirst());
}

void TestCapture::vlanTags_data()
{
    QTest::addColumn<QList<quint16>>("tags");
    QTest::newRow("802.1Q") << QList<quint16>{0x8100};
    QTest::newRow("QinQ 802.1ad") << QList<quint16>{0x88a8, 0x8100};
    QTest::newRow("QinQ 0x9100") << QList<quint16>{0x9100, 0x8100};
    QTest::newRow("three tags") << QList<quint16>{0x88a8, 0x8100, 0x8100};
}

void TestCapture::vlanTags()
{
    QFETCH(QList<quint16>, tags);
    const QByteArray frame =
        ethernet(0x0800, ipv4("10.1.0.1", "10.1.0.2", protoUdp, udp(5060, 5060, s::bye())), tags);
    const CaptureText c = readCapture(pcapFile(Ethernet, {at(frame, 1, 0)}));
    QCOMPARE(c.text, header('U', "15:06:42.000000", "10.1.0.1:5060", "10.1.0.2:5060") + s::bye());
}

void TestCapture::contentNotPort()
{
    const QByteArray rtp = QByteArray("\x80\x08\x12\x34\0\0\x03\x20\xde\xad\xbe\xef", 12) + QByteArray(160, '\xd5');
    const QByteArray file = pcapFile(Ethernet, {
        // SIP on ports far from 5060: taken.
        at(udpFrame("10.0.0.1", 7000, "10.0.0.2", 40123, s::message()), 0, 1),
        // Not SIP, on 5060: passed over, and so are keep-alives.
        at(udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, rtp), 0, 2),
        at(udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, "HTTP/1.1 200 OK\r\n\r\n"), 0, 3),
        at(udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, "\r\n\r\n"), 0, 4),
        at(udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, QByteArray(4, '\0')), 0, 5),
        at(udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, "INVITE sip:bob@lab-b.test HTTP/1.1\r\n\r\n"), 0, 6),
        at(udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, "SIP/2.0 2000 OK\r\n\r\n"), 0, 7),
        at(udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, {}), 0, 8),
        // Keep-alive line breaks before a message: the message is taken without them.
        at(udpFrame("10.0.0.2", 40123, "10.0.0.1", 7000, "\r\n" + s::ok200Message()), 0, 9),
        // Not IP at all: ARP.
        at(ethernet(0x0806, QByteArray(28, '\x01')), 0, 10),
    });
    const CaptureText c = readCapture(file);
    QCOMPARE(c.packets, 10);
    QCOMPARE(c.sipMessages, 2);
    QVERIFY2(c.problems.empty(), ids(c.problems).constData());
    QCOMPARE(c.text, header('U', "15:06:41.000001", "10.0.0.1:7000", "10.0.0.2:40123") + asText(s::message())
                         + header('U', "15:06:41.000009", "10.0.0.2:40123", "10.0.0.1:7000") + s::ok200Message());
    QCOMPARE(inspectBytes(file).messages.size(), std::size_t(2));
}

void TestCapture::nanosecondsAndByteOrder()
{
    const QList<Packet> packets = {Packet{udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, s::cancel()), t0, 123456789}};
    const QByteArray expected = header('U', "15:06:41.123456", "10.0.0.1:5060", "10.0.0.2:5060") + s::cancel();
    for (bool bigEndian : {false, true}) {
        const CaptureText c = readCapture(pcapFile(Ethernet, packets, Resolution::Nano, bigEndian));
        QVERIFY2(c.problems.empty(), ids(c.problems).constData());
        QCOMPARE(c.text, expected);
    }
    const QList<Packet> micro = {Packet{udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, s::cancel()), t0, 123456}};
    QCOMPARE(readCapture(pcapFile(Ethernet, micro, Resolution::Micro, true)).text, expected);
}

void TestCapture::pcapng()
{
    TcpSide a{"10.0.0.1", 5060, "10.0.0.2", 5060, 1000};
    const QByteArray file = pcapngFile(Ethernet, {
        at(udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, s::subscribe()), 0, 250000),
        at(a.syn(), 1, 0),
        at(a.data(overTcp(s::notify())), 1, 500),
    });
    const CaptureText c = readCapture(file);
    QVERIFY(c.isCapture);
    QVERIFY2(c.problems.empty(), ids(c.problems).constData());
    QCOMPARE(c.packets, 3);
    QCOMPARE(c.text, header('U', "15:06:41.250000", "10.0.0.1:5060", "10.0.0.2:5060") + s::subscribe()
                         + header('T', "15:06:42.000500", "10.0.0.1:5060", "10.0.0.2:5060") + overTcp(s::notify()));
    QCOMPARE(inspectBytes(file).messages.size(), std::size_t(2));
}

void TestCapture::ipv4Options()
{
    // A 12-byte IPv4 header option (record route): the UDP header starts after it.
    const QByteArray frame = ethernet(
        0x0800, ipv4("10.0.0.1", "10.0.0.2", protoUdp, udp(5060, 5060, s::ack()), 7, 0,
                     QByteArray("\x07\x0b\x04", 3) + QByteArray(8, '\0')));
    const CaptureText c = readCapture(pcapFile(Ethernet, {at(frame, 0, 0)}));
    QCOMPARE(c.text, header('U', "15:06:41.000000", "10.0.0.1:5060", "10.0.0.2:5060") + s::ack());
}

void TestCapture::ipv4Fragments()
{
    // An INVITE too big for one packet: three fragments, the last one first. The message gets
    // the time of the fragment that completed it.
    const QByteArray datagram = udp(5060, 5060, s::invite());
    const int cut1 = 304, cut2 = 608; // multiples of 8
    const auto fragment = [&](int from, int to, bool more) {
        const quint16 field = quint16((more ? 0x2000 : 0) | (from / 8));
        return ethernet(0x0800,
                        ipv4("10.0.0.1", "10.0.0.2", protoUdp, datagram.mid(from, to - from), 0x4242, field));
    };
    const QByteArray file = pcapFile(Ethernet, {
        at(fragment(cut2, int(datagram.size()), false), 0, 1),
        at(fragment(0, cut1, true), 0, 2),
        at(udpFrame("10.0.0.9", 5060, "10.0.0.2", 5060, s::options()), 0, 3),
        at(fragment(cut1, cut2, true), 0, 4),
    });
    const CaptureText c = readCapture(file);
    QVERIFY2(c.problems.empty(), ids(c.problems).constData());
    QCOMPARE(c.text, header('U', "15:06:41.000003", "10.0.0.9:5060", "10.0.0.2:5060") + s::options()
                         + header('U', "15:06:41.000004", "10.0.0.1:5060", "10.0.0.2:5060") + s::invite());
}

void TestCapture::ipv6Fragments()
{
    // Fragmentable part: destination options, then UDP. Two fragments, in order.
    const QByteArray fragmentable = ipv6Options(protoUdp) + udp(5060, 5060, s::invite());
    const int cut = 400;
    const QByteArray first =
        ipv6("2001:db8::1", "2001:db8::2", 44, ipv6Fragment(60, 0, true, 77) + fragmentable.left(cut));
    const QByteArray second =
        ipv6("2001:db8::1", "2001:db8::2", 0, ipv6Options(44) + ipv6Fragment(60, cut, false, 77) + fragmentable.mid(cut));
    const CaptureText c = readCapture(pcapFile(Raw, {at(first, 0, 10), at(second, 0, 20)}));
    QVERIFY2(c.problems.empty(), ids(c.problems).constData());
    QCOMPARE(c.text, header('U', "15:06:41.000020", "[2001:db8::1]:5060", "[2001:db8::2]:5060") + s::invite());
}

void TestCapture::missingFragment()
{
    const QByteArray datagram = udp(5060, 5060, s::invite());
    const QByteArray file = pcapFile(Ethernet, {
        at(ethernet(0x0800, ipv4("10.0.0.1", "10.0.0.2", protoUdp, datagram.left(296), 9, 0x2000)), 0, 1),
        at(udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, s::options()), 0, 2),
    });
    const CaptureText c = readCapture(file);
    QCOMPARE(ids(c.problems), QByteArray("capture-ip-fragments(1)"));
    QCOMPARE(c.sipMessages, 1);
    const Inspection in = inspectBytes(file);
    QCOMPARE(in.messages.size(), std::size_t(1));
    QCOMPARE(in.diagnostics.front().id, "capture-ip-fragments");
    QCOMPARE(in.diagnostics.front().message, -1);
}

void TestCapture::tcpTwoMessagesInOneSegment()
{
    TcpSide a{"10.0.0.1", 5060, "10.0.0.2", 5060, 4294967000u}; // wraps past 2^32 on the way
    TcpSide b{"10.0.0.2", 5060, "10.0.0.1", 5060, 7};
    const QByteArray first = overTcp(s::registerFirst()), second = overTcp(s::options());
    const QByteArray file = pcapFile(Ethernet, {
        at(a.syn(), 0, 0),
        at(b.syn(), 0, 1),
        // Two messages, with a double-CRLF keep-alive between them, in one segment.
        at(a.data(first + "\r\n\r\n" + second), 0, 100),
        at(a.data("\r\n\r\n"), 0, 150), // keep-alive on its own
        at(b.data(overTcp(s::register401())), 0, 200),
        at(a.fin(), 1, 0),
        at(b.fin(), 1, 1),
    });
    const CaptureText c = readCapture(file);
    QVERIFY2(c.problems.empty(), ids(c.problems).constData());
    QCOMPARE(c.sipMessages, 3);
    QCOMPARE(c.text, header('T', "15:06:41.000100", "10.0.0.1:5060", "10.0.0.2:5060") + first
                         + header('T', "15:06:41.000100", "10.0.0.1:5060", "10.0.0.2:5060") + second
                         + header('T', "15:06:41.000200", "10.0.0.2:5060", "10.0.0.1:5060")
                         + overTcp(s::register401()));
    const Inspection in = inspectBytes(file);
    QCOMPARE(in.messages.size(), std::size_t(3));
    QCOMPARE(captureFindings(in), 0);
}

void TestCapture::tcpMessageOverThreeSegments()
{
    TcpSide a{"10.0.0.1", 5070, "10.0.0.2", 5060, 100};
    const QByteArray m = overTcp(s::invite());
    const qsizetype headerEnd = m.indexOf("\r\n\r\n") + 4;
    const QByteArray file = pcapFile(Ethernet, {
        at(a.syn(), 0, 0),
        at(a.data(m.left(10)), 0, 11),                          // inside the start line
        at(a.data(m.mid(10, headerEnd - 2 - 10)), 0, 22),       // up to the middle of the empty line
        at(a.data(m.mid(headerEnd - 2)), 0, 33),                // the rest of it and the body
        at(a.data(overTcp(s::ack())), 0, 44),
    });
    const CaptureText c = readCapture(file);
    QVERIFY2(c.problems.empty(), ids(c.problems).constData());
    QCOMPARE(c.text, header('T', "15:06:41.000011", "10.0.0.1:5070", "10.0.0.2:5060") + m
                         + header('T', "15:06:41.000044", "10.0.0.1:5070", "10.0.0.2:5060") + overTcp(s::ack()));
    QCOMPARE(inspectBytes(file).messages.size(), std::size_t(2));
}

void TestCapture::tcpOutOfOrderAndRetransmitted()
{
    TcpSide a{"10.0.0.1", 5060, "10.0.0.2", 5060, 5000};
    const QByteArray m1 = overTcp(s::invite()), m2 = overTcp(s::bye());
    const QByteArray stream = m1 + m2;
    const quint32 base = 5001;
    const auto part = [&](int from, int to) { return a.dataAt(base + quint32(from), stream.mid(from, to - from)); };
    const QByteArray file = pcapFile(Ethernet, {
        at(a.syn(), 0, 0),
        at(part(0, 200), 0, 1),
        at(part(400, 700), 0, 2),                   // ahead of a hole
        at(part(0, 200), 0, 3),                     // retransmission
        at(part(150, 450), 0, 4),                   // overlaps both sides, fills the hole
        at(part(700, int(stream.size())), 0, 5),
        at(part(int(m1.size()) - 20, int(stream.size())), 0, 6), // late retransmission of the end
        at(part(300, 320), 0, 7),                   // old bytes again
    });
    const CaptureText c = readCapture(file);
    QVERIFY2(c.problems.empty(), ids(c.problems).constData());
    QCOMPARE(c.sipMessages, 2);
    // m2 begins in whichever packet first delivered its first byte: [0,200) came in packet 1,
    // [200,450) in packet 4, [450,700) in packet 2 (held until then), the rest in packet 5.
    const qsizetype m2Start = m1.size();
    const QByteArray m2Time = m2Start < 200 ? "15:06:41.000001"
                              : m2Start < 450 ? "15:06:41.000004"
                              : m2Start < 700 ? "15:06:41.000002"
                                              : "15:06:41.000005";
    QCOMPARE(c.text, header('T', "15:06:41.000001", "10.0.0.1:5060", "10.0.0.2:5060") + m1
                         + header('T', m2Time.constData(), "10.0.0.1:5060", "10.0.0.2:5060") + m2);
}

void TestCapture::tcpGap()
{
    TcpSide a{"10.0.0.1", 5060, "10.0.0.2", 5060, 1};
    const QByteArray m1 = overTcp(s::invite()), m2 = overTcp(s::ack()), m3 = overTcp(s::bye());
    const QByteArray s0 = a.syn();
    const QByteArray s1 = a.data(m1.left(100));
    a.data(m1.mid(100)); // lost by the capture
    const QByteArray s3 = a.data(m2);
    const QByteArray s4 = a.data(m3);
    const QByteArray file = pcapFile(Ethernet, {at(s0, 0, 0), at(s1, 0, 1), at(s3, 0, 3), at(s4, 0, 4)});
    const CaptureText c = readCapture(file);
    QCOMPARE(ids(c.problems), QByteArray("capture-tcp-gap(10.0.0.1:5060 -> 10.0.0.2:5060)"));
    QCOMPARE(c.problems.front().message, -1);
    QCOMPARE(c.problems.front().span.offset, 0);
    QCOMPARE(c.problems.front().span.length, 0);
    // The message the hole is in is left out; reading goes on at the next one.
    QCOMPARE(c.text, header('T', "15:06:41.000003", "10.0.0.1:5060", "10.0.0.2:5060") + m2
                         + header('T', "15:06:41.000004", "10.0.0.1:5060", "10.0.0.2:5060") + m3);
    const Inspection in = inspectBytes(file);
    QCOMPARE(in.messages.size(), std::size_t(2));
    QCOMPARE(in.diagnostics.front().id, "capture-tcp-gap");

    // A hole, then a segment in the middle of a message: skipped until one begins a message.
    TcpSide b{"10.0.0.1", 5060, "10.0.0.2", 5060, 1};
    const QByteArray t0Syn = b.syn();
    const QByteArray t1 = b.data(m1.left(100));
    b.data(m1.mid(100, 100)); // lost
    const QByteArray t3 = b.data(m1.mid(200));
    const QByteArray t4 = b.data(m3);
    const CaptureText d = readCapture(pcapFile(Ethernet, {at(t0Syn, 0, 0), at(t1, 0, 1), at(t3, 0, 3), at(t4, 0, 4)}));
    QCOMPARE(ids(d.problems), QByteArray("capture-tcp-gap(10.0.0.1:5060 -> 10.0.0.2:5060)"));
    QCOMPARE(d.text, header('T', "15:06:41.000004", "10.0.0.1:5060", "10.0.0.2:5060") + m3);
}

void TestCapture::tcpMidStreamStart()
{
    // The capture began during a connection: no SYN, and the first segment is the end of a message.
    TcpSide a{"10.0.0.1", 5060, "10.0.0.2", 5060, 90000};
    const QByteArray m1 = overTcp(s::invite()), m2 = overTcp(s::bye());
    const QByteArray file = pcapFile(Ethernet, {
        at(a.data(m1.mid(50)), 0, 1),
        at(a.data(m2), 0, 2),
    });
    const CaptureText c = readCapture(file);
    QVERIFY2(c.problems.empty(), ids(c.problems).constData());
    QCOMPARE(c.text, header('T', "15:06:41.000002", "10.0.0.1:5060", "10.0.0.2:5060") + m2);
}

void TestCapture::tcpStreamEndsInsideMessage()
{
    // The body is cut short by FIN: what there is of the message is shown, for the checks.
    TcpSide a{"10.0.0.1", 5060, "10.0.0.2", 5060, 1};
    const QByteArray m = overTcp(s::invite());
    const QByteArray partial = m.left(m.size() - 30);
    const QByteArray file = pcapFile(Ethernet, {at(a.syn(), 0, 0), at(a.data(partial), 0, 1), at(a.fin(), 0, 2)});
    const CaptureText c = readCapture(file);
    QCOMPARE(c.text, header('T', "15:06:41.000001", "10.0.0.1:5060", "10.0.0.2:5060") + asText(partial));
    // And when the capture ends with the stream still open.
    TcpSide b{"10.0.0.1", 5060, "10.0.0.2", 5060, 1};
    const CaptureText d = readCapture(pcapFile(Ethernet, {at(b.syn(), 0, 0), at(b.data(partial), 0, 1)}));
    QCOMPARE(d.text, c.text);
    QVERIFY2(d.problems.empty(), ids(d.problems).constData());
}

void TestCapture::tcpNotSip()
{
    TcpSide a{"10.0.0.1", 40000, "10.0.0.2", 5060, 1};
    const QByteArray file = pcapFile(Ethernet, {
        at(a.syn(), 0, 0),
        at(a.data("GET / HTTP/1.1\r\nHost: x\r\n\r\n"), 0, 1),
        at(a.data(QByteArray("\x16\x03\x01\x02\x00\x01", 6) + QByteArray(500, 'x')), 0, 2),
    });
    const CaptureText c = readCapture(file);
    QCOMPARE(c.sipMessages, 0);
    QCOMPARE(ids(c.problems), QByteArray("capture-no-sip(3)"));
    QVERIFY(c.text.isEmpty());
}

void TestCapture::tcpCompactContentLength()
{
    TcpSide a{"10.0.0.1", 5060, "10.0.0.2", 5060, 1};
    const QByteArray body = "v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\n"
                            "m=audio 4000 RTP/AVP 0\r\n";
    const QByteArray m = "INVITE sip:bob@lab-b.test SIP/2.0\r\n"
                         "v: SIP/2.0/TCP 10.0.0.1:5060;branch=z9hG4bK-c1\r\n"
                         "f: <sip:alice@lab-a.test>;tag=1\r\n"
                         "t: <sip:bob@lab-b.test>\r\n"
                         "i: compact-tcp@10.0.0.1\r\n"
                         "CSeq: 1 INVITE\r\n"
                         "m: <sip:alice@10.0.0.1:5060;transport=tcp>\r\n"
                         "Max-Forwards: 70\r\n"
                         "c: application/sdp\r\n"
                         "l : "
                         + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    const QByteArray file = pcapFile(Ethernet, {
        at(a.syn(), 0, 0),
        at(a.data(m.left(m.size() - 10)), 0, 1),
        at(a.data(m.right(10) + overTcp(s::cancel())), 0, 2),
    });
    const CaptureText c = readCapture(file);
    QCOMPARE(c.text, header('T', "15:06:41.000001", "10.0.0.1:5060", "10.0.0.2:5060") + m
                         + header('T', "15:06:41.000002", "10.0.0.1:5060", "10.0.0.2:5060") + overTcp(s::cancel()));
}

void TestCapture::tcpInCaptureOrder()
{
    // A TCP message that begins before a UDP message but completes after it comes first.
    const CaptureText c = readCapture(tcpAroundUdp(5060));
    QCOMPARE(c.text, header('T', "15:06:41.000001", "10.0.0.1:5060", "10.0.0.2:5060") + overTcp(s::invite())
                         + header('U', "15:06:41.000002", "10.0.0.3:5060", "10.0.0.4:5060") + s::options());
}

void TestCapture::truncatedFile()
{
    const QByteArray file = pcapFile(Ethernet, {
        at(udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, s::invite()), 0, 1),
        at(udpFrame("10.0.0.2", 5060, "10.0.0.1", 5060, s::trying100()), 0, 2),
        at(udpFrame("10.0.0.2", 5060, "10.0.0.1", 5060, s::ringing180()), 0, 3),
    });
    const QByteArray expected = header('U', "15:06:41.000001", "10.0.0.1:5060", "10.0.0.2:5060") + s::invite()
                                + header('U', "15:06:41.000002", "10.0.0.2:5060", "10.0.0.1:5060") + s::trying100();
    // Cut inside the third packet's data, and inside its record header.
    const qsizetype thirdStart = file.size() - (16 + udpFrame("10.0.0.2", 5060, "10.0.0.1", 5060, s::ringing180()).size());
    for (qsizetype cut : {file.size() - 40, thirdStart + 7}) {
        const CaptureText c = readCapture(file.left(cut));
        QVERIFY(c.isCapture);
        QCOMPARE(c.packets, 2);
        QCOMPARE(c.text, expected);
        QCOMPARE(ids(c.problems), QByteArray("capture-truncated(2)"));
        QCOMPARE(c.problems.front().severity, Severity::Warning);
        const Inspection in = inspectBytes(file.left(cut));
        QCOMPARE(in.messages.size(), std::size_t(2));
        QCOMPARE(in.diagnostics.front().id, "capture-truncated");
        QCOMPARE(in.diagnostics.front().message, -1);
    }
    // pcapng cut inside a block.
    const QByteArray ng = pcapngFile(Ethernet, {
        at(udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, s::invite()), 0, 1),
        at(udpFrame("10.0.0.2", 5060, "10.0.0.1", 5060, s::trying100()), 0, 2),
    });
    const CaptureText n = readCapture(ng.left(ng.size() - 50));
    QCOMPARE(n.sipMessages, 1);
    QCOMPARE(ids(n.problems), QByteArray("capture-truncated(1)"));
}

void TestCapture::truncatedHeader()
{
    const QByteArray file = pcapFile(Ethernet, {});
    const CaptureText c = readCapture(file.left(10));
    QVERIFY(c.isCapture);
    QCOMPARE(ids(c.problems), QByteArray("capture-truncated/header"));
    const Inspection in = inspectBytes(file.left(10));
    QCOMPARE(in.messages.size(), std::size_t(0));
    QCOMPARE(ids(in.diagnostics), QByteArray("capture-truncated/header")); // no generic "no SIP message"
}

void TestCapture::corruptHeader()
{
    QByteArray file = pcapFile(Ethernet, {at(udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, s::invite()), 0, 1)});
    file[4] = 9; // version 9.4
    const CaptureText c = readCapture(file);
    QVERIFY(c.isCapture);
    QCOMPARE(c.problems.size(), std::size_t(1));
    QCOMPARE(c.problems.front().id, "capture-corrupt");
    QCOMPARE(c.problems.front().detail, "header");
    QVERIFY2(!c.problems.front().args.value(0).isEmpty(), ids(c.problems).constData());
}

void TestCapture::headerOnly()
{
    for (const QByteArray &file : {pcapFile(Ethernet, {}), pcapngFile(Ethernet, {})}) {
        const CaptureText c = readCapture(file);
        QVERIFY(c.isCapture);
        QCOMPARE(c.packets, 0);
        QVERIFY(c.text.isEmpty());
        QCOMPARE(ids(c.problems), QByteArray("capture-no-sip/empty"));
        const Inspection in = inspectBytes(file);
        QCOMPARE(in.messages.size(), std::size_t(0));
        QCOMPARE(ids(in.diagnostics), QByteArray("capture-no-sip/empty"));
        QCOMPARE(in.diagnostics.front().severity, Severity::Error);
    }
}

void TestCapture::randomAfterHeader()
{
    // Deterministic garbage after valid headers: the reader stops with a finding, never crashes.
    quint32 state = 12345;
    const auto random = [&](int n) {
        QByteArray out;
        for (int i = 0; i < n; ++i) {
            state = state * 1103515245u + 12345u;
            out += char(state >> 16);
        }
        return out;
    };
    for (int round = 0; round < 200; ++round) {
        const QByteArray noise = random(1 + round * 7);
        for (const QByteArray &head : {pcapFile(Ethernet, {}), pcapngFile(Ethernet, {}), pcapFile(Raw, {})}) {
            const CaptureText c = readCapture(head + noise);
            QVERIFY(c.isCapture);
            QVERIFY(!c.problems.empty());
            for (const Diagnostic &d : c.problems) {
                QVERIFY2(QByteArray(d.id).startsWith("capture-"), d.id);
                QCOMPARE(d.message, -1);
            }
            (void)inspectBytes(head + noise);
        }
    }
    // Records that claim more than any packet can be: corrupt, not truncated.
    QByteArray bad = pcapFile(Ethernet, {at(udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, s::invite()), 0, 1)});
    bad += le32(t0) + le32(0) + le32(0x7fffffff) + le32(0x7fffffff) + QByteArray(64, 'x');
    const CaptureText c = readCapture(bad);
    QCOMPARE(c.sipMessages, 1);
    QCOMPARE(c.problems.size(), std::size_t(1));
    QCOMPARE(c.problems.front().id, "capture-corrupt");
    QCOMPARE(c.problems.front().args.value(0), QStringLiteral("1"));
}

void TestCapture::unsupportedLinkType()
{
    const CaptureText c = readCapture(pcapFile(Ieee80211, {at(QByteArray(40, 'x'), 0, 0)}));
    QVERIFY(c.isCapture);
    QCOMPARE(ids(c.problems), QByteArray("capture-link-type(IEEE802_11,105)"));
    QVERIFY(c.text.isEmpty());
}

void TestCapture::notACapture()
{
    const QByteArray text = s::invite() + s::trying100();
    const CaptureText c = readCapture(text);
    QVERIFY(!c.isCapture);
    QVERIFY(c.text.isEmpty());
    QVERIFY(c.problems.empty());
    QCOMPARE(c.packets, 0);
    const Inspection viaInput = inspectBytes(text);
    const Inspection direct = run(text);
    QCOMPARE(viaInput.text, direct.text);
    QCOMPARE(viaInput.messages.size(), std::size_t(2));
    QCOMPARE(viaInput.diagnostics.size(), direct.diagnostics.size());
}

void TestCapture::progressAndCancel()
{
    QList<Packet> packets;
    for (int i = 0; i < 5000; ++i)
        packets << at(udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, s::options()), quint32(i), 0);
    const QByteArray file = pcapFile(Ethernet, packets);

    qint64 last = -1, lastTotal = 0;
    int calls = 0;
    bool monotonic = true;
    const CaptureText c = readCapture(file, nullptr, [&](qint64 done, qint64 total) {
        monotonic = monotonic && done >= last && done <= total;
        last = done;
        lastTotal = total;
        ++calls;
    });
    QCOMPARE(c.sipMessages, 5000);
    QVERIFY(calls >= 3);
    QVERIFY(monotonic);
    QCOMPARE(lastTotal, qint64(file.size()));
    QCOMPARE(last, qint64(file.size()));

    // inspectInput: one progress from 0 to the end over both steps.
    qsizetype inputLast = -1, inputTotal = 0;
    bool inputMonotonic = true;
    InspectOptions options;
    options.progress = [&](qsizetype done, qsizetype total) {
        inputMonotonic = inputMonotonic && done >= inputLast && done <= total;
        inputLast = done;
        inputTotal = total;
    };
    const Inspection in = inspectInput(file, catalog(), options);
    QCOMPARE(in.messages.size(), std::size_t(5000));
    QVERIFY(inputMonotonic);
    QCOMPARE(inputLast, inputTotal);

    std::atomic_bool cancel{true};
    const CaptureText cancelled = readCapture(file, &cancel);
    QVERIFY(cancelled.isCapture);
    QVERIFY(cancelled.cancelled);
    QVERIFY(cancelled.problems.empty());
    options.cancel = &cancel;
    QVERIFY(inspectInput(file, catalog(), options).cancelled);
}

void TestCapture::everyCaptureFindingProduced()
{
    // Each capture finding that has a sentence comes out of one of these inputs (the cases above
    // check the details); tst_checks leaves the "capture-" ids to this test.
    TcpSide a{"10.0.0.1", 5060, "10.0.0.2", 5060, 1};
    const QByteArray m = overTcp(s::invite());
    const QByteArray s0 = a.syn();
    const QByteArray s1 = a.data(m.left(100));
    a.data(m.mid(100));
    const QByteArray s3 = a.data(overTcp(s::bye()));
    QByteArray corrupt = pcapFile(Ethernet, {});
    corrupt[4] = 9;
    const QByteArray whole = pcapFile(Ethernet, {at(udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, s::invite()), 0, 1),
                                                 at(udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, s::bye()), 0, 2)});
    const QList<QByteArray> inputs = {
        whole.left(whole.size() - 20),
        pcapFile(Ethernet, {}).left(10),
        corrupt,
        whole + le32(t0) + le32(0) + le32(0x7fffffff) + le32(0x7fffffff),
        pcapFile(Ieee80211, {}),
        pcapFile(Ethernet, {}),
        pcapFile(Ethernet, {at(s0, 0, 0), at(s1, 0, 1), at(s3, 0, 3)}),
        pcapFile(Ethernet, {at(ethernet(0x0800, ipv4("10.0.0.1", "10.0.0.2", protoUdp, QByteArray(64, 'x'), 3, 0x2000)),
                               0, 0)}),
    };
    QSet<QString> produced;
    for (const QByteArray &input : inputs) {
        for (const Diagnostic &d : readCapture(input).problems)
            produced.insert(QString::fromLatin1(d.id) + QLatin1Char('/') + QString::fromLatin1(d.detail));
    }
    int captureIds = 0;
    for (const auto &[id, detail] : knownDiagnostics()) {
        if (!id.startsWith(QLatin1String("capture-")))
            continue;
        ++captureIds;
        QVERIFY2(produced.contains(id + QLatin1Char('/') + detail), qPrintable(id + QLatin1Char('/') + detail));
    }
    QCOMPARE(captureIds, 9);
}

void TestCapture::captureSentences()
{
    // Each finding reads as a sentence in both languages, its arguments filled in.
    const QList<Diagnostic> all = [] {
        QList<Diagnostic> out;
        const QByteArray whole =
            pcapFile(Ethernet, {at(udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, s::invite()), 0, 1)});
        for (const Diagnostic &d : readCapture(whole.left(whole.size() - 5)).problems)
            out << d;
        for (const Diagnostic &d : readCapture(pcapFile(Ieee80211, {})).problems)
            out << d;
        return out;
    }();
    QCOMPARE(all.size(), 3); // truncated, no SIP; link type
    const QString truncated = diagnosticMessage(all[0], Language::English);
    QVERIFY2(truncated.contains(QLatin1String("The 0 packets")), qPrintable(truncated));
    const QString linkType = diagnosticMessage(all[2], Language::English);
    QVERIFY2(linkType.contains(QLatin1String("IEEE802_11 (105)")), qPrintable(linkType));
    const QString zh = diagnosticMessage(all[2], Language::Chinese);
    QVERIFY2(zh.contains(QLatin1String("IEEE802_11")) && zh != linkType, qPrintable(zh));
}

void TestCapture::contentLengthPastTheDatagram()
{
    // A message ends with its datagram (RFC 3261 §18.3): a Content-Length larger than what the
    // packet holds is reported, and the body does not take in the next packet's header line.
    // Eleven bytes too many: they would reach into the header line of the packet after it.
    QByteArray tooLong = s::invite();
    const qsizetype body = tooLong.size() - tooLong.indexOf("\r\n\r\n") - 4;
    const QByteArray declared = "Content-Length: " + QByteArray::number(body);
    QVERIFY(body > 0 && tooLong.contains(declared));
    tooLong.replace(declared, "Content-Length: " + QByteArray::number(body + 11));
    const QByteArray file = pcapFile(Ethernet, {
        at(udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, tooLong), 0, 1),
        at(udpFrame("10.0.0.2", 5060, "10.0.0.1", 5060, s::trying100()), 0, 2),
    });
    const Inspection in = inspectBytes(file);
    QCOMPARE(in.messages.size(), std::size_t(2));
    QVERIFY(!in.view(in.messages[0].body).contains("U 2026"));
    QCOMPARE(in.view(in.messages[1].startLine).toByteArray(), QByteArray("SIP/2.0 100 Trying"));
    QStringList found;
    for (const Diagnostic &d : in.diagnostics)
        found << QString::fromLatin1(d.id) + QLatin1Char('@') + QString::number(d.message);
    QVERIFY2(found.contains(QStringLiteral("content-length-mismatch@0")), qPrintable(found.join(u' ')));
    QCOMPARE(in.count(Severity::Error), 1);
}

void TestCapture::tcpContentLengthIntoTheNextMessage()
{
    // Content-Length eleven bytes too large, the next message right behind on the same
    // connection: it took that message's start line, and the message was lost. Both are found now,
    // and the Content-Length is reported.
    TcpSide a{"10.0.0.1", 5060, "10.0.0.2", 5060, 1};
    QByteArray first = overTcp(s::invite());
    const qsizetype body = first.size() - first.indexOf("\r\n\r\n") - 4;
    const QByteArray declared = "Content-Length: " + QByteArray::number(body);
    QVERIFY(body > 0 && first.contains(declared));
    first.replace(declared, "Content-Length: " + QByteArray::number(body + 11));
    const QByteArray second = overTcp(s::bye());
    const QByteArray file = pcapFile(Ethernet, {at(a.syn(), 0, 0), at(a.data(first + second), 0, 1), at(a.fin(), 0, 2)});
    const Inspection in = inspectBytes(file);
    QCOMPARE(in.messages.size(), std::size_t(2));
    QVERIFY(in.view(in.messages[1].startLine).startsWith("BYE "));
    QStringList found;
    for (const Diagnostic &d : in.diagnostics)
        found << QString::fromLatin1(d.id) + QLatin1Char('@') + QString::number(d.message);
    QVERIFY2(found.contains(QStringLiteral("content-length-mismatch@0")), qPrintable(found.join(u' ')));
    // The same when the next message's first segment ends just where the wrong length does: what
    // follows decides, so the message waits for it.
    TcpSide w{"10.0.0.1", 5060, "10.0.0.2", 5060, 1};
    const QByteArray split = pcapFile(Ethernet, {at(w.syn(), 0, 0), at(w.data(first + second.left(11)), 0, 1),
                                                 at(w.data(second.mid(11)), 0, 2)});
    const Inspection waited = inspectBytes(split);
    QCOMPARE(waited.messages.size(), std::size_t(2));
    QVERIFY(waited.view(waited.messages[1].startLine).startsWith("BYE "));
    QCOMPARE(waited.count(Severity::Error), in.count(Severity::Error));
    // A right Content-Length over a body that is itself a status line (message/sipfrag) stays.
    TcpSide b{"10.0.0.1", 5060, "10.0.0.2", 5060, 1};
    const QByteArray notify = overTcp(s::notifySipfrag());
    const QByteArray frag = pcapFile(Ethernet, {at(b.syn(), 0, 0), at(b.data(notify + second), 0, 1), at(b.fin(), 0, 2)});
    const CaptureText c = readCapture(frag);
    QCOMPARE(c.text, header('T', "15:06:41.000001", "10.0.0.1:5060", "10.0.0.2:5060") + notify
                         + header('T', "15:06:41.000001", "10.0.0.1:5060", "10.0.0.2:5060") + second);
}

void TestCapture::tcpFirstSegmentEndsInsideTheStartLine()
{
    // The first segment of a connection ends inside the start line (a small MSS, or a stack that
    // writes in pieces): it was dropped as "not a message", and the message with it.
    TcpSide a{"10.0.0.1", 5060, "10.0.0.2", 5060, 500};
    const QByteArray m = overTcp(s::options());
    const QByteArray file = pcapFile(Ethernet, {at(a.data(m.left(12)), 0, 1), at(a.data(m.mid(12)), 0, 2)});
    const CaptureText c = readCapture(file);
    QVERIFY2(c.problems.empty(), ids(c.problems).constData());
    QCOMPARE(c.text, header('T', "15:06:41.000001", "10.0.0.1:5060", "10.0.0.2:5060") + m);
    // Not SIP after all: dropped when the rest shows it.
    TcpSide b{"10.0.0.1", 5060, "10.0.0.2", 5060, 500};
    const CaptureText d = readCapture(pcapFile(Ethernet, {at(b.data("OPTIONS"), 0, 1), at(b.data(" HTTP/1.1\r\n\r\n"), 0, 2)}));
    QCOMPARE(d.sipMessages, 0);
}

void TestCapture::headerLineFormats()
{
    // The header line's time and addresses are written digit by digit: the same text as QDateTime
    // and inet_ntop give, for every day of the calendar a capture can name.
    using namespace sipref::capture;
    QRandomGenerator random(7);
    QList<qint64> seconds = {0, 59, 86399, 86400, 951782400 /* 2000-02-29 */, 4107542399 /* 2100-02-28 */,
                             253402300799 /* 9999-12-31 23:59:59 */};
    for (int i = 0; i < 2000; ++i)
        seconds << qint64(random.bounded(quint64(253402300800)));
    for (const qint64 sec : seconds) {
        const qint32 usec = qint32(random.bounded(1000000));
        const QByteArray expected = QDateTime::fromSecsSinceEpoch(sec, Qt::UTC)
                                        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                        .toLatin1()
                                    + '.' + QByteArray::number(usec).rightJustified(6, '0');
        QCOMPARE(formatStamp({sec, usec}), expected);
    }
    // A broken file's stamp beyond the year 9999 still reads as a (far) date.
    QVERIFY(formatStamp({qint64(1) << 50, 0}).startsWith("35680"));

    for (int i = 0; i < 500; ++i) {
        Endpoint e;
        e.address.version = i % 5 == 0 ? 6 : 4;
        for (quint8 &b : e.address.bytes)
            b = quint8(random.bounded(i % 3 == 0 ? 2 : 256)); // zeros, for IPv6's "::"
        e.port = quint16(random.bounded(65536));
        char text[INET6_ADDRSTRLEN] = {};
        QVERIFY(inet_ntop(e.address.version == 6 ? AF_INET6 : AF_INET, e.address.bytes.data(), text, sizeof text));
        const QByteArray address = e.address.version == 6 ? '[' + QByteArray(text) + ']' : QByteArray(text);
        QCOMPARE(formatEndpoint(e), address + ':' + QByteArray::number(e.port));
    }
}

void TestCapture::originsKnownWithoutReadingTheText()
{
    // The capture reader hands over each payload's origin with the text: the inspection takes it
    // instead of reading the header lines back. What it takes must be what those lines say, for
    // UDP and TCP, IPv4 and IPv6, and after the TCP message was moved before a later UDP packet.
    const QByteArray file = tcpAroundUdp(
        5062, {at(ethernet(0x86dd, ipv6("2001:db8::1", "2001:db8::2", protoUdp, udp(5060, 5060, s::trying100()))), 7, 999999)});
    const CaptureText c = readCapture(file);
    QCOMPARE(c.origins.parts.size(), std::size_t(3));
    QCOMPARE(c.origins.addresses.size(), std::size_t(6)); // each address written out once
    qsizetype previousEnd = 0;
    for (const KnownOrigins::Part &k : c.origins.parts) {
        // Each payload right after its header line, the parts in text order up to the text's end.
        QVERIFY(k.begin > previousEnd && k.end > k.begin && k.end <= c.text.size());
        QCOMPARE(c.text.at(k.begin - 1), '\n');
        QVERIFY(c.text.at(previousEnd) == 'U' || c.text.at(previousEnd) == 'T');
        QCOMPARE(c.text.indexOf('\n', previousEnd), k.begin - 1);
        previousEnd = k.end;
    }
    QCOMPARE(previousEnd, c.text.size());

    const Inspection known = inspectBytes(file);
    const Inspection read = inspect(c.text, catalog()); // the header lines read back
    QCOMPARE(known.messages.size(), std::size_t(3));
    QCOMPARE(read.messages.size(), known.messages.size());
    for (std::size_t i = 0; i < known.messages.size(); ++i) {
        QVERIFY(known.messages[i].origin.isSet() && read.messages[i].origin.isSet());
        const MessageOrigin &k = *known.messages[i].origin;
        const MessageOrigin &r = *read.messages[i].origin;
        QCOMPARE(k.timeUs, r.timeUs);
        QCOMPARE(k.hasDate, r.hasDate);
        QCOMPARE(k.transport, r.transport);
        QCOMPARE(k.direction, r.direction);
        QCOMPARE(k.source, r.source);
        QCOMPARE(k.destination, r.destination);
    }
    QCOMPARE(known.messages[0].origin->transport, Transport::Tcp);
    QCOMPARE(known.messages[1].origin->destination, QByteArray("10.0.0.4:5062"));
    QCOMPARE(known.messages[2].origin->source, QByteArray("[2001:db8::1]:5060"));
    QCOMPARE(known.messages[2].origin->timeUs, qint64(t0 + 7) * 1000000 + 999999);
}

void TestCapture::twoMessagesInOneDatagram()
{
    // Two messages in one datagram (a broken or very old sender): both were in that packet, so
    // both have its time and addresses. Read back from the text, the second one had none, since
    // no header line stands before it.
    const QByteArray file = pcapFile(Ethernet, {
        at(udpFrame("10.0.0.2", 5060, "10.0.0.1", 5060, s::trying100() + s::trying100()), 0, 5),
    });
    const Inspection in = inspectBytes(file);
    QCOMPARE(in.messages.size(), std::size_t(2));
    for (const SipMessage &message : in.messages) {
        QVERIFY(message.origin.isSet());
        QCOMPARE(message.origin->source, QByteArray("10.0.0.2:5060"));
        QCOMPARE(message.origin->timeUs, qint64(t0) * 1000000 + 5);
    }
}

void TestCapture::garbageStampKeptInTheCalendar()
{
    // A pcapng block may carry any 64-bit time stamp: one some 146 000 years ahead is taken as the
    // calendar's last second, in the header line and in the origin handed over alike.
    const QByteArray file = pcapngHeader(Ethernet)
                            + pcapngPacket(quint64(1) << 62, udpFrame("10.0.0.1", 5060, "10.0.0.2", 5060, s::options()));
    const Inspection known = inspectBytes(file);
    QCOMPARE(known.messages.size(), std::size_t(1));
    QVERIFY2(known.text.startsWith("U 9999-12-31 23:59:59."), known.text.left(60).constData());
    const Inspection read = inspect(known.text, catalog());
    QVERIFY(known.messages[0].origin.isSet() && read.messages[0].origin.isSet());
    QCOMPARE(known.messages[0].origin->timeUs, read.messages[0].origin->timeUs);
    QCOMPARE(known.messages[0].origin->timeUs / 1000000, qint64(253402300799));
    QCOMPARE(known.messages[0].origin->source, QByteArray("10.0.0.1:5060"));
}

QTEST_GUILESS_MAIN(TestCapture)
#include "tst_capture.moc"
