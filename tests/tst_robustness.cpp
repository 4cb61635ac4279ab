// The inspector must return on any input — cut off, shuffled, random, huge, in another encoding —
// with findings or "no SIP message", and every span it reports must lie inside the text.
// No timing assertions: a hang shows up as the ctest timeout, a crash as a crash.
#include "catalog/catalog.h"
#include "checks/diagnostictexts.h"
#include "checks/inspection.h"
#include "samplemessages.h"
#include "sip/filereading.h"
#include "sip/lineindex.h"
#include "slowfile.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <QtTest>

#include <algorithm>
#include <atomic>

using namespace sipref;
using namespace sipref::test;
namespace s = sipref::test::samples;

namespace {


struct Input
{
    QByteArray name;
    QByteArray bytes;
};

// Every message of the other two test files, in every form they use it in.
QList<Input> everyInput()
{
    QList<Input> out;
    for (const s::Sample &sample : s::validMessages()) {
        const QByteArray n = sample.name;
        const QByteArray w = sample.wire;
        out.append({n, w});
        out.append({n + ", LF", s::lfOnly(w)});
        out.append({n + ", CR", s::withLineEnds(w, {"\r"})});
        out.append({n + ", mixed", s::withLineEnds(w, {"\r\n", "\n", "\r"})});
        out.append({n + ", chan_sip", s::asteriskChanSip(w)});
        out.append({n + ", pjsip", s::asteriskPjsip(w)});
        out.append({n + ", freeswitch", s::freeswitch(w)});
        out.append({n + ", pjsua", s::pjsua(w)});
        out.append({n + ", sngrep", s::sngrep({w, w})});
        out.append({n + ", logcat", s::prefixed(w, s::logcatPrefix())});
        out.append({n + ", syslog", s::prefixed(w, s::syslogPrefix())});
        out.append({n + ", tcpdump", s::tcpdump(w)});
        out.append({n + ", skype", s::skypeRecord(w)});
    }
    for (const s::FaultCase &c : s::faultCases()) {
        out.append({"faulty: " + c.name, c.broken});
        out.append({"corrected: " + c.name, c.fixed});
    }
    for (const s::JunkCase &c : s::junkCases())
        out.append({QByteArray("junk: ") + c.name, c.input});
    const QByteArray zhangSan = QByteArray::fromHex("d5c5c8fd");
    out.append({"GB18030", s::gbMessage(zhangSan, QByteArray::fromHex("c0eecbc4"), QByteArray::fromHex("cdf5cee5"))});
    out.append({"UTF-8 names", s::gbMessage(QStringLiteral("张三").toUtf8(), QStringLiteral("李四").toUtf8(),
                                            QStringLiteral("王五").toUtf8())});
    out.append({"folded", s::foldedOptions("Subject: first\n second\n\tthird\nSubject2:\n   late start\n")});
    out.append({"folded, LF", s::lfOnly(s::foldedOptions("Subject: a  \t\n   b\n"))});
    return out;
}

// What is wrong with an inspection, or "" when nothing is.
QByteArray problems(const Inspection &in)
{
    const qsizetype n = in.text.size();
    auto inside = [n](Span s) { return s.offset >= 0 && s.length >= 0 && s.end() <= n; };
    auto within = [](Span inner, Span outer) { return inner.offset >= outer.offset && inner.end() <= outer.end(); };
    QByteArray out;
    auto fail = [&out](const QByteArray &what) {
        if (out.size() < 2000)
            out += what + "; ";
    };

    int noMessage = 0;
    for (const Diagnostic &d : in.diagnostics)
        noMessage += QByteArray(d.id) == "no-sip-message";
    if (in.messages.empty() && !in.cancelled && (noMessage != 1 || in.diagnostics.size() != 1))
        fail("no message, but not exactly one no-sip-message");
    if (!in.messages.empty() && noMessage != 0)
        fail("no-sip-message beside messages");

    // Line numbers count lines of the input as given, which differs from the text only where
    // escaped messages were unescaped; the map from one to the other never goes back.
    const LineIndex lines(in.inputText());
    if (in.inputMaps.empty() != in.originalInput.isNull())
        fail("a map to the input without the input, or the input without a map");
    qsizetype previousEnd = 0;
    for (std::size_t i = 0; i < in.messages.size(); ++i) {
        const SipMessage &m = in.messages[i];
        const QByteArray at = "message " + QByteArray::number(qulonglong(i)) + ": ";
        for (Span s : {m.whole, m.startLine, m.method, m.requestUri, m.version, m.statusCode, m.reason, m.body}) {
            if (!inside(s))
                fail(at + "span outside the text");
        }
        if (m.whole.offset < previousEnd)
            fail(at + "overlaps the previous message");
        previousEnd = m.whole.end();
        if (m.startLine.offset != m.whole.offset || !within(m.startLine, m.whole))
            fail(at + "start line outside the message");
        const Span parts[] = {m.isRequest() ? m.method : m.version, m.isRequest() ? m.requestUri : m.statusCode,
                              m.isRequest() ? m.version : m.reason};
        for (Span s : parts) {
            if (!within(s, m.startLine))
                fail(at + "start line part outside the start line");
        }
        if (m.isResponse() && m.code != -1 && (m.code < 0 || m.code > 999))
            fail(at + "status code out of range");
        const qsizetype startInInput = in.inputOffset(m.startLine.offset);
        if (startInInput < 0 || startInInput > std::max(startInInput, in.inputEnd(m.whole.end()))
            || in.inputEnd(m.whole.end()) > in.inputText().size()
            || (m.whole.length > 0 && in.inputEnd(m.whole.end()) <= startInInput))
            fail(at + "maps outside the input");
        if (m.lineNumber != lines.line(startInInput) || m.column != lines.column(startInInput))
            fail(at + "line " + QByteArray::number(m.lineNumber) + ':' + QByteArray::number(m.column) + " is really "
                 + QByteArray::number(lines.line(startInInput)) + ':' + QByteArray::number(lines.column(startInInput)));
        for (const HeaderField &h : m.headers) {
            if (!inside(h.line()) || !within(h.line(), m.whole) || h.name().offset != h.line().offset
                || !within(h.name(), h.line()) || !within(h.value(), h.line()) || h.value().offset < h.name().end())
                fail(at + "header spans");
            if (h.folded)
                (void)in.unfoldedValue(h);
        }
        for (const BadHeaderLine &b : m.badLines) {
            if (!inside(b.line) || !within(b.line, m.whole))
                fail(at + "bad line outside the message");
        }
        if (m.body.offset < m.startLine.end() || (!m.body.isEmpty() && !within(m.body, m.whole)))
            fail(at + "body outside the message");
        if (m.bodyWireLength < 0)
            fail(at + "negative body length");
        (void)in.string(m.startLine);
    }
    for (const Diagnostic &d : in.diagnostics) {
        if (!inside(d.span))
            fail(QByteArray(d.id) + " points outside the text");
        if (d.message < -1 || d.message >= int(in.messages.size()))
            fail(QByteArray(d.id) + " names no message");
        if (qstrlen(d.id) == 0 || qstrlen(d.rfc) == 0)
            fail("finding without id or section");
        if (diagnosticMessage(d, Language::English) == QLatin1String(d.id))
            fail(QByteArray(d.id) + '/' + d.detail + " has no sentence");
    }
    return out;
}

// Runs the inspector and checks what it returned.
#define INSPECT_OK(input)                                                                                             \
    do {                                                                                                              \
        const Inspection inspected_ = run(input);                                                                     \
        const QByteArray problems_ = problems(inspected_);                                                            \
        QVERIFY2(problems_.isEmpty(), problems_.constData());                                                         \
    } while (false)

QByteArray shuffleLines(const QByteArray &input, QRandomGenerator &rng)
{
    QList<QByteArray> lines = input.split('\n');
    std::shuffle(lines.begin(), lines.end(), rng);
    return lines.join('\n');
}

QByteArray shuffleBytes(QByteArray input, QRandomGenerator &rng)
{
    std::shuffle(input.begin(), input.end(), rng);
    return input;
}

// A few bytes replaced, inserted or removed, mostly by characters that mean something in SIP.
QByteArray mutate(QByteArray input, QRandomGenerator &rng)
{
    static const QByteArray alphabet = QByteArray("\r\n :;,<>\"\t=/\\0123456789SIP.-@") + QByteArray(1, '\0');
    const int edits = 1 + int(rng.bounded(8));
    for (int k = 0; k < edits && !input.isEmpty(); ++k) {
        const qsizetype at = qsizetype(rng.bounded(quint32(input.size())));
        const char c = rng.bounded(4) == 0 ? char(rng.bounded(256)) : alphabet.at(rng.bounded(int(alphabet.size())));
        switch (rng.bounded(4)) {
        case 0:
            input[at] = c;
            break;
        case 1:
            input.insert(at, c);
            break;
        case 2:
            input.remove(at, 1 + qsizetype(rng.bounded(4)));
            break;
        default: { // a line repeated
            const qsizetype b = input.lastIndexOf('\n', at) + 1;
            const qsizetype e = input.indexOf('\n', at);
            if (e > b)
                input.insert(b, input.mid(b, e - b + 1));
        }
        }
    }
    return input;
}

QByteArray randomBytes(QRandomGenerator &rng, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (char &c : out)
        c = char(rng.bounded(256));
    return out;
}

// Random lines made of SIP pieces: far more likely than random bytes to look like messages.
QByteArray randomSip(QRandomGenerator &rng, int lineCount)
{
    static const char *const pieces[] = {
        "INVITE ",     "sip:",        "bob@lab-b.test", " SIP/2.0",   "SIP/2.0 ",      "200 OK",       "180",
        "Via: ",       "SIP/2.0/UDP ", ";branch=z9hG4bK", "From: ",   "To: ",          ";tag=",        "<",
        ">",           "\"",          "Call-ID: ",    "CSeq: ",      "1 ",            "Contact: ",    "l: ",
        "Content-Length: ", "Max-Forwards: ", "Expires: ", "Date: ", "Require: 100rel", "RSeq: ",   "Event: ",
        " ",           "\t",          ":",            ",",           "0",             "12345678901234567890",
        "-1",          "v=0",         "<--- SIP read from UDP:10.0.0.1:5060 --->", "<------------->",
        "--end msg--", "   ------------------------------------------------------------------------",
        "Nov 21 15:06:41 h k[1]: ",  "11-21 15:06:41.123  1 2 I L: ", "\xe5\xbc\xa0",  "\xd5\xc5",
    };
    static const char *const ends[] = {"\r\n", "\n", "\r", ""};
    QByteArray out;
    for (int l = 0; l < lineCount; ++l) {
        const int n = int(rng.bounded(6));
        for (int k = 0; k < n; ++k)
            out += pieces[rng.bounded(int(std::size(pieces)))];
        out += ends[rng.bounded(4) == 0 ? rng.bounded(4) : 0];
    }
    return out;
}

} // namespace

class TestRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void truncated_data();
    void truncated();
    void shuffled_data();
    void shuffled();
    void randomInput();
    void hugeLine_data();
    void hugeLine();
    void millionEmptyLines_data();
    void millionEmptyLines();
    void nulBytes_data();
    void nulBytes();
    void contentLengthExtremes_data();
    void contentLengthExtremes();
    void manyHeaders_data();
    void manyHeaders();
    void manyFoldedLines_data();
    void manyFoldedLines();
    void invalidUtf8_data();
    void invalidUtf8();
    void utf16_data();
    void utf16();
    void cancelAndProgress();
    void fileReadStopsAtItsLimit();
};

void TestRobustness::truncated_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("stride");
    // Every length for the messages as written (CRLF and LF), a stride of about a hundred cuts for
    // every other form: all of them every length would take minutes.
    QList<QByteArray> written;
    for (const s::Sample &sample : s::validMessages())
        written << sample.wire << s::lfOnly(sample.wire);
    for (const Input &i : everyInput()) {
        const int stride = written.contains(i.bytes) ? 1 : int(i.bytes.size() / 100) + 1;
        QTest::newRow(i.name.constData()) << i.bytes << stride;
    }
}

void TestRobustness::truncated()
{
    QFETCH(QByteArray, input);
    QFETCH(int, stride);
    for (qsizetype length = 0; length <= input.size(); length += stride)
        INSPECT_OK(input.left(length));
    INSPECT_OK(input);
    // And cut at the front: the message begins in the middle of a line.
    for (qsizetype from = 1; from < input.size(); from += std::max<qsizetype>(stride * 4, input.size() / 50))
        INSPECT_OK(input.mid(from));
}

