// The inspector over generated traffic, raw, as logs and as captures: every message found, every
// deliberate fault reported once, nothing else reported as an error or a warning.
#include "capture/inputinspection.h"
#include "catalog/catalog.h"
#include "checks/inspection.h"
#include "trafficgenerator.h"

#include <QtTest>

using namespace sipref;

class TestTraffic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageAndFault_data();
    void everyMessageAndFault();
    void sameSeedSameBytes();

private:
    Catalog m_catalog;
};

void TestTraffic::everyMessageAndFault_data()
{
    QTest::addColumn<int>("style");
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u}) {
        QTest::addRow("raw, seed %u", seed) << int(traffic::Options::Style::Raw) << seed;
        QTest::addRow("log, seed %u", seed) << int(traffic::Options::Style::Log) << seed;
        QTest::addRow("capture, seed %u", seed) << int(traffic::Options::Style::Capture) << seed;
        QTest::addRow("TCP capture, seed %u", seed) << int(traffic::Options::Style::TcpCapture) << seed;
    }
}

void TestTraffic::everyMessageAndFault()
{
    QFETCH(int, style);
    QFETCH(quint32, seed);
    traffic::Options o;
    o.style = traffic::Options::Style(style);
    o.seed = seed;
    o.bytes = 1 << 20;
    o.faultyPerMille = 30;
    const traffic::Traffic t = traffic::generate(o);
    QVERIFY(t.faulty > 0);
    const Inspection in = inspectInput(t.text, m_catalog);
    QCOMPARE(int(in.messages.size()), t.messages);
    QCOMPARE(in.count(Severity::Error), t.faulty);
    QCOMPARE(in.count(Severity::Warning), 0);
    if (o.style == traffic::Options::Style::Capture || o.style == traffic::Options::Style::TcpCapture) {
        // Each message from its packet: time, transport and both addresses.
        const Transport transport = o.style == traffic::Options::Style::Capture ? Transport::Udp : Transport::Tcp;
        for (const SipMessage &m : in.messages) {
            QVERIFY(m.origin->hasDate);
            QCOMPARE(int(m.origin->transport), int(transport));
            // Requests to port 5060, responses from it (over TCP from and to the caller's own port).
            const QByteArray &port5060 = m.isRequest() ? m.origin->destination : m.origin->source;
            QVERIFY(m.origin->source.startsWith("10.0.") && m.origin->destination.startsWith("10.0."));
            QVERIFY(port5060.endsWith(":5060"));
        }
    }
}

void TestTraffic::sameSeedSameBytes()
{
    traffic::Options o;
    o.bytes = 100000;
    QCOMPARE(traffic::generate(o).text, traffic::generate(o).text);
    traffic::Options other = o;
    other.seed = 2;
    QVERIFY(traffic::generate(o).text != traffic::generate(other).text);
}

QTEST_GUILESS_MAIN(TestTraffic)
#include "tst_traffic.moc"
