// The scanner: finding SIP messages in pasted text and logs, and splitting them into spans.
#include "catalog/catalog.h"
#include "checks/inspection.h"
#include "samplemessages.h"
#include "sip/encoding.h"
#include "sip/headernames.h"
#include "sip/lineindex.h"
#include "sip/scanner.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QtTest>

using namespace sipref;
using namespace sipref::test;
namespace s = sipref::test::samples;

namespace {


// Inserts a header line (given without line break) before Content-Length of a wire message.
QByteArray withHeader(const QByteArray &wire, const QByteArray &line)
{
    QByteArray out = wire;
    const qsizetype at = out.indexOf("Content-Length:");
    if (at < 0)
        qFatal("withHeader: no Content-Length");
    out.insert(at, line + "\r\n");
    return out;
}

const HeaderField *headerNamed(const Inspection &in, const SipMessage &m, const QByteArray &name)
{
    for (const HeaderField &h : m.headers) {
        if (in.view(h.name()) == name)
            return &h;
    }
    return nullptr;
}

// The findings in one line each, for failure messages.
QByteArray describe(const Inspection &in)
{
    QByteArray out;
    for (const Diagnostic &d : in.diagnostics)
        out += QByteArray(d.id) + '/' + d.detail + " [" + text(in, d.span).left(50) + "]; ";
    return out;
}

// The text of a body in "\n" form: line ends made LF and a log prefix of `prefix` bytes taken off
// every line.
QByteArray bodyText(const Inspection &in, const SipMessage &m, qsizetype prefix = 0)
{
    QByteArray body = text(in, m.body);
    body.replace("\r\n", "\n");
    body.replace('\r', '\n');
    if (prefix == 0)
        return body;
    QByteArray out;
    const QList<QByteArray> lines = body.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == lines.size() - 1 && lines[i].isEmpty())
            break;
        out += lines[i].mid(prefix) + '\n';
    }
    return out;
}

} // namespace

class TestScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doubledCrLineEnds();
    void compactForms_data();
    void compactForms();
    void lettersWithoutCompactForm();
    void compactMessage();
    void headerNameCase_data();
    void headerNameCase();
    void whitespaceBeforeColon_data();
    void whitespaceBeforeColon();
    void headerNamesWhereverTheColon();
    void folding_data();
    void folding();
    void foldingInLogs_data();
    void foldingInLogs();
    void lineEnds_data();
    void lineEnds();
    void severalMessages_data();
    void severalMessages();
    void messageInsideALine();
    void lineNumbersWhateverTheLineEnds();
    void junkBeforeStartLine_data();
    void junkBeforeStartLine();
    void logPrefixes_data();
    void logPrefixes();
    void logWrappers_data();
    void logWrappers();
    void tsharkTree();
    void skypeForBusinessRecords();
    void contentLengthInLogs_data();
    void contentLengthInLogs();
    void gb18030_data();
    void gb18030();
    void spansOfAMessage();
    void spansOfEverySample_data();
    void spansOfEverySample();
    void startLineParts_data();
    void startLineParts();
    void headerFieldsBeyondSixteenBits();
    void messagesCopyTheirParts();
};

// ---- Header names ------------------------------------------------------------------------------

void TestScanner::compactForms_data()
{
    QTest::addColumn<QByteArray>("letter");
    QTest::addColumn<QByteArray>("canonical");
    QTest::addColumn<QByteArray>("value");

    // RFC 3261 §7.3.3 and §20, RFC 3265/6665 (o, u), RFC 3515 (r), RFC 3892 (b), RFC 4028 (x),
    // RFC 3841 (a, d, j), RFC 4474/8224 (y, n).
    QTest::newRow("i") << QByteArray("i") << QByteArray("Call-ID") << QByteArray("x1@10.0.0.1");
    QTest::newRow("m") << QByteArray("m") << QByteArray("Contact") << QByteArray("<sip:a@10.0.0.1>");
    QTest::newRow("e") << QByteArray("e") << QByteArray("Content-Encoding") << QByteArray("gzip");
    QTest::newRow("l") << QByteArray("l") << QByteArray("Content-Length") << QByteArray("0");
    QTest::newRow("c") << QByteArray("c") << QByteArray("Content-Type") << QByteArray("text/plain");
    QTest::newRow("f") << QByteArray("f") << QByteArray("From") << QByteArray("<sip:a@lab-a.test>;tag=1");
    QTest::newRow("s") << QByteArray("s") << QByteArray("Subject") << QByteArray("hi");
    QTest::newRow("k") << QByteArray("k") << QByteArray("Supported") << QByteArray("100rel");
    QTest::newRow("t") << QByteArray("t") << QByteArray("To") << QByteArray("<sip:b@lab-b.test>");
    QTest::newRow("v") << QByteArray("v") << QByteArray("Via") << QByteArray("SIP/2.0/UDP h;branch=z9hG4bK9");
    QTest::newRow("o") << QByteArray("o") << QByteArray("Event") << QByteArray("presence");
    QTest::newRow("r") << QByteArray("r") << QByteArray("Refer-To") << QByteArray("<sip:c@lab-b.test>");
    QTest::newRow("b") << QByteArray("b") << QByteArray("Referred-By") << QByteArray("<sip:a@lab-a.test>");
    QTest::newRow("x") << QByteArray("x") << QByteArray("Session-Expires") << QByteArray("1800");
    QTest::newRow("a") << QByteArray("a") << QByteArray("Accept-Contact") << QByteArray("*;audio");
    QTest::newRow("d") << QByteArray("d") << QByteArray("Request-Disposition") << QByteArray("proxy");
    QTest::newRow("j") << QByteArray("j") << QByteArray("Reject-Contact") << QByteArray("*;video");
    QTest::newRow("u") << QByteArray("u") << QByteArray("Allow-Events") << QByteArray("presence");
    QTest::newRow("y") << QByteArray("y") << QByteArray("Identity") << QByteArray("eyJhbGciOiJFUzI1NiJ9");
    QTest::newRow("n") << QByteArray("n") << QByteArray("Identity-Info") << QByteArray("<https://lab-a.test/c.pem>");
}

void TestScanner::compactForms()
{
    QFETCH(QByteArray, letter);
    QFETCH(QByteArray, canonical);
    QFETCH(QByteArray, value);

    const HeaderId id = headerIdFromName(letter);
    QVERIFY(id != HeaderId::Unknown);
    QCOMPARE(QByteArray(canonicalHeaderName(id)), canonical);
    QCOMPARE(compactForm(id), letter.at(0));
    QCOMPARE(headerIdFromName(letter.toUpper()), id);
    QCOMPARE(headerIdFromName(canonical), id);

    // In a message, the letter is the name span and the id is the full header's.
    for (const QByteArray &spelling : {letter, letter.toUpper()}) {
        const Inspection in = run(withHeader(s::options(), spelling + ": " + value));
        QCOMPARE(in.messages.size(), std::size_t(1));
        const HeaderField *h = headerNamed(in, in.messages[0], spelling);
        QVERIFY2(h, spelling.constData());
        QCOMPARE(h->id, id);
        QCOMPARE(text(in, h->value()), value);
        QCOMPARE(text(in, h->line()), spelling + ": " + value);
    }
}

void TestScanner::lettersWithoutCompactForm()
{
    for (char c : QByteArray("ghpqwzGHPQWZ")) {
        const char name[2] = {c, 0};
        QCOMPARE(headerIdFromName(QByteArrayView(name, 1)), HeaderId::Unknown);
    }
    for (int i = 1; i < int(HeaderId::Count); ++i) {
        const auto id = HeaderId(i);
        // Every known header is found by its canonical name, and the compact letters map back.
        QCOMPARE(headerIdFromName(canonicalHeaderName(id)), id);
        if (const char c = compactForm(id))
            QCOMPARE(headerIdFromName(QByteArrayView(&c, 1)), id);
    }
    QCOMPARE(headerIdFromName(""), HeaderId::Unknown);
    QCOMPARE(QByteArray(canonicalHeaderName(HeaderId::Unknown)), QByteArray());
}