void TestRobustness::shuffled_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<quint32>("seed");
    quint32 seed = 1;
    for (const Input &i : everyInput())
        QTest::newRow(i.name.constData()) << i.bytes << seed++;
}

void TestRobustness::shuffled()
{
    QFETCH(QByteArray, input);
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    for (int round = 0; round < 3; ++round) {
        INSPECT_OK(shuffleLines(input, rng));
        INSPECT_OK(shuffleBytes(input, rng));
        INSPECT_OK(mutate(input, rng));
        INSPECT_OK(mutate(mutate(input, rng), rng));
    }
}

void TestRobustness::randomInput()
{
    QRandomGenerator rng(20261121);
    for (int round = 0; round < 300; ++round)
        INSPECT_OK(randomBytes(rng, qsizetype(rng.bounded(4096))));
    for (int round = 0; round < 1500; ++round)
        INSPECT_OK(randomSip(rng, 1 + int(rng.bounded(40))));
    // Random bytes behind a valid start line and around a valid message.
    for (int round = 0; round < 200; ++round) {
        INSPECT_OK("INVITE sip:bob@lab-b.test SIP/2.0\r\n" + randomBytes(rng, qsizetype(rng.bounded(2048))));
        INSPECT_OK(randomBytes(rng, 64) + s::invite() + randomBytes(rng, 64));
    }
}

