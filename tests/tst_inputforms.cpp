// Messages in the forms logs write them besides plain text: with escaped line breaks, as JSON logs
// and Python's repr() store them, and with terminal colour codes around them. Read as the messages
// they stand for, with positions in the input as given.
#include "samplemessages.h"
#include "testsupport.h"

#include "sip/escapedmessages.h"
#include "sip/inputmarks.h"
#include "sip/ngreplineends.h"
#include "sip/nonbreakingspaces.h"
#include "sip/terminalcolors.h"

#include <QtTest>
#include <cstring>
#include <memory>
#include <set>

using namespace sipref;
using namespace sipref::test;
using namespace sipref::test::samples;

namespace {

// A message as a JSON string's content: CR, LF, quote and backslash escaped.
QByteArray jsonEscaped(const QByteArray &wire)
{
    QByteArray out;
    for (char c : wire) {
        switch (c) {
        case '\r': out += "\\r"; break;
        case '\n': out += "\\n"; break;
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        default: out += c;
        }
    }
    return out;
}

QByteArray jsonLine(const QByteArray &time, const QByteArray &wire)
{
    return "{\"time\":\"" + time + "\",\"level\":\"debug\",\"msg\":\"" + jsonEscaped(wire)
           + "\",\"caller\":\"transport/udp.go:212\"}\n";
}

// What was found wrong with each message, as (message, id, detail), the notes on the input's form
// left out.
std::set<std::tuple<int, QByteArray, QByteArray>> findings(const Inspection &in)
{
    std::set<std::tuple<int, QByteArray, QByteArray>> out;
    for (const Diagnostic &d : in.diagnostics) {
        const QByteArrayView id(d.id);
        if (id != "escaped-line-breaks" && id != "terminal-colors" && id != "non-breaking-spaces" && id != "ngrep-line-ends"
            && id != "hex-dump")
            out.insert({d.message, d.id, d.detail});
    }
    return out;
}

// The input's bytes of a span of the inspected text.
QByteArray inInput(const Inspection &in, Span s, const QByteArray &input)
{
    const qsizetype b = in.inputOffset(s.offset);
    return input.mid(b, in.inputEnd(s.end()) - b);
}

// Every start line maps back onto the same text in the input.
bool startLinesMapBack(const Inspection &in, const QByteArray &input)
{
    return std::all_of(in.messages.begin(), in.messages.end(), [&](const SipMessage &m) {
        return inInput(in, m.startLine, input) == text(in, m.startLine);
    });
}

int escapeNotes(const Inspection &in)
{
    return int(std::count_if(in.diagnostics.begin(), in.diagnostics.end(), [](const Diagnostic &d) {
        return QByteArrayView(d.id) == "escaped-line-breaks";
    }));
}

} // namespace

class TestInputForms : public QObject
{
    Q_OBJECT

private slots:
    void jsonLogReadAsTheMessages();
    void prettyJsonAndXmlWrappers_data();
    void prettyJsonAndXmlWrappers();
    void jsonBodyKeepsItsLines();
    void hexDumpsReadAsTheirBytes_data();
    void hexDumpsReadAsTheirBytes();
    void textLikeAHexDumpUntouched_data();
    void textLikeAHexDumpUntouched();
    void positionsInTheInputAsGiven();
    void pythonBytesRepr();
    void unicodeEscapes();
    void twoMessagesOnOneLine();
    void textWithoutEscapedMessagesUntouched_data();
    void textWithoutEscapedMessagesUntouched();
    void mapBetweenTextAndInput();
    void brokenEscapesKeptAsWritten();
    void escapedTwice();
    void syslogOctalEscapes();
    void dockerRecordsJoined();
    void dockerRecordsAmongOtherLines();
    void ngrepBylineReadAsOnTheWire();
    void ngrepContentLengthPastThePacket_data();
    void ngrepContentLengthPastThePacket();
    void ngrepFoundAtAnyOffset();
    void ngrepLoggedByAContainer();
    void ngrepLikeTextUntouched_data();
    void ngrepLikeTextUntouched();
    void colourCodesLeftOut();
    void colouredJsonLog();
    void incompleteColourCodesKept();
    void nonBreakingSpacesReadAsSpaces();
    void escapedColourCodesAndSpaces();
    void everyMarksWalkAlike();
};

void TestInputForms::jsonLogReadAsTheMessages()
{
    const QByteArray raw = invite() + ok200Invite();
    const QByteArray json = jsonLine("2026-11-22T10:00:01.123Z", invite())
                            + jsonLine("2026-11-22T10:00:01.180Z", ok200Invite());
    const Inspection plain = run(raw);
    const Inspection escaped = run(json);

    QCOMPARE(escaped.messages.size(), std::size_t(2));
    QCOMPARE(escapeNotes(escaped), 1);
    // The same findings as for the messages on the wire: the SDP bodies end where Content-Length
    // says (the JSON after each string is left out), headers and values are the same.
    QCOMPARE(findings(escaped), findings(plain));
    for (std::size_t i = 0; i < 2; ++i) {
        const SipMessage &a = plain.messages[i];
        const SipMessage &b = escaped.messages[i];
        QCOMPARE(text(escaped, b.startLine), text(plain, a.startLine));
        QCOMPARE(b.headers.size(), a.headers.size());
        QCOMPARE(text(escaped, b.body), text(plain, a.body));
        for (std::size_t h = 0; h < a.headers.size(); ++h)
            QCOMPARE(escaped.unfoldedValue(b.headers[h]), plain.unfoldedValue(a.headers[h]));
        // The time in front of each string is the log's wrapper: read as the message's time.
        QVERIFY(b.origin->hasTime());
    }
    QCOMPARE(escaped.messages[1].origin->timeUs % 1000000, qint64(180000));
    // In the input, each message ends where its string does: the JSON after it is no part of it.
    for (std::size_t i = 0; i < 2; ++i)
        QVERIFY(inInput(escaped, escaped.messages[i].whole, json).endsWith(jsonEscaped(i == 0 ? invite() : ok200Invite())));
}

