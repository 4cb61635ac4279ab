// Calls, transactions and dialogs; the findings across messages; the ladder and its text form;
// the `sipref flow` command.
#include "checks/diagnostictexts.h"
#include "cli/cli.h"
#include "flow/asciiladder.h"
#include "flow/flow.h"
#include "samplemessages.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>

using namespace sipref;
using namespace sipref::test;
namespace s = sipref::test::samples;

namespace {

QByteArray join(const QList<QByteArray> &messages)
{
    QByteArray out;
    for (const QByteArray &m : messages)
        out += m;
    return out;
}

// The messages in the capture text form: "U date time source -> destination" before each (LF
// line ends, as tst_logorigin writes it).
QByteArray captured(const QList<QByteArray> &messages, const QList<QByteArray> &lines)
{
    QByteArray out;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        out += lines.at(i) + "\n" + s::logText(messages.at(i));
    }
    return out;
}

std::vector<int> indices(std::initializer_list<int> list)
{
    return std::vector<int>(list);
}

QByteArray describe(const Inspection &in)
{
    QByteArray out;
    for (const Diagnostic &d : in.diagnostics) {
        out += QByteArray("\n  #") + QByteArray::number(d.message) + ' ' + severityId(d.severity) + ' ' + d.id + '/'
               + d.detail + ": " + diagnosticMessage(d, Language::English).toUtf8();
    }
    return out;
}

int countFlow(const Inspection &in, const char *id, const char *detail = nullptr)
{
    int n = 0;
    for (const Diagnostic &d : in.flow.diagnostics) {
        n += QByteArrayView(d.id) == QByteArrayView(id) && (!detail || QByteArrayView(d.detail) == QByteArrayView(detail));
    }
    return n;
}

// A 486 for invite(): the 180 turned into a final response.
QByteArray busy486()
{
    return s::edit(s::edit(s::ringing180(), "SIP/2.0 180 Ringing", "SIP/2.0 486 Busy Here"),
                   "Contact: <sip:bob@10.0.0.2:5060>\r\n", "");
}

// The ACK for a non-2xx to invite(): same branch and Request-URI as the INVITE.
QByteArray ackNon2xx()
{
    return s::edit(s::edit(s::ack(), "z9hG4bK-a1-44c0", "z9hG4bK-i1-a93d"), "ACK sip:bob@10.0.0.2:5060",
                   "ACK sip:bob@lab-b.test");
}

// The caller ending the early dialog with BYE.
QByteArray callerBye()
{
    return s::build("BYE sip:bob@10.0.0.2:5060 SIP/2.0\n"
                    "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-cb-771a\n"
                    "Max-Forwards: 70\n"
                    "From: \"Alice\" <sip:alice@lab-a.test>;tag=c41f\n"
                    "To: \"Bob\" <sip:bob@lab-b.test>;tag=b7e2\n"
                    "Call-ID: call-0e7d2a@10.0.0.1\n"
                    "CSeq: 102 BYE\n");
}

QList<QByteArray> fullCall()
{
    return {s::invite(), s::trying100(), s::ringing180(), s::ok200Invite(), s::ack(), s::bye(), s::ok200Bye()};
}

} // namespace

class TestFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registration();
    void call();
    void cancelledCall();
    void busyCall();
    void authRetryAnswered();
    void forkedEarlyDialogs();
    void retransmissions();
    void summaryTimes();
    void validFlowsHaveNoFindings_data();
    void validFlowsHaveNoFindings();
    void findings_data();
    void findings();
    void noFindingsForOneMessage();
    void findingsMergedInOrder();
    void ladderFromOrigins();
    void ladderFromVia();
    void ladderLocalHost();
    void asciiLadderText();
    void asciiLadderWideLabels();
    void flowCommand();
};

void TestFlow::registration()
{
    const Inspection in = run(join({s::registerFirst(), s::register401(), s::registerRetry(), s::register200()}));
    const FlowAnalysis &f = in.flow;
    QCOMPARE(f.calls.size(), std::size_t(1));
    QCOMPARE(f.transactions.size(), std::size_t(2));
    QCOMPARE(f.transactions[0].messages, indices({0, 1}));
    QCOMPARE(f.transactions[0].request, 0);
    QCOMPARE(f.transactions[0].finalResponse, 1);
    QCOMPARE(f.transactions[0].method, QByteArray("REGISTER"));
    QCOMPARE(f.transactions[0].branch, QByteArray("z9hG4bK-r1-8c01"));
    QCOMPARE(f.transactions[0].cseq, qint64(1));
    QCOMPARE(f.transactions[1].messages, indices({2, 3}));
    QVERIFY(f.dialogs.empty()); // REGISTER forms no dialog, tags or not
    const Call &c = f.calls[0];
    QCOMPARE(c.callId, QByteArray("reg-5b1e0c@10.0.0.1"));
    QCOMPARE(c.method, QByteArray("REGISTER"));
    QCOMPARE(c.state, CallState::NonInvite);
    QCOMPARE(c.finalCode, 200);
    QCOMPARE(c.transactions, indices({0, 1}));
    QCOMPARE(f.callOf, indices({0, 0, 0, 0}));
    QVERIFY2(f.diagnostics.empty(), describe(in).constData());
}