void TestRobustness::hugeLine_data()
{
    // The inputs are made in the test, one at a time: seven of 16 MB in the data table at once
    // would only cost memory.
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("messages");
    QTest::newRow("16 MB of letters") << 0 << 0;
    QTest::newRow("16 MB of spaces") << 1 << 0;
    QTest::newRow("16 MB of SIP/2.0/") << 2 << 0;
    QTest::newRow("16 MB of printable text") << 3 << 0;
    QTest::newRow("16 MB header value") << 4 << 1;
    QTest::newRow("16 MB Request-URI") << 5 << 1;
    QTest::newRow("16 MB of Contact URIs") << 6 << 1;
    QTest::newRow("16 MB body in a log") << 7 << 1;
}

void TestRobustness::hugeLine()
{
    QFETCH(int, kind);
    QFETCH(int, messages);

    constexpr qsizetype size = 16 * 1024 * 1024;
    QByteArray input;
    switch (kind) {
    case 0:
        input = QByteArray(size, 'a');
        break;
    case 1:
        input = QByteArray(size, ' ');
        break;
    case 2:
        input.reserve(size);
        while (input.size() < size)
            input += "SIP/2.0/";
        break;
    case 3: {
        input.resize(size);
        QRandomGenerator rng(16);
        for (char &c : input)
            c = char(0x20 + rng.bounded(0x5f));
        break;
    }
    case 4:
        input = s::with(s::options(), "Subject: " + QByteArray(size, 'x'));
        break;
    case 5:
        input = s::options().replace("sip:lab-b.test SIP/2.0", "sip:" + QByteArray(size, 'u') + " SIP/2.0");
        break;
    case 6:
        input = s::with(s::invite(), "Contact: " + QByteArray(size, 'c').replace("cccccccccccccccc", "<sip:a@b>,\"x\",<"));
        break;
    case 7:
        input = s::asteriskChanSip(s::message()).replace("Are you free for lunch?", QByteArray(size, 'z'));
        break;
    }
    const Inspection in = run(input);
    QCOMPARE(int(in.messages.size()), messages);
    const QByteArray p = problems(in);
    QVERIFY2(p.isEmpty(), p.constData());
}

void TestRobustness::millionEmptyLines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("messages");

    constexpr int million = 1000 * 1000;
    QByteArray lf(million, '\n'), cr(million, '\r'), crlf;
    crlf.reserve(2 * million);
    for (int i = 0; i < million; ++i)
        crlf += "\r\n";
    QTest::newRow("LF") << lf << 0;
    QTest::newRow("CR") << cr << 0;
    QTest::newRow("CRLF") << crlf << 0;
    QTest::newRow("LF, then a message") << lf + s::options() << 1;
    QTest::newRow("CR, then a message") << cr + s::withLineEnds(s::options(), {"\r"}) << 1;
    QTest::newRow("CRLF, then a message") << crlf + s::options() << 1;
    // The lines inside a message: after the header block, and in a log before its end.
    QTest::newRow("in the body") << s::options() + lf + "x\n" << 1;
    QTest::newRow("in a log body") << s::lfOnly(s::ok200Invite()) + lf + "a=x\n" << 1;
    QByteArray blanks;
    for (int i = 0; i < million / 4; ++i)
        blanks += "   \n";
    QTest::newRow("lines of spaces") << blanks + s::freeswitch(s::invite()) << 1;
}

void TestRobustness::millionEmptyLines()
{
    QFETCH(QByteArray, input);
    QFETCH(int, messages);
    const Inspection in = run(input);
    QCOMPARE(int(in.messages.size()), messages);
    const QByteArray p = problems(in);
    QVERIFY2(p.isEmpty(), p.constData());
}