void TestScanner::compactMessage()
{
    // A whole INVITE in compact form is understood: body by "l", Content-Type by "c", tags and
    // Contact found through "f", "t" and "m".
    const QByteArray wire = s::compactInvite();
    const Inspection in = run(wire);
    QCOMPARE(in.messages.size(), std::size_t(1));
    const SipMessage &m = in.messages[0];
    QVERIFY2(onlyDecodings(in), describe(in).constData());
    QCOMPARE(bodyText(in, m), s::offerSdp());
    QCOMPARE(m.body.end(), wire.size());
    for (HeaderId id : {HeaderId::Via, HeaderId::From, HeaderId::To, HeaderId::CallId, HeaderId::Contact,
                        HeaderId::Supported, HeaderId::SessionExpires, HeaderId::Subject, HeaderId::ContentType,
                        HeaderId::ContentLength}) {
        const HeaderField *h = m.first(id);
        QVERIFY2(h, canonicalHeaderName(id));
        QCOMPARE(h->name().length, 1);
    }
}

void TestScanner::headerNameCase_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("canonical"); // "" for an extension header

    QTest::newRow("upper") << QByteArray("CALL-ID") << QByteArray("Call-ID");
    QTest::newRow("lower") << QByteArray("call-id") << QByteArray("Call-ID");
    QTest::newRow("mixed") << QByteArray("cAlL-iD") << QByteArray("Call-ID");
    QTest::newRow("www lower") << QByteArray("www-authenticate") << QByteArray("WWW-Authenticate");
    QTest::newRow("cseq") << QByteArray("CSEQ") << QByteArray("CSeq");
    QTest::newRow("max-forwards") << QByteArray("max-FORWARDS") << QByteArray("Max-Forwards");
    QTest::newRow("mime") << QByteArray("Mime-Version") << QByteArray("MIME-Version");
    QTest::newRow("sip-etag") << QByteArray("sip-etag") << QByteArray("SIP-ETag");
    QTest::newRow("longest known") << QByteArray("accept-resource-priority") << QByteArray("Accept-Resource-Priority");
    QTest::newRow("p-asserted") << QByteArray("P-ASSERTED-IDENTITY") << QByteArray("P-Asserted-Identity");
    QTest::newRow("extension") << QByteArray("X-Sipref-Trace") << QByteArray();
    QTest::newRow("prefix of a name") << QByteArray("Call") << QByteArray();
    QTest::newRow("longer than a name") << QByteArray("Call-IDs") << QByteArray();
    QTest::newRow("underscore") << QByteArray("Call_ID") << QByteArray();
    QTest::newRow("very long") << QByteArray("X-" + QByteArray(40, 'a')) << QByteArray();
}

void TestScanner::headerNameCase()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, canonical);

    const HeaderId id = headerIdFromName(name);
    QCOMPARE(QByteArray(canonicalHeaderName(id)), canonical);
    QCOMPARE(id == HeaderId::Unknown, canonical.isEmpty());

    const Inspection in = run(withHeader(s::ok200Message(), name + ": some value"));
    QCOMPARE(in.messages.size(), std::size_t(1));
    const HeaderField *h = headerNamed(in, in.messages[0], name);
    QVERIFY(h);
    QCOMPARE(h->id, id);
    QCOMPARE(text(in, h->value()), QByteArray("some value"));
    QVERIFY(!h->wsBeforeColon);
}

void TestScanner::whitespaceBeforeColon_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("wsBeforeColon");

    QTest::newRow("none") << QByteArray("Subject: lunch") << QByteArray("Subject") << QByteArray("lunch") << false;
    QTest::newRow("no space at all") << QByteArray("Subject:lunch") << QByteArray("Subject") << QByteArray("lunch")
                                     << false;
    QTest::newRow("space") << QByteArray("Subject : lunch") << QByteArray("Subject") << QByteArray("lunch") << true;
    QTest::newRow("tab") << QByteArray("Subject\t: lunch") << QByteArray("Subject") << QByteArray("lunch") << true;
    QTest::newRow("several") << QByteArray("Subject \t  :   lunch at noon  ") << QByteArray("Subject")
                             << QByteArray("lunch at noon") << true;
    QTest::newRow("compact") << QByteArray("s :lunch") << QByteArray("s") << QByteArray("lunch") << true;
    QTest::newRow("empty value") << QByteArray("Subject :") << QByteArray("Subject") << QByteArray() << true;
    QTest::newRow("colon in value") << QByteArray("Subject : 12:30 lunch") << QByteArray("Subject")
                                    << QByteArray("12:30 lunch") << true;
}

void TestScanner::whitespaceBeforeColon()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(bool, wsBeforeColon);

    const QByteArray input = withHeader(s::message(), line);
    const Inspection in = run(input);
    QCOMPARE(in.messages.size(), std::size_t(1));
    const SipMessage &m = in.messages[0];
    const HeaderField *h = m.first(HeaderId::Subject);
    QVERIFY(h);
    QCOMPARE(text(in, h->name()), name);
    QCOMPARE(text(in, h->value()), value);
    QCOMPARE(h->wsBeforeColon, wsBeforeColon);
    QCOMPARE(h->name().offset, input.indexOf("\r\n" + line + "\r\n") + 2);
    QVERIFY(m.badLines.empty());
}

void TestScanner::headerNamesWhereverTheColon()
{
    // A known name whose colon is among the line's first 16 bytes is taken without the walk over
    // the name; every other line the general way. Both must read a line as the grammar does: the
    // token at the line's start, white space, then the colon (RFC 3261 §7.3.1), or a bad line.
    // Lines here: known names in any case, unknown ones, junk inside the name, runs of white
    // space that put the colon before, at and after the 16th byte, colons in the value.
    const QList<QByteArray> known = {"Via", "From", "To", "Call-ID", "CSeq", "Contact", "Max-Forwards",
                                     "Content-Length", "Content-Type", "Record-Route", "Subject", "v", "f",
                                     "WWW-Authenticate", "Proxy-Authorization", "P-Asserted-Identity"};
    QRandomGenerator random(1123);
    auto pick = [&](const char *set) { return set[random.bounded(int(std::strlen(set)))]; };
    int fields = 0, bad = 0;
    for (int round = 0; round < 4000; ++round) {
        QByteArray name;
        if (random.bounded(3) > 0) {
            name = known[random.bounded(known.size())];
            for (char &ch : name)
                ch = random.bounded(2) ? char(QChar::toUpper(uint(ch))) : char(QChar::toLower(uint(ch)));
        } else {
            name = "x"; // never a month, a rule, a bracket or a digit: those end the block
            for (int n = random.bounded(24); n > 0; --n)
                name += pick("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.!%*_+`'~");
        }
        if (random.bounded(8) == 0) // junk inside the name: no header field
            name.insert(1 + random.bounded(int(name.size())), pick(" @;,\"()"));
        QByteArray space;
        for (int n = random.bounded(4) == 0 ? random.bounded(20) : 0; n > 0; --n)
            space += pick(" \t");
        QByteArray value = random.bounded(2) ? " <sip:a@b>;tag=12:30" : "value";
        QByteArray line = name + space + (random.bounded(10) ? ":" : "") + value;
        const QByteArray input = withHeader(s::message(), line);
        const std::vector<SipMessage> found = Scanner::scan(input);
        QCOMPARE(found.size(), std::size_t(1));
        const SipMessage &m = found[0];
        const qsizetype at = input.indexOf("\r\n" + line + "\r\n") + 2;
        // The grammar's reading of the line.
        qsizetype nameEnd = 0;
        while (nameEnd < line.size() && lex::isTokenChar(uchar(line[nameEnd])))
            ++nameEnd;
        qsizetype colon = nameEnd;
        while (colon < line.size() && lex::isSpace(uchar(line[colon])))
            ++colon;
        const HeaderField *field = nullptr;
        for (const HeaderField &h : m.headers)
            field = h.line().offset == at ? &h : field;
        if (nameEnd > 0 && colon < line.size() && line[colon] == ':') {
            QVERIFY2(field, line.constData());
            QCOMPARE(input.mid(field->name().offset, field->name().length), line.first(nameEnd));
            QCOMPARE(field->id, headerIdFromName(line.first(nameEnd)));
            QCOMPARE(field->wsBeforeColon, colon != nameEnd);
            QCOMPARE(input.mid(field->value().offset, field->value().length), line.sliced(colon + 1).trimmed());
            ++fields;
        } else {
            QVERIFY2(!field, line.constData());
            QCOMPARE(m.badLines.size(), std::size_t(1));
            QCOMPARE(m.badLines.front().line.offset, at);
            ++bad;
        }
    }
    QVERIFY(fields > 2000 && bad > 300);
}