void TestFlow::call()
{
    const Inspection in = run(join(fullCall()));
    const FlowAnalysis &f = in.flow;
    QCOMPARE(f.transactions.size(), std::size_t(3));
    QCOMPARE(f.transactions[0].method, QByteArray("INVITE"));
    QCOMPARE(f.transactions[0].messages, indices({0, 1, 2, 3}));
    QCOMPARE(f.transactions[0].finalResponse, 3);
    QCOMPARE(f.transactions[1].method, QByteArray("ACK")); // the ACK for a 2xx is a transaction of its own
    QCOMPARE(f.transactions[1].messages, indices({4}));
    QCOMPARE(f.transactions[1].request, 4);
    QCOMPARE(f.transactions[2].method, QByteArray("BYE"));
    QCOMPARE(f.transactions[2].messages, indices({5, 6}));

    QCOMPARE(f.dialogs.size(), std::size_t(1));
    QCOMPARE(f.dialogs[0].callId, QByteArray("call-0e7d2a@10.0.0.1"));
    QCOMPARE(f.dialogs[0].fromTag, QByteArray("c41f"));
    QCOMPARE(f.dialogs[0].toTag, QByteArray("b7e2"));
    QCOMPARE(f.dialogs[0].messages, indices({0, 2, 3, 4, 5, 6})); // the INVITE, then both tags (BYE reversed)

    QCOMPARE(f.calls.size(), std::size_t(1));
    const Call &c = f.calls[0];
    QCOMPARE(c.messages, indices({0, 1, 2, 3, 4, 5, 6}));
    QCOMPARE(c.method, QByteArray("INVITE"));
    QCOMPARE(c.caller, QString("Alice <sip:alice@lab-a.test>"));
    QCOMPARE(c.callee, QString("Bob <sip:bob@lab-b.test>"));
    QCOMPARE(c.state, CallState::Answered);
    QCOMPARE(c.finalCode, 200);
    QCOMPARE(c.dialogs, indices({0}));
    QCOMPARE(c.firstUs, qint64(-1)); // no times in a bare paste
    QCOMPARE(c.setupUs, qint64(-1));
    QCOMPARE(f.retransmission, std::vector<bool>(7, false));
    QVERIFY2(f.diagnostics.empty(), describe(in).constData());
}

void TestFlow::cancelledCall()
{
    const Inspection in = run(join({s::invite2(), s::cancel(), s::ok200Cancel(), s::terminated487(), s::ack487()}));
    const FlowAnalysis &f = in.flow;
    QCOMPARE(f.transactions.size(), std::size_t(2));
    QCOMPARE(f.transactions[0].method, QByteArray("INVITE"));
    QCOMPARE(f.transactions[0].messages, indices({0, 3, 4})); // the ACK for the 487 belongs to it
    QCOMPARE(f.transactions[1].method, QByteArray("CANCEL")); // same branch, a transaction of its own
    QCOMPARE(f.transactions[1].messages, indices({1, 2}));
    QCOMPARE(f.transactions[1].branch, f.transactions[0].branch);
    QVERIFY(f.dialogs.empty());
    QCOMPARE(f.calls[0].state, CallState::Cancelled);
    QCOMPARE(f.calls[0].finalCode, 487);
    QCOMPARE(f.calls[0].caller, QString("sip:alice@lab-a.test"));
    QVERIFY2(f.diagnostics.empty(), describe(in).constData());

    // CANCEL sent, its 487 not (yet) in the input.
    const Inspection pending = run(join({s::invite2(), s::cancel(), s::ok200Cancel()}));
    QCOMPARE(pending.flow.calls[0].state, CallState::Cancelled);
    QCOMPARE(pending.flow.calls[0].finalCode, 0);
}

void TestFlow::busyCall()
{
    const Inspection in = run(join({s::invite(), s::trying100(), s::ringing180(), busy486(), ackNon2xx()}));
    const FlowAnalysis &f = in.flow;
    QCOMPARE(f.calls[0].state, CallState::Busy);
    QCOMPARE(f.calls[0].finalCode, 486);
    QCOMPARE(f.transactions.size(), std::size_t(1));
    QCOMPARE(f.transactions[0].messages, indices({0, 1, 2, 3, 4}));
    QCOMPARE(f.dialogs.size(), std::size_t(1)); // the early dialog of the 180, ended by the 486
    QVERIFY2(f.diagnostics.empty(), describe(in).constData());

    const Inspection ringing = run(join({s::invite(), s::trying100(), s::ringing180()}));
    QCOMPARE(ringing.flow.calls[0].state, CallState::InProgress);
    const QByteArray erinInvite = s::edit(s::edit(s::invite(), "call-0e7d2a", "call-8c1d"), "z9hG4bK-i1-a93d",
                                          "z9hG4bK-i4-e812");
    const Inspection redirected = run(join({erinInvite, s::moved302()}));
    QCOMPARE(redirected.flow.calls[0].state, CallState::Redirected);
    QCOMPARE(redirected.flow.calls[0].finalCode, 302);
    const Inspection failed = run(join({s::invite(), s::edit(busy486(), "486 Busy Here", "503 Service Unavailable")}));
    QCOMPARE(failed.flow.calls[0].state, CallState::Failed);
    QCOMPARE(failed.flow.calls[0].finalCode, 503);
}