// Exports that keep each message in a pretty-printed JSON record (Homer and other capture servers)
// or in an XML element's CDATA section: what follows the message's string or section is no body.
void TestInputForms::prettyJsonAndXmlWrappers_data()
{
    QTest::addColumn<QByteArray>("input");
    auto record = [](const QByteArray &time, const QByteArray &wire, bool last) {
        return " {\n  \"raw\": \"" + jsonEscaped(wire) + "\",\n  \"timestamp\": \"" + time
               + "\",\n  \"src_ip\": \"10.0.0.1\"\n }" + (last ? "\n" : ",\n");
    };
    QTest::newRow("pretty JSON, message first") << "[\n" + record("2026-11-22T10:00:01.123Z", invite(), false)
                                                          + record("2026-11-22T10:00:01.180Z", ok200Invite(), true) + "]\n";
    auto lastKey = [](const QByteArray &time, const QByteArray &wire) {
        return " {\n  \"timestamp\": \"" + time + "\",\n  \"raw\": \"" + jsonEscaped(wire) + "\"\n },\n";
    };
    QTest::newRow("pretty JSON, message last") << "[\n" + lastKey("2026-11-22T10:00:01.123Z", invite())
                                                         + lastKey("2026-11-22T10:00:01.180Z", ok200Invite()) + "]\n";
    auto element = [](const QByteArray &wire) {
        return "<event dir=\"in\">\n<sip><![CDATA[" + wire + "]]></sip>\n</event>\n";
    };
    QTest::newRow("XML CDATA") << "<log>\n" + element(invite()) + element(ok200Invite()) + "</log>\n";
}

void TestInputForms::prettyJsonAndXmlWrappers()
{
    QFETCH(QByteArray, input);
    const Inspection plain = run(invite() + ok200Invite());
    const Inspection wrapped = run(input);
    QCOMPARE(wrapped.messages.size(), std::size_t(2));
    QCOMPARE(findings(wrapped), findings(plain));
    for (std::size_t i = 0; i < 2; ++i)
        QCOMPARE(text(wrapped, wrapped.messages[i].body), text(plain, plain.messages[i].body));
}

// A JSON body's own lines are no wrapper: with a Content-Length that ends after its first line, the
// rest is still counted, and the mismatch reported. Nor is an XML body's own CDATA section.
void TestInputForms::jsonBodyKeepsItsLines()
{
    const QByteArray xml = "<?xml version=\"1.0\"?>\r\n<Info><![CDATA[\r\nline one\r\n]]>\r\n</Info>\r\n";
    const QByteArray message = "MESSAGE sip:bob@10.0.0.2 SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-x1\r\n"
                               "Max-Forwards: 70\r\nFrom: <sip:alice@example.com>;tag=1\r\nTo: <sip:bob@example.com>\r\n"
                               "Call-ID: cdata-body-1\r\nCSeq: 4 MESSAGE\r\nContent-Type: application/xml\r\nContent-Length: "
                               + QByteArray::number(xml.size()) + "\r\n\r\n" + xml;
    const Inspection withCdata = run(message);
    QCOMPARE(withCdata.messages.size(), std::size_t(1));
    QCOMPARE(text(withCdata, withCdata.messages[0].body), xml);
    QVERIFY(findings(withCdata).empty());

    const QByteArray body = "{\r\n  \"event\": \"dtmf\",\r\n  \"digit\": \"5\"\r\n}\r\n";
    auto info = [&](qsizetype length) {
        return "INFO sip:bob@10.0.0.2 SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-j1\r\n"
               "Max-Forwards: 70\r\nFrom: <sip:alice@example.com>;tag=1\r\nTo: <sip:bob@example.com>;tag=2\r\n"
               "Call-ID: json-1\r\nCSeq: 3 INFO\r\nContent-Type: application/json\r\nContent-Length: "
               + QByteArray::number(length) + "\r\n\r\n" + body;
    };
    const Inspection right = run(info(body.size()));
    QCOMPARE(right.messages.size(), std::size_t(1));
    QCOMPARE(text(right, right.messages[0].body), body);
    QVERIFY(findings(right).empty());
    const Inspection shorter = run(info(3)); // "{" and its line break
    QCOMPARE(shorter.messages.size(), std::size_t(1));
    const auto found = findings(shorter);
    QVERIFY(std::any_of(found.begin(), found.end(), [](const auto &f) { return std::get<1>(f) == "content-length-mismatch"; }));
}

void TestInputForms::hexDumpsReadAsTheirBytes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("dumpLines");
    QTest::addColumn<QByteArray>("route"); // as the packet headers give it
    const QByteArray a = udpPacket(invite());
    const QByteArray b = udpPacket(ok200Invite());
    const QByteArray udpRoute = "10.0.0.1:5060 10.0.0.2:5060 UDP";
    const int linesA = int((a.size() + 15) / 16);
    const int linesB = int((b.size() + 15) / 16);
    // Wireshark copies one frame at a time, with its Ethernet header, in a ticket's text.
    QTest::newRow("Wireshark") << "Frame 1:\n\n" + hexDump(pcap::ethernet(0x0800, a), HexDumpStyle::Wireshark)
                                      + "\nFrame 2:\n" + hexDump(pcap::ethernet(0x0800, b), HexDumpStyle::Wireshark)
                                      + "\nRegards\n"
                               << int((a.size() + 14 + 15) / 16 + (b.size() + 14 + 15) / 16) << udpRoute;
    // tcpdump's own line before each packet names the addresses (the packet's headers too).
    QTest::newRow("tcpdump -X") << "15:06:41.123456 IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: " + QByteArray::number(invite().size())
                                       + "\n" + hexDump(a, HexDumpStyle::TcpdumpX)
                                       + "15:06:41.180001 IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: "
                                       + QByteArray::number(ok200Invite().size()) + "\n" + hexDump(b, HexDumpStyle::TcpdumpX)
                                << linesA + linesB << QByteArray("10.0.0.1:5060 10.0.0.2:5060 ?");
    QTest::newRow("hexdump -C") << hexDump(a, HexDumpStyle::HexdumpC) + hexDump(b, HexDumpStyle::HexdumpC) << linesA + linesB
                                << udpRoute;
    QTest::newRow("xxd, CRLF file") << QByteArray(hexDump(a, HexDumpStyle::Xxd) + "\n" + hexDump(b, HexDumpStyle::Xxd)).replace("\n", "\r\n")
                                    << linesA + linesB << udpRoute;
    const QByteArray c = tcpPacketV6(invite());
    const QByteArray d = tcpPacketV6(ok200Invite());
    QTest::newRow("TCP over IPv6") << hexDump(c, HexDumpStyle::Wireshark) + "\n" + hexDump(d, HexDumpStyle::Wireshark)
                                   << int((c.size() + 15) / 16 + (d.size() + 15) / 16)
                                   << QByteArray("[2001:db8::1]:5062 [2001:db8::2]:5060 TCP");
}