void TestScanner::folding_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("rawValue");
    QTest::addColumn<QString>("unfolded");

    QTest::newRow("space and tab, CRLF")
        << s::foldedOptions("Subject: first\n second\n\tthird\n") << QByteArray("first\r\n second\r\n\tthird")
        << QStringLiteral("first second third");
    QTest::newRow("space and tab, LF")
        << s::lfOnly(s::foldedOptions("Subject: first\n second\n\tthird\n")) << QByteArray("first\n second\n\tthird")
        << QStringLiteral("first second third");
    QTest::newRow("CR only") << s::withLineEnds(s::foldedOptions("Subject: first\n    second\n"), {"\r"})
                             << QByteArray("first\r    second") << QStringLiteral("first second");
    QTest::newRow("deep indentation") << s::foldedOptions("Subject: a\n                 b\n")
                                      << QByteArray("a\r\n                 b") << QStringLiteral("a b");
    QTest::newRow("trailing space before the break")
        << s::foldedOptions("Subject: a  \t\n   b\n") << QByteArray("a  \t\r\n   b") << QStringLiteral("a b");
    QTest::newRow("value begins on the continuation")
        << s::foldedOptions("Subject:\n   late start\n") << QByteArray("late start") << QStringLiteral("late start");
    QTest::newRow("many continuation lines")
        << s::foldedOptions("Subject: 1\n 2\n 3\n 4\n 5\n 6\n 7\n 8\n") << QByteArray("1\r\n 2\r\n 3\r\n 4\r\n 5\r\n 6\r\n 7\r\n 8")
        << QStringLiteral("1 2 3 4 5 6 7 8");
}

void TestScanner::folding()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, rawValue);
    QFETCH(QString, unfolded);

    const Inspection in = run(input);
    QCOMPARE(in.messages.size(), std::size_t(1));
    const SipMessage &m = in.messages[0];
    QVERIFY(m.badLines.empty());
    QCOMPARE(m.count(HeaderId::Subject), 1);
    QCOMPARE(m.headers.size(), std::size_t(8)); // continuation lines are not header fields
    const HeaderField &h = *m.first(HeaderId::Subject);
    QVERIFY(h.folded);
    QCOMPARE(text(in, h.value()), rawValue);
    QCOMPARE(in.unfoldedValue(h), unfolded);
    // The line runs from the name to the end of the last continuation line.
    QCOMPARE(h.line().offset, h.name().offset);
    QCOMPARE(h.line().end(), h.value().end());
    QCOMPARE(text(in, h.line()).left(8), QByteArray("Subject:"));
    // The next header field still starts on its own line.
    const HeaderField *cl = m.first(HeaderId::ContentLength);
    QVERIFY(cl);
    QVERIFY(cl->name().offset > h.line().end());
    QVERIFY(!cl->folded);
    QVERIFY2(onlyDecodings(in), describe(in).constData());
}

void TestScanner::foldingInLogs_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("unfolded");

    const QByteArray wire = s::build("MESSAGE sip:bob@lab-b.test SIP/2.0\n"
                                     "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-fl2\n"
                                     "Max-Forwards: 70\n"
                                     "From: <sip:alice@lab-a.test>;tag=m1\n"
                                     "To: <sip:bob@lab-b.test>\n"
                                     "Call-ID: fold-2@10.0.0.1\n"
                                     "CSeq: 1 MESSAGE\n"
                                     "Subject: the first part,\n"
                                     "   the second part\n"
                                     "\tand the third\n"
                                     "Content-Type: text/plain\n",
                                     "hello\n");
    const QString expected = QStringLiteral("the first part, the second part and the third");
    QTest::newRow("logcat") << s::prefixed(wire, s::logcatPrefix()) << expected;
    QTest::newRow("syslog") << s::prefixed(wire, s::syslogPrefix()) << expected;
    QTest::newRow("freeswitch") << s::freeswitch(wire) << expected;
    QTest::newRow("chan_sip") << s::asteriskChanSip(wire) << expected;
    QTest::newRow("skype") << s::skypeRecord(wire) << expected;
}

void TestScanner::foldingInLogs()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, unfolded);

    const Inspection in = run(input);
    QCOMPARE(in.messages.size(), std::size_t(1));
    const HeaderField *h = in.messages[0].first(HeaderId::Subject);
    QVERIFY(h);
    QVERIFY(h->folded);
    // The log prefix of the continuation lines is not part of the value.
    QCOMPARE(in.unfoldedValue(*h), unfolded);
    QVERIFY2(onlyDecodings(in), describe(in).constData());
}

// ---- Line ends and streams ---------------------------------------------------------------------

void TestScanner::lineEnds_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("bare");

    const QByteArray wire = s::invite();
    QTest::newRow("CRLF") << wire << false;
    QTest::newRow("LF") << s::lfOnly(wire) << true;
    QTest::newRow("CR") << s::withLineEnds(wire, {"\r"}) << true;
    QTest::newRow("mixed CRLF LF CR") << s::withLineEnds(wire, {"\r\n", "\n", "\r"}) << true;
    QTest::newRow("mixed LF CRLF") << s::withLineEnds(wire, {"\n", "\r\n"}) << true;
    QTest::newRow("CRLF head, LF body") << wire.left(wire.indexOf("\r\n\r\n") + 4) + s::offerSdp() << true;
}

void TestScanner::lineEnds()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, bare);

    const Inspection in = run(input);
    QCOMPARE(in.messages.size(), std::size_t(1));
    const SipMessage &m = in.messages[0];
    QCOMPARE(text(in, m.startLine), QByteArray("INVITE sip:bob@lab-b.test SIP/2.0"));
    QCOMPARE(m.headers.size(), std::size_t(13));
    QVERIFY(m.badLines.empty());
    QVERIFY(m.headerBlockEnded);
    QCOMPARE(m.bareLineEnds, bare);
    QCOMPARE(text(in, m.headers.back().name()), QByteArray("Content-Length"));
    QCOMPARE(bodyText(in, m), s::offerSdp());
    QCOMPARE(m.whole.offset, 0);
    QCOMPARE(m.whole.end(), input.size());
    // Content-Length counts CRLF as on the wire; with the line ends of the log it still fits.
    QVERIFY2(onlyDecodings(in), describe(in).constData());
    // Each header line is where LineIndex says.
    const LineIndex lines(in.text);
    for (std::size_t i = 0; i < m.headers.size(); ++i) {
        QCOMPARE(lines.line(m.headers[i].name().offset), int(i) + 2);
        QCOMPARE(lines.column(m.headers[i].name().offset), 1);
    }
}

void TestScanner::severalMessages_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QByteArray>>("startLines");

    const QList<QByteArray> call = {s::invite(), s::trying100(), s::ringing180(), s::ok200Invite(), s::ack(),
                                    s::bye(), s::ok200Bye()};
    const QList<QByteArray> starts = {"INVITE sip:bob@lab-b.test SIP/2.0", "SIP/2.0 100 Trying",
                                      "SIP/2.0 180 Ringing", "SIP/2.0 200 OK", "ACK sip:bob@10.0.0.2:5060 SIP/2.0",
                                      "BYE sip:alice@10.0.0.1:5060 SIP/2.0", "SIP/2.0 200 OK"};
    QByteArray tight, blank, lf, cr, notes;
    // Text between messages is fine in a log; in wire form (CRLF) it would read as a body beyond
    // Content-Length, so that row is LF only.
    for (const QByteArray &m : call) {
        tight += m;
        blank += m + "\r\n\r\n";
        lf += s::lfOnly(m) + "\n";
        cr += s::withLineEnds(m, {"\r"}) + "\r";
        notes += "note: one more message follows\n" + s::lfOnly(m);
    }
    QTest::newRow("back to back") << tight << starts;
    QTest::newRow("blank lines between") << blank << starts;
    QTest::newRow("LF only") << lf << starts;
    QTest::newRow("CR only") << cr << starts;
    QTest::newRow("text between") << notes << starts;

    QByteArray cancelFlow;
    for (const QByteArray &m : {s::invite2(), s::cancel(), s::ok200Cancel(), s::terminated487(), s::ack487()})
        cancelFlow += m;
    QTest::newRow("cancel flow") << cancelFlow
                                 << QList<QByteArray>{"INVITE sip:carol@lab-b.test SIP/2.0",
                                                      "CANCEL sip:carol@lab-b.test SIP/2.0", "SIP/2.0 200 OK",
                                                      "SIP/2.0 487 Request Terminated",
                                                      "ACK sip:carol@lab-b.test SIP/2.0"};
    // The sipfrag body is a status line: only Content-Length keeps it in the NOTIFY.
    QTest::newRow("sipfrag body") << s::refer() + s::accepted202() + s::notifySipfrag() + s::ok200Notify()
                                  << QList<QByteArray>{"REFER sip:bob@10.0.0.2:5060 SIP/2.0", "SIP/2.0 202 Accepted",
                                                       "NOTIFY sip:alice@10.0.0.1:5060 SIP/2.0", "SIP/2.0 200 OK"};
    QTest::newRow("sipfrag body, LF") << s::lfOnly(s::refer() + s::accepted202() + s::notifySipfrag() + s::ok200Notify())
                                      << QList<QByteArray>{"REFER sip:bob@10.0.0.2:5060 SIP/2.0",
                                                           "SIP/2.0 202 Accepted",
                                                           "NOTIFY sip:alice@10.0.0.1:5060 SIP/2.0", "SIP/2.0 200 OK"};
}

