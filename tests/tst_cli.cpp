// The command line: output formats, JSON field names and exit codes.
#include "capturewriter.h"
#include "cli/cli.h"
#include "samplemessages.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QtTest>

using namespace sipref;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void lookupJson();
    void lookupClashShowsBoth();
    void lookupFallbackJson();
    void lookupTextLanguages();
    void lookupMarkdown();
    void searchRanked();
    void listHasEverything();
    void inspectJson();
    void inspectText();
    void inspectCaptureAndLog();
    void inspectStdin();
    void inspectStrictness();
    void inspectEscapedLog();

private:
    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
    };
    static Run run(QStringList args, const QByteArray &stdinData = {})
    {
        args.prepend(QStringLiteral("sipref"));
        QBuffer out, err, in;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        in.setData(stdinData);
        in.open(QIODevice::ReadOnly);
        const int code = cli::run(args, out, err, &in);
        return {code, out.data(), err.data()};
    }
    static QString tempFile(const QByteArray &content)
    {
        auto *file = new QTemporaryFile(qApp);
        if (!file->open())
            return {};
        file->write(content);
        file->flush();
        return file->fileName();
    }
};

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("expected");
    QTest::newRow("lookup registered") << QStringList{"lookup", "486"} << 0;
    QTest::newRow("lookup unregistered in range") << QStringList{"lookup", "299"} << 0;
    QTest::newRow("lookup gb28181 only") << QStringList{"lookup", "120"} << 0;
    QTest::newRow("lookup out of range") << QStringList{"lookup", "700"} << 1;
    QTest::newRow("lookup not a number") << QStringList{"lookup", "busy"} << 1;
    QTest::newRow("lookup without code") << QStringList{"lookup"} << 2;
    QTest::newRow("lookup two codes") << QStringList{"lookup", "486", "487"} << 2;
    QTest::newRow("lookup bad format") << QStringList{"lookup", "486", "--format", "xml"} << 2;
    QTest::newRow("lookup bad language") << QStringList{"lookup", "486", "--lang", "fr"} << 2;
    QTest::newRow("lookup unknown option") << QStringList{"lookup", "486", "--colour"} << 2;
    QTest::newRow("search found") << QStringList{"search", "busy"} << 0;
    QTest::newRow("search nothing") << QStringList{"search", "xylophone"} << 1;
    QTest::newRow("search empty") << QStringList{"search"} << 2;
    QTest::newRow("list") << QStringList{"list", "--format", "json"} << 0;
    QTest::newRow("list stray argument") << QStringList{"list", "extra"} << 2;
    QTest::newRow("inspect missing file") << QStringList{"inspect", "/nonexistent/file.log"} << 2;
    QTest::newRow("inspect no argument") << QStringList{"inspect"} << 2;
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2;
    QTest::newRow("help") << QStringList{"--help"} << 0;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, expected);
    const Run r = run(args);
    QCOMPARE(r.code, expected);
    if (expected == 2)
        QVERIFY(!r.err.isEmpty() || args.isEmpty());
}