void TestInputForms::hexDumpsReadAsTheirBytes()
{
    QFETCH(QByteArray, input);
    QFETCH(int, dumpLines);
    QFETCH(QByteArray, route);
    const Inspection plain = run(invite() + ok200Invite());
    const Inspection dumped = run(input);
    QCOMPARE(dumped.messages.size(), std::size_t(2));
    // The same messages and findings as on the wire, the body of each ending with its packet.
    QCOMPARE(findings(dumped), findings(plain));
    for (std::size_t i = 0; i < 2; ++i) {
        QCOMPARE(text(dumped, dumped.messages[i].startLine), text(plain, plain.messages[i].startLine));
        QCOMPARE(text(dumped, dumped.messages[i].body), text(plain, plain.messages[i].body));
        // In the input as given, a start line begins at the hex digits of its first byte.
        const QByteArray method = i == 0 ? "49" : "53"; // 'I', 'S'
        QCOMPARE(input.mid(dumped.inputOffset(dumped.messages[i].startLine.offset), 2), method);
        // Where it went, from the packet's IP and UDP or TCP headers.
        const auto &origin = dumped.messages[i].origin;
        QVERIFY(origin.isSet());
        const QByteArray transport = origin->transport == Transport::Udp   ? "UDP"
                                     : origin->transport == Transport::Tcp ? "TCP"
                                                                           : "?";
        QCOMPARE(origin->source + ' ' + origin->destination + ' ' + transport, route);
    }
    const auto note = std::find_if(dumped.diagnostics.begin(), dumped.diagnostics.end(),
                                   [](const Diagnostic &d) { return QByteArrayView(d.id) == "hex-dump"; });
    QVERIFY(note != dumped.diagnostics.end());
    QCOMPARE(note->args.value(0), QString::number(dumpLines));
}

// Lines that start like a dump but are none: the offsets do not count the bytes, or a single line.
void TestInputForms::textLikeAHexDumpUntouched_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("ids");
    QTest::newRow("a table of numbers") << QByteArray("0000 1111 2222 3333\n0001 4444 5555 6666\n") + invite() << QByteArray();
    QTest::newRow("one line") << hexDump(udpPacket(invite()), HexDumpStyle::Xxd).left(58) + "\n" + invite() << QByteArray();
    QTest::newRow("offsets that skip") << QByteArray(hexDump(udpPacket(invite()), HexDumpStyle::Wireshark)).replace("\n0020 ", "\n0030 ")
                                       << QByteArray("no-sip-message");
}

void TestInputForms::textLikeAHexDumpUntouched()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, ids);
    const Inspection in = run(input);
    for (const Diagnostic &d : in.diagnostics)
        QVERIFY2(QByteArrayView(d.id) != "hex-dump", d.id);
    if (ids.isEmpty()) {
        QCOMPARE(in.messages.size(), std::size_t(1));
        QCOMPARE(findings(in), findings(run(invite())));
    } else {
        QVERIFY(in.messages.empty());
    }
}

void TestInputForms::positionsInTheInputAsGiven()
{
    const QByteArray json = "first line of the log\n" + jsonLine("2026-11-22T10:00:01.123Z", invite())
                            + jsonLine("2026-11-22T10:00:01.180Z", ok200Invite());
    const Inspection in = run(json);
    QCOMPARE(in.messages.size(), std::size_t(2));
    QCOMPARE(in.inputText(), json);
    const QByteArray prefix = "{\"time\":\"2026-11-22T10:00:01.123Z\",\"level\":\"debug\",\"msg\":\"";
    // Line and column of each start line count in the input, where each message is one line.
    QCOMPARE(in.messages[0].lineNumber, 2);
    QCOMPARE(in.messages[0].column, int(prefix.size()) + 1);
    QCOMPARE(in.messages[1].lineNumber, 3);
    // Spans map back onto the escaped text they came from.
    QVERIFY(startLinesMapBack(in, json));
    for (const SipMessage &m : in.messages)
        QCOMPARE(inInput(in, m.first(HeaderId::From)->line(), json), QByteArray("From: \\\"Alice\\\" <sip:alice@lab-a.test>;tag=c41f"));
    // After the last message, text and input line up again.
    QCOMPARE(in.inputOffset(in.text.size()), json.size());
}