void TestRobustness::nulBytes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("messages");

    const QByteArray nul(1, '\0');
    const QByteArray options = s::options();
    QTest::newRow("in a header value") << s::edit(options, "10.0.0.1:5060", "10.0.0.1" + nul + ":5060") << 1;
    QTest::newRow("in a header name") << s::edit(options, "Max-Forwards", "Max" + nul + "-Forwards") << 1;
    QTest::newRow("a NUL line") << s::with(options, nul + nul + nul) << 1;
    QTest::newRow("before the colon") << s::edit(options, "Call-ID:", "Call-ID" + nul + ":") << 1;
    QTest::newRow("in the Content-Length") << s::edit(options, "Content-Length: 0", "Content-Length: 0" + nul) << 1;
    QTest::newRow("in the start line") << s::edit(options, "sip:lab-b.test", "sip:lab" + nul + "-b.test") << 1;
    QTest::newRow("in the body") << s::edit(s::message(), "free for", "free" + nul + "for") << 1;
    QTest::newRow("NUL line ends") << QByteArray(options).replace("\r\n", nul) << 0;
    QByteArray many = options;
    many.replace(' ', nul);
    QTest::newRow("NUL for every space") << many << 0;
    QTest::newRow("mostly NULs") << QByteArray(4096, '\0') + options << 1;
}

void TestRobustness::nulBytes()
{
    QFETCH(QByteArray, input);
    QFETCH(int, messages);
    const Inspection in = run(input);
    QCOMPARE(int(in.messages.size()), messages);
    const QByteArray p = problems(in);
    QVERIFY2(p.isEmpty(), p.constData());
}

void TestRobustness::contentLengthExtremes_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("detail"); // of invalid-content-length; null when it is a number that fits

    QTest::newRow("20 digits") << QByteArray("99999999999999999999") << QByteArray("absurd");
    QTest::newRow("2^64") << QByteArray("18446744073709551616") << QByteArray("absurd");
    QTest::newRow("19 digits") << QByteArray("9999999999999999999") << QByteArray("absurd");
    QTest::newRow("13 digits") << QByteArray("1234567890123") << QByteArray("absurd");
    QTest::newRow("4 GiB") << QByteArray("4294967296") << QByteArray("absurd");
    QTest::newRow("largest allowed") << QByteArray("4294967295") << QByteArray();
    QTest::newRow("negative") << QByteArray("-1") << QByteArray("");
    QTest::newRow("very negative") << QByteArray("-99999999999999999999") << QByteArray("");
    QTest::newRow("exponent") << QByteArray("1e3") << QByteArray("");
    QTest::newRow("two numbers") << QByteArray("12 34") << QByteArray("");
    QTest::newRow("hex") << QByteArray("0x2f") << QByteArray("");
    QTest::newRow("plus") << QByteArray("+47") << QByteArray("");
}

void TestRobustness::contentLengthExtremes()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, detail);

    const QByteArray invite = s::invite();
    const QByteArray length = "Content-Length: " + QByteArray::number(crlf(s::offerSdp()).size());
    for (const QByteArray &input : {s::edit(invite, length, "Content-Length: " + value),
                                    s::lfOnly(s::edit(invite, length, "Content-Length: " + value)),
                                    s::prefixed(s::edit(invite, length, "Content-Length: " + value), s::syslogPrefix()),
                                    s::edit(invite, length, "l: " + value)}) {
        const Inspection in = run(input);
        QCOMPARE(in.messages.size(), std::size_t(1));
        const QByteArray p = problems(in);
        QVERIFY2(p.isEmpty(), p.constData());
        // Whatever the value, the body is still the SDP: the message ends where its lines do.
        QVERIFY(in.view(in.messages[0].body).toByteArray().contains("a=sendrecv"));
        const Diagnostic *found = nullptr;
        for (const Diagnostic &d : in.diagnostics) {
            if (QByteArray(d.id) == "invalid-content-length")
                found = &d;
        }
        if (detail.isNull()) {
            QVERIFY(!found);
            continue;
        }
        QVERIFY(found);
        QCOMPARE(QByteArray(found->detail), detail);
        QCOMPARE(in.view(found->span).toByteArray(), value);
    }
}