void TestFlow::authRetryAnswered()
{
    // INVITE / 407 / ACK, then INVITE with credentials / 200 / ACK: the last final decides.
    const QByteArray first = s::invite();
    const QByteArray challenge = s::edit(s::edit(busy486(), "486 Busy Here", "407 Proxy Authentication Required"),
                                         "CSeq: 101 INVITE\r\n",
                                         "CSeq: 101 INVITE\r\nProxy-Authenticate: Digest realm=\"lab-a.test\", "
                                         "nonce=\"4f1c\"\r\n");
    const QByteArray retry = s::with(s::edit(s::edit(s::invite(), "z9hG4bK-i1-a93d", "z9hG4bK-i1-b002"),
                                             "CSeq: 101 INVITE", "CSeq: 102 INVITE"),
                                     "Proxy-Authorization: Digest username=\"alice\", realm=\"lab-a.test\", "
                                     "nonce=\"4f1c\", uri=\"sip:bob@lab-b.test\", response=\"00ff\"");
    auto second = [](const QByteArray &m) {
        return s::edit(s::edit(m, "z9hG4bK-i1-a93d", "z9hG4bK-i1-b002"), "CSeq: 101 INVITE", "CSeq: 102 INVITE");
    };
    const QByteArray ack2xx = s::edit(s::ack(), "CSeq: 101 ACK", "CSeq: 102 ACK");
    const Inspection answered = run(join({first, challenge, ackNon2xx(), retry, second(s::ringing180()),
                                          second(s::ok200Invite()), ack2xx}));
    QCOMPARE(answered.flow.calls[0].state, CallState::Answered);
    QCOMPARE(answered.flow.calls[0].finalCode, 200);
    QVERIFY2(answered.flow.diagnostics.empty(), describe(answered).constData());

    // The retry not answered yet: still in progress, not failed with 407.
    const Inspection waiting = run(join({first, challenge, ackNon2xx(), retry}));
    QCOMPARE(waiting.flow.calls[0].state, CallState::InProgress);
    // No retry at all: the 407 decides.
    const Inspection refused = run(join({first, challenge, ackNon2xx()}));
    QCOMPARE(refused.flow.calls[0].state, CallState::Failed);
    QCOMPARE(refused.flow.calls[0].finalCode, 407);
}

void TestFlow::forkedEarlyDialogs()
{
    const QByteArray otherFork = s::edit(s::edit(s::ringing180(), "tag=b7e2", "tag=f2b9"), "10.0.0.2", "10.0.0.3");
    const Inspection in = run(join({s::invite(), s::ringing180(), otherFork, s::ok200Invite(), s::ack()}));
    const FlowAnalysis &f = in.flow;
    QCOMPARE(f.dialogs.size(), std::size_t(2));
    QCOMPARE(f.dialogs[0].toTag, QByteArray("b7e2"));
    QCOMPARE(f.dialogs[0].messages, indices({0, 1, 3, 4}));
    QCOMPARE(f.dialogs[1].toTag, QByteArray("f2b9"));
    QCOMPARE(f.dialogs[1].messages, indices({0, 2})); // the INVITE formed both
    QCOMPARE(f.calls[0].dialogs, indices({0, 1}));
    QCOMPARE(f.calls[0].state, CallState::Answered);
    QCOMPARE(f.transactions[0].messages, indices({0, 1, 2, 3}));
}

void TestFlow::retransmissions()
{
    const Inspection in = run(join({s::invite(), s::invite(), s::trying100(), s::ringing180(), s::ringing180(),
                                    s::ok200Invite(), s::ok200Invite(), s::ok200Invite(), s::ack(), s::ack()}));
    const FlowAnalysis &f = in.flow;
    QCOMPARE(f.retransmission,
             (std::vector<bool>{false, true, false, false, true, false, true, true, false, true}));
    QCOMPARE(f.transactions[0].request, 0);
    QCOMPARE(f.transactions[0].finalResponse, 5);
    QCOMPARE(f.calls[0].state, CallState::Answered);
    QCOMPARE(countFlow(in, "flow-retransmission"), 4);
    for (const Diagnostic &d : f.diagnostics) {
        QCOMPARE(QByteArray(d.id), QByteArray("flow-retransmission"));
        QCOMPARE(d.severity, Severity::Info);
        QVERIFY(d.message == 0 || d.message == 3 || d.message == 5 || d.message == 8);
        QCOMPARE(d.args, QStringList{QString(d.message == 5 ? "2" : "1")});
    }

    // The same 180 with another RSeq is a new reliable provisional response, not a copy; the
    // same message on another path (received, then forwarded) is not one either.
    const QByteArray reliable = s::with(s::ringing180(), "RSeq: 1");
    const Inspection prack = run(join({s::invite(), reliable, s::edit(reliable, "RSeq: 1", "RSeq: 2")}));
    QCOMPARE(prack.flow.retransmission, (std::vector<bool>{false, false, false}));
    Inspection paths = run(join({s::invite(), s::invite()}));
    paths.messages[0].origin.edit().direction = Direction::Received;
    paths.messages[1].origin.edit().direction = Direction::Sent;
    QCOMPARE(analyzeFlow(paths).retransmission, (std::vector<bool>{false, false}));
}

