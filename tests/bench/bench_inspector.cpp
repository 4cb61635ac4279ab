// Benchmarks (QBENCHMARK) of the inspector core on generated traffic: the whole inspection, and
// each part on its own (the scan, the checks on scanned messages, the log origins), so that every
// part's cost is visible. Run with -median 5 for stable figures; see BENCHMARKS.md.
#include "catalog/catalog.h"
#include "checks/checks.h"
#include "checks/inspection.h"
#include "sip/headernames.h"
#include "sip/logorigin.h"
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
    void scanLog();
    void checksRaw();
    void checksLog();
    void logOrigins();
    void headerNames();

private:
    std::size_t runChecks(const QByteArray &text, const std::vector<SipMessage> &messages) const;

    QByteArray m_raw, m_log;
    std::vector<SipMessage> m_rawMessages, m_logMessages;
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
    m_rawMessages = Scanner::scan(QByteArrayView(m_raw));
    m_logMessages = Scanner::scan(QByteArrayView(m_log));
}

// Every check on every message, as inspect() runs them, findings kept.
std::size_t BenchInspector::runChecks(const QByteArray &text, const std::vector<SipMessage> &messages) const
{
    std::vector<Diagnostic> diagnostics;
    for (std::size_t i = 0; i < messages.size(); ++i) {
        const HeaderCounts counts(messages[i]);
        checkMessage({QByteArrayView(text), messages[i], int(i), m_catalog, diagnostics, counts});
    }
    return diagnostics.size();
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

void BenchInspector::scanLog()
{
    qsizetype messages = 0;
    QBENCHMARK {
        messages = qsizetype(Scanner::scan(QByteArrayView(m_log)).size());
    }
    QVERIFY(messages > 1000);
}

void BenchInspector::checksRaw()
{
    std::size_t findings = 0;
    QBENCHMARK {
        findings = runChecks(m_raw, m_rawMessages);
    }
    QVERIFY(findings > 0);
}

void BenchInspector::checksLog()
{
    std::size_t findings = 0;
    QBENCHMARK {
        findings = runChecks(m_log, m_logMessages);
    }
    QVERIFY(findings > 0);
}

void BenchInspector::logOrigins()
{
    std::vector<SipMessage> messages = m_logMessages;
    QBENCHMARK {
        attachLogOrigins(QByteArrayView(m_log), messages);
    }
    QVERIFY(!messages.empty());
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
