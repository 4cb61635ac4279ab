// The checks: every finding the inspector can report, on a message that has the fault and on the
// same message corrected; valid message flows that must pass clean; the sentences of the findings.
#include "catalog/catalog.h"
#include "checks/diagnostictexts.h"
#include "checks/inspection.h"
#include "samplemessages.h"
#include "sip/headernames.h"
#include "sip/headervalue.h"

#include <QtTest>

using namespace sipref;
using namespace sipref::test;
namespace s = sipref::test::samples;

Q_DECLARE_METATYPE(sipref::Severity)

namespace {


QByteArray describe(const Inspection &in)
{
    QByteArray out;
    for (const Diagnostic &d : in.diagnostics)
        out += QByteArray(d.id) + '/' + d.detail + " (" + severityId(d.severity) + ") [" + text(in, d.span).left(50)
               + "]; ";
    return out;
}

bool isError(const Diagnostic &d)
{
    return d.severity == Severity::Error || d.severity == Severity::Warning;
}

} // namespace

class TestChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedTextInTheInputsEncoding();
    void fires_data();
    void fires();
    void corrected_data();
    void corrected();
    void everyDiagnosticIsReachable();
    void validMessages_data();
    void validMessages();
    void validFlows_data();
    void validFlows();
    void sentences_data();
    void sentences();
    void unknownIdFallsBack();
    void severityLabels();
    void exampleHeaderLines();
    void addressMasksMatchByteByByte();
    void parametersReadAlike();
    void addressAndTagReadAlike();
};

void TestChecks::fires_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QByteArray>("detail");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("spanText");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("rfc");
    QTest::addColumn<QList<QByteArray>>("also");
    for (const s::FaultCase &c : s::faultCases()) {
        QTest::newRow(c.name.constData()) << c.broken << c.id << c.detail << c.severity << c.header << c.spanText
                                          << c.args << c.rfc << c.also;
    }
}

void TestChecks::fires()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, id);
    QFETCH(QByteArray, detail);
    QFETCH(Severity, severity);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, spanText);
    QFETCH(QStringList, args);
    QFETCH(QByteArray, rfc);
    QFETCH(QList<QByteArray>, also);

    const Inspection in = run(input);
    const Diagnostic *found = nullptr;
    for (const Diagnostic &d : in.diagnostics) {
        if (id == d.id && detail == d.detail && header == d.header) {
            found = &d;
            break;
        }
    }
    QVERIFY2(found, describe(in).constData());
    QCOMPARE(found->severity, severity);
    QCOMPARE(found->message, id == "no-sip-message" || id == "escaped-line-breaks" || id == "doubled-cr"
                                 || id == "terminal-colors" || id == "non-breaking-spaces" || id == "ngrep-line-ends"
                                 || id == "hex-dump"
                             ? -1
                             : 0);
    if (rfc.isNull())
        QVERIFY(qstrlen(found->rfc) > 0);
    else
        QCOMPARE(QByteArray(found->rfc), rfc);
    if (!spanText.isNull())
        QCOMPARE(text(in, found->span), spanText);
    for (int i = 0; i < args.size(); ++i) {
        QVERIFY(found->args.size() > i);
        QCOMPARE(found->args.at(i), args.at(i));
    }
    // The fault brings no other error or warning than those named.
    for (const Diagnostic &d : in.diagnostics) {
        if (isError(d) && id != d.id)
            QVERIFY2(also.contains(QByteArray(d.id)), describe(in).constData());
    }
    // Every finding has a section, a sentence, and a canonical header name or none.
    for (const Diagnostic &d : in.diagnostics) {
        QVERIFY(qstrlen(d.rfc) > 0);
        QVERIFY(QByteArray(d.rfc).startsWith("RFC "));
        QVERIFY(diagnosticMessage(d, Language::English) != QLatin1String(d.id));
        if (qstrlen(d.header) > 0)
            QCOMPARE(QByteArray(canonicalHeaderName(headerIdFromName(d.header))), QByteArray(d.header));
        QVERIFY(d.span.offset >= 0 && d.span.end() <= in.text.size());
    }
}

void TestChecks::corrected_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("id");
    for (const s::FaultCase &c : s::faultCases())
        QTest::newRow(c.name.constData()) << c.fixed << c.id;
}

