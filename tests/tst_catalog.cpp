// The catalog against the IANA registry, and every entry complete in both languages.
#include "catalog/catalog.h"
#include "catalog/entryformat.h"

#include <QFile>
#include <QJsonArray>
#include <QtTest>

using namespace sipref;

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registryCodes_data();
    void registryCodes();
    void gbCodes_data();
    void gbCodes();
    void everyTextInBothLanguages();
    void relatedCodesExist();
    void headerRequirements_data();
    void headerRequirements();
    void platformNotes();
    void classFallback_data();
    void classFallback();
    void notAResponseCode();
    void bothMeaningsOfClashingNumbers();
    void jsonShape();

private:
    Catalog m_catalog;
};

void TestCatalog::registryCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    // A copy of the IANA registry's code and reason-phrase columns.
    QFile file(QStringLiteral(SIPREF_SOURCE_DIR "/tests/data/iana-response-codes.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    file.readLine(); // header
    int rows = 0;
    while (!file.atEnd()) {
        const QStringList cols = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char('\t'));
        if (cols.size() < 2)
            continue;
        QTest::addRow("%s", qPrintable(cols[0])) << cols[0].toInt() << cols[1];
        ++rows;
    }
    QCOMPARE(rows, 75);
}

void TestCatalog::registryCodes()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    const CodeEntry *e = m_catalog.find(code, Profile::Ietf);
    QVERIFY2(e, "registered code missing from the catalog");
    QCOMPARE(e->reason, reason);
    QCOMPARE(e->codeClass(), code / 100);
    QVERIFY(!e->references.isEmpty());
}

void TestCatalog::gbCodes_data()
{
    QTest::addColumn<int>("code");
    for (int code : {120, 301, 302, 303, 431, 432, 433, 434, 499})
        QTest::addRow("%d", code) << code;
}

void TestCatalog::gbCodes()
{
    QFETCH(int, code);
    const CodeEntry *e = m_catalog.find(code, Profile::Gb28181);
    QVERIFY(e);
    QVERIFY(e->references.join(QLatin1Char(' ')).contains(QStringLiteral("GB/T 28181")));
}

void TestCatalog::everyTextInBothLanguages()
{
    int sip = 0;
    for (const CodeEntry &e : m_catalog.entries())
        sip += e.kind == EntryKind::Sip;
    QCOMPARE(sip, 75 + 9);
    for (const CodeEntry &e : m_catalog.entries()) {
        const QByteArray where = kindId(e.kind).toLatin1() + ' ' + QByteArray::number(e.code) + ' ' + profileId(e.profile).toLatin1();
        for (const LocalizedText &t : {e.name, e.summary.both(), e.explanation.both(), e.userAdvice.both(),
                                       e.engineerAdvice.both(), e.keywords.both()}) {
            QVERIFY2(!t.en.isEmpty(), where.constData());
            QVERIFY2(!t.zh.isEmpty(), where.constData());
            // The Chinese text is a translation, not the English fallback.
            QVERIFY2(t.zh != t.en, QByteArray(where + ": untranslated: " + t.en.left(60).toUtf8()).constData());
        }
        QVERIFY2(e.explanation.en().size() > 200, where.constData());
        QVERIFY2(e.explanation.zh().size() > 60, where.constData());
    }
}

void TestCatalog::relatedCodesExist()
{
    for (const CodeEntry &e : m_catalog.entries()) {
        if (e.kind == EntryKind::Sip)
            QVERIFY(!e.related.isEmpty());
        for (int code : e.related) {
            // Causes relate to causes; warnings to warnings or SIP codes; SIP codes to SIP codes.
            const bool exists = e.kind == EntryKind::Q850 ? m_catalog.find(EntryKind::Q850, code) != nullptr
                                : e.kind == EntryKind::Warning
                                    ? m_catalog.find(EntryKind::Warning, code) || !m_catalog.findAll(code).isEmpty()
                                    : !m_catalog.findAll(code).isEmpty();
            QVERIFY2(exists, qPrintable(QStringLiteral("%1 %2 -> %3").arg(kindId(e.kind)).arg(e.code).arg(code)));
        }
    }
}

void TestCatalog::headerRequirements_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("requirement");
    QTest::newRow("401") << 401 << "WWW-Authenticate" << "must";
    QTest::newRow("405") << 405 << "Allow" << "must";
    QTest::newRow("407") << 407 << "Proxy-Authenticate" << "must";
    QTest::newRow("420") << 420 << "Unsupported" << "must";
    QTest::newRow("421") << 421 << "Require" << "must";
    QTest::newRow("422") << 422 << "Min-SE" << "must";
    QTest::newRow("423") << 423 << "Min-Expires" << "must";
    QTest::newRow("494") << 494 << "Security-Server" << "must";
    QTest::newRow("486") << 486 << "Retry-After" << "may";
}