void TestFlow::summaryTimes()
{
    Inspection in = run(join(fullCall()));
    const qint64 t0 = 1795446401000000LL; // 2026-11-21 09:06:41 UTC
    const qint64 offsets[] = {0, 20000, 1500000, 4250000, 4260000, 64250000, 64270000};
    for (int i = 0; i < 7; ++i) {
        in.messages[i].origin.edit().timeUs = t0 + offsets[i];
        in.messages[i].origin.edit().hasDate = true;
    }
    const FlowAnalysis f = analyzeFlow(in);
    const Call &c = f.calls[0];
    QCOMPARE(c.firstUs, t0);
    QCOMPARE(c.lastUs, t0 + 64270000);
    QCOMPARE(c.setupUs, qint64(4250000));
    QCOMPARE(c.durationUs, qint64(60000000));

    // A time without a date and one with cannot be subtracted.
    in.messages[3].origin.edit().hasDate = false;
    QCOMPARE(analyzeFlow(in).calls[0].setupUs, qint64(-1));
}

void TestFlow::validFlowsHaveNoFindings_data()
{
    QTest::addColumn<QList<QByteArray>>("flow");
    QTest::newRow("registration") << QList<QByteArray>{s::registerFirst(), s::register401(), s::registerRetry(),
                                                       s::register200()};
    QTest::newRow("call") << QList<QByteArray>{s::invite(), s::trying100(), s::ringing180(), s::ok200Invite(), s::ack(),
                                               s::refer(), s::accepted202(), s::update(), s::ok200Update(),
                                               s::bye(), s::ok200Bye()};
    QTest::newRow("cancelled") << QList<QByteArray>{s::invite2(), s::cancel(), s::ok200Cancel(), s::terminated487(),
                                                    s::ack487()};
    QTest::newRow("presence") << QList<QByteArray>{s::subscribe(), s::ok200Subscribe(), s::notify(), s::ok200Notify()};
    const QByteArray dave200 = s::edit(s::edit(s::edit(s::ok200Invite(), "call-0e7d2a", "call-2be4"), "z9hG4bK-i1-a93d",
                                               "z9hG4bK-i3-1c77"),
                                       "CSeq: 101 INVITE", "CSeq: 1 INVITE");
    const QByteArray daveAck = s::edit(s::edit(s::ack(), "call-0e7d2a", "call-2be4"), "CSeq: 101 ACK", "CSeq: 1 ACK");
    QTest::newRow("100rel") << QList<QByteArray>{s::invite100rel(), s::progress183(), s::prack(), s::ok200Prack(),
                                                 s::edit(s::edit(s::edit(dave200, "tag=c41f", "tag=e5d0"), "tag=b7e2", "tag=d9"),
                                                         "\"Alice\" <sip:alice@lab-a.test>", "<sip:alice@lab-a.test>"),
                                                 s::edit(s::edit(daveAck, "tag=c41f", "tag=e5d0"), "tag=b7e2", "tag=d9")};
    QTest::newRow("busy") << QList<QByteArray>{s::invite(), s::ringing180(), busy486(), ackNon2xx()};
}

void TestFlow::validFlowsHaveNoFindings()
{
    QFETCH(QList<QByteArray>, flow);
    const Inspection in = run(join(flow));
    QVERIFY2(in.flow.diagnostics.empty(), describe(in).constData());
    QCOMPARE(in.count(Severity::Error), 0);
    QCOMPARE(in.count(Severity::Warning), 0);
}

