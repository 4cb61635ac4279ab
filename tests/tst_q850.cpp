// Q.850 causes and Warning codes: both RFC 3398 mapping tables, search, lookup and the decoded
// Reason / Warning findings of the inspector.
#include "catalog/catalog.h"
#include "catalog/q850mapping.h"
#include "checks/inspection.h"
#include "cli/cli.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QtTest>

using namespace sipref;

class TestQ850 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sipToCause_data();
    void sipToCause();
    void causeToSip_data();
    void causeToSip();
    void causesAreComplete();
    void warningCodes_data();
    void warningCodes();
    void search_data();
    void search();
    void lookupKeys();
    void cliJson();
    void inspectorDecodesReasonAndWarning();

private:
    Catalog m_catalog;
};

void TestQ850::sipToCause_data()
{
    // RFC 3398 §8.2.6.1: the cause a gateway puts in the ISUP REL for a SIP final response.
    QTest::addColumn<int>("sip");
    QTest::addColumn<int>("cause");
    const int rows[][2] = {{400, 41}, {401, 21}, {402, 21}, {403, 21}, {404, 1},   {405, 63},  {406, 79},
                           {407, 21}, {408, 102}, {410, 22}, {413, 127}, {414, 127}, {415, 79}, {416, 127},
                           {420, 127}, {421, 127}, {423, 127}, {480, 18}, {481, 41}, {482, 25}, {483, 25},
                           {484, 28}, {485, 1},   {486, 17}, {487, 0},   {488, 0},   {500, 41}, {501, 79},
                           {502, 38}, {503, 41},  {504, 102}, {505, 127}, {513, 127}, {600, 17}, {603, 21},
                           {604, 1},  {606, 0},   {200, 0}};
    for (const auto &r : rows)
        QTest::addRow("%d", r[0]) << r[0] << r[1];
}

void TestQ850::sipToCause()
{
    QFETCH(int, sip);
    QFETCH(int, cause);
    QCOMPARE(q850CauseForSipCode(sip), cause);
    const CodeEntry *e = m_catalog.find(sip, Profile::Ietf);
    QVERIFY(e);
    QCOMPARE(e->q850Cause, cause);
}

void TestQ850::causeToSip_data()
{
    // RFC 3398 §7.2.4.1: the SIP response for a received ISUP cause (0: none given).
    QTest::addColumn<int>("cause");
    QTest::addColumn<int>("sip");
    const int rows[][2] = {{1, 404},  {2, 404},  {3, 404},  {16, 0},   {17, 486}, {18, 408}, {19, 480},
                           {20, 480}, {21, 403}, {22, 410}, {23, 410}, {26, 404}, {27, 502}, {28, 484},
                           {31, 480}, {34, 503}, {38, 503}, {41, 503}, {42, 503}, {47, 503}, {55, 403},
                           {57, 403}, {58, 503}, {65, 488}, {70, 488}, {79, 501}, {87, 403}, {88, 503},
                           {102, 504}, {111, 500}, {127, 500}};
    for (const auto &r : rows)
        QTest::addRow("cause %d", r[0]) << r[0] << r[1];
}

void TestQ850::causeToSip()
{
    QFETCH(int, cause);
    QFETCH(int, sip);
    const CodeEntry *e = m_catalog.find(EntryKind::Q850, cause);
    QVERIFY2(e, "cause missing from the catalog");
    QCOMPARE(e->sipCode, sip);
    if (sip)
        QVERIFY(m_catalog.find(sip, Profile::Ietf));
}

void TestQ850::causesAreComplete()
{
    const QList<int> wanted = {1,  2,  3,  16, 17, 18, 19, 20, 21, 22, 23, 26, 27, 28, 29, 31, 34, 38,
                               41, 42, 44, 47, 55, 57, 58, 63, 65, 69, 70, 79, 87, 88, 95, 102, 111, 127};
    for (int cause : wanted) {
        const CodeEntry *e = m_catalog.find(EntryKind::Q850, cause);
        QVERIFY2(e, qPrintable(QString::number(cause)));
        QVERIFY(!e->reason.isEmpty());
        for (const LocalizedText &t :
             {e->name, e->summary.both(), e->explanation.both(), e->userAdvice.both(), e->engineerAdvice.both()})
            QVERIFY2(!t.en.isEmpty() && !t.zh.isEmpty() && t.en != t.zh, qPrintable(QString::number(cause)));
        QVERIFY(e->references.join(QLatin1Char(' ')).contains(QStringLiteral("Q.850")));
    }
}

