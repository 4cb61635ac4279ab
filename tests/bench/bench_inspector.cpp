// Benchmarks (QBENCHMARK) of the inspector core on generated traffic: the whole inspection, the
// scan alone, header-name lookup. Run with -median 5 for stable figures; see BENCHMARKS.md.
#include "catalog/catalog.h"
#include "checks/inspection.h"
#include "sip/headernames.h"
#include "sip/scanner.h"
#include "trafficgenerator.h"

#include <QtTest>

using namespace sipref;

class BenchInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void inspectRaw();
    void inspectLog();
    void scanRaw();
    void headerNames();

private:
    QByteArray m_raw, m_log;
    Catalog m_catalog;
};

void BenchInspector::initTestCase()
{
    // 4 MB keeps a ctest run short; BENCHMARKS.md measures 20 MB with sipref inspect --bench.
    traffic::Options o;
    o.bytes = 4'000'000;
    m_raw = traffic::generate(o).text;
    o.style = traffic::Options::Style::Log;
    m_log = traffic::generate(o).text;
}

void BenchInspector::inspectRaw()
{
    qsizetype messages = 0;
    QBENCHMARK {
        messages = qsizetype(inspect(m_raw, m_catalog).messages.size());
    }
    QVERIFY(messages > 1000);
}

void BenchInspector::inspectLog()
{
    qsizetype messages = 0;
    QBENCHMARK {
        messages = qsizetype(inspect(m_log, m_catalog).messages.size());
    }
    QVERIFY(messages > 1000);
}

void BenchInspector::scanRaw()
{
    qsizetype messages = 0;
    QBENCHMARK {
        messages = qsizetype(Scanner::scan(QByteArrayView(m_raw)).size());
    }
    QVERIFY(messages > 1000);
}

void BenchInspector::headerNames()
{
    static const QByteArrayView names[] = {"Via", "v", "From", "To", "Call-ID", "CSeq", "Contact", "Content-Length",
                                           "X-Custom-Header", "max-forwards", "WWW-Authenticate", "User-Agent"};
    int known = 0;
    QBENCHMARK {
        known = 0;
        for (int i = 0; i < 1000; ++i) {
            for (QByteArrayView n : names)
                known += headerIdFromName(n) != HeaderId::Unknown;
        }
    }
    QCOMPARE(known, 11000);
}

QTEST_GUILESS_MAIN(BenchInspector)
#include "bench_inspector.moc"