void TestFlow::findings_data()
{
    QTest::addColumn<QList<QByteArray>>("messages");
    QTest::addColumn<QList<qint64>>("seconds"); // time of each message, empty: none
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QByteArray>("detail");
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("message");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QList<QByteArray>>("fixed"); // the same situation without the finding

    const QList<qint64> none;
    const QList<QByteArray> call = fullCall();
    QTest::newRow("response without request")
        << QList<QByteArray>{s::ringing180(), s::ok200Invite(), s::ack()} << none
        << QByteArray("flow-response-without-request") << QByteArray() << int(Severity::Info) << 0
        << QStringList{"180", "INVITE"} << call;
    QTest::newRow("no final response")
        << QList<QByteArray>{s::invite(), s::trying100()} << none << QByteArray("flow-no-final-response")
        << QByteArray() << int(Severity::Info) << 0 << QStringList{"INVITE"} << call;
    QTest::newRow("no final response, timed out")
        << QList<QByteArray>{s::options(), s::message()} << QList<qint64>{0, 40}
        << QByteArray("flow-no-final-response") << QByteArray("timeout") << int(Severity::Warning) << 0
        << QStringList{"OPTIONS", "40"} << QList<QByteArray>{s::options(), s::ok200Options(), s::message(),
                                                             s::ok200Message()};
    QTest::newRow("no final response to a ringing INVITE, much later")
        << QList<QByteArray>{s::invite(), s::ringing180(), s::message()} << QList<qint64>{0, 1, 90}
        << QByteArray("flow-no-final-response") << QByteArray() << int(Severity::Info) << 0
        << QStringList{"INVITE"} << call;
    QTest::newRow("CSeq lower in the dialog")
        << QList<QByteArray>{s::invite(), s::ringing180(), s::ok200Invite(), s::ack(),
                             s::edit(s::update(), "CSeq: 103 UPDATE", "CSeq: 100 UPDATE"), s::ok200Update()}
        << none << QByteArray("flow-cseq-not-increasing") << QByteArray() << int(Severity::Error) << 4
        << QStringList{"UPDATE", "100", "101"}
        << QList<QByteArray>{s::invite(), s::ringing180(), s::ok200Invite(), s::ack(), s::update(), s::ok200Update()};
    QTest::newRow("CSeq reused by another method")
        << QList<QByteArray>{s::invite(), s::ok200Invite(), s::ack(), s::update(),
                             s::edit(s::refer(), "CSeq: 102 REFER", "CSeq: 103 REFER")}
        << none << QByteArray("flow-cseq-not-increasing") << QByteArray() << int(Severity::Error) << 4
        << QStringList{"REFER", "103", "103"}
        << QList<QByteArray>{s::invite(), s::ok200Invite(), s::ack(), s::update(),
                             s::edit(s::refer(), "CSeq: 102 REFER", "CSeq: 104 REFER")};
    QTest::newRow("challenge not answered")
        << QList<QByteArray>{s::registerFirst(), s::register401()} << none
        << QByteArray("flow-challenge-not-answered") << QByteArray() << int(Severity::Info) << 1
        << QStringList{"401", "Authorization"}
        << QList<QByteArray>{s::registerFirst(), s::register401(), s::registerRetry(), s::register200()};
    const QByteArray againWithout = s::edit(s::edit(s::registerFirst(), "z9hG4bK-r1-8c01", "z9hG4bK-r3-0000"),
                                            "CSeq: 1 REGISTER", "CSeq: 2 REGISTER");
    QTest::newRow("challenge retried without credentials")
        << QList<QByteArray>{s::registerFirst(), s::register401(), againWithout} << none
        << QByteArray("flow-challenge-not-answered") << QByteArray("retried-without") << int(Severity::Warning) << 1
        << QStringList{"401", "Authorization", "REGISTER"}
        << QList<QByteArray>{s::registerFirst(), s::register401(), s::registerRetry()};
    QTest::newRow("ACK missing at the end")
        << QList<QByteArray>{s::invite(), s::ringing180(), s::ok200Invite()} << none
        << QByteArray("flow-ack-missing") << QByteArray() << int(Severity::Info) << 2 << QStringList{"200"} << call;
    QTest::newRow("ACK missing, the call goes on")
        << QList<QByteArray>{s::invite(), s::ringing180(), s::ok200Invite(), s::bye(), s::ok200Bye()} << none
        << QByteArray("flow-ack-missing") << QByteArray("continues") << int(Severity::Warning) << 2
        << QStringList{"200"} << call;
    QTest::newRow("ACK missing for a 487, input goes on 40 s")
        << QList<QByteArray>{s::invite2(), s::cancel(), s::ok200Cancel(), s::terminated487(), s::options()}
        << QList<qint64>{0, 2, 2, 2, 42} << QByteArray("flow-ack-missing") << QByteArray("continues")
        << int(Severity::Warning) << 3 << QStringList{"487"}
        << QList<QByteArray>{s::invite2(), s::cancel(), s::ok200Cancel(), s::terminated487(), s::ack487()};
    QTest::newRow("retransmission")
        << QList<QByteArray>{s::options(), s::options(), s::options(), s::ok200Options()} << none
        << QByteArray("flow-retransmission") << QByteArray() << int(Severity::Info) << 0 << QStringList{"2"}
        << QList<QByteArray>{s::options(), s::ok200Options()};
    QTest::newRow("callee BYE on an early dialog")
        << QList<QByteArray>{s::invite(), s::ringing180(), s::bye(), s::ok200Bye()} << none
        << QByteArray("flow-bye-before-answer") << QByteArray("callee-early") << int(Severity::Error) << 2
        << QStringList() << call;
    QTest::newRow("caller BYE on an early dialog")
        << QList<QByteArray>{s::invite(), s::ringing180(), callerBye()} << none
        << QByteArray("flow-bye-before-answer") << QByteArray("caller-early") << int(Severity::Info) << 2
        << QStringList() << QList<QByteArray>{s::invite(), s::ringing180(), s::ok200Invite(), s::ack(), callerBye()};
}