void TestChecks::corrected()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, id);

    const Inspection in = run(input);
    QVERIFY(!in.messages.empty());
    for (const Diagnostic &d : in.diagnostics) {
        QVERIFY2(id != d.id, describe(in).constData());
        QVERIFY2(!isError(d), describe(in).constData());
    }
}

void TestChecks::everyDiagnosticIsReachable()
{
    // Each (id, detail) that has a sentence is produced by at least one case above.
    const QList<s::FaultCase> all = s::faultCases();
    for (const auto &known : knownDiagnostics()) {
        // Findings about a capture file need a capture, not a message: tst_capture produces each.
        if (known.first.startsWith(QLatin1String("capture-")))
            continue;
        // Findings across messages ("flow-…") need a flow, not one faulty message: tst_flow
        // makes each of them fire and not fire.
        if (known.first.startsWith(QLatin1String("flow-")))
            continue;
        bool covered = false;
        for (const s::FaultCase &c : all)
            covered = covered || (QString::fromLatin1(c.id) == known.first && QString::fromLatin1(c.detail) == known.second);
        QVERIFY2(covered, qPrintable(known.first + QLatin1Char('/') + known.second));
    }
}

void TestChecks::validMessages_data()
{
    QTest::addColumn<QByteArray>("input");
    for (const s::Sample &sample : s::validMessages()) {
        QTest::newRow(sample.name) << sample.wire;
        QTest::newRow(QByteArray(sample.name + QByteArray(", LF")).constData()) << s::lfOnly(sample.wire);
    }
    // A '?' of the user part is no URI header (RFC 3261 §25.1, user-unreserved).
    QTest::newRow("question mark in the Request-URI's user part")
        << s::edit(s::options(), "OPTIONS sip:lab-b.test SIP/2.0", "OPTIONS sip:what?now@lab-b.test SIP/2.0");
}

void TestChecks::validMessages()
{
    QFETCH(QByteArray, input);

    const Inspection in = run(input);
    QCOMPARE(in.messages.size(), std::size_t(1));
    QCOMPARE(in.count(Severity::Error), 0);
    QCOMPARE(in.count(Severity::Warning), 0);
    QVERIFY2(onlyDecodings(in), describe(in).constData()); // not even a note, beyond decoded Reason/Warning values
}

void TestChecks::validFlows_data()
{
    QTest::addColumn<QList<QByteArray>>("flow");

    QTest::newRow("registration with challenge")
        << QList<QByteArray>{s::registerFirst(), s::register401(), s::registerRetry(), s::register200()};
    QTest::newRow("call") << QList<QByteArray>{s::invite(), s::trying100(), s::ringing180(), s::ok200Invite(), s::ack(),
                                               s::update(), s::ok200Update(), s::bye(), s::ok200Bye()};
    QTest::newRow("cancelled call") << QList<QByteArray>{s::invite2(), s::cancel(), s::ok200Cancel(),
                                                         s::terminated487(), s::ack487()};
    QTest::newRow("presence") << QList<QByteArray>{s::subscribe(), s::ok200Subscribe(), s::notify(), s::ok200Notify(),
                                                   s::publish(), s::ok200Publish()};
    QTest::newRow("transfer") << QList<QByteArray>{s::refer(), s::accepted202(), s::notifySipfrag(), s::ok200Notify()};
    QTest::newRow("reliable provisional") << QList<QByteArray>{s::invite100rel(), s::progress183(), s::prack(),
                                                               s::ok200Prack()};
    QTest::newRow("message, options, redirect")
        << QList<QByteArray>{s::message(), s::ok200Message(), s::options(), s::ok200Options(), s::moved302()};
}

void TestChecks::validFlows()
{
    QFETCH(QList<QByteArray>, flow);

    // The flow pasted at once, and as each log format writes it.
    QByteArray wire, chanSip, pjsip, freeswitch, pjsua, logcat, syslog, skype;
    for (const QByteArray &m : flow) {
        wire += m;
        skype += s::skypeRecord(m);
        chanSip += s::asteriskChanSip(m);
        pjsip += s::asteriskPjsip(m);
        freeswitch += s::freeswitch(m);
        pjsua += s::pjsua(m);
        logcat += s::prefixed(m, s::logcatPrefix());
        syslog += s::prefixed(m, s::syslogPrefix());
    }
    for (const QByteArray &input : {wire, chanSip, pjsip, freeswitch, pjsua, s::sngrep(flow), logcat, syslog, skype}) {
        const Inspection in = run(input);
        QCOMPARE(qsizetype(in.messages.size()), flow.size());
        QVERIFY2(onlyDecodings(in), (input.left(60) + ": " + describe(in)).constData());
    }
}