void TestScanner::severalMessages()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArray>, startLines);

    const Inspection in = run(input);
    QCOMPARE(in.messages.size(), std::size_t(startLines.size()));
    QVERIFY2(onlyDecodings(in), describe(in).constData());
    const LineIndex lines(in.text);
    qsizetype previousEnd = 0;
    for (std::size_t i = 0; i < in.messages.size(); ++i) {
        const SipMessage &m = in.messages[i];
        QCOMPARE(text(in, m.startLine), startLines[qsizetype(i)]);
        QCOMPARE(m.isRequest(), !startLines[qsizetype(i)].startsWith("SIP/2.0"));
        QCOMPARE(m.lineNumber, lines.line(m.startLine.offset));
        QCOMPARE(m.column, 1);
        QVERIFY(m.whole.offset >= previousEnd); // messages do not overlap
        previousEnd = m.whole.end();
        QCOMPARE(m.whole.offset, m.startLine.offset);
    }
}

void TestScanner::messageInsideALine()
{
    // A body without a final line break, and the next message right after it as on a TCP stream:
    // Content-Length says where the second message begins, in the middle of a line.
    const QByteArray input = s::message() + s::ok200Message();
    const Inspection in = run(input);
    QCOMPARE(in.messages.size(), std::size_t(2));
    QVERIFY2(onlyDecodings(in), describe(in).constData());
    QCOMPARE(text(in, in.messages[0].body), QByteArray("Are you free for lunch?"));
    const SipMessage &second = in.messages[1];
    QCOMPARE(text(in, second.startLine), QByteArray("SIP/2.0 200 OK"));
    QCOMPARE(second.startLine.offset, s::message().size());
    const LineIndex lines(in.text);
    QCOMPARE(second.lineNumber, lines.line(second.startLine.offset));
    QCOMPARE(second.column, 24); // after the 23 bytes of the body on the same line
}

void TestScanner::lineNumbersWhateverTheLineEnds()
{
    // The scan counts lines as it reads them and counts apart only what it passes over (a body
    // that Content-Length covers, a line read ahead): each message must still be on the line
    // LineIndex gives, whatever the line ends (mixed within one input too), bodies that end
    // inside a line, wrappers and junk between the messages.
    const QList<QByteArray> pieces = {s::invite(),       s::trying100(),     s::ok200Invite(),
                                      s::ack(),          s::message(),       s::ok200Message(),
                                      s::notifySipfrag(), s::compactInvite(), s::register401(),
                                      "junk before\r\n", "\r\n",            "<--- Received SIP message --->\r\n",
                                      "U 2026-11-23 10:00:00.000001 10.0.0.1:5060 -> 10.0.0.2:5060\r\n"};
    const QList<QByteArray> ends = {"\r\n", "\n", "\r", "\r\r\n"};
    QRandomGenerator random(2311);
    int messages = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray joined;
        for (int n = 1 + random.bounded(8); n > 0; --n)
            joined += pieces[random.bounded(pieces.size())];
        // One kind of line end for the whole input, or each line its own.
        const int style = random.bounded(ends.size() + 1);
        QByteArray input;
        for (qsizetype i = 0; i < joined.size(); ++i) {
            if (joined[i] == '\r' && i + 1 < joined.size() && joined[i + 1] == '\n') {
                input += ends[style < ends.size() ? style : random.bounded(ends.size())];
                ++i;
            } else {
                input += joined[i];
            }
        }
        const std::vector<SipMessage> found = Scanner::scan(input);
        const LineIndex lines(input);
        for (const SipMessage &m : found) {
            if (m.lineNumber != lines.line(m.startLine.offset))
                QFAIL(qPrintable(QStringLiteral("round %1: line %2 for a message on line %3 at %4 of:\n%5")
                                     .arg(round)
                                     .arg(m.lineNumber)
                                     .arg(lines.line(m.startLine.offset))
                                     .arg(m.startLine.offset)
                                     .arg(QString::fromLatin1(input.toPercentEncoding()))));
            ++messages;
        }
    }
    QVERIFY(messages > 6000); // the inputs were read as messages at all
}

void TestScanner::junkBeforeStartLine_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("messages");
    QTest::addColumn<QByteArray>("startLine");
    QTest::addColumn<int>("column");

    for (const s::JunkCase &c : s::junkCases())
        QTest::newRow(c.name) << c.input << c.messages << c.startLine << c.column;
}

void TestScanner::junkBeforeStartLine()
{
    QFETCH(QByteArray, input);
    QFETCH(int, messages);
    QFETCH(QByteArray, startLine);
    QFETCH(int, column);

    const Inspection in = run(input);
    QCOMPARE(int(in.messages.size()), messages);
    if (messages == 0) {
        QCOMPARE(in.diagnostics.size(), std::size_t(1));
        QCOMPARE(QByteArray(in.diagnostics[0].id), QByteArray("no-sip-message"));
        return;
    }
    const SipMessage &m = in.messages[0];
    QCOMPARE(text(in, m.startLine), startLine);
    QCOMPARE(m.column, column);
    QVERIFY(!m.prefixStripped); // junk on one line is not a prefix
    QCOMPARE(m.whole.offset, m.startLine.offset);
    QVERIFY(m.badLines.empty());
    QVERIFY2(onlyDecodings(in), describe(in).constData());
}

void TestScanner::logPrefixes_data()
{
    QTest::addColumn<QByteArray>("prefix");

    QTest::newRow("logcat") << s::logcatPrefix();
    QTest::newRow("syslog kamailio") << s::syslogPrefix();
    QTest::newRow("syslog opensips") << QByteArray("Nov 21 15:06:4# sbc-2 /usr/sbin/opensips[2301]: ");
    QTest::newRow("bracketed timestamp") << QByteArray("[2026-11-21 15:06:41.1#7] sip: ");
    QTest::newRow("three spaces") << QByteArray("   ");
    QTest::newRow("tab") << QByteArray("\t");
}

void TestScanner::logPrefixes()
{
    QFETCH(QByteArray, prefix);

    // A call as a log writes it, each line behind the prefix, followed by another log line with
    // the same prefix that is not part of any message.
    const QList<QByteArray> call = {s::invite(), s::ringing180(), s::ok200Invite(), s::ack()};
    QByteArray input;
    for (const QByteArray &m : call)
        input += s::prefixed(m, prefix);
    input += s::prefixed("Call state changed to StreamsRunning\n", prefix);

    const Inspection in = run(input);
    QCOMPARE(in.messages.size(), std::size_t(4));
    QVERIFY2(onlyDecodings(in), describe(in).constData());
    const qsizetype width = prefix.size();
    for (std::size_t i = 0; i < in.messages.size(); ++i) {
        const SipMessage &m = in.messages[i];
        QVERIFY(m.prefixStripped);
        QCOMPARE(m.column, int(width) + 1);
        const QByteArray &wire = call[qsizetype(i)];
        QCOMPARE(text(in, m.startLine), wire.left(wire.indexOf("\r\n")));
        QCOMPARE(m.prefixLength, width);
        QCOMPARE(text(in, m.headers.front().name()), QByteArray("Via"));
        QCOMPARE(text(in, m.headers.back().name()), QByteArray("Content-Length"));
        if (width >= 5) {
            for (const HeaderField &h : m.headers)
                QVERIFY(!text(in, h.value()).contains(prefix.left(5)));
        }
    }
    QCOMPARE(bodyText(in, in.messages[0], width), s::offerSdp());
    QCOMPARE(bodyText(in, in.messages[2], width), s::answerSdp());
    // Content-Length: 0 and the next log line is not a body.
    QCOMPARE(in.messages[1].body.length, 0);
    QCOMPARE(in.messages[3].body.length, 0);
    QVERIFY(!text(in, in.messages[3].whole).contains("StreamsRunning"));
}