void TestFlow::findings()
{
    QFETCH(QList<QByteArray>, messages);
    QFETCH(QList<qint64>, seconds);
    QFETCH(QByteArray, id);
    QFETCH(QByteArray, detail);
    QFETCH(int, severity);
    QFETCH(int, message);
    QFETCH(QStringList, args);
    QFETCH(QList<QByteArray>, fixed);

    Inspection in = run(join(messages));
    QCOMPARE(qsizetype(in.messages.size()), messages.size());
    for (qsizetype i = 0; i < seconds.size(); ++i)
        in.messages[i].origin.edit().timeUs = seconds.at(i) * 1000000;
    const FlowAnalysis flow = seconds.isEmpty() ? in.flow : analyzeFlow(in);
    const Diagnostic *found = nullptr;
    for (const Diagnostic &d : flow.diagnostics) {
        if (QByteArray(d.id) == id && QByteArray(d.detail) == detail && d.message == message)
            found = &d;
    }
    QVERIFY2(found, describe(in).constData());
    QCOMPARE(int(found->severity), severity);
    QCOMPARE(found->message, message);
    QCOMPARE(found->args, args);
    QCOMPARE(found->span.offset, in.messages[message].startLine.offset);
    QVERIFY(*found->rfc);
    in.flow = flow;
    in.diagnostics = flow.diagnostics;
    QVERIFY(!diagnosticMessage(*found, Language::English).startsWith(QLatin1String("flow-")));

    const Inspection ok = run(join(fixed));
    for (const Diagnostic &d : ok.flow.diagnostics)
        QVERIFY2(QByteArray(d.id) != id, describe(ok).constData());
}

void TestFlow::noFindingsForOneMessage()
{
    // One message pasted to be checked is not an excerpt of a flow.
    QVERIFY(run(s::ok200Invite()).flow.diagnostics.empty());
    QVERIFY(run(s::invite()).flow.diagnostics.empty());
    QCOMPARE(run(s::invite()).flow.calls.size(), std::size_t(1));
}

void TestFlow::findingsMergedInOrder()
{
    // A flow finding joins the message's own findings, the whole stays ordered by message.
    const QByteArray noMaxForwards = s::without(s::edit(s::update(), "CSeq: 103 UPDATE", "CSeq: 100 UPDATE"),
                                                "Max-Forwards");
    const Inspection in = run(join({s::invite(), s::ok200Invite(), s::ack(), noMaxForwards, s::ok200Update()}));
    QCOMPARE(countFlow(in, "flow-cseq-not-increasing"), 1);
    bool sawFlow = false, sawMissing = false;
    for (std::size_t i = 0; i < in.diagnostics.size(); ++i) {
        const Diagnostic &d = in.diagnostics[i];
        if (i > 0)
            QVERIFY(in.diagnostics[i - 1].message <= d.message);
        sawFlow = sawFlow || (QByteArray(d.id) == "flow-cseq-not-increasing" && d.message == 3);
        sawMissing = sawMissing || (QByteArray(d.id) == "missing-header" && d.message == 3);
    }
    QVERIFY(sawFlow);
    QVERIFY(sawMissing);

    // Lenient: the warnings of the flow become notes as well.
    InspectOptions lenient;
    lenient.strictness = Strictness::Lenient;
    const Inspection l = inspect(join({s::invite(), s::ringing180(), s::ok200Invite(), s::bye(), s::ok200Bye()}),
                                 catalog(), lenient);
    QCOMPARE(countFlow(l, "flow-ack-missing", "continues"), 1);
    QCOMPARE(l.count(Severity::Warning), 0);
    QCOMPARE(l.flow.diagnostics.front().severity, Severity::Info);
}

void TestFlow::ladderFromOrigins()
{
    const QList<QByteArray> lines = {
        "U 2026-11-21 15:06:41.123456 10.0.0.1:5060 -> 10.0.0.2:5060",
        "U 2026-11-21 15:06:41.200000 [10.0.0.2]:5060 -> 10.0.0.1:5060",
        "U 2026-11-21 15:06:43.000000 10.0.0.2 -> 10.0.0.1:5060",
    };
    const Inspection in = run(captured({s::invite(), s::ringing180(), s::ok200Invite()}, lines));
    QCOMPARE(in.messages.size(), std::size_t(3));
    const Ladder ladder = buildLadder(in, in.flow, in.flow.calls[0].messages);
    QCOMPARE(ladder.columns.size(), std::size_t(2)); // "[10.0.0.2]:5060" and "10.0.0.2" are one host
    QCOMPARE(ladder.columns[0].address, QByteArray("10.0.0.1:5060"));
    QCOMPARE(ladder.columns[1].address, QByteArray("10.0.0.2:5060"));
    QVERIFY(!ladder.columns[0].localHost);
    QCOMPARE(ladder.arrows.size(), std::size_t(3));
    QCOMPARE(ladder.arrows[0].from, 0);
    QCOMPARE(ladder.arrows[0].to, 1);
    QCOMPARE(ladder.arrows[0].label, QString("INVITE"));
    QVERIFY(ladder.arrows[0].hasBody);
    QCOMPARE(ladder.arrows[0].code, 0);
    QCOMPARE(ladder.arrows[0].timeUs, in.messages[0].origin->timeUs);
    QVERIFY(ladder.arrows[0].timeUs > 0);
    QCOMPARE(ladder.arrows[1].from, 1);
    QCOMPARE(ladder.arrows[1].to, 0);
    QCOMPARE(ladder.arrows[1].label, QString("180 Ringing"));
    QCOMPARE(ladder.arrows[1].code, 180);
    QVERIFY(!ladder.arrows[1].hasBody);
    QCOMPARE(ladder.arrows[2].label, QString("200 OK"));
    QCOMPARE(ladder.arrows[2].message, 2);
    QCOMPARE(in.flow.calls[0].setupUs, qint64(1876544));
}