void TestInputForms::pythonBytesRepr()
{
    // print(packet) in Python: b'...' with \r\n, \x for bytes beyond ASCII and ' as the quote.
    const QByteArray line = "2026-11-22 10:00:02,415 DEBUG recv from 10.0.0.9:5060: "
                            "b'MESSAGE sip:34020000001320000001@3402000000 SIP/2.0\\r\\n"
                            "Via: SIP/2.0/UDP 10.0.0.9:5060;branch=z9hG4bK-m1\\r\\n"
                            "From: \"\\xe5\\xbc\\xa0\\xe4\\xb8\\x89\" <sip:34020000002000000001@3402000000>;tag=t1\\r\\n"
                            "To: <sip:34020000001320000001@3402000000>\\r\\n"
                            "Call-ID: m1@10.0.0.9\\r\\nCSeq: 20 MESSAGE\\r\\nMax-Forwards: 70\\r\\n"
                            "Content-Length: 0\\r\\n\\r\\n'\n";
    const Inspection in = run(line);
    QCOMPARE(in.messages.size(), std::size_t(1));
    const SipMessage &m = in.messages[0];
    QCOMPARE(text(in, m.method), QByteArray("MESSAGE"));
    QCOMPARE(in.unfoldedValue(*m.first(HeaderId::From)),
             QStringLiteral("\"张三\" <sip:34020000002000000001@3402000000>;tag=t1"));
    for (const Diagnostic &d : in.diagnostics)
        QVERIFY2(d.severity == Severity::Info, d.id);
}

void TestInputForms::unicodeEscapes()
{
    // jsonEscaped() would escape the backslashes of the \u escapes: put them in afterwards.
    QByteArray json = jsonLine("2026-11-22T10:00:01.100Z", trying100());
    json.replace("\\\"Alice\\\"", "\\\"\\u5f20\\u4e09 \\ud83d\\ude00\\\"");
    const Inspection in = run(json);
    QCOMPARE(in.messages.size(), std::size_t(1));
    QCOMPARE(in.unfoldedValue(*in.messages[0].first(HeaderId::From)),
             QStringLiteral("\"张三 😀\" <sip:alice@lab-a.test>;tag=c41f"));
}

void TestInputForms::twoMessagesOnOneLine()
{
    const QByteArray line = "{\"request\":\"" + jsonEscaped(invite()) + "\",\"response\":\"" + jsonEscaped(trying100())
                            + "\"}\n";
    const Inspection in = run(line);
    QCOMPARE(in.messages.size(), std::size_t(2));
    QCOMPARE(text(in, in.messages[1].startLine), QByteArray("SIP/2.0 100 Trying"));
    QCOMPARE(in.messages[0].lineNumber, 1);
    QCOMPARE(in.messages[1].lineNumber, 1);
    QCOMPARE(findings(in), findings(run(invite() + trying100())));
}

void TestInputForms::textWithoutEscapedMessagesUntouched_data()
{
    QTest::addColumn<QByteArray>("input");
    // A Windows path and a "\n" in a header value, in a message on the wire.
    QTest::newRow("backslashes in a message")
        << crlf("MESSAGE sip:bob@lab-b.test SIP/2.0\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK-x\n"
                "From: <sip:alice@lab-a.test>;tag=1\nTo: <sip:bob@lab-b.test>\nCall-ID: x@1\nCSeq: 1 MESSAGE\n"
                "Max-Forwards: 70\nSubject: see C:\\new\\table and SIP/2.0\\r\\n\nContent-Length: 0\n\n");
    // A log line that quotes a start line with an escaped break, but no header field follows.
    QTest::newRow("escaped start line alone") << QByteArray("sent \"SIP/2.0 200 OK\\r\\n\" to peer\n");
    QTest::newRow("JSON without a message") << QByteArray("{\"path\":\"C:\\\\logs\\\\sip\",\"n\":\"a\\nb\"}\n");
    // A JSON body that starts with a "log" key, in a message on the wire: no Docker record.
    QTest::newRow("JSON body with a log key")
        << crlf("MESSAGE sip:bob@b.test SIP/2.0\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK-x\nContent-Type: application/json\n"
                "Content-Length: 26\n\n") + "{\"log\":\"C:\\\\temp\",\"n\":1}\r\n";
    // Syslog's escapes without a message, and a '#' in a message on the wire.
    QTest::newRow("syslog escapes without a message") << QByteArray("Nov 22 10:00:01 h app[1]: a#012b#011c #012\n");
    QTest::newRow("hash in a Request-URI")
        << crlf("INVITE sip:*97#012@pbx.test SIP/2.0\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK-x\nContent-Length: 0\n\n");
}

void TestInputForms::textWithoutEscapedMessagesUntouched()
{
    QFETCH(QByteArray, input);
    const UnescapedText u = unescapeMessages(input);
    QVERIFY(u.text.isNull());
    QCOMPARE(u.lines, 0);
    const Inspection in = run(input);
    QCOMPARE(in.text, input);
    QVERIFY(in.inputMaps.empty());
    QCOMPARE(escapeNotes(in), 0);
}

void TestInputForms::mapBetweenTextAndInput()
{
    // "a\nb" (4 bytes) becomes "a" LF "b" (3 bytes): offsets after the escape are one less in the text.
    const QByteArray input = "x INVITE sip:b@c SIP/2.0\\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\\nTo: <sip:b@c>\n";
    const UnescapedText u = unescapeMessages(input);
    QCOMPARE(u.lines, 1);
    QCOMPARE(u.text, QByteArray("x INVITE sip:b@c SIP/2.0\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\nTo: <sip:b@c>\n"));
    QCOMPARE(u.map.inputOffset(0), qsizetype(0));
    QCOMPARE(u.map.inputOffset(24), qsizetype(24)); // the LF: where its escape starts
    QCOMPARE(u.map.inputOffset(25), qsizetype(26)); // "Via" starts after the two bytes of "\n"
    const qsizetype to = u.text.indexOf("To:");
    QCOMPARE(u.map.inputOffset(to), input.indexOf("To:"));
    QCOMPARE(u.map.inputOffset(u.text.size()), input.size());
}