void TestCli::lookupJson()
{
    const Run r = run({QStringLiteral("lookup"), QStringLiteral("486"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("code")).toInt(), 486);
    QCOMPARE(o.value(QStringLiteral("reason")).toString(), QStringLiteral("Busy Here"));
    QCOMPARE(o.value(QStringLiteral("profile")).toString(), QStringLiteral("ietf"));
    QCOMPARE(o.value(QStringLiteral("class")).toInt(), 4);
    QVERIFY(!o.value(QStringLiteral("name")).toObject().value(QStringLiteral("zh_CN")).toString().isEmpty());
    QVERIFY(o.value(QStringLiteral("related")).toArray().contains(600));
}

void TestCli::lookupClashShowsBoth()
{
    const Run r = run({QStringLiteral("lookup"), QStringLiteral("433"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    const QJsonArray both = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(both.size(), 2);
    QCOMPARE(both[0].toObject().value(QStringLiteral("profile")).toString(), QStringLiteral("ietf"));
    QCOMPARE(both[1].toObject().value(QStringLiteral("profile")).toString(), QStringLiteral("gb28181"));
}

void TestCli::lookupFallbackJson()
{
    const Run r = run({QStringLiteral("lookup"), QStringLiteral("499"), QStringLiteral("--format"), QStringLiteral("json")});
    // 499 is a GB/T 28181 code; 498 is in no registry at all.
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("profile")).toString(), QStringLiteral("gb28181"));
    const Run u = run({QStringLiteral("lookup"), QStringLiteral("498"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject o = QJsonDocument::fromJson(u.out).object();
    QCOMPARE(o.value(QStringLiteral("profile")).toString(), QStringLiteral("unregistered"));
    QCOMPARE(o.value(QStringLiteral("related")).toArray(), QJsonArray{400});
}

void TestCli::lookupTextLanguages()
{
    const Run en = run({QStringLiteral("lookup"), QStringLiteral("408"), QStringLiteral("--lang"), QStringLiteral("en")});
    const Run zh = run({QStringLiteral("lookup"), QStringLiteral("408"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QVERIFY(en.out.startsWith("408 Request Timeout"));
    QVERIFY(zh.out.startsWith("408 Request Timeout")); // the protocol text stays as registered
    QVERIFY(QString::fromUtf8(zh.out).contains(QStringLiteral("超时")));
    QVERIFY(!QString::fromUtf8(en.out).contains(QStringLiteral("超时")));
}

void TestCli::lookupMarkdown()
{
    const Run r = run({QStringLiteral("lookup"), QStringLiteral("401"), QStringLiteral("--format"), QStringLiteral("markdown"),
                       QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(r.out.startsWith("### 401 Unauthorized"));
    QVERIFY(r.out.contains("**What to check**"));
    QVERIFY(r.out.contains("WWW-Authenticate (must)"));
}

void TestCli::searchRanked()
{
    const Run r = run({QStringLiteral("search"), QStringLiteral("Busy"), QStringLiteral("Here"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray hits = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().toObject().value(QStringLiteral("code")).toInt(), 486);
}

void TestCli::listHasEverything()
{
    const Run r = run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray all = QJsonDocument::fromJson(r.out).array();
    int sip = 0, gb = 0, q850 = 0, warnings = 0;
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        sip += kind == QLatin1String("sip");
        q850 += kind == QLatin1String("q850");
        warnings += kind == QLatin1String("warning");
        gb += o.value(QStringLiteral("profile")).toString() == QLatin1String("gb28181");
        for (const char *key : {"name", "summary", "explanation", "userAdvice", "engineerAdvice"}) {
            const QJsonObject t = o.value(QLatin1String(key)).toObject();
            QVERIFY(!t.value(QStringLiteral("en")).toString().isEmpty());
            QVERIFY(!t.value(QStringLiteral("zh_CN")).toString().isEmpty());
        }
    }
    QCOMPARE(sip, 84);
    QCOMPARE(gb, 9);
    QVERIFY(q850 >= 36);
    QVERIFY(warnings >= 12);
    QCOMPARE(sip + q850 + warnings, all.size());
}

static const QByteArray faultyInvite = "INVITE sip:bob@example.com SIP/2.0\r\n"
                                       "Via: SIP/2.0/UDP pc33.example.com;branch=z9hG4bKnashds8\r\n"
                                       "To: Bob <sip:bob@example.com>\r\n"
                                       "From: Alice <sip:alice@example.com>;tag=1928301774\r\n"
                                       "Call-ID: a84b4c76e66710@pc33.example.com\r\n"
                                       "CSeq: 314159 INVITE\r\n"
                                       "Contact: <sip:alice@pc33.example.com>\r\n"
                                       "Content-Length: 0\r\n\r\n";

void TestCli::inspectJson()
{
    const QString file = tempFile(QByteArray("log line before\n") + faultyInvite);
    const Run r = run({QStringLiteral("inspect"), file, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.code, 1); // Max-Forwards is missing: an error
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    QCOMPARE(o.value(QStringLiteral("bytes")).toInt(), 16 + faultyInvite.size());
    const QJsonArray messages = o.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 1);
    const QJsonObject m = messages.first().toObject();
    QCOMPARE(m.value(QStringLiteral("kind")).toString(), QStringLiteral("request"));
    QCOMPARE(m.value(QStringLiteral("method")).toString(), QStringLiteral("INVITE"));
    QCOMPARE(m.value(QStringLiteral("requestUri")).toString(), QStringLiteral("sip:bob@example.com"));
    QCOMPARE(m.value(QStringLiteral("callId")).toString(), QStringLiteral("a84b4c76e66710@pc33.example.com"));
    QCOMPARE(m.value(QStringLiteral("offset")).toInt(), 16);
    QCOMPARE(m.value(QStringLiteral("startLine")).toObject().value(QStringLiteral("offset")).toInt(), 16);
    const QJsonObject via = m.value(QStringLiteral("headers")).toArray().first().toObject();
    QCOMPARE(via.value(QStringLiteral("canonical")).toString(), QStringLiteral("Via"));
    QCOMPARE(via.value(QStringLiteral("offset")).toInt(), 16 + 36);
    bool missingMaxForwards = false;
    for (const QJsonValue &v : m.value(QStringLiteral("diagnostics")).toArray()) {
        const QJsonObject d = v.toObject();
        if (d.value(QStringLiteral("id")).toString() == QLatin1String("missing-header")
            && d.value(QStringLiteral("header")).toString() == QLatin1String("Max-Forwards")) {
            missingMaxForwards = true;
            QCOMPARE(d.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
            QCOMPARE(d.value(QStringLiteral("rfc")).toString(), QStringLiteral("RFC 3261 §8.1.1"));
            QVERIFY(d.value(QStringLiteral("message")).toString().contains(QStringLiteral("Max-Forwards")));
        }
    }
    QVERIFY(missingMaxForwards);
    QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("errors")).toInt(), 1);
}

// A capture and a log: each message in the JSON says when, from where to where, and how.
void TestCli::inspectCaptureAndLog()
{
    using namespace sipref::test;
    const QByteArray pcap = pcap::pcapFile(
        1, {{pcap::udpFrame("192.0.2.1", 5060, "192.0.2.2", 5080, samples::options()), 1795273601, 250000}});
    const Run r = run({"inspect", tempFile(pcap), "--format", "json"});
    QCOMPARE(r.code, 0);
    const QJsonObject m = QJsonDocument::fromJson(r.out).object().value("messages").toArray().first().toObject();
    QCOMPARE(m.value("time").toString(), QString("2026-11-21T15:06:41.250000Z"));
    QCOMPARE(m.value("source").toString(), QString("192.0.2.1:5060"));
    QCOMPARE(m.value("destination").toString(), QString("192.0.2.2:5080"));
    QCOMPARE(m.value("transport").toString(), QString("UDP"));

    const Run log = run({"inspect", tempFile(samples::asteriskChanSip(samples::options())), "--format", "json"});
    const QJsonObject l = QJsonDocument::fromJson(log.out).object().value("messages").toArray().first().toObject();
    QCOMPARE(l.value("direction").toString(), QString("received"));
    QCOMPARE(l.value("source").toString(), QString("10.0.0.1:5060"));
    QCOMPARE(l.value("transport").toString(), QString("UDP"));
    QCOMPARE(l.value("time").toString(), QString("15:06:41.000000"));
    QVERIFY(!l.contains("destination"));

    // Not a capture, though it starts like one: the header is cut short.
    const Run cut = run({"inspect", tempFile(pcap.left(10)), "--format", "json"});
    QCOMPARE(cut.code, 1);
    QVERIFY(cut.out.contains("capture-truncated"));
}

void TestCli::inspectText()
{
    QByteArray fixed = faultyInvite;
    fixed.replace("CSeq:", "Max-Forwards: 70\r\nCSeq:");
    const QString good = tempFile(fixed);
    QCOMPARE(run({QStringLiteral("inspect"), good}).code, 0);

    const QString bad = tempFile(faultyInvite);
    const Run r = run({QStringLiteral("inspect"), bad, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QByteArray(bad.toUtf8() + ":1:1: error: ")), r.out.constData());
    QVERIFY(r.out.contains("[missing-header, RFC 3261 §8.1.1]"));

    const QString empty = tempFile("no sip here\n");
    const Run none = run({QStringLiteral("inspect"), empty, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(none.code, 1);
    const QJsonArray global = QJsonDocument::fromJson(none.out).object().value(QStringLiteral("diagnostics")).toArray();
    QCOMPARE(global.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("no-sip-message"));
}

void TestCli::inspectStdin()
{
    const Run r = run({QStringLiteral("inspect"), QStringLiteral("-"), QStringLiteral("--lang"), QStringLiteral("zh_CN")}, faultyInvite);
    QCOMPARE(r.code, 1);
    QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("错误")));
    QVERIFY(r.out.startsWith("<stdin>:1:1: "));
}

void TestCli::inspectStrictness()
{
    // An RFC 2543 branch is a warning; a Chinese reason phrase and an ISO Date are notes.
    const QByteArray gbOk = "SIP/2.0 200 \xe6\x88\x90\xe5\x8a\x9f\r\n"
                            "Via: SIP/2.0/UDP 10.0.0.8:5060;branch=old2543\r\n"
                            "From: <sip:34020000001320000001@3402000000>;tag=a1\r\n"
                            "To: <sip:34020000001320000001@3402000000>;tag=b2\r\n"
                            "Call-ID: gb-1@10.0.0.8\r\n"
                            "CSeq: 1 REGISTER\r\n"
                            "Date: 2026-11-21T15:06:41.123\r\n"
                            "Content-Length: 0\r\n\r\n";
    auto summary = [&](const QString &level) {
        QStringList args{QStringLiteral("inspect"), QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("json")};
        if (!level.isEmpty())
            args << QStringLiteral("--strictness") << level;
        return QJsonDocument::fromJson(run(args, gbOk).out).object().value(QStringLiteral("summary")).toObject();
    };
    const QJsonObject strict = summary({});
    QCOMPARE(strict.value(QStringLiteral("warnings")).toInt(), 1);
    QCOMPARE(strict.value(QStringLiteral("infos")).toInt(), 2);
    const QJsonObject lenient = summary(QStringLiteral("lenient"));
    QCOMPARE(lenient.value(QStringLiteral("warnings")).toInt(), 0);
    QCOMPARE(lenient.value(QStringLiteral("infos")).toInt(), 3);
    const QJsonObject gb = summary(QStringLiteral("gb28181"));
    QCOMPARE(gb.value(QStringLiteral("warnings")).toInt(), 1);
    QCOMPARE(gb.value(QStringLiteral("infos")).toInt(), 0);
    QCOMPARE(run({QStringLiteral("inspect"), QStringLiteral("-"), QStringLiteral("--strictness"), QStringLiteral("loose")}, gbOk).code, 2);
}


void TestCli::inspectEscapedLog()
{
    // A JSON log line holding the message with escaped line breaks, after one other line: findings
    // and offsets point into the file as it is.
    QByteArray escaped = faultyInvite;
    escaped.replace("\r\n", "\\r\\n");
    const QByteArray prefix = "{\"ts\":\"2026-11-22T10:00:01.123Z\",\"msg\":\"";
    const QByteArray log = "service started\n" + prefix + escaped + "\"}\n";
    const Run text = run({QStringLiteral("inspect"), QStringLiteral("-"), QStringLiteral("--lang"), QStringLiteral("en")}, log);
    QCOMPARE(text.code, 1);
    const QByteArray at = "<stdin>:2:" + QByteArray::number(prefix.size() + 1) + ": ";
    QVERIFY2(text.out.contains(at + "INVITE sip:bob@example.com SIP/2.0"), text.out.constData());
    QVERIFY2(text.out.contains(at + "error: "), text.out.constData());
    QVERIFY(text.out.contains("[escaped-line-breaks, RFC 3261 §7]"));

    const Run json = run({QStringLiteral("inspect"), QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("json")}, log);
    const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(doc.value(QStringLiteral("bytes")).toInt(), int(log.size()));
    const QJsonObject m = doc.value(QStringLiteral("messages")).toArray().first().toObject();
    QCOMPARE(m.value(QStringLiteral("line")).toInt(), 2);
    auto slice = [&](const QJsonObject &o) {
        return log.mid(o.value(QStringLiteral("offset")).toInt(), o.value(QStringLiteral("length")).toInt());
    };
    QCOMPARE(slice(m.value(QStringLiteral("startLine")).toObject()), QByteArray("INVITE sip:bob@example.com SIP/2.0"));
    const QJsonObject via = m.value(QStringLiteral("headers")).toArray().first().toObject();
    QCOMPARE(slice(via), QByteArray("Via: SIP/2.0/UDP pc33.example.com;branch=z9hG4bKnashds8"));
    QVERIFY(slice(m).startsWith("INVITE sip:bob@example.com SIP/2.0\\r\\nVia:"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