void TestRobustness::manyHeaders_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("headers");
    QTest::addColumn<QByteArray>("finding");
    QTest::addColumn<QString>("count");

    constexpr int n = 100 * 1000;
    auto repeated = [](const QByteArray &base, const QByteArray &line, const QByteArray &after = {}) {
        QByteArray extra;
        extra.reserve(n * (line.size() + after.size() + 8));
        for (int i = 0; i < n; ++i)
            extra += line + QByteArray::number(i) + after + "\r\n";
        QByteArray out = base;
        out.insert(out.indexOf("\r\n") + 2, extra);
        return out;
    };
    const int options = int(s::lfOnly(s::options()).count('\n')) - 2; // header lines of the OPTIONS
    QTest::newRow("extension headers") << repeated(s::options(), "X-Trace-", ": on") << options + n << QByteArray() << QString();
    QTest::newRow("Via headers") << repeated(s::options(), "Via: SIP/2.0/UDP 10.0.0.9;branch=z9hG4bK-") << options + n
                                 << QByteArray() << QString();
    QTest::newRow("Call-ID headers") << repeated(s::options(), "Call-ID: dup-") << options + n
                                     << QByteArray("duplicate-header") << QString::number(n + 1);
    const int invite = int(s::lfOnly(s::invite()).count('\n')) - 2 - int(s::offerSdp().count('\n'));
    QTest::newRow("Contact headers") << repeated(s::invite(), "Contact: <sip:alice@10.0.0.", ">") << invite + n
                                     << QByteArray("duplicate-header") << QString::number(n + 1);
    QTest::newRow("lines without colon") << repeated(s::options(), "not a header ") << options
                                         << QByteArray("malformed-header-line") << QString();
}

void TestRobustness::manyHeaders()
{
    QFETCH(QByteArray, input);
    QFETCH(int, headers);
    QFETCH(QByteArray, finding);
    QFETCH(QString, count);

    const Inspection in = run(input);
    QCOMPARE(in.messages.size(), std::size_t(1));
    QCOMPARE(int(in.messages[0].headers.size()), headers);
    const QByteArray p = problems(in);
    QVERIFY2(p.isEmpty(), p.constData());
    int errors = 0;
    for (const Diagnostic &d : in.diagnostics) {
        if (d.severity != Severity::Error)
            continue;
        ++errors;
        QCOMPARE(QByteArray(d.id), finding);
        if (!count.isEmpty())
            QCOMPARE(d.args.value(1), count);
    }
    QCOMPARE(errors > 0, !finding.isEmpty());
}

void TestRobustness::manyFoldedLines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("line"); // one continuation line

    auto folded = [](const QByteArray &base, const QByteArray &first, const QByteArray &line) {
        QByteArray extra = first + "\r\n";
        extra.reserve(200 * 1000 * (line.size() + 4));
        for (int i = 0; i < 200 * 1000; ++i)
            extra += " " + line + "\r\n";
        QByteArray out = base;
        out.insert(out.indexOf("\r\n") + 2, extra);
        return out;
    };
    QTest::newRow("Subject") << folded(s::options(), "Subject: start", "word") << QByteArray("Subject")
                             << QByteArray("word");
    QTest::newRow("Contact list") << folded(s::register200(), "Contact: <sip:a@10.0.0.1>", ",<sip:b@10.0.0.2>")
                                  << QByteArray("Contact") << QByteArray(",<sip:b@10.0.0.2>");
    QTest::newRow("Via list") << folded(s::ok200Options(), "Via: SIP/2.0/UDP 10.0.0.7;branch=z9hG4bK-v",
                                        ",SIP/2.0/UDP 10.0.0.8;branch=z9hG4bK-w")
                              << QByteArray("Via") << QByteArray(",SIP/2.0/UDP 10.0.0.8;branch=z9hG4bK-w");
    QTest::newRow("in a log") << s::prefixed(folded(s::options(), "Subject: start", "w"), s::logcatPrefix())
                              << QByteArray("Subject") << QByteArray("w");
}

void TestRobustness::manyFoldedLines()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, line);

    const Inspection in = run(input);
    QCOMPARE(in.messages.size(), std::size_t(1));
    const QByteArray p = problems(in);
    QVERIFY2(p.isEmpty(), p.constData());
    const SipMessage &m = in.messages[0];
    QVERIFY(m.badLines.empty());
    const HeaderField *h = m.first(headerIdFromName(header));
    QVERIFY(h);
    QVERIFY(h->folded);
    // Every continuation line is in the value, joined by one space each.
    const QString unfolded = in.unfoldedValue(*h);
    QCOMPARE(unfolded.count(QString::fromLatin1(line)), qsizetype(200 * 1000));
    QVERIFY(!unfolded.contains(QLatin1Char('\n')));
    QVERIFY(!unfolded.contains(QLatin1String("Linphone")));
}