void TestInputForms::brokenEscapesKeptAsWritten()
{
    // A lone surrogate, a \u without four hex digits and a \x without two: kept or replaced,
    // never read past the end.
    const QByteArray input = "{\"m\":\"OPTIONS sip:b@c SIP/2.0\\r\\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\\r\\n"
                             "Subject: \\ud800 \\u12 \\xZ1\\r\\nTo: <sip:b@c>\\r\\n\\r\\n\\u00";
    const UnescapedText u = unescapeMessages(input);
    QCOMPARE(u.lines, 1);
    QVERIFY(u.text.contains("Subject: \xef\xbf\xbd \\u12 \\xZ1\r\n"));
    QVERIFY(u.text.endsWith("\r\n\r\n\\u00"));
    const Inspection in = run(input);
    QCOMPARE(in.messages.size(), std::size_t(1));
}

void TestInputForms::escapedTwice()
{
    // A JSON log line kept as the string of another JSON document (a log shipper's export, Docker's
    // json-file driver): two levels of escapes.
    const QByteArray inner = jsonLine("2026-11-22T10:00:01.123Z", invite());
    QByteArray outer = "{\"log\":\"" + jsonEscaped(inner) + "\",\"stream\":\"stdout\"}\n";
    outer += "{\"log\":\"" + jsonEscaped(jsonLine("2026-11-22T10:00:01.180Z", ok200Invite())) + "\"}\n";
    const Inspection in = run(outer);
    QCOMPARE(in.messages.size(), std::size_t(2));
    QCOMPARE(in.inputMaps.size(), std::size_t(2));
    QCOMPARE(findings(in), findings(run(invite() + ok200Invite())));
    QCOMPARE(in.unfoldedValue(*in.messages[0].first(HeaderId::From)), QStringLiteral("\"Alice\" <sip:alice@lab-a.test>;tag=c41f"));
    QVERIFY(startLinesMapBack(in, outer));
    QCOMPARE(in.messages[1].lineNumber, 2);
}

void TestInputForms::syslogOctalEscapes()
{
    // rsyslog writes control characters as '#' and three octal digits: a message a Kamailio script
    // logs whole ends up on one line with #015#012 for each CRLF (#011 for a tab).
    auto syslogLine = [](const QByteArray &prefix, QByteArray wire) {
        wire.replace("\r", "#015").replace("\n", "#012").replace("\t", "#011");
        return "Nov 22 10:00:01 sbc1 kamailio[2345]: " + prefix + wire + "\n";
    };
    QByteArray withTab = options();
    withTab.replace("Max-Forwards: 70", "Max-Forwards:\t70\r\nSubject: issue #123, see #0x");
    const QByteArray log = syslogLine("INFO: <script>: in: ", invite()) + "Nov 22 10:00:01 sbc1 other line #5\n"
                           + syslogLine("INFO: <script>: in: ", withTab);
    const Inspection in = run(log);
    QCOMPARE(in.messages.size(), std::size_t(2));
    QCOMPARE(escapeNotes(in), 1);
    QCOMPARE(findings(in), findings(run(invite() + withTab)));
    QCOMPARE(in.unfoldedValue(*in.messages[1].first(HeaderId::MaxForwards)), QStringLiteral("70"));
    QVERIFY(startLinesMapBack(in, log));
    QCOMPARE(in.messages[0].lineNumber, 1);
    QCOMPARE(in.messages[1].lineNumber, 3);
    QCOMPARE(in.messages[1].column, int(QByteArray("Nov 22 10:00:01 sbc1 kamailio[2345]: INFO: <script>: in: ").size()) + 1);
    QVERIFY(in.messages[0].origin->hasTime());
    QCOMPARE(in.inputMaps.size(), std::size_t(1));
    QVERIFY(in.text.contains("\r\nVia: "));
    QCOMPARE(in.inputText(), log);
    // Only control characters are written so: "#123" in a header field is text.
    QCOMPARE(in.unfoldedValue(*in.messages[1].first(HeaderId::Subject)), QStringLiteral("issue #123, see #0x"));
}

namespace {

// Docker's json-file log: one record per line printed, the line's break escaped inside it.
QByteArray dockerLog(const QByteArray &printed)
{
    QByteArray out;
    int n = 0;
    for (qsizetype i = 0; i < printed.size();) {
        const qsizetype nl = printed.indexOf('\n', i);
        const qsizetype end = nl < 0 ? printed.size() : nl + 1;
        out += "{\"log\":\"" + jsonEscaped(printed.mid(i, end - i)) + "\",\"stream\":\"stdout\",\"time\":\"2026-11-22T10:00:"
               + QByteArray::number(10 + n++ % 50) + ".123456789Z\"}\n";
        i = end;
    }
    return out;
}

} // namespace

void TestInputForms::dockerRecordsJoined()
{
    const QByteArray printed = invite() + ok200Invite();
    const QByteArray log = dockerLog(printed);
    const UnescapedText u = unescapeMessages(log);
    QCOMPARE(u.text, printed);
    QCOMPARE(u.lines, int(printed.count('\n')));
    const Inspection in = run(log);
    QCOMPARE(in.messages.size(), std::size_t(2));
    QCOMPARE(escapeNotes(in), 1);
    QCOMPARE(findings(in), findings(run(printed)));
    QCOMPARE(text(in, in.messages[1].body), text(run(printed), run(printed).messages[1].body));
    QVERIFY(startLinesMapBack(in, log));
    // One record per line: line numbers are the records', columns start after {"log":".
    QCOMPARE(in.messages[0].lineNumber, 1);
    QCOMPARE(in.messages[0].column, 9);
    QCOMPARE(in.messages[1].lineNumber, int(invite().count('\n')) + 1);
    for (const SipMessage &m : in.messages) {
        const Span cseq = m.first(HeaderId::CSeq)->line();
        QVERIFY(text(in, cseq).startsWith("CSeq: "));
        QCOMPARE(inInput(in, cseq, log), text(in, cseq)); // a line holds no escape but its break
    }
    QCOMPARE(in.inputOffset(in.text.size()), log.size());
}