void TestFlow::ladderFromVia()
{
    // No origins: a request goes from its Via sent-by to its Request-URI host, a response back
    // from where its request went.
    const Inspection in = run(join(fullCall()));
    const Ladder ladder = buildLadder(in, in.flow, in.flow.calls[0].messages);
    QStringList columns;
    for (const LadderColumn &c : ladder.columns)
        columns.append(QString::fromLatin1(c.address));
    QCOMPARE(columns, (QStringList{"10.0.0.1:5060", "lab-b.test:5060", "10.0.0.2:5060"}));
    const int expected[][2] = {{0, 1}, {1, 0}, {1, 0}, {1, 0}, {0, 2}, {2, 0}, {0, 2}};
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(ladder.arrows[i].from, expected[i][0]);
        QCOMPARE(ladder.arrows[i].to, expected[i][1]);
    }

    // A Route header names the next hop; a response whose request is missing comes from the To host.
    const QByteArray routed = s::with(s::invite(), "Route: <sip:proxy.lab-a.test:5070;lr>");
    const Inspection r = run(join({routed, s::trying100()}));
    const Ladder rl = buildLadder(r, r.flow, {0, 1});
    QCOMPARE(rl.columns[1].address, QByteArray("proxy.lab-a.test:5070"));
    QCOMPARE(rl.arrows[1].from, 1);
    const Inspection alone = run(join({s::ringing180(), s::ok200Invite()}));
    const Ladder al = buildLadder(alone, alone.flow, {0});
    QCOMPARE(al.columns[0].address, QByteArray("lab-b.test:5060"));
    QCOMPARE(al.columns[1].address, QByteArray("10.0.0.1:5060"));
}

void TestFlow::ladderLocalHost()
{
    // A log names the remote side only: the other side is the host that wrote it.
    Inspection in = run(join({s::invite(), s::ringing180()}));
    in.messages[0].origin.edit().direction = Direction::Received;
    in.messages[0].origin.edit().source = "10.0.0.1:5060";
    in.messages[1].origin.edit().direction = Direction::Sent;
    in.messages[1].origin.edit().destination = "[10.0.0.1]:5060";
    const Ladder ladder = buildLadder(in, analyzeFlow(in), {0, 1});
    QCOMPARE(ladder.columns.size(), std::size_t(2));
    QCOMPARE(ladder.columns[0].address, QByteArray("10.0.0.1:5060"));
    QVERIFY(ladder.columns[1].localHost);
    QVERIFY(ladder.columns[1].address.isEmpty());
    QCOMPARE(ladder.arrows[0].from, 0);
    QCOMPARE(ladder.arrows[0].to, 1);
    QCOMPARE(ladder.arrows[1].from, 1);
    QCOMPARE(ladder.arrows[1].to, 0);
}

void TestFlow::asciiLadderText()
{
    const QList<QByteArray> lines = {
        "U 2026-11-21 15:06:41.123000 10.0.0.1:5060 -> 10.0.0.2:5060",
        "U 2026-11-21 15:06:41.200000 10.0.0.2:5060 -> 10.0.0.1:5060",
        "U 2026-11-21 15:06:43.000000 10.0.0.2:5060 -> 10.0.0.1:5060",
        "U 2026-11-21 15:06:43.500000 10.0.0.2:5060 -> 10.0.0.1:5060",
        "U 2026-11-21 15:06:43.510000 10.0.0.1:5060 -> 10.0.0.3:5060",
    };
    const Inspection in = run(captured({s::invite(), s::ringing180(), s::ok200Invite(), s::ok200Invite(), s::ack()},
                                       lines));
    const Ladder ladder = buildLadder(in, in.flow, in.flow.calls[0].messages);
    const QString text = asciiLadder(ladder, in);
    const QStringList expected = {
        "              10.0.0.1:5060                       10.0.0.2:5060                       10.0.0.3:5060",
        "                    |                                   |                                   |",
        "15:06:41.123        |-----------INVITE (SDP)----------->|                                   |",
        "15:06:41.200        |<-----------180 Ringing------------|                                   |",
        "15:06:43.000        |<----------200 OK (SDP)------------|                                   |",
        "15:06:43.500        |<--200 OK (SDP) (retransmission)---|                                   |",
        "15:06:43.510        |----------------------------------ACK--------------------------------->|",
    };
    const QStringList got = text.split(QLatin1Char('\n'));
    QCOMPARE(got.last(), QString()); // ends with a line break
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(i < got.size(), qPrintable(text));
        QCOMPARE(got.at(i), expected.at(i));
    }
    QCOMPARE(got.size(), expected.size() + 1);
    for (const QString &line : got)
        QVERIFY(!line.endsWith(QLatin1Char(' ')));
}