void TestScanner::logWrappers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("marker"); // wrapper text that must not be inside a message
    QTest::addColumn<qsizetype>("indent");

    const QByteArray a = s::invite();
    const QByteArray b = s::ok200Invite();
    QTest::newRow("asterisk chan_sip") << s::asteriskChanSip(a) + s::asteriskChanSip(b) << QByteArray("<---")
                                       << qsizetype(0);
    QTest::newRow("asterisk pjsip") << s::asteriskPjsip(a) + s::asteriskPjsip(b) << QByteArray("DEBUG")
                                    << qsizetype(0);
    QTest::newRow("freeswitch sofia") << s::freeswitch(a) + s::freeswitch(b) << QByteArray("-----") << qsizetype(3);
    QTest::newRow("pjsua") << s::pjsua(a) + s::pjsua(b) << QByteArray("--end msg--") << qsizetype(0);
    QTest::newRow("sngrep") << s::sngrep({a, b}) << QByteArray("2026/11/21") << qsizetype(0);
    QTest::newRow("audiocodes syslog") << s::audiocodes(a) + s::audiocodes(b) << QByteArray("[Time:") << qsizetype(0);
    QTest::newRow("audiocodes syslog, CRLF file") << QByteArray(s::audiocodes(a) + s::audiocodes(b)).replace("\n", "\r\n")
                                                  << QByteArray("[Time:") << qsizetype(0);
    QTest::newRow("kamailio syslog") << s::prefixed(a, s::syslogPrefix()) + s::prefixed(b, s::syslogPrefix())
                                            + s::prefixed("relay to 10.0.0.2 done\n", s::syslogPrefix())
                                     << QByteArray("relay to") << qsizetype(s::syslogPrefix().size());
    // Logs saved on Windows: the same with CRLF line ends.
    QTest::newRow("chan_sip, CRLF file") << s::asteriskChanSip(a).replace("\n", "\r\n") + s::asteriskChanSip(b).replace("\n", "\r\n")
                                         << QByteArray("<---") << qsizetype(0);
    QTest::newRow("pjsua, CRLF file") << QByteArray(s::pjsua(a) + s::pjsua(b)).replace("\n", "\r\n") << QByteArray("--end msg--")
                                      << qsizetype(0);
}

void TestScanner::logWrappers()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, marker);
    QFETCH(qsizetype, indent);

    const Inspection in = run(input);
    QCOMPARE(in.messages.size(), std::size_t(2));
    QVERIFY2(onlyDecodings(in), describe(in).constData());
    QCOMPARE(text(in, in.messages[0].startLine), QByteArray("INVITE sip:bob@lab-b.test SIP/2.0"));
    QCOMPARE(text(in, in.messages[1].startLine), QByteArray("SIP/2.0 200 OK"));
    QCOMPARE(bodyText(in, in.messages[0], indent), s::offerSdp());
    QCOMPARE(bodyText(in, in.messages[1], indent), s::answerSdp());
    for (const SipMessage &m : in.messages) {
        QVERIFY(m.headers.size() > 9);
        QVERIFY(m.badLines.empty());
        QVERIFY(m.headerBlockEnded);
        QCOMPARE(m.column, int(indent) + 1);
        const QByteArray whole = text(in, m.whole);
        QVERIFY2(!whole.contains(marker), whole.right(80).constData());
        QVERIFY(!whole.contains("--end msg--"));
        QVERIFY(!whole.contains("<-----"));
    }
}

// Skype for Business / Lync server logs (CLS logger, Snooper): "Start-Line: " before the start line,
// then the header fields, then "Message-Body: " with the body's first line after it (an en dash when
// there is none), then "$$end_record". In CRLF, as the logger writes on Windows.
void TestScanner::skypeForBusinessRecords()
{
    const QByteArray sdp = "v=0\r\no=- 0 0 IN IP4 10.0.0.1\r\ns=session\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\n"
                           "m=audio 50000 RTP/AVP 0\r\n";
    const QByteArray input =
        "TL_INFO(TF_PROTOCOL) [0]1A2C.1D3C::11/21/2026-15:06:41.123.0001A2B3 (SIPStack,SIPAdminLog::"
        "TraceProtocolRecord:SIPAdminLog.cpp(125))[1234567890] $$begin_record\r\n"
        "Trace-Correlation-Id: 1234567890\r\nInstance-Id: 0001A2B3\r\nDirection: incoming\r\n"
        "Peer: 10.0.0.1:5061\r\nMessage-Type: request\r\n"
        "Start-Line: INVITE sip:bob@example.com SIP/2.0\r\n"
        "From: <sip:alice@example.com>;tag=1\r\nTo: <sip:bob@example.com>\r\nCall-ID: sfb-1\r\n"
        "CSeq: 1 INVITE\r\nVia: SIP/2.0/TLS 10.0.0.1:5061;branch=z9hG4bK-1\r\nMax-Forwards: 70\r\n"
        "Contact: <sip:alice@10.0.0.1:5061;transport=tls>\r\nContent-Type: application/sdp\r\n"
        "Content-Length: " + QByteArray::number(sdp.size()) + "\r\n"
        "Message-Body: " + sdp + "$$end_record\r\n\r\n"
        "TL_INFO(TF_PROTOCOL) [0]1A2C.1D3C::11/21/2026-15:06:41.130.0001A2B4 (SIPStack,SIPAdminLog::"
        "TraceProtocolRecord:SIPAdminLog.cpp(125))[1234567891] $$begin_record\r\n"
        "Trace-Correlation-Id: 1234567891\r\nInstance-Id: 0001A2B4\r\nDirection: outgoing;source=\"local\"\r\n"
        "Peer: 10.0.0.1:5061\r\nMessage-Type: response\r\n"
        "Start-Line: SIP/2.0 100 Trying\r\n"
        "From: <sip:alice@example.com>;tag=1\r\nTo: <sip:bob@example.com>\r\nCall-ID: sfb-1\r\n"
        "CSeq: 1 INVITE\r\nVia: SIP/2.0/TLS 10.0.0.1:5061;branch=z9hG4bK-1\r\nContent-Length: 0\r\n"
        "Message-Body: \xe2\x80\x93\r\n$$end_record\r\n";
    const Inspection in = run(input);
    QCOMPARE(in.messages.size(), std::size_t(2));
    const SipMessage &invite = in.messages[0];
    QCOMPARE(text(in, invite.startLine), QByteArray("INVITE sip:bob@example.com SIP/2.0"));
    QCOMPARE(invite.headers.size(), std::size_t(9)); // Message-Body is no header field
    QVERIFY(invite.headerBlockEnded);
    QCOMPARE(text(in, invite.body), sdp);
    QCOMPARE(in.messages[1].headers.size(), std::size_t(6));
    QCOMPARE(in.messages[1].body.length, 0);
    // No malformed line, no Content-Length that disagrees: only the note that no final response follows.
    QVERIFY2(in.count(Severity::Error) == 0 && in.count(Severity::Warning) == 0, describe(in).constData());
    // A body that ended without a line break on the wire: Content-Length counts it so.
    const Inspection noBreak = run("Start-Line: MESSAGE sip:bob@example.com SIP/2.0\r\n"
                                   "Via: SIP/2.0/TLS 10.0.0.1:5061;branch=z9hG4bK-3\r\nMax-Forwards: 70\r\n"
                                   "From: <sip:a@example.com>;tag=3\r\nTo: <sip:bob@example.com>\r\nCall-ID: m-3\r\n"
                                   "CSeq: 3 MESSAGE\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n"
                                   "Message-Body: hello\r\n$$end_record\r\n");
    QCOMPARE(noBreak.messages.size(), std::size_t(1));
    QCOMPARE(text(noBreak, noBreak.messages[0].body), QByteArray("hello"));
    QCOMPARE(noBreak.messages[0].bodyWireLength, qint64(5));
    QVERIFY2(noBreak.diagnostics.empty(), describe(noBreak).constData());
    // Outside such a record, "Message-Body:" is a header field like any other.
    const Inspection plain = run("OPTIONS sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK-2\r\n"
                                 "Max-Forwards: 70\r\nFrom: <sip:a@example.com>;tag=2\r\nTo: <sip:bob@example.com>\r\n"
                                 "Call-ID: x-2\r\nCSeq: 2 OPTIONS\r\nMessage-Body: 1\r\nContent-Length: 0\r\n\r\n");
    QCOMPARE(plain.messages.size(), std::size_t(1));
    QCOMPARE(plain.messages[0].headers.size(), std::size_t(8));
    QCOMPARE(text(plain, plain.messages[0].headers[6].name()), QByteArray("Message-Body"));
}