void TestInputForms::dockerRecordsAmongOtherLines()
{
    // A line split by Docker into two records (the first without a break), CRLF record ends, and
    // a plain line before the records: joined as printed, the plain line kept.
    QByteArray log = "plain line\n" + dockerLog(options());
    const qsizetype cseq = log.indexOf("CSeq: ");
    log.insert(cseq + 6, "\",\"stream\":\"stdout\",\"time\":\"2026-11-22T10:00:09Z\"}\r\n{\"log\":\"");
    const UnescapedText u = unescapeMessages(log);
    QCOMPARE(u.text, "plain line\n" + options());
    const Inspection in = run(log);
    QCOMPARE(in.messages.size(), std::size_t(1));
    QCOMPARE(findings(in), findings(run(options())));
    QCOMPARE(in.messages[0].lineNumber, 2);
    QVERIFY(startLinesMapBack(in, log));
}

namespace {

// What `ngrep -t -W byline` prints for a packet: its line, the payload with each CR (and any other
// byte that is not printable) as a dot, and an empty line.
QByteArray ngrepPacket(const QByteArray &packetLine, const QByteArray &wire)
{
    QByteArray payload;
    for (const char c : wire)
        payload += c == '\n' || (c >= 0x20 && c < 0x7f) ? c : '.';
    return packetLine + "\n" + payload + "\n";
}

} // namespace

void TestInputForms::ngrepBylineReadAsOnTheWire()
{
    const QByteArray wire = invite() + ok200Invite();
    const QByteArray log = "interface: any\nfilter: ( port 5060 ) and ((ip || ip6) || (vlan && (ip || ip6)))\n#\n"
                           + ngrepPacket("U 2026/11/22 10:00:01.123456 10.0.0.1:5060 -> 10.0.0.2:5060 #1", invite())
                           + "#\n"
                           + ngrepPacket("T 2026/11/22 10:00:01.180000 10.0.0.2:5060 -> 10.0.0.1:5060 [AP] #2", ok200Invite());
    const Inspection plain = run(wire);
    const Inspection in = run(log);
    QCOMPARE(in.messages.size(), std::size_t(2));
    QCOMPARE(findings(in), findings(plain));
    int notes = 0;
    for (const Diagnostic &d : in.diagnostics) {
        if (QByteArrayView(d.id) == "ngrep-line-ends") {
            ++notes;
            QCOMPARE(d.args, QStringList{QString::number(wire.count("\r\n"))});
        }
    }
    QCOMPARE(notes, 1);
    for (std::size_t i = 0; i < 2; ++i) {
        QCOMPARE(text(in, in.messages[i].startLine), text(plain, plain.messages[i].startLine));
        QCOMPARE(text(in, in.messages[i].body), text(plain, plain.messages[i].body)); // Content-Length holds
        QVERIFY(in.messages[i].origin->hasTime());
    }
    QCOMPARE(in.messages[1].origin->transport, Transport::Tcp);
    // A dot for a dot: offsets in the input are those of the text.
    QCOMPARE(in.inputMaps.size(), std::size_t(1));
    QCOMPARE(in.text.size(), log.size());
    QVERIFY(in.text != log);
    QCOMPARE(in.inputText(), log);
    QCOMPARE(in.inputOffset(in.messages[1].startLine.offset), log.indexOf("SIP/2.0 200 OK"));
    QCOMPARE(in.messages[1].lineNumber, int(log.left(log.indexOf("SIP/2.0 200 OK")).count('\n')) + 1);
}

void TestInputForms::ngrepContentLengthPastThePacket_data()
{
    QTest::addColumn<QByteArray>("packetLine");
    QTest::newRow("addresses") << QByteArray("U 10.0.0.2:5060 -> 10.0.0.1:5060 #4");
    QTest::newRow("-t date") << QByteArray("U 2026/11/22 10:00:01.180000 10.0.0.2:5060 -> 10.0.0.1:5060 #4");
    QTest::newRow("-T delta") << QByteArray("U +0.012000 10.0.0.2:5060 -> 10.0.0.1:5060 #4");
    QTest::newRow("IPv6") << QByteArray("U fd00::2:5060 -> fd00::1:5060 #4");
}

void TestInputForms::ngrepContentLengthPastThePacket()
{
    // ngrep without -q writes a line of hash marks before each packet it shows. A Content-Length
    // larger than the datagram took in that line, the next packet's line and its message.
    QFETCH(QByteArray, packetLine);
    QByteArray tooLong = invite();
    const qsizetype body = tooLong.size() - tooLong.indexOf("\r\n\r\n") - 4;
    tooLong.replace("Content-Length: " + QByteArray::number(body), "Content-Length: " + QByteArray::number(body + 200));
    const QByteArray log = "#\n" + ngrepPacket("U 10.0.0.1:5060 -> 10.0.0.2:5060 #1", tooLong) + "###\n"
                           + ngrepPacket(packetLine, trying100());
    const Inspection in = run(log);
    QCOMPARE(in.messages.size(), std::size_t(2));
    QCOMPARE(text(in, in.messages[1].startLine), QByteArray("SIP/2.0 100 Trying"));
    QVERIFY(!in.view(in.messages[0].body).contains("###"));
    QCOMPARE(in.count(Severity::Error), 1);
    QVERIFY(std::any_of(in.diagnostics.begin(), in.diagnostics.end(), [](const Diagnostic &d) {
        return d.severity == Severity::Error && QByteArrayView(d.id) == "content-length-mismatch" && d.message == 0;
    }));
}