void TestQ850::warningCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::newRow("300") << 300 << "Incompatible network protocol";
    QTest::newRow("301") << 301 << "Incompatible network address formats";
    QTest::newRow("302") << 302 << "Incompatible transport protocol";
    QTest::newRow("303") << 303 << "Incompatible bandwidth units";
    QTest::newRow("304") << 304 << "Media type not available";
    QTest::newRow("305") << 305 << "Incompatible media format";
    QTest::newRow("306") << 306 << "Attribute not understood";
    QTest::newRow("307") << 307 << "Session description parameter not understood";
    QTest::newRow("330") << 330 << "Multicast not available";
    QTest::newRow("331") << 331 << "Unicast not available";
    QTest::newRow("370") << 370 << "Insufficient bandwidth";
    QTest::newRow("399") << 399 << "Miscellaneous warning";
}

void TestQ850::warningCodes()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    const CodeEntry *e = m_catalog.find(EntryKind::Warning, code);
    QVERIFY(e);
    QCOMPARE(e->reason, text);
    QVERIFY(!e->explanation.zh().isEmpty() && e->explanation.zh() != e->explanation.en());
}

void TestQ850::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("within");
    QTest::newRow("cause 17") << "cause 17" << int(EntryKind::Q850) << 17 << 1;
    QTest::newRow("q850 34") << "q850 34" << int(EntryKind::Q850) << 34 << 1;
    QTest::newRow("Q.850:127") << "Q.850:127" << int(EntryKind::Q850) << 127 << 1;
    QTest::newRow("399") << "399" << int(EntryKind::Warning) << 399 << 2;
    QTest::newRow("warning 305") << "warning 305" << int(EntryKind::Warning) << 305 << 1;
    QTest::newRow("用户忙") << QStringLiteral("用户忙") << int(EntryKind::Q850) << 17 << 3;
    QTest::newRow("user busy") << "user busy" << int(EntryKind::Q850) << 17 << 3;
    QTest::newRow("plain number of a cause") << "102" << int(EntryKind::Q850) << 102 << 2;
}

void TestQ850::search()
{
    QFETCH(QString, query);
    QFETCH(int, kind);
    QFETCH(int, code);
    QFETCH(int, within);
    const QList<SearchHit> hits = m_catalog.search(query);
    bool found = false;
    for (int i = 0; i < std::min<int>(within, hits.size()); ++i) {
        const CodeEntry &e = m_catalog.entries()[hits[i].index];
        found = found || (int(e.kind) == kind && e.code == code);
    }
    QVERIFY(found);
}

void TestQ850::lookupKeys()
{
    QCOMPARE(m_catalog.lookupKey(QStringLiteral("q850:17"))->kind, EntryKind::Q850);
    QCOMPARE(m_catalog.lookupKey(QStringLiteral("cause:34"))->code, 34);
    QCOMPARE(m_catalog.lookupKey(QStringLiteral("warning:399"))->kind, EntryKind::Warning);
    QCOMPARE(m_catalog.lookupKey(QStringLiteral("486"))->kind, EntryKind::Sip);
    QVERIFY(!m_catalog.lookupKey(QStringLiteral("q850:200")));
    QVERIFY(!m_catalog.lookupKey(QStringLiteral("warning:486")));
    QVERIFY(!m_catalog.lookupKey(QStringLiteral("busy")));
}

static QJsonDocument runJson(const QStringList &args, int *code = nullptr)
{
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    const int rc = cli::run(QStringList{QStringLiteral("sipref")} + args, out, err);
    if (code)
        *code = rc;
    return QJsonDocument::fromJson(out.data());
}