void TestRobustness::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf");
    QTest::newRow("lone continuation") << QByteArray("\x80\x80");
    QTest::newRow("cut three-byte sequence") << QByteArray("\xe4\xb8");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80");
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xf4\x90\x80\x80");
    QTest::newRow("FF FE") << QByteArray("\xff\xfe");
    QTest::newRow("five-byte form") << QByteArray("\xf8\x88\x80\x80\x80");
    QTest::newRow("Latin-1") << QByteArray("M\xfcller");
}

void TestRobustness::invalidUtf8()
{
    QFETCH(QByteArray, bytes);

    // In a display name, in the Request-URI, at the very end, and in a log line.
    const QByteArray invite = s::invite();
    for (const QByteArray &input : {s::edit(invite, "\"Alice\"", "\"" + bytes + "\""),
                                    s::edit(invite, "sip:bob@lab-b.test SIP", "sip:b" + bytes + "b@lab-b.test SIP"),
                                    invite + bytes, s::lfOnly(invite).replace("Alice", bytes),
                                    s::prefixed(invite, "log " + bytes + ": ")}) {
        const Inspection in = run(input);
        QCOMPARE(in.messages.size(), std::size_t(1));
        // Not UTF-8, not UTF-16, not binary: GB18030 when it reads as Chinese, else Windows-1252.
        QVERIFY(in.encoding == TextEncoding::Gb18030 || in.encoding == TextEncoding::Windows1252);
        QVERIFY(!in.converted);
        const QByteArray p = problems(in);
        QVERIFY2(p.isEmpty(), p.constData());
        for (const HeaderField &h : in.messages[0].headers)
            QVERIFY(!in.string(h.value()).isEmpty());
    }
}

void TestRobustness::utf16_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("messages");

    const QString text = QString::fromUtf8(s::gbMessage(QStringLiteral("张三").toUtf8(), QStringLiteral("李四").toUtf8(),
                                                        QStringLiteral("会议").toUtf8()));
    auto encode = [&text](QStringConverter::Encoding e, bool bom) {
        QStringEncoder encoder(e, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
        return QByteArray(encoder.encode(text));
    };
    QTest::newRow("LE with BOM") << encode(QStringConverter::Utf16LE, true) << int(TextEncoding::Utf16LE) << 1;
    QTest::newRow("LE without BOM") << encode(QStringConverter::Utf16LE, false) << int(TextEncoding::Utf16LE) << 1;
    QTest::newRow("BE with BOM") << encode(QStringConverter::Utf16BE, true) << int(TextEncoding::Utf16BE) << 1;
    QTest::newRow("BE without BOM") << encode(QStringConverter::Utf16BE, false) << int(TextEncoding::Utf16BE) << 1;
    QTest::newRow("LE, odd length") << encode(QStringConverter::Utf16LE, true).chopped(1)
                                    << int(TextEncoding::Utf16LE) << 1;
    QTest::newRow("LE, BOM only") << QByteArray("\xff\xfe") << int(TextEncoding::Utf16LE) << 0;
    QTest::newRow("BE, BOM and one byte") << QByteArray("\xfe\xff\x00", 3) << int(TextEncoding::Utf16BE) << 0;
    QByteArray unpaired = encode(QStringConverter::Utf16LE, true);
    unpaired.insert(unpaired.indexOf(QByteArray("C\0S\0e\0q\0", 8)), QByteArray("\x00\xd8", 2)); // a lone surrogate
    QTest::newRow("LE, lone surrogate") << unpaired << int(TextEncoding::Utf16LE) << 1;
}

void TestRobustness::utf16()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(int, messages);

    const Inspection in = run(bytes);
    QCOMPARE(int(in.encoding), encoding);
    QVERIFY(in.converted);
    QCOMPARE(int(in.messages.size()), messages);
    const QByteArray p = problems(in);
    QVERIFY2(p.isEmpty(), p.constData());
    if (messages == 0)
        return;
    // Converted to UTF-8 first: the spans refer to the converted text, and the names come out right.
    const SipMessage &m = in.messages[0];
    QCOMPARE(in.view(m.startLine).toByteArray(), QByteArray("MESSAGE sip:lisi@lab-b.test SIP/2.0"));
    QCOMPARE(in.string(m.first(HeaderId::Subject)->value()), QStringLiteral("会议"));
    QVERIFY(in.string(m.first(HeaderId::From)->value()).startsWith(QStringLiteral("\"张三\"")));
}