void TestInputForms::ngrepFoundAtAnyOffset()
{
    // The lone dot that gives byline output away is searched 64 and 16 bytes at a time, then byte
    // by byte: found wherever it falls, the input's last bytes included.
    const QByteArray packet = ngrepPacket("U 10.0.0.1:5060 -> 10.0.0.2:5060 #1", options()).chopped(1);
    for (int filler = 0; filler < 140; ++filler) {
        const QByteArray input = QByteArray(filler, 'x') + "\n" + packet;
        const ReplacedText r = restoreNgrepLineEnds(input);
        QVERIFY2(r.lines == int(options().count("\r\n")), QByteArray::number(filler).constData());
        QVERIFY(r.text.endsWith("0\r\n\r\n"));
    }
}

void TestInputForms::ngrepLoggedByAContainer()
{
    // ngrep run in a container: its output in Docker's json-file records. The dots are restored
    // once the records are joined.
    const QByteArray log = dockerLog(ngrepPacket("U 10.0.0.1:5060 -> 10.0.0.2:5060 #1", options()));
    const Inspection in = run(log);
    QCOMPARE(in.messages.size(), std::size_t(1));
    QCOMPARE(findings(in), findings(run(options())));
    QVERIFY(startLinesMapBack(in, log));
}

void TestInputForms::ngrepLikeTextUntouched_data()
{
    QTest::addColumn<QByteArray>("input");
    // A payload that is not in byline form (tcpdump -A keeps the CRs), and lone dots without
    // ngrep's packet lines.
    QTest::newRow("payload with its CRs") << "U 10.0.0.1:5060 -> 10.0.0.2:5060 #1\n" + options() + "\n.\n";
    QTest::newRow("dots without packets") << QByteArray("A list.\n.\nEnds in dots.\nSIP/2.0 200 OK.\n");
    QTest::newRow("packet of something else") << QByteArray("U 10.0.0.1:53 -> 10.0.0.2:53 #1\nquery.\n.\n\n");
}

void TestInputForms::ngrepLikeTextUntouched()
{
    QFETCH(QByteArray, input);
    const ReplacedText r = restoreNgrepLineEnds(input);
    QVERIFY(r.text.isNull());
    QCOMPARE(r.lines, 0);
}

void TestInputForms::colourCodesLeftOut()
{
    // A console with colours: a code before the log line, around the start line, after the body.
    const QByteArray plain = invite() + ok200Invite();
    QByteArray coloured = "\x1b[0;36m2026-11-22 10:00:01.123 [DEBUG] received:\x1b[0m\n" + plain;
    coloured.replace("INVITE sip:bob@lab-b.test SIP/2.0", "\x1b[1;32mINVITE sip:bob@lab-b.test SIP/2.0\x1b[0m");
    coloured.replace("SIP/2.0 200 OK", "\x1b[32mSIP/2.0 200 OK\x1b(B\x1b[m");
    const Inspection in = run(coloured);
    const Inspection reference = run("2026-11-22 10:00:01.123 [DEBUG] received:\n" + plain);
    QCOMPARE(in.messages.size(), std::size_t(2));
    QCOMPARE(findings(in), findings(reference));
    QCOMPARE(text(in, in.messages[0].startLine), QByteArray("INVITE sip:bob@lab-b.test SIP/2.0"));
    QCOMPARE(text(in, in.messages[1].body), text(reference, reference.messages[1].body));
    int notes = 0;
    for (const Diagnostic &d : in.diagnostics) {
        if (QByteArrayView(d.id) == "terminal-colors") {
            ++notes;
            QCOMPARE(d.args, QStringList{QStringLiteral("3")});
        }
    }
    QCOMPARE(notes, 1);
    // The start lines, found in the input between their colour codes.
    QVERIFY(startLinesMapBack(in, coloured));
    QCOMPARE(in.messages[0].lineNumber, 2);
    QCOMPARE(in.messages[0].column, 8);
}

void TestInputForms::colouredJsonLog()
{
    // Both at once: the colour codes go first, then the escapes are undone; positions go back
    // through both.
    const QByteArray log = "\x1b[33m" + jsonLine("2026-11-22T10:00:01.123Z", invite()) + "\x1b[0m"
                           + jsonLine("2026-11-22T10:00:01.180Z", ok200Invite());
    const Inspection in = run(log);
    QCOMPARE(in.messages.size(), std::size_t(2));
    QCOMPARE(in.inputMaps.size(), std::size_t(2));
    QCOMPARE(findings(in), findings(run(invite() + ok200Invite())));
    QVERIFY(startLinesMapBack(in, log));
    QCOMPARE(in.messages[1].lineNumber, 2);
}

void TestInputForms::incompleteColourCodesKept()
{
    // A lone ESC, ESC[ without a final byte, an OSC title, a stray ESC before a start line: not colour
    // codes; kept as they are (the stray ESC once took the B of BYE with it).
    for (const QByteArray &input : {QByteArray("a\x1b b"), QByteArray("a\x1b[12;"), QByteArray("\x1b]0;title\x07"),
                                    QByteArray("\x1b" "BYE sip:b@c SIP/2.0")}) {
        const ReplacedText s = stripTerminalColors(input);
        QVERIFY(s.text.isNull());
        QCOMPARE(s.lines, 0);
    }
    const ReplacedText s = stripTerminalColors(QByteArray("x\x1b[1;31mred\x1b[0m\ny\x1b[Kz\n"));
    QCOMPARE(s.text, QByteArray("xred\nyz\n"));
    QCOMPARE(s.lines, 2);
    QCOMPARE(s.map.inputOffset(1), qsizetype(8));  // "red" after ESC[1;31m
    QCOMPARE(s.map.inputOffset(4), qsizetype(15)); // the LF after ESC[0m
    QCOMPARE(s.map.inputOffset(5), qsizetype(16)); // "y"
}