void TestCatalog::headerRequirements()
{
    QFETCH(int, code);
    QFETCH(QString, header);
    QFETCH(QString, requirement);
    const CodeEntry *e = m_catalog.find(code);
    QVERIFY(e);
    bool found = false;
    for (const HeaderRequirement &h : e->headers) {
        if (h.name == header) {
            found = true;
            QCOMPARE(requirementId(h.requirement), requirement);
        }
    }
    QVERIFY(found);
}

void TestCatalog::platformNotes()
{
    for (int code : {400, 403, 404, 408, 415, 481, 483, 487, 503}) {
        const CodeEntry *e = m_catalog.find(code);
        QVERIFY(e);
        QVERIFY2(!e->platformNotes.en().isEmpty() && !e->platformNotes.zh().isEmpty(), qPrintable(QString::number(code)));
    }
    QVERIFY(m_catalog.find(200)->platformNotes.isEmpty());
}

void TestCatalog::classFallback_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("treatedAs");
    QTest::newRow("199 is registered, 150 is not") << 150 << 183;
    QTest::newRow("299") << 299 << 200;
    QTest::newRow("399") << 399 << 300;
    QTest::newRow("498") << 498 << 400;
    QTest::newRow("599") << 599 << 500;
    QTest::newRow("699") << 699 << 600;
}

void TestCatalog::classFallback()
{
    QFETCH(int, code);
    QFETCH(int, treatedAs);
    const std::optional<CodeEntry> e = m_catalog.lookup(code);
    QVERIFY(e);
    QCOMPARE(e->profile, Profile::Unregistered);
    QCOMPARE(e->related, QList<int>{treatedAs});
    QVERIFY(e->summary.en().contains(QString::number(treatedAs)));
    QVERIFY(e->explanation.en().contains(QStringLiteral("§8.1.3.2")));
    QVERIFY(!e->explanation.zh().isEmpty() && e->explanation.zh() != e->explanation.en());
}

void TestCatalog::notAResponseCode()
{
    QVERIFY(!m_catalog.lookup(99));
    QVERIFY(!m_catalog.lookup(700));
    QVERIFY(!m_catalog.lookup(0));
}

void TestCatalog::bothMeaningsOfClashingNumbers()
{
    for (int code : {301, 302, 433}) {
        const QList<const CodeEntry *> both = m_catalog.findAll(code);
        QCOMPARE(both.size(), 2);
        QCOMPARE(both[0]->profile, Profile::Ietf);
        QCOMPARE(both[1]->profile, Profile::Gb28181);
    }
}

void TestCatalog::jsonShape()
{
    const QJsonObject o = entryToJson(*m_catalog.find(486));
    QCOMPARE(o.value(QStringLiteral("code")).toInt(), 486);
    QCOMPARE(o.value(QStringLiteral("reason")).toString(), QStringLiteral("Busy Here"));
    QCOMPARE(o.value(QStringLiteral("class")).toInt(), 4);
    QCOMPARE(o.value(QStringLiteral("profile")).toString(), QStringLiteral("ietf"));
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("sip"));
    for (const char *key : {"name", "summary", "explanation", "userAdvice", "engineerAdvice"}) {
        const QJsonObject t = o.value(QLatin1String(key)).toObject();
        QVERIFY2(!t.value(QStringLiteral("en")).toString().isEmpty(), key);
        QVERIFY2(!t.value(QStringLiteral("zh_CN")).toString().isEmpty(), key);
    }
    QVERIFY(o.value(QStringLiteral("references")).toArray().first().toString().startsWith(QStringLiteral("RFC 3261")));
    QVERIFY(o.value(QStringLiteral("related")).toArray().contains(600));
    const QJsonObject header = o.value(QStringLiteral("headers")).toArray().first().toObject();
    QCOMPARE(header.value(QStringLiteral("name")).toString(), QStringLiteral("Retry-After"));
    QCOMPARE(header.value(QStringLiteral("requirement")).toString(), QStringLiteral("may"));
    QVERIFY(!o.contains(QStringLiteral("platformNotes")));
    QVERIFY(entryToJson(*m_catalog.find(503)).contains(QStringLiteral("platformNotes")));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