void TestRobustness::cancelAndProgress()
{
    // Many short messages: the scanner polls for cancel and reports progress every 4096 steps,
    // a step being a message or a line outside one.
    constexpr int count = 20000;
    const QByteArray one = s::lfOnly(s::trying100());
    QByteArray big;
    big.reserve(count * one.size());
    for (int i = 0; i < count; ++i)
        big += one;

    // Progress rises to the total.
    QList<qsizetype> seen;
    InspectOptions options;
    options.progress = [&seen, &big](qsizetype done, qsizetype total) {
        QCOMPARE(total, big.size());
        seen.append(done);
    };
    const Inspection all = inspect(big, catalog(), options);
    QCOMPARE(all.messages.size(), std::size_t(count));
    QVERIFY(!all.cancelled);
    QVERIFY(onlyDecodings(all)); // the same 100 again and again: flow notes only
    QVERIFY(seen.size() > 2);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(seen.last(), big.size());

    // Cancelled before it starts: returns at once, without claiming there is no message.
    std::atomic_bool cancel{true};
    InspectOptions cancelled;
    cancelled.cancel = &cancel;
    const Inspection none = inspect(big, catalog(), cancelled);
    QVERIFY(none.cancelled);
    QVERIFY(none.messages.size() < std::size_t(count));
    const QByteArray p = problems(none);
    QVERIFY2(p.isEmpty(), p.constData());

    // Cancelled half way, from the progress callback.
    std::atomic_bool stop{false};
    InspectOptions halfway;
    halfway.cancel = &stop;
    halfway.progress = [&stop, &big](qsizetype done, qsizetype) {
        if (done > big.size() / 2)
            stop = true;
    };
    const Inspection half = inspect(big, catalog(), halfway);
    QVERIFY(half.cancelled);
    QVERIFY(half.messages.size() > 0 && half.messages.size() < std::size_t(count));
    const QByteArray q = problems(half);
    QVERIFY2(q.isEmpty(), q.constData());
}

// A file is read up to a limit (by default what the inspector can read of an input), so that
// /dev/zero or a 30 GB file ends with a clear message instead of taking all of the memory.
void TestRobustness::fileReadStopsAtItsLimit()
{
    QTemporaryDir dir;
    QByteArray data;
    for (int i = 0; data.size() < 10000; ++i)
        data += QByteArray::number(i) + '\n';
    QFile out(dir.filePath(QStringLiteral("numbers.log")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(data);
    out.close();
    std::atomic_bool cancel(false);
    auto readFile = [&](qint64 limit) {
        QFile in(out.fileName());
        in.open(QIODevice::ReadOnly);
        return readWholeFile(in, cancel, {}, limit);
    };
    FileReadResult read = readFile(4096);
    QCOMPARE(read.bytes, data.left(4096));
    QVERIFY(read.truncated && read.error.isEmpty());
    read = readFile(data.size());
    QCOMPARE(read.bytes, data);
    QVERIFY(!read.truncated);

    auto readPipe = [&](qint64 limit) {
        test::SlowFile pipe(dir.filePath(QStringLiteral("pipe%1").arg(limit)));
        pipe.write(data);
        QFile in(pipe.path());
        in.open(QIODevice::ReadOnly);
        pipe.finish(); // what was written stays in the pipe for its reader
        return readWholeFile(in, cancel, {}, limit);
    };
    read = readPipe(4096);
    QCOMPARE(read.bytes, data.left(4096));
    QVERIFY(read.truncated);
    read = readPipe(1 << 20);
    QCOMPARE(read.bytes, data);
    QVERIFY(!read.truncated);

    // An endless device: read to the limit, then stopped.
    QFile zero(QStringLiteral("/dev/zero"));
    if (zero.open(QIODevice::ReadOnly)) {
        read = readWholeFile(zero, cancel, {}, 3 << 20);
        QCOMPARE(read.bytes, QByteArray(3 << 20, '\0'));
        QVERIFY(read.truncated);
    }

    cancel = true;
    read = readFile(1 << 20);
    QVERIFY(read.cancelled && read.bytes.isEmpty());
}

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