void TestScanner::tsharkTree()
{
    // `tshark -V` output: only the 8-space lines under "Message Header" are SIP; deeper lines are
    // tshark's own decoding, and the body is shown decoded, so Content-Length cannot be checked.
    const QByteArray input = "Frame 7: 612 bytes on wire (4896 bits), 612 bytes captured (4896 bits)\n"
                             "User Datagram Protocol, Src Port: 5060, Dst Port: 5060\n"
                             "Session Initiation Protocol (INVITE)\n"
                             "    Request-Line: INVITE sip:bob@lab-b.test SIP/2.0\n"
                             "        Method: INVITE\n"
                             "        [Resent Packet: False]\n"
                             "    Message Header\n"
                             "        Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bKts1\n"
                             "            Transport: UDP\n"
                             "            Branch: z9hG4bKts1\n"
                             "        Max-Forwards: 70\n"
                             "        From: <sip:alice@lab-a.test>;tag=ts77\n"
                             "            SIP from tag: ts77\n"
                             "        To: <sip:bob@lab-b.test>\n"
                             "        Call-ID: tshark-1@10.0.0.1\n"
                             "        CSeq: 1 INVITE\n"
                             "        Contact: <sip:alice@10.0.0.1>\n"
                             "        Content-Type: application/sdp\n"
                             "        Content-Length: 142\n"
                             "    Message Body\n"
                             "        Session Description Protocol\n"
                             "\n"
                             "Frame 8: 402 bytes on wire (3216 bits), 402 bytes captured (3216 bits)\n"
                             "Session Initiation Protocol (486)\n"
                             "    Status-Line: SIP/2.0 486 Busy Here\n"
                             "        Status-Code: 486\n"
                             "    Message Header\n"
                             "        Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bKts1\n"
                             "        From: <sip:alice@lab-a.test>;tag=ts77\n"
                             "        To: <sip:bob@lab-b.test>;tag=ts88\n"
                             "        Call-ID: tshark-1@10.0.0.1\n"
                             "        CSeq: 1 INVITE\n"
                             "        Content-Length: 0\n";
    const Inspection in = run(input);
    QCOMPARE(in.messages.size(), std::size_t(2));
    QVERIFY2(onlyDecodings(in), describe(in).constData());
    const SipMessage &invite = in.messages[0];
    QCOMPARE(text(in, invite.startLine), QByteArray("INVITE sip:bob@lab-b.test SIP/2.0"));
    QCOMPARE(invite.headers.size(), std::size_t(9));
    QCOMPARE(text(in, invite.headers[0].value()), QByteArray("SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bKts1"));
    QVERIFY(invite.bodyNotShown);
    QCOMPARE(in.messages[1].code, 486);
    QCOMPARE(in.messages[1].headers.size(), std::size_t(6));
    // Without the body line, Content-Length is checked as usual.
    QByteArray noBody = input;
    noBody.replace("    Message Body\n        Session Description Protocol\n", "");
    const Inspection broken = run(noBody);
    QCOMPARE(broken.messages.size(), std::size_t(2));
    QVERIFY(!broken.messages[0].bodyNotShown);
}

void TestScanner::contentLengthInLogs_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("detail"); // null: no mismatch expected

    const QByteArray wire = s::ok200Invite();
    const qsizetype cl = crlf(s::answerSdp()).size();
    auto withLength = [&](qsizetype n) {
        QByteArray m = wire;
        m.replace("Content-Length: " + QByteArray::number(cl), "Content-Length: " + QByteArray::number(n));
        return m;
    };
    const qsizetype lines = s::answerSdp().count('\n');
    QTest::newRow("LF, counted as CRLF") << s::lfOnly(wire) << QByteArray();
    QTest::newRow("LF, last break not counted") << s::lfOnly(withLength(cl - 2)) << QByteArray();
    QTest::newRow("LF, counted as LF") << s::lfOnly(withLength(cl - lines)) << QByteArray();
    QTest::newRow("chan_sip, right") << s::asteriskChanSip(wire) << QByteArray();
    QTest::newRow("chan_sip, too long") << s::asteriskChanSip(withLength(cl + 7)) << QByteArray("wire");
    QTest::newRow("chan_sip, too short") << s::asteriskChanSip(withLength(cl - 5)) << QByteArray("wire");
    QTest::newRow("pjsua, too long") << s::pjsua(withLength(cl + 30)) << QByteArray("wire");
    QTest::newRow("freeswitch, right") << s::freeswitch(wire) << QByteArray();
    QTest::newRow("audiocodes, right") << s::audiocodes(wire) << QByteArray();
    QTest::newRow("audiocodes, too long") << s::audiocodes(withLength(cl + 3)) << QByteArray("wire");
    QTest::newRow("skype, right") << s::skypeRecord(wire) << QByteArray();
    QTest::newRow("skype, too long") << s::skypeRecord(withLength(cl + 3)) << QByteArray(""); // CRLF: as on the wire
    QTest::newRow("freeswitch, too long") << s::freeswitch(withLength(cl + 3)) << QByteArray("wire");
    QTest::newRow("syslog, right") << s::prefixed(wire, s::syslogPrefix()) << QByteArray();
    QTest::newRow("syslog, too short") << s::prefixed(withLength(cl - 9), s::syslogPrefix()) + "Nov 21 15:07:00 x y: z\n"
                                       << QByteArray("wire");
    QTest::newRow("LF, cut off") << s::lfOnly(withLength(cl + 100)) << QByteArray("truncated");
    QTest::newRow("CRLF, right") << wire << QByteArray();
    QTest::newRow("CRLF, too short") << withLength(cl - 5) << QByteArray("");
    QTest::newRow("CRLF, cut off") << withLength(cl + 40) << QByteArray("truncated");
    QTest::newRow("CRLF, no empty line") << wire.left(wire.indexOf("\r\n\r\n") + 2) << QByteArray("no-body");
}

void TestScanner::contentLengthInLogs()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, detail);

    const Inspection in = run(input);
    QCOMPARE(in.messages.size(), std::size_t(1));
    std::vector<const Diagnostic *> found;
    for (const Diagnostic &d : in.diagnostics) {
        if (QByteArray(d.id) == "content-length-mismatch")
            found.push_back(&d);
    }
    if (detail.isNull()) {
        QVERIFY2(onlyDecodings(in), describe(in).constData());
        QVERIFY(in.messages[0].body.length > 0);
        return;
    }
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(QByteArray(found[0]->detail), detail);
    QCOMPARE(found[0]->severity, Severity::Error);
    QCOMPARE(text(in, found[0]->span), QByteArray(text(in, in.messages[0].first(HeaderId::ContentLength)->value())));
}

// ---- Encodings ---------------------------------------------------------------------------------

void TestScanner::gb18030_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QByteArray>("fromBytes");
    QTest::addColumn<QString>("fromName");
    QTest::addColumn<QString>("subject");

    // GB18030 bytes written out, so the test does not depend on an ICU-enabled Qt:
    // 张三 D5C5 C8FD, 李四 C0EE CBC4, 王五 CDF5 CEE5.
    const QByteArray zhangSan = QByteArray::fromHex("d5c5c8fd");
    const QByteArray liSi = QByteArray::fromHex("c0eecbc4");
    const QByteArray wangWu = QByteArray::fromHex("cdf5cee5");
    QTest::newRow("GB18030") << s::gbMessage(zhangSan, liSi, wangWu) << int(TextEncoding::Gb18030) << zhangSan
                             << QStringLiteral("张三") << QStringLiteral("王五");
    QTest::newRow("GB18030, LF, in a log") << s::asteriskChanSip(s::gbMessage(zhangSan, liSi, wangWu))
                                           << int(TextEncoding::Gb18030) << zhangSan << QStringLiteral("张三")
                                           << QStringLiteral("王五");
    // Not UTF-8 and not Chinese: a Western European Windows machine's log. It was read as GB18030,
    // "Muñoz" as "Mu駉z".
    QTest::newRow("Windows-1252") << s::gbMessage("Jos\xe9 Mu\xf1oz", "M\xfc" "ller", "caf\xe9 cr\xe8me \x93" "br\xfbl\xe9" "e\x94")
                                  << int(TextEncoding::Windows1252) << QByteArray("Jos\xe9 Mu\xf1oz")
                                  << QStringLiteral("José Muñoz") << QStringLiteral("café crème “brûlée”");
    QTest::newRow("UTF-8") << s::gbMessage(QStringLiteral("张三").toUtf8(), QStringLiteral("李四").toUtf8(),
                                      QStringLiteral("王五").toUtf8())
                           << int(TextEncoding::Utf8) << QStringLiteral("张三").toUtf8() << QStringLiteral("张三") << QStringLiteral("王五");
}