void TestChecks::sentences_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QByteArray>("detail");
    for (const auto &known : knownDiagnostics()) {
        const QByteArray name = (known.first + QLatin1Char('/') + known.second).toLatin1();
        QTest::newRow(name.constData()) << known.first.toLatin1() << known.second.toLatin1();
    }
}

void TestChecks::sentences()
{
    QFETCH(QByteArray, id);
    QFETCH(QByteArray, detail);

    Diagnostic d;
    d.id = id.constData();
    d.detail = detail.constData();
    d.args = {QStringLiteral("«ARG1»"), QStringLiteral("«ARG2»"), QStringLiteral("«ARG3»"), QStringLiteral("«ARG4»")};
    const QString en = diagnosticMessage(d, Language::English);
    const QString zh = diagnosticMessage(d, Language::Chinese);

    // A real sentence, not the bare id, with every placeholder filled in.
    for (const QString &sentence : {en, zh}) {
        QVERIFY(sentence != QString::fromLatin1(id));
        QVERIFY2(sentence.size() > 15, qPrintable(sentence));
        QVERIFY2(!sentence.contains(QRegularExpression(QStringLiteral("%[1-9]"))), qPrintable(sentence));
        QVERIFY(!sentence.trimmed().isEmpty());
    }
    QVERIFY2(en.endsWith(QLatin1Char('.')), qPrintable(en));
    // The Chinese sentence is a translation, and uses the same arguments as the English one.
    QVERIFY2(zh != en, qPrintable(zh));
    QVERIFY2(zh.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))), qPrintable(zh));
    for (const QString &arg : d.args)
        QVERIFY2(en.contains(arg) == zh.contains(arg), qPrintable(arg + QLatin1String(": ") + en + QLatin1String(" | ") + zh));
    // An argument that itself looks like a placeholder is not expanded again.
    d.args = {QStringLiteral("%2"), QStringLiteral("%3"), QStringLiteral("%1")};
    const QString literal = diagnosticMessage(d, Language::English);
    if (en.contains(QLatin1String("«ARG1»")))
        QVERIFY2(literal.contains(QLatin1String("%2")), qPrintable(literal));
}

void TestChecks::unknownIdFallsBack()
{
    Diagnostic d;
    d.id = "no-such-finding";
    QCOMPARE(diagnosticMessage(d, Language::English), QStringLiteral("no-such-finding"));
    // A known id with an unknown detail has no sentence either.
    d.id = "missing-header";
    d.detail = "no-such-detail";
    QCOMPARE(diagnosticMessage(d, Language::Chinese), QStringLiteral("missing-header"));
}

void TestChecks::severityLabels()
{
    QCOMPARE(severityLabel(Severity::Error, Language::English), QStringLiteral("error"));
    QCOMPARE(severityLabel(Severity::Warning, Language::English), QStringLiteral("warning"));
    QCOMPARE(severityLabel(Severity::Info, Language::English), QStringLiteral("info"));
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        const QString zh = severityLabel(s, Language::Chinese);
        QVERIFY(!zh.isEmpty());
        QVERIFY(zh != severityLabel(s, Language::English));
    }
}

void TestChecks::exampleHeaderLines()
{
    // Every header a missing-header finding can name has an example line that is itself valid:
    // added to the message, it ends the finding.
    for (const s::FaultCase &c : s::faultCases()) {
        if (c.id != "missing-header")
            continue;
        const QString line = exampleHeaderLine(QString::fromLatin1(c.header));
        QVERIFY2(line.startsWith(QString::fromLatin1(c.header) + QLatin1String(": ")), qPrintable(line));
        QVERIFY2(!line.endsWith(QStringLiteral("…")), qPrintable(line));
        const Inspection in = run(s::with(c.broken, line.toLatin1()));
        for (const Diagnostic &d : in.diagnostics)
            QVERIFY2(!(c.id == d.id && c.header == d.header), qPrintable(line));
    }
    QCOMPARE(exampleHeaderLine(QStringLiteral("X-Unknown")), QStringLiteral("X-Unknown: …"));
}