void TestFlow::asciiLadderWideLabels()
{
    // Column width follows the longest label, in terminal columns (a CJK character takes two).
    const QByteArray chinese = s::edit(s::ringing180(), "180 Ringing", "180 \xe6\xad\xa3\xe5\x9c\xa8\xe6\x8c\xaf\xe9\x93\x83");
    const Inspection in = run(join({s::invite(), chinese}));
    const Ladder ladder = buildLadder(in, in.flow, {0, 1});
    const QStringList lines = asciiLadder(ladder, in).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(displayWidth(lines.at(2)), displayWidth(lines.at(3))); // lifelines line up
    QVERIFY(lines.at(3).contains(QString::fromUtf8("180 \xe6\xad\xa3\xe5\x9c\xa8\xe6\x8c\xaf\xe9\x93\x83")));
    QCOMPARE(displayWidth(QString::fromUtf8("a\xe6\xad\xa3")), 3);
    QVERIFY(asciiLadder(Ladder{}, in).isEmpty());
}

void TestFlow::flowCommand()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("calls.log");
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(join(fullCall()) + join({s::registerFirst(), s::register401(), s::registerRetry(), s::register200()}));
    }
    auto runCli = [](const QStringList &args, QByteArray *out, QByteArray *err) {
        QBuffer o, e;
        o.open(QIODevice::WriteOnly);
        e.open(QIODevice::WriteOnly);
        const int code = cli::run(QStringList{"sipref", "flow"} + args, o, e, nullptr);
        *out = o.data();
        *err = e.data();
        return code;
    };
    QByteArray out, err;
    QCOMPARE(runCli({file, "--lang", "en"}, &out, &err), 0);
    QVERIFY2(out.startsWith("Calls: 2\n"), out.constData());
    QVERIFY(out.contains("  call-0e7d2a@10.0.0.1  Alice <sip:alice@lab-a.test> -> Bob <sip:bob@lab-b.test>  answered (200)\n"));
    QVERIFY(out.contains("  reg-5b1e0c@10.0.0.1  Alice <sip:alice@lab-a.test> -> Alice <sip:alice@lab-a.test>  REGISTER (200)\n"));
    QVERIFY(out.contains("Call call-0e7d2a@10.0.0.1\n"));
    QVERIFY2(out.contains("      |---INVITE (SDP)-->|                  |\n"), out.constData());
    QVERIFY(out.contains("REGISTER"));

    QCOMPARE(runCli({file, "--call", "reg-5b1e0c@10.0.0.1", "--lang", "en"}, &out, &err), 0);
    QVERIFY(out.startsWith("Call reg-5b1e0c@10.0.0.1\n"));
    QVERIFY(!out.contains("INVITE"));

    const QString written = dir.filePath("ladder.txt");
    QCOMPARE(runCli({file, "--call", "call-0e7d2a@10.0.0.1", "--output", written}, &out, &err), 0);
    QVERIFY(out.isEmpty());
    QFile w(written);
    QVERIFY(w.open(QIODevice::ReadOnly));
    const QByteArray ladderText = w.readAll();
    QVERIFY2(ladderText.contains("      |<----------------BYE-----------------|\n"), ladderText.constData());

    QCOMPARE(runCli({file, "--call", "nope"}, &out, &err), 1);
    QVERIFY(err.contains("nope"));
    QCOMPARE(runCli({dir.filePath("missing.log")}, &out, &err), 2);

    // Images need the writer main() installs from the GUI library.
    cli::setLadderImageWriter({});
    QCOMPARE(runCli({file, "--format", "svg", "--output", dir.filePath("a.svg")}, &out, &err), 2);
    QVERIFY(!err.isEmpty());
    QString seenFormat;
    std::size_t seenArrows = 0;
    cli::setLadderImageWriter([&](const Inspection &, const Ladder &l, const QString &format, const QString &,
                                  Language, QString *) {
        seenFormat = format;
        seenArrows = l.arrows.size();
        return true;
    });
    QCOMPARE(runCli({file, "--format", "svg", "--output", dir.filePath("a.svg")}, &out, &err), 2); // two calls
    QCOMPARE(runCli({file, "--format", "png", "--call", "call-0e7d2a@10.0.0.1", "--output", dir.filePath("a.png")},
                    &out, &err),
             0);
    QCOMPARE(seenFormat, QString("png"));
    QCOMPARE(seenArrows, std::size_t(7));
    cli::setLadderImageWriter({});
}

QTEST_GUILESS_MAIN(TestFlow)
#include "tst_flow.moc"