void TestScanner::gb18030()
{
    QFETCH(QByteArray, input);
    QFETCH(int, encoding);
    QFETCH(QByteArray, fromBytes);
    QFETCH(QString, fromName);
    QFETCH(QString, subject);

    // The hex literals are right wherever Qt can say so.
    QStringEncoder encoder("GB18030");
    if (encoder.isValid())
        QCOMPARE(QByteArray(encoder.encode(QStringLiteral("张三李四王五"))), QByteArray::fromHex("d5c5c8fdc0eecbc4cdf5cee5"));

    const Inspection in = run(input);
    QCOMPARE(int(in.encoding), encoding);
    QCOMPARE(encodingName(in.encoding), encoding == int(TextEncoding::Gb18030)       ? QStringLiteral("GB18030")
                                        : encoding == int(TextEncoding::Windows1252) ? QStringLiteral("Windows-1252")
                                                                                     : QStringLiteral("UTF-8"));
    QVERIFY(!in.converted);
    QCOMPARE(in.messages.size(), std::size_t(1));
    QVERIFY2(onlyDecodings(in), describe(in).constData());
    const SipMessage &m = in.messages[0];
    QCOMPARE(m.headers.size(), std::size_t(9));
    const HeaderField *from = m.first(HeaderId::From);
    const HeaderField *subj = m.first(HeaderId::Subject);
    QVERIFY(from && subj);
    // The spans hold the encoded bytes of the names, between the quotes.
    const QByteArray fromValue = text(in, from->value());
    QCOMPARE(fromValue, "\"" + fromBytes + "\" <sip:zhangsan@lab-a.test>;tag=gb");
    const bool decodable = (encoding != int(TextEncoding::Gb18030) || QStringDecoder("GB18030").isValid())
                           && (encoding != int(TextEncoding::Windows1252) || QStringDecoder("windows-1252").isValid());
    if (decodable) {
        QCOMPARE(in.string(subj->value()), subject);
        QCOMPARE(in.string(from->value()), QLatin1Char('"') + fromName + QStringLiteral("\" <sip:zhangsan@lab-a.test>;tag=gb"));
        QCOMPARE(in.unfoldedValue(*subj), subject);
    } else {
        QCOMPARE(text(in, subj->value()), QByteArray::fromHex("cdf5cee5"));
    }
}

// ---- Spans -------------------------------------------------------------------------------------

void TestScanner::spansOfAMessage()
{
    // Offsets counted by hand.
    const QByteArray input = "xx\r\n"                                        // 0..3: a line of junk
                             "OPTIONS sip:lab-b.test SIP/2.0\r\n"           // 4..35
                             "Via: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK-sp\r\n"  // 36..
                             "Max-Forwards: 70\r\n"
                             "From: <sip:p@lab-a.test>;tag=sp\r\n"
                             "To: <sip:lab-b.test>\r\n"
                             "Call-ID: sp-1\r\n"
                             "CSeq: 5 OPTIONS\r\n"
                             "Content-Type: text/plain\r\n"
                             "Content-Length: 4\r\n"
                             "\r\n"
                             "ping";
    const Inspection in = run(input);
    QCOMPARE(in.messages.size(), std::size_t(1));
    const SipMessage &m = in.messages[0];
    QCOMPARE(m.startLine.offset, 4);
    QCOMPARE(m.startLine.length, 30);
    QCOMPARE(m.lineNumber, 2);
    QCOMPARE(m.column, 1);
    QCOMPARE(m.method.offset, 4);
    QCOMPARE(m.method.length, 7);
    QCOMPARE(m.requestUri.offset, 12);
    QCOMPARE(m.requestUri.length, 14);
    QCOMPARE(m.version.offset, 27);
    QCOMPARE(m.version.length, 7);
    const HeaderField &via = m.headers[0];
    QCOMPARE(via.line().offset, 36);
    QCOMPARE(via.name().offset, 36);
    QCOMPARE(via.name().length, 3);
    QCOMPARE(via.value().offset, 41);
    QCOMPARE(via.value().length, 38);
    QCOMPARE(via.line().end(), 79);
    const HeaderField &cl = m.headers.back();
    QCOMPARE(cl.name().offset, input.indexOf("Content-Length"));
    QCOMPARE(cl.value().offset, input.indexOf("Content-Length: 4") + 16);
    QCOMPARE(cl.value().length, 1);
    QCOMPARE(m.body.offset, input.size() - 4);
    QCOMPARE(m.body.length, 4);
    QCOMPARE(m.bodyWireLength, 4);
    QCOMPARE(m.whole.offset, 4);
    QCOMPARE(m.whole.end(), input.size());
    QVERIFY2(onlyDecodings(in), describe(in).constData());

    // A response: version, code and reason.
    const QByteArray response = s::terminated487();
    const Inspection r = run(response);
    const SipMessage &m2 = r.messages.at(0);
    QCOMPARE(m2.code, 487);
    QCOMPARE(text(r, m2.version), QByteArray("SIP/2.0"));
    QCOMPARE(m2.statusCode.offset, 8);
    QCOMPARE(text(r, m2.statusCode), QByteArray("487"));
    QCOMPARE(m2.reason.offset, 12);
    QCOMPARE(text(r, m2.reason), QByteArray("Request Terminated"));
    QCOMPARE(m2.body.offset, response.size());
    QCOMPARE(m2.body.length, 0);
}

void TestScanner::spansOfEverySample_data()
{
    QTest::addColumn<QByteArray>("wire");
    for (const s::Sample &sample : s::validMessages())
        QTest::newRow(sample.name) << sample.wire;
}

void TestScanner::spansOfEverySample()
{
    QFETCH(QByteArray, wire);

    // Behind a prefix and after junk, every span still points at the same text.
    const QByteArray prefix = "2026-11-21 15:06:41.123 [sip] ";
    for (const QByteArray &input : {wire, QByteArray("junk line\r\n") + wire, s::prefixed(wire, prefix)}) {
        const bool prefixed = input.startsWith(prefix);
        const Inspection in = run(input);
        QCOMPARE(in.messages.size(), std::size_t(1));
        QVERIFY2(onlyDecodings(in), describe(in).constData());
        const SipMessage &m = in.messages[0];
        const QByteArray firstLine = wire.left(wire.indexOf("\r\n"));
        QCOMPARE(text(in, m.startLine), firstLine);
        QCOMPARE(in.text.indexOf(firstLine), m.startLine.offset);
        qsizetype headerLines = 0;
        for (const QByteArray &line : s::lfOnly(wire).split('\n').mid(1)) {
            if (line.isEmpty())
                break;
            headerLines += !line.startsWith(' ');
        }
        QCOMPARE(qsizetype(m.headers.size()), headerLines);
        for (const HeaderField &h : m.headers) {
            const QByteArray name = text(in, h.name());
            const QByteArray line = text(in, h.line());
            QVERIFY(line.startsWith(name + ':'));
            QVERIFY(h.value().offset > h.name().end());
            QCOMPARE(h.value().end(), h.line().end());
            if (!h.folded)
                QCOMPARE(line, name + ": " + text(in, h.value()));
            // The name is at the start of its line, right after the prefix.
            const qsizetype lineStart = in.text.lastIndexOf('\n', h.name().offset) + 1;
            QCOMPARE(h.name().offset - lineStart, prefixed ? prefix.size() : 0);
        }
        const qsizetype bodyStart = prefixed ? in.text.indexOf("\n" + prefix + "\n") + prefix.size() + 2
                                             : in.text.indexOf("\r\n\r\n") + 4;
        QCOMPARE(m.body.offset, bodyStart);
        QCOMPARE(m.whole.end(), m.body.isEmpty() ? m.headers.back().line().end() : m.body.end());
        if (!m.body.isEmpty())
            QCOMPARE(m.body.end(), in.text.size());
        QVERIFY(m.whole.offset >= 0 && m.whole.end() <= in.text.size());
    }
}