void TestChecks::addressMasksMatchByteByByte()
{
    // checkAddress() decides most values from bit masks of a few bytes; it must say what the walk
    // over every byte says, for values made of exactly the bytes that matter, up to and past the
    // 64 bytes the masks cover.
    const QByteArray alphabet = QByteArrayLiteral("<>\" \t\r\n\\;,?:@asip*");
    QRandomGenerator random(17);
    int decided[int(value::AddressProblem::Empty) + 1] = {}; // Empty is the enumeration's last value
    for (int i = 0; i < 200000; ++i) {
        QByteArray v(int(random.bounded(72)), Qt::Uninitialized);
        for (char &c : v)
            c = alphabet[int(random.bounded(alphabet.size()))];
        if (i % 4 == 0) // the usual shape, so that every answer of the masks is met often
            v = "\"Bob\" " + v.left(3) + "<sip:" + v.mid(3, 20) + '>' + v.mid(23);
        if (i % 4 == 1)
            v = v.left(2) + "<sip:" + v.mid(2, 30) + ">;tag=" + v.mid(32);
        const QByteArrayView t = value::trimmed(v);
        const value::AddressProblem expected = t.isEmpty()  ? value::AddressProblem::Empty
                                               : t == "*" ? value::AddressProblem::None
                                                          : value::detail::checkAddressByteByByte(t);
        const value::AddressProblem actual = value::checkAddress(v);
        if (actual != expected)
            QFAIL(qPrintable(QString::fromLatin1(v.toPercentEncoding()) + QStringLiteral(": ")
                             + QString::number(int(actual)) + QStringLiteral(", byte by byte ")
                             + QString::number(int(expected))));
        ++decided[int(actual)];
    }
    // Every answer was met.
    for (int n : decided)
        QVERIFY(n > 100);
}

void TestChecks::addressAndTagReadAlike()
{
    // The From and To of every message are judged and their tag read in one look at the value:
    // the same answers as checkAddress() and headerParam() each reading it, for values made of the
    // bytes both look at, around the 64 bytes the masks cover.
    const QByteArray alphabet = QByteArrayLiteral("<>\" \t\r\n\\;;==,tagTsip:@x");
    QRandomGenerator random(29);
    int tags = 0, problems = 0;
    for (int i = 0; i < 200000; ++i) {
        QByteArray v(int(random.bounded(80)), Qt::Uninitialized);
        for (char &c : v)
            c = alphabet[int(random.bounded(alphabet.size()))];
        if (i % 3 == 0) // the usual shapes among the others
            v = v.left(int(random.bounded(4))) + "<sip:" + v.mid(4, 12) + ">" + v.mid(16, 3) + ";tag=" + v.mid(19);
        else if (i % 3 == 1)
            v = "\"" + v.left(6) + "\" <sip:a@b" + v.mid(6, 4) + ">;x=1" + v.mid(10, 4) + ";tag=" + v.mid(14);
        const value::AddressAndTag read = value::checkAddressAndTag(v);
        const value::AddressProblem problem = value::checkAddress(v);
        const QByteArrayView tag = value::headerParam(v, "tag");
        if (read.problem != problem || read.tag != tag || read.tag.isNull() != tag.isNull() || read.tag.data() != tag.data())
            QFAIL(qPrintable(QString::fromLatin1(v.toPercentEncoding()) + QStringLiteral(": ") + QString::number(int(read.problem))
                             + QStringLiteral(" [") + QString::fromLatin1(read.tag.toByteArray().toPercentEncoding())
                             + QStringLiteral("], apart ") + QString::number(int(problem)) + QStringLiteral(" [")
                             + QString::fromLatin1(tag.toByteArray().toPercentEncoding()) + QStringLiteral("]")));
        tags += !tag.isEmpty();
        problems += problem != value::AddressProblem::None;
    }
    QVERIFY(tags > 10000 && problems > 10000);
    const value::AddressAndTag usual = value::checkAddressAndTag("  \"Bob\" <sip:bob@b;tag=no>;tag=a1 ");
    QCOMPARE(usual.problem, value::AddressProblem::None);
    QCOMPARE(usual.tag, QByteArrayView("a1"));
    // The '>' as the 64th byte, the last the masks cover: no parameters after it, and the ';' in the
    // URI is not one of them.
    const QByteArray full = "<sip:a;tag=in@" + QByteArray(47, 'h') + ".x>";
    QCOMPARE(full.size(), 64);
    const value::AddressAndTag last = value::checkAddressAndTag(" " + full + "\t");
    QVERIFY(last.tag.isNull());
    QVERIFY(value::headerParam(full, "tag").isNull());
    QCOMPARE(value::checkAddressAndTag(full + ";tag=z").tag, QByteArrayView("z"));
}

