// Search ranking and matching: numbers, prefixes, classes, both languages, header names.
#include "catalog/catalog.h"

#include <QtTest>
#include <thread>
#include <vector>

using namespace sipref;

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finds_data();
    void finds();
    void prefixAndClass();
    void noMatch();
    void wordsOfEveryTextFound();
    void searchedFromSeveralThreadsAtOnce();

private:
    QList<int> codes(const QString &query, int limit = 100) const
    {
        QList<int> out;
        for (const SearchHit &h : m_catalog.search(query)) {
            if (out.size() >= limit)
                break;
            out.append(m_catalog.entries()[h.index].code);
        }
        return out;
    }
    Catalog m_catalog;
};

void TestSearch::finds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("expected"); // all of these must be among the first `within`
    QTest::addColumn<int>("within");
    QTest::addColumn<int>("first");           // the best hit, or 0 for "don't care"

    QTest::newRow("exact code") << "486" << QList<int>{486} << 1 << 486;
    QTest::newRow("reason phrase") << "Busy Here" << QList<int>{486} << 1 << 486;
    QTest::newRow("reason phrase, lower case") << "request timeout" << QList<int>{408} << 1 << 408;
    QTest::newRow("english word") << "busy" << QList<int>{486, 600} << 2 << 0;
    QTest::newRow("chinese word") << QStringLiteral("忙") << QList<int>{486, 600} << 4 << 0;
    QTest::newRow("header name") << "Min-Expires" << QList<int>{423} << 1 << 423;
    QTest::newRow("header name WWW-Authenticate") << "WWW-Authenticate" << QList<int>{401} << 2 << 401;
    QTest::newRow("鉴权") << QStringLiteral("鉴权") << QList<int>{401, 407} << 4 << 0;
    QTest::newRow("认证") << QStringLiteral("认证") << QList<int>{401, 407} << 4 << 0;
    QTest::newRow("超时") << QStringLiteral("超时") << QList<int>{408, 504} << 4 << 0;
    QTest::newRow("编解码") << QStringLiteral("编解码") << QList<int>{488, 606} << 4 << 0;
    QTest::newRow("媒体") << QStringLiteral("媒体") << QList<int>{488, 606} << 8 << 0;
    QTest::newRow("old phrase alias") << "Internal Server Error" << QList<int>{500} << 1 << 500;
    QTest::newRow("renamed 437") << "Unsupported Certificate" << QList<int>{437} << 1 << 437;
    QTest::newRow("gb28181 word") << QStringLiteral("设备离线") << QList<int>{301} << 3 << 0;
    QTest::newRow("two words") << "loop detected" << QList<int>{482} << 1 << 482;
}

void TestSearch::finds()
{
    QFETCH(QString, query);
    QFETCH(QList<int>, expected);
    QFETCH(int, within);
    QFETCH(int, first);
    const QList<int> got = codes(query, within);
    for (int code : expected)
        QVERIFY2(got.contains(code), qPrintable(QStringLiteral("%1 not in %2").arg(code).arg(
                                         [&] { QStringList s; for (int c : got) s << QString::number(c); return s.join(QLatin1Char(',')); }())));
    if (first)
        QCOMPARE(got.first(), first);
}

void TestSearch::prefixAndClass()
{
    const QList<int> prefix = codes(QStringLiteral("48"));
    QVERIFY(!prefix.isEmpty());
    for (int c : prefix)
        QVERIFY(c >= 480 && c <= 489);
    QVERIFY(prefix.contains(480) && prefix.contains(489));

    const QList<int> cls = codes(QStringLiteral("4xx"));
    int class4 = 0;
    for (const CodeEntry &e : m_catalog.entries())
        class4 += e.kind == EntryKind::Sip && e.codeClass() == 4;
    QCOMPARE(cls.size(), class4);
    for (int c : cls)
        QCOMPARE(c / 100, 4);
    QCOMPARE(codes(QStringLiteral("6XX")).size(), 6);
}

void TestSearch::noMatch()
{
    QVERIFY(codes(QStringLiteral("xylophone")).isEmpty());
    QVERIFY(codes(QStringLiteral("   ")).isEmpty());
    QVERIFY(codes(QStringLiteral("700")).isEmpty());
}

// The texts search reads are translated on the first search, not when the catalog is built: a
// word that only the explanation, the advice or the notes hold, in either language, is found.
void TestSearch::wordsOfEveryTextFound()
{
    const CodeEntry *busy = m_catalog.find(486);
    QVERIFY(busy);
    // Words of one text each, found whatever the language shown.
    for (const CatalogText *text : {&busy->explanation, &busy->userAdvice, &busy->engineerAdvice}) {
        for (const QString &words : {text->en(), text->zh()}) {
            const QString word = words.section(QLatin1Char(' '), 0, 0).left(12);
            QVERIFY2(!word.isEmpty(), qPrintable(words));
            QVERIFY2(codes(word, 1000).contains(486), qPrintable(word));
        }
    }
    const CodeEntry *notFound = m_catalog.find(404);
    QVERIFY(notFound && !notFound->platformNotes.isEmpty());
    const QString platformWord = QStringLiteral("GB/T");
    QVERIFY(notFound->platformNotes.en().contains(platformWord));
    QVERIFY(codes(platformWord, 1000).contains(404));
}

// A catalog is shared between threads (the window, the inspector's workers): the first search
// of several threads at once translates the texts once and answers each as a search alone does.
void TestSearch::searchedFromSeveralThreadsAtOnce()
{
    const QStringList queries = {QStringLiteral("busy"), QStringLiteral("超时"), QStringLiteral("codec"),
                                 QStringLiteral("registrar"), QStringLiteral("鉴权"), QStringLiteral("firewall")};
    QList<QList<int>> expected;
    for (const QString &q : queries)
        expected.append(codes(q));
    const Catalog fresh; // nothing searched in it yet
    std::vector<QList<QList<int>>> answers(queries.size());
    std::vector<std::thread> threads;
    for (qsizetype t = 0; t < queries.size(); ++t) {
        threads.emplace_back([&, t] {
            for (qsizetype k = 0; k < queries.size(); ++k) {
                QList<int> found;
                for (const SearchHit &h : fresh.search(queries[(t + k) % queries.size()]))
                    found.append(fresh.entries()[h.index].code);
                answers[std::size_t(t)].append(found);
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (qsizetype t = 0; t < queries.size(); ++t) {
        for (qsizetype k = 0; k < queries.size(); ++k)
            QCOMPARE(answers[std::size_t(t)][k], expected[(t + k) % queries.size()]);
    }
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