void TestScanner::startLineParts_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("request");
    QTest::addColumn<QByteArray>("first");  // method or version
    QTest::addColumn<QByteArray>("second"); // Request-URI or status code
    QTest::addColumn<QByteArray>("third");  // version or reason phrase
    QTest::addColumn<int>("code");

    QTest::newRow("request") << QByteArray("REGISTER sip:lab-a.test SIP/2.0") << true << QByteArray("REGISTER")
                             << QByteArray("sip:lab-a.test") << QByteArray("SIP/2.0") << 0;
    QTest::newRow("extension method") << QByteArray("FOO sips:x@lab-a.test SIP/2.0") << true << QByteArray("FOO")
                                      << QByteArray("sips:x@lab-a.test") << QByteArray("SIP/2.0") << 0;
    QTest::newRow("tel URI") << QByteArray("INVITE tel:+861012345678 SIP/2.0") << true << QByteArray("INVITE")
                             << QByteArray("tel:+861012345678") << QByteArray("SIP/2.0") << 0;
    QTest::newRow("lower-case version") << QByteArray("OPTIONS sip:x sip/2.0") << true << QByteArray("OPTIONS")
                                        << QByteArray("sip:x") << QByteArray("sip/2.0") << 0;
    QTest::newRow("response") << QByteArray("SIP/2.0 486 Busy Here") << false << QByteArray("SIP/2.0")
                              << QByteArray("486") << QByteArray("Busy Here") << 486;
    QTest::newRow("empty reason") << QByteArray("SIP/2.0 200 ") << false << QByteArray("SIP/2.0") << QByteArray("200")
                                  << QByteArray() << 200;
    QTest::newRow("four digits") << QByteArray("SIP/2.0 2000 OK") << false << QByteArray("SIP/2.0")
                                 << QByteArray("2000") << QByteArray("OK") << -1;
    QTest::newRow("other version") << QByteArray("SIP/3.0 200 OK") << false << QByteArray("SIP/3.0")
                                   << QByteArray("200") << QByteArray("OK") << 200;
}

void TestScanner::startLineParts()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, request);
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(QByteArray, third);
    QFETCH(int, code);

    const QByteArray input = line + "\r\nCall-ID: parts\r\n\r\n";
    const std::vector<SipMessage> found = Scanner::scan(input);
    QCOMPARE(found.size(), std::size_t(1));
    const SipMessage &m = found[0];
    auto at = [&](Span span) { return input.mid(span.offset, span.length); };
    QCOMPARE(m.isRequest(), request);
    QCOMPARE(at(m.startLine), line);
    if (request) {
        QCOMPARE(at(m.method), first);
        QCOMPARE(at(m.requestUri), second);
        QCOMPARE(at(m.version), third);
    } else {
        QCOMPARE(at(m.version), first);
        QCOMPARE(at(m.statusCode), second);
        QCOMPARE(at(m.reason), third);
        QCOMPARE(m.code, code);
    }
    QCOMPARE(m.headers.size(), std::size_t(1));
}

// A header field keeps its name and the distances of its value within its line in 16 bits
// (message.h). What does not fit is bounded, not wrapped around.
void TestScanner::headerFieldsBeyondSixteenBits()
{
    const QByteArray longName(70000, 'X');
    const QByteArray gap(70000, ' ');
    const QByteArray input = "OPTIONS sip:a@example.com SIP/2.0\r\n" + longName + ": v\r\n" + "Subject:" + gap
                             + "early\r\n" + "Organization: trailing" + gap + "\r\n" + "Call-ID: tail\r\n\r\n";
    const std::vector<SipMessage> found = Scanner::scan(input);
    QCOMPARE(found.size(), std::size_t(1));
    const SipMessage &m = found[0];
    auto at = [&](Span span) { return input.mid(span.offset, span.length); };
    // A 70 000-byte "name" is no header field name.
    QCOMPARE(m.badLines.size(), std::size_t(1));
    QCOMPARE(at(m.badLines[0].line).left(4), QByteArray("XXXX"));
    QCOMPARE(m.headers.size(), std::size_t(3));
    // The value after 70 000 spaces starts 65 535 bytes into the line, and still ends right.
    const HeaderField &subject = m.headers[0];
    QCOMPARE(at(subject.name()), QByteArray("Subject"));
    QCOMPARE(subject.value().offset - subject.line().offset, qsizetype(0xffff));
    QVERIFY(at(subject.value()).endsWith(" early"));
    QCOMPARE(subject.line().end(), subject.value().end());
    // The value before 70 000 trailing spaces is exact; the line ends 65 535 bytes after it.
    const HeaderField &organization = m.headers[1];
    QCOMPARE(at(organization.value()), QByteArray("trailing"));
    QCOMPARE(organization.line().end() - organization.value().end(), qsizetype(0xffff));
    QCOMPARE(at(m.headers[2].value()), QByteArray("tail"));
}

// Header fields, bad lines and origins sit in compact storage (compactstorage.h): copies are
// deep, and moved-from messages are empty, not dangling.
void TestScanner::messagesCopyTheirParts()
{
    const QByteArray input = "OPTIONS sip:a@example.com SIP/2.0\r\nno colon here\r\nCall-ID: c1\r\nCSeq: 1 OPTIONS\r\n\r\n";
    std::vector<SipMessage> found = Scanner::scan(input);
    QCOMPARE(found.size(), std::size_t(1));
    found[0].origin.edit().source = "10.0.0.1:5060";
    SipMessage copy = found[0];
    QCOMPARE(copy.headers.size(), std::size_t(2));
    QVERIFY(copy.headers.begin() != found[0].headers.begin());
    QCOMPARE(copy.headers[1].value().offset, found[0].headers[1].value().offset);
    QCOMPARE(copy.badLines.size(), std::size_t(1));
    QCOMPARE(copy.origin->source, QByteArray("10.0.0.1:5060"));
    copy.origin.edit().source = "changed";
    QCOMPARE(found[0].origin->source, QByteArray("10.0.0.1:5060"));
    SipMessage moved = std::move(found[0]);
    QCOMPARE(moved.headers.size(), std::size_t(2));
    QVERIFY(found[0].headers.empty());
    QVERIFY(!found[0].origin.isSet());
    QVERIFY(found[0].origin->source.isEmpty());
    found[0] = copy;
    QCOMPARE(found[0].origin->source, QByteArray("changed"));
    QCOMPARE(found[0].headers.size(), std::size_t(2));
}

// CR CR LF (CRLF text written once more in text mode): one line break each, not a CR alone and
// an empty line, which ended every header block right after its start line.
void TestScanner::doubledCrLineEnds()
{
    const QByteArray wire = s::invite() + s::ok200Invite();
    QByteArray doubled = wire;
    doubled.replace("\r\n", "\r\r\n");
    const Inspection plain = run(wire);
    const Inspection in = run(doubled);
    QCOMPARE(in.messages.size(), plain.messages.size());
    for (std::size_t i = 0; i < in.messages.size(); ++i) {
        const SipMessage &a = plain.messages[i];
        const SipMessage &b = in.messages[i];
        QVERIFY(b.doubledCr);
        QVERIFY(!a.doubledCr);
        QVERIFY(b.headerBlockEnded);
        QCOMPARE(b.headers.size(), a.headers.size());
        for (std::size_t h = 0; h < a.headers.size(); ++h)
            QCOMPARE(in.unfoldedValue(b.headers[h]), plain.unfoldedValue(a.headers[h]));
        QByteArray body = text(plain, a.body);
        body.replace("\r\n", "\r\r\n");
        QCOMPARE(text(in, b.body), body);
        // Content-Length counts the body as it was on the wire.
        QCOMPARE(b.bodyWireLength, qint64(a.body.length));
        // A line of the text is what an editor shows: CR alone, then CR LF, is two.
        QCOMPARE(b.lineNumber, 2 * a.lineNumber - 1);
    }
    // No finding but the note, once for the input, at the first message.
    int notes = 0;
    for (const Diagnostic &d : in.diagnostics) {
        if (QByteArrayView(d.id) == "doubled-cr") {
            ++notes;
            QCOMPARE(d.message, -1);
            QCOMPARE(d.span.offset, in.messages[0].startLine.offset);
        } else {
            QVERIFY2(d.severity == Severity::Info, d.id);
        }
    }
    QCOMPARE(notes, 1);

    // The same in UTF-16 (converted to UTF-8 before the scan): read the same way, not with the
    // breaks rewritten on the way.
    const QByteArray utf16 = QStringEncoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom)
                                 .encode(QString::fromUtf8(doubled));
    const Inspection wide = run(utf16);
    QVERIFY(wide.converted);
    QCOMPARE(wide.text, doubled);
    QCOMPARE(wide.messages.size(), in.messages.size());
    QVERIFY(wide.messages[0].doubledCr);
}

QTEST_GUILESS_MAIN(TestScanner)
#include "tst_scanner.moc"