void TestQ850::cliJson()
{
    int rc = -1;
    const QJsonObject cause = runJson({"lookup", "q850:17", "--format", "json"}, &rc).object();
    QCOMPARE(rc, 0);
    QCOMPARE(cause.value("kind").toString(), QStringLiteral("q850"));
    QCOMPARE(cause.value("code").toInt(), 17);
    QCOMPARE(cause.value("sipCode").toInt(), 486);
    QVERIFY(!cause.value("name").toObject().value("zh_CN").toString().isEmpty());
    const QJsonObject warning = runJson({"lookup", "warning:399", "--format", "json"}, &rc).object();
    QCOMPARE(rc, 0);
    QCOMPARE(warning.value("kind").toString(), QStringLiteral("warning"));
    QCOMPARE(warning.value("reason").toString(), QStringLiteral("Miscellaneous warning"));
    const QJsonObject busy = runJson({"lookup", "486", "--format", "json"}).object();
    QCOMPARE(busy.value("kind").toString(), QStringLiteral("sip"));
    QCOMPARE(busy.value("q850Cause").toInt(), 17);
    QVERIFY(!runJson({"lookup", "487", "--format", "json"}).object().contains("q850Cause"));
    runJson({"lookup", "q850:999"}, &rc);
    QCOMPARE(rc, 1);
}

void TestQ850::inspectorDecodesReasonAndWarning()
{
    const QByteArray bye = "BYE sip:alice@10.0.0.1 SIP/2.0\r\n"
                           "Via: SIP/2.0/UDP 10.0.0.9:5060;branch=z9hG4bK-q850-1\r\n"
                           "Max-Forwards: 70\r\n"
                           "From: <sip:bob@lab-b.test>;tag=gw1\r\n"
                           "To: <sip:alice@lab-a.test>;tag=ua1\r\n"
                           "Call-ID: q850-1@10.0.0.9\r\n"
                           "CSeq: 2 BYE\r\n"
                           "Reason: Q.850;cause=34;text=\"No circuit/channel available\"\r\n"
                           "Content-Length: 0\r\n\r\n"
                           "SIP/2.0 488 Not Acceptable Here\r\n"
                           "Via: SIP/2.0/UDP 10.0.0.9:5060;branch=z9hG4bK-q850-2\r\n"
                           "From: <sip:bob@lab-b.test>;tag=gw1\r\n"
                           "To: <sip:alice@lab-a.test>;tag=ua2\r\n"
                           "Call-ID: q850-2@10.0.0.9\r\n"
                           "CSeq: 1 INVITE\r\n"
                           "Warning: 305 gw.lab-b.test \"Incompatible media format\"\r\n"
                           "Content-Length: 0\r\n\r\n";
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(bye);
    file.flush();
    int rc = -1;
    const QJsonObject in = runJson({"inspect", file.fileName(), "--format", "json", "--lang", "en"}, &rc).object();
    QCOMPARE(rc, 0); // only notes
    const QJsonArray messages = in.value("messages").toArray();
    QCOMPARE(messages.size(), 2);
    // The messages also get flow notes (a BYE whose 200 is in another excerpt): find by id.
    auto byId = [](const QJsonObject &message, const QString &id) {
        for (const QJsonValue &d : message.value("diagnostics").toArray()) {
            if (d.toObject().value("id").toString() == id)
                return d.toObject();
        }
        return QJsonObject();
    };
    const QJsonObject reason = byId(messages[0].toObject(), "reason-cause");
    QCOMPARE(reason.value("id").toString(), QStringLiteral("reason-cause"));
    QCOMPARE(reason.value("severity").toString(), QStringLiteral("info"));
    QCOMPARE(reason.value("protocol").toString(), QStringLiteral("Q.850"));
    QCOMPARE(reason.value("cause").toInt(), 34);
    QCOMPARE(reason.value("sipCode").toInt(), 503);
    QVERIFY(reason.value("message").toString().contains(QStringLiteral("503")));
    const QJsonObject warning = byId(messages[1].toObject(), "warning-code");
    QCOMPARE(warning.value("id").toString(), QStringLiteral("warning-code"));
    QCOMPARE(warning.value("warnCode").toInt(), 305);
    QCOMPARE(warning.value("warnAgent").toString(), QStringLiteral("gw.lab-b.test"));
}

QTEST_GUILESS_MAIN(TestQ850)
#include "tst_q850.moc"