void TestInputForms::nonBreakingSpacesReadAsSpaces()
{
    // Copied out of a web page: every space a U+00A0, and Chinese text beside them untouched.
    QByteArray plain = invite() + ok200Invite();
    plain.replace("\"Alice\"", "\"\xe5\xbc\xa0\xe4\xb8\x89\"");
    QByteArray pasted = plain;
    pasted.replace(" ", "\xc2\xa0");
    const Inspection reference = run(plain);
    const Inspection in = run(pasted);
    QCOMPARE(in.messages.size(), std::size_t(2));
    QCOMPARE(findings(in), findings(reference));
    QCOMPARE(in.unfoldedValue(*in.messages[0].first(HeaderId::From)),
             QStringLiteral("\"张三\" <sip:alice@lab-a.test>;tag=c41f"));
    QCOMPARE(inInput(in, in.messages[1].startLine, pasted), QByteArray("SIP/2.0\xc2\xa0" "200\xc2\xa0OK"));
    QCOMPARE(in.messages[1].lineNumber, reference.messages[1].lineNumber);

    // Only the pair C2 A0: a lone C2, and the bytes of a GB18030 input, stay as they are.
    QVERIFY(replaceNonBreakingSpaces(QByteArray("a\xc2 b\xc2")).text.isNull());
    // C2 A0 is a character of its own in GB18030 (beside 张三 D5C5 C8FD): it stays.
    QByteArray gb = invite();
    gb.replace("\"Alice\"", "\"\xd5\xc5\xc8\xfd\xc2\xa0\"");
    const Inspection gbIn = run(gb);
    QCOMPARE(gbIn.encoding, TextEncoding::Gb18030);
    QVERIFY(gbIn.inputMaps.empty());
    QVERIFY(gbIn.text.contains("\xc2\xa0"));
}

void TestInputForms::escapedColourCodesAndSpaces()
{
    // Docker's JSON logs escape a colour code as \u001b and a non-breaking space as \u00a0: they
    // appear only once the escapes are undone, and are dealt with then.
    QByteArray line = jsonLine("2026-11-22T10:00:01.123Z", invite());
    line.replace("INVITE sip:", "\\u001b[32mINVITE sip:");
    line.replace("CSeq: 101", "CSeq:\\u00a0101");
    const Inspection in = run(line);
    QCOMPARE(in.messages.size(), std::size_t(1));
    QCOMPARE(findings(in), findings(run(invite())));
    QVERIFY(startLinesMapBack(in, line));
    QCOMPARE(in.messages[0].column, int(line.indexOf("INVITE")) + 1);
}

void TestInputForms::everyMarksWalkAlike()
{
    // The walks that decide which passes run: the vector ones step 16, 32 or 64 bytes at a time
    // and finish byte by byte, and a dot counts only after a line feed, which may lie in the step
    // before. Each byte looked for is put at every offset of inputs of every length around the
    // steps, alone and as a dot after a line feed (or after another byte), on plain text.
    const QByteArray looked[] = {"\x1b", "\xc2", "\\", "#", "|", "\n.", "x.", ".\n", "\n", "\x80", "\xff"};
    const bool avx2 = inputmarks::hasAvx2();
    int compared = 0, marked = 0;
    for (int size = 0; size <= 140; ++size) {
        for (const QByteArray &bytes : looked) {
            for (int at = 0; at + bytes.size() <= size; ++at) {
                // In a block of exactly its size (a QByteArray has room for a NUL after it): a
                // walk that read past the end would be caught by the sanitizer build's run.
                const std::unique_ptr<char[]> block(new char[std::size_t(std::max(size, 1))]);
                std::memset(block.get(), 'a', std::size_t(size));
                std::memcpy(block.get() + at, bytes.constData(), std::size_t(bytes.size()));
                const QByteArrayView text(block.get(), size);
                const InputMarks expected = inputmarks::byteByByte(text);
                QVERIFY2(inputmarks::sse2(text) == expected, qPrintable(QStringLiteral("SSE2, %1 bytes, %2 at %3")
                                                                            .arg(size).arg(QString::fromLatin1(bytes.toHex())).arg(at)));
                if (avx2)
                    QVERIFY2(inputmarks::avx2(text) == expected, qPrintable(QStringLiteral("AVX2, %1 bytes, %2 at %3")
                                                                                .arg(size).arg(QString::fromLatin1(bytes.toHex())).arg(at)));
                QVERIFY(findInputMarks(text) == expected);
                ++compared;
                marked += expected.escape + expected.c2 + expected.backslash + expected.hash + expected.pipe
                          + expected.loneDot + expected.highBytes;
            }
        }
    }
    // The reference itself: each byte found, a dot only after a line feed.
    QVERIFY(inputmarks::byteByByte("a\x1b").escape && inputmarks::byteByByte("\xc2\xa0").c2);
    QVERIFY(inputmarks::byteByByte("\n.").loneDot && !inputmarks::byteByByte("x.").loneDot);
    QVERIFY(!inputmarks::byteByByte(".").loneDot && !inputmarks::byteByByte(".\n").loneDot);
    QVERIFY(inputmarks::byteByByte("a\x80").highBytes && !inputmarks::byteByByte("a\x7f").highBytes);
    QVERIFY(compared > 50000 && marked > 0);
    // Random text, with each of the bytes rare, as in real input.
    QRandomGenerator random(5);
    for (int round = 0; round < 2000; ++round) {
        QByteArray text(int(random.bounded(1, 600)), Qt::Uninitialized);
        for (char &c : text) {
            const quint32 r = random.bounded(1000);
            c = r < 2 ? '\x1b' : r < 4 ? '\xc2' : r < 6 ? '\\' : r < 8 ? '#' : r < 10 ? '|' : r < 40 ? '\n' : r < 60 ? '.' : char('a' + r % 26);
        }
        const InputMarks expected = inputmarks::byteByByte(text);
        QVERIFY(inputmarks::sse2(text) == expected);
        if (avx2)
            QVERIFY(inputmarks::avx2(text) == expected);
    }
    if (!avx2)
        qInfo("this processor has no AVX2: only the SSE2 walk was compared");
}

QTEST_GUILESS_MAIN(TestInputForms)
#include "tst_inputforms.moc"