void TestChecks::parametersReadAlike()
{
    // headerParam() decides a parameter written the usual way (";tag=x") from its first bytes; it
    // must find what reading every parameter trimmed finds, for values made of the bytes that
    // matter: separators, white space, '=', and the letters of the names asked for in any case.
    const QByteArray alphabet = QByteArrayLiteral(";;;==  \t\r\ntagTAGbrnchx1");
    const QByteArrayView names[] = {"tag", "branch", "t", "ta"};
    QRandomGenerator random(23);
    int found = 0, empty = 0, absent = 0;
    for (int i = 0; i < 200000; ++i) {
        QByteArray v(int(random.bounded(40)), Qt::Uninitialized);
        for (char &c : v)
            c = alphabet[int(random.bounded(alphabet.size()))];
        if (i % 3 == 0) // the usual shapes among the others
            v = "<sip:a@b>" + v.left(5) + ";tag=" + v.mid(5, 6) + ";branch=z9" + v.mid(11);
        const QByteArrayView name = names[i % 4];
        const QByteArrayView expected = value::detail::headerParamEachTrimmed(v, name);
        const QByteArrayView actual = value::headerParam(v, name);
        if (actual != expected || actual.isNull() != expected.isNull() || actual.data() != expected.data())
            QFAIL(qPrintable(QString::fromLatin1(v.toPercentEncoding()) + QStringLiteral(" ") + QString::fromLatin1(name)
                             + QStringLiteral(": [") + QString::fromLatin1(actual.toByteArray().toPercentEncoding())
                             + QStringLiteral("], each trimmed [")
                             + QString::fromLatin1(expected.toByteArray().toPercentEncoding()) + QStringLiteral("]")));
        (expected.isNull() ? absent : expected.isEmpty() ? empty : found)++;
    }
    QVERIFY(found > 1000 && empty > 1000 && absent > 1000);
    // And the forms themselves: white space around the key and value, case, a key alone.
    QCOMPARE(value::headerParam("<sip:a@b>;tag=x1", "tag"), QByteArrayView("x1"));
    QCOMPARE(value::headerParam("<sip:a@b> ; TAG = x1 ;lr", "tag"), QByteArrayView("x1"));
    QCOMPARE(value::headerParam("<sip:a@b>;tagx=1;tag", "tag"), QByteArrayView(""));
    QVERIFY(value::headerParam("<sip:a@b;tag=in-uri>", "tag").isNull());
    QCOMPARE(value::parseVia("SIP/2.0/UDP h;rport;Branch=z9hG4bK1 ;x").branch, QByteArrayView("z9hG4bK1"));
}

// Text a finding quotes from the message is decoded as the input is (it was read as Latin-1: a
// Chinese reason phrase came out as "æå").
void TestChecks::quotedTextInTheInputsEncoding()
{
    const QByteArray utf8 = crlf("SIP/2.0 200 \xe6\x88\x90\xe5\x8a\x9f\n"
                                 "Via: SIP/2.0/UDP 10.0.0.8:5060;branch=z9hG4bK-gb1\n"
                                 "From: <sip:34020000001320000001@3402000000>;tag=a1\n"
                                 "To: <sip:34020000001320000001@3402000000>;tag=b2\n"
                                 "Call-ID: gb-1@10.0.0.8\n"
                                 "CSeq: 1 REGISTER\n"
                                 "Date: \xe6\x98\xa8\xe5\xa4\xa9\n"
                                 "Content-Length: 0\n\n");
    const QByteArray gb18030 = QStringEncoder("GB18030").encode(QString::fromUtf8(utf8));
    for (const QByteArray &input : {utf8, gb18030}) {
        const Inspection in = run(input);
        QCOMPARE(in.encoding, input == utf8 ? TextEncoding::Utf8 : TextEncoding::Gb18030);
        QStringList quoted;
        for (const Diagnostic &d : in.diagnostics) {
            const QByteArrayView id(d.id);
            if (id == "reason-phrase-differs" || id == "invalid-date")
                quoted << d.args.first();
        }
        quoted.sort();
        QCOMPARE(quoted, (QStringList{QStringLiteral("成功"), QStringLiteral("昨天")}));
    }
}

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
