// The Calls tab as a user drives it: a capture with two calls and a keep-alive in the inspector,
// the call list, the ladder of the selected calls, a click on an arrow that selects the message
// in the inspector, the exports; and the inspector's message list filters. Runs offscreen.
#include "capturewriter.h"
#include "classcolors.h"
#include "inspector/bigtextview.h"
#include "flow/calllistmodel.h"
#include "flow/callsview.h"
#include "flow/ladderexport.h"
#include "flow/ladderview.h"
#include "inspector/inspectorview.h"
#include "inspector/messagefilterproxy.h"
#include "inspector/messagelistmodel.h"
#include "samplemessages.h"
#include "settings.h"
#include "trafficgenerator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeView>
#include <QXmlStreamReader>
#include <QtTest>

using namespace sipref;
using namespace sipref::test::samples;

namespace {

const QByteArray alice = "10.0.0.1:5060";
const QByteArray bob = "10.0.0.2:5060";
const QByteArray carol = "10.0.0.3:5060";

// One packet as capture text: "U date time source -> destination", then the payload, with the
// LF line ends a paste into the inspector has.
QByteArray packet(const char *time, const QByteArray &from, const QByteArray &to, const QByteArray &message)
{
    return "U 2026-11-21 " + QByteArray(time) + " " + from + " -> " + to + "\n" + logText(message);
}

QByteArray inviteCarol(const char *branch)
{
    return build(QByteArray("INVITE sip:carol@lab-c.test SIP/2.0\n"
                            "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=")
                     + branch
                     + "\n"
                       "Max-Forwards: 70\n"
                       "From: <sip:alice@lab-a.test>;tag=5c2e\n"
                       "To: <sip:carol@lab-c.test>\n"
                       "Call-ID: call-two@10.0.0.1\n"
                       "CSeq: 1 INVITE\n"
                       "Contact: <sip:alice@10.0.0.1:5060>\n"
                       "Content-Type: application/sdp\n",
                 offerSdp());
}

QByteArray busyCarol()
{
    return build("SIP/2.0 486 Busy Here\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-c2-7b1f\n"
                 "From: <sip:alice@lab-a.test>;tag=5c2e\n"
                 "To: <sip:carol@lab-c.test>;tag=91d0\n"
                 "Call-ID: call-two@10.0.0.1\n"
                 "CSeq: 1 INVITE\n");
}

QByteArray ackCarol()
{
    return build("ACK sip:carol@lab-c.test SIP/2.0\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-c2-7b1f\n"
                 "Max-Forwards: 70\n"
                 "From: <sip:alice@lab-a.test>;tag=5c2e\n"
                 "To: <sip:carol@lab-c.test>;tag=91d0\n"
                 "Call-ID: call-two@10.0.0.1\n"
                 "CSeq: 1 ACK\n");
}

QByteArray options(bool response)
{
    return build(QByteArray(response ? "SIP/2.0 200 OK\n" : "OPTIONS sip:10.0.0.3:5060 SIP/2.0\n")
                 + "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-k1-0a11\n"
                 + (response ? "" : "Max-Forwards: 70\n")
                 + "From: <sip:ping@lab-a.test>;tag=aa01\n"
                   "To: <sip:10.0.0.3:5060>"
                 + (response ? ";tag=cc02" : "")
                 + "\n"
                   "Call-ID: keepalive-1@10.0.0.1\n"
                   "CSeq: 20 OPTIONS\n");
}

// Message indices: 0-4 call one (INVITE 100 180 200 ACK), 5-6 the OPTIONS ping, 7-10 call two
// (INVITE, its retransmission, 486, ACK), 11-12 call one's BYE and 200.
QByteArray twoCalls()
{
    return packet("15:06:41.100000", alice, bob, invite()) + packet("15:06:41.110000", bob, alice, trying100())
           + packet("15:06:41.300000", bob, alice, ringing180()) + packet("15:06:43.000000", bob, alice, ok200Invite())
           + packet("15:06:43.010000", alice, bob, ack()) + packet("15:06:44.000000", alice, carol, options(false))
           + packet("15:06:44.005000", carol, alice, options(true))
           + packet("15:06:45.000000", alice, carol, inviteCarol("z9hG4bK-c2-7b1f"))
           + packet("15:06:45.500000", alice, carol, inviteCarol("z9hG4bK-c2-7b1f"))
           + packet("15:06:45.600000", carol, alice, busyCarol()) + packet("15:06:45.610000", alice, carol, ackCarol())
           + packet("15:06:50.000000", bob, alice, bye()) + packet("15:06:50.010000", alice, bob, ok200Bye());
}

InspectionResultPtr resultOf(const QByteArray &text)
{
    auto result = std::make_shared<InspectionResult>();
    result->inspection = test::run(text);
    result->positions = OffsetMap(QString::fromUtf8(text));
    return result;
}

int callRow(const CallsView &calls, const QByteArray &callId)
{
    for (int row = 0; row < calls.model()->rowCount(); ++row) {
        if (calls.model()->call(row)->callId == callId)
            return row;
    }
    return -1;
}

QStringList svgTexts(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    if (xml.hasError())
        return {QStringLiteral("XML error: ") + xml.errorString()};
    return texts;
}

} // namespace

class TestFlowView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyStates();
    void callListShowsEachCall();
    void ladderOfOneCallAndOfTwo();
    void clickingAnArrowSelectsTheMessage();
    void captureToLadderToInspector();
    void keysMoveTheSelection();
    void zoomScalesTheDiagram();
    void exportsSvgAndPng();
    void logHostColumnIsThisHost();
    void longCallIsCapped();
    void filterCalls();
    void messageListFilters();
    void filteredListKeepsSelection();
    void modelsPassTheTester();
    void bigInputStaysQuick();

private:
    void load(InspectorView &inspector, const QByteArray &text)
    {
        QSignalSpy spy(&inspector, &InspectorView::inspected);
        inspector.setText(QString::fromUtf8(text));
        QVERIFY(spy.wait(5000));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestFlowView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<Settings>(m_dir.filePath("settings.ini"));
    // The fixture itself: what the inspector makes of it, before any widget is involved.
    const Inspection in = test::run(twoCalls());
    QCOMPARE(int(in.messages.size()), 13);
    QCOMPARE(in.messages[3].origin->source, bob);
    QCOMPARE(in.count(Severity::Error), 0);
}

void TestFlowView::emptyStates()
{
    CallsView calls;
    QVERIFY(calls.emptyText().contains("Inspector"));
    calls.setResult(resultOf(test::crlf("just some log line\nand another\n")));
    QVERIFY(!calls.emptyText().isEmpty());
    // Messages, but none with a Call-ID: said so, not an empty list.
    calls.setResult(resultOf(build("OPTIONS sip:10.0.0.3 SIP/2.0\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK-x\n"
                                   "CSeq: 1 OPTIONS\nMax-Forwards: 70\n")));
    QVERIFY2(calls.emptyText().contains("Call-ID"), qPrintable(calls.emptyText()));
    calls.setResult(resultOf(twoCalls()));
    QVERIFY(calls.emptyText().isEmpty());
}

void TestFlowView::callListShowsEachCall()
{
    CallsView calls;
    calls.setResult(resultOf(twoCalls()));
    const CallListModel *model = calls.model();
    QCOMPARE(model->rowCount(), 3); // two calls and the OPTIONS ping, in order of their first message
    auto cell = [&](int row, int column) { return model->index(row, column).data().toString(); };
    const int one = callRow(calls, "call-0e7d2a@10.0.0.1");
    const int two = callRow(calls, "call-two@10.0.0.1");
    const int ping = callRow(calls, "keepalive-1@10.0.0.1");
    QCOMPARE(one, 0);
    QCOMPARE(ping, 1);
    QCOMPARE(two, 2);
    QCOMPARE(cell(one, CallListModel::StateColumn), QString("Answered"));
    QCOMPARE(cell(two, CallListModel::StateColumn), QString("Busy"));
    QCOMPARE(cell(ping, CallListModel::StateColumn), QString("OPTIONS 200"));
    QCOMPARE(cell(one, CallListModel::TimeColumn), QString("15:06:41.100"));
    QCOMPARE(cell(one, CallListModel::MessagesColumn), QString("7"));
    QCOMPARE(cell(two, CallListModel::MessagesColumn), QString("4"));
    QCOMPARE(cell(one, CallListModel::SetupColumn), QString("1.900 s"));
    QCOMPARE(cell(one, CallListModel::DurationColumn), QString("7.000 s"));
    QVERIFY(cell(one, CallListModel::CallerColumn).contains("alice@lab-a.test"));
    QVERIFY(cell(one, CallListModel::CalleeColumn).contains("bob@lab-b.test"));
    // The states carry their class colours: green answered, orange busy.
    QCOMPARE(model->index(one, CallListModel::StateColumn).data(Qt::ForegroundRole).value<QColor>(), classColor(2));
    QCOMPARE(model->index(two, CallListModel::StateColumn).data(Qt::ForegroundRole).value<QColor>(), classColor(4));
    // A call is selected from the start, the first that went wrong (the busy one): the ladder is
    // never an empty pane, and shows what the engineer is looking for.
    QCOMPARE(calls.callList()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(calls.ladderView()->arrowCount(), 4);
    calls.callList()->selectRow(0);
    QCOMPARE(calls.ladderView()->arrowCount(), 7);
}

void TestFlowView::ladderOfOneCallAndOfTwo()
{
    CallsView calls;
    calls.setResult(resultOf(twoCalls()));
    calls.selectCallRows({callRow(calls, "call-two@10.0.0.1")});
    LadderView *ladder = calls.ladderView();
    QCOMPARE(ladder->arrowCount(), 4);
    QCOMPARE(ladder->columnCount(), 2);
    QCOMPARE(ladder->painter().columnTitle(0), QString::fromLatin1(alice));
    QCOMPARE(ladder->painter().columnTitle(1), QString::fromLatin1(carol));
    QVERIFY(ladder->ladder().arrows[1].retransmission);
    QVERIFY(ladder->ladder().arrows[0].hasBody);
    // Two calls selected: their messages together, in the input's order, over three hosts.
    calls.selectCallRows({callRow(calls, "call-0e7d2a@10.0.0.1"), callRow(calls, "call-two@10.0.0.1")});
    QCOMPARE(ladder->arrowCount(), 11);
    QCOMPARE(ladder->columnCount(), 3);
    std::vector<int> order;
    for (const LadderArrow &a : ladder->ladder().arrows)
        order.push_back(a.message);
    QVERIFY(std::is_sorted(order.begin(), order.end()));
    QCOMPARE(order.front(), 0);
    QCOMPARE(order.back(), 12);
}

void TestFlowView::clickingAnArrowSelectsTheMessage()
{
    InspectorView inspector(test::catalog(), *m_settings);
    CallsView calls;
    calls.followInspector(&inspector);
    load(inspector, twoCalls());
    QCOMPARE(calls.model()->rowCount(), 3);
    calls.resize(1100, 800);
    calls.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calls));

    QSignalSpy activated(&calls, &CallsView::messageActivated);
    LadderView *ladder = calls.ladderView();
    calls.callList()->selectRow(0); // call one, the first in time
    QCOMPARE(ladder->arrowCount(), 7);
    // Arrow 5 of call one is its BYE: message 11 of the input.
    QCOMPARE(ladder->painter().messageOf(5), 11);
    QTest::mouseClick(ladder->viewport(), Qt::LeftButton, {}, ladder->arrowPosition(5));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toInt(), 11);
    QCOMPARE(ladder->currentArrow(), 5);
    QCOMPARE(inspector.selectedMessage(), 11);
    QCOMPARE(inspector.editor()->textCursor().selectedText(), QString("BYE sip:alice@10.0.0.1:5060 SIP/2.0"));
    QCOMPARE(inspector.messagesView()->currentIndex().row(), 11);
    // The message beside the ladder: its start line and header fields.
    const QString detail = calls.detailView()->toPlainText();
    QVERIFY2(detail.contains("BYE sip:alice@10.0.0.1:5060 SIP/2.0"), qPrintable(detail));
    QVERIFY(detail.contains("Reason: Q.850;cause=16"));
    QVERIFY(detail.contains("10.0.0.2:5060 → 10.0.0.1:5060"));

    // A click on the header selects nothing.
    QTest::mouseClick(ladder->viewport(), Qt::LeftButton, {}, QPoint(ladder->arrowPosition(0).x(), 4));
    QCOMPARE(activated.size(), 1);

    QTest::mouseClick(ladder->viewport(), Qt::LeftButton, {}, ladder->arrowPosition(3));
    QCOMPARE(inspector.selectedMessage(), 3);
    QCOMPARE(calls.currentMessage(), 3);
}

// The whole way an engineer goes: open a capture in the inspector, pick a call in the Calls tab,
// click an arrow, and find that message selected in the inspector.
void TestFlowView::captureToLadderToInspector()
{
    using namespace sipref::test::pcap;
    const QByteArray wires[] = {invite(), trying100(), ringing180(), ok200Invite(), ack()};
    const char *from[] = {"10.0.0.1", "10.0.0.2", "10.0.0.2", "10.0.0.2", "10.0.0.1"};
    QList<Packet> packets;
    for (int i = 0; i < 5; ++i) {
        const bool fromAlice = QByteArray(from[i]) == "10.0.0.1";
        packets.append({udpFrame(from[i], 5060, fromAlice ? "10.0.0.2" : "10.0.0.1", 5060, wires[i]),
                        quint32(1795273601 + i), quint32(1000 * i)});
    }
    const QString path = m_dir.filePath("call.pcap");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pcapFile(1, packets));
    file.close();

    InspectorView inspector(test::catalog(), *m_settings);
    CallsView calls;
    calls.followInspector(&inspector);
    QSignalSpy inspected(&inspector, &InspectorView::inspected);
    QVERIFY(inspector.openFile(path));
    QVERIFY(inspected.wait(5000));
    QCOMPARE(calls.model()->rowCount(), 1);
    calls.resize(1100, 800);
    calls.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calls));
    calls.callList()->selectRow(0);
    LadderView *ladder = calls.ladderView();
    QCOMPARE(ladder->arrowCount(), 5);
    // Two hosts from the capture's addresses.
    QCOMPARE(ladder->painter().columnCount(), 2);
    QCOMPARE(ladder->painter().columnTitle(0), QString("10.0.0.1:5060"));
    QTest::mouseClick(ladder->viewport(), Qt::LeftButton, {}, ladder->arrowPosition(3));
    QCOMPARE(inspector.selectedMessage(), 3);
    QVERIFY(inspector.isLargeMode());
    QCOMPARE(inspector.bigView()->selectedText(), QString("SIP/2.0 200 OK"));
}

void TestFlowView::keysMoveTheSelection()
{
    InspectorView inspector(test::catalog(), *m_settings);
    CallsView calls;
    calls.followInspector(&inspector);
    load(inspector, twoCalls());
    calls.resize(1000, 700);
    calls.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calls));
    LadderView *ladder = calls.ladderView();
    calls.callList()->selectRow(0); // call one, the first in time
    ladder->setFocus();
    QCOMPARE(ladder->currentArrow(), 0); // the first message is shown from the start
    QTest::keyClick(ladder, Qt::Key_Down);
    QCOMPARE(ladder->currentArrow(), 1);
    QCOMPARE(inspector.selectedMessage(), 1);
    QTest::keyClick(ladder, Qt::Key_End);
    QCOMPARE(inspector.selectedMessage(), 12);
    QTest::keyClick(ladder, Qt::Key_Up);
    QCOMPARE(inspector.selectedMessage(), 11);
    QTest::keyClick(ladder, Qt::Key_Down);
    QTest::keyClick(ladder, Qt::Key_Down); // past the end: stays
    QCOMPARE(ladder->currentArrow(), 6);
}

void TestFlowView::zoomScalesTheDiagram()
{
    CallsView calls;
    calls.setResult(resultOf(twoCalls()));
    LadderView *ladder = calls.ladderView();
    const QSizeF before = ladder->painter().size();
    const int pixels = ladder->painter().font().pixelSize();
    ladder->zoomIn();
    ladder->zoomIn();
    QVERIFY(ladder->painter().font().pixelSize() > pixels);
    QVERIFY(ladder->painter().size().width() > before.width());
    QVERIFY(ladder->painter().size().height() > before.height());
    QWheelEvent wheel(QPointF(50, 50), QPointF(50, 50), {}, QPoint(0, -120), Qt::NoButton, Qt::ControlModifier,
                      Qt::NoScrollPhase, false);
    const qreal zoom = ladder->zoom();
    QApplication::sendEvent(ladder->viewport(), &wheel);
    QVERIFY(ladder->zoom() < zoom);
    ladder->resetZoom();
    QCOMPARE(ladder->painter().size(), before);
}

void TestFlowView::exportsSvgAndPng()
{
    CallsView calls;
    calls.setResult(resultOf(twoCalls()));
    calls.callList()->selectRow(0); // call one, the first in time
    QCOMPARE(calls.ladderView()->arrowCount(), 7);
    const QString svg = m_dir.filePath("call.svg");
    QString error;
    QVERIFY2(calls.exportLadder("svg", svg, &error), qPrintable(error));
    const QStringList texts = svgTexts(svg);
    for (const char *wanted : {"INVITE", "180 Ringing", "ACK", "BYE", "10.0.0.1:5060", "10.0.0.2:5060", "SDP"})
        QVERIFY2(texts.contains(QString::fromLatin1(wanted)), qPrintable(wanted + QString(" not in ") + texts.join('|')));
    // The title names the call and its parties.
    QVERIFY2(std::any_of(texts.begin(), texts.end(), [](const QString &t) { return t.contains("call-0e7d2a@10.0.0.1"); }),
             qPrintable(texts.join('|')));

    const QString png = m_dir.filePath("call.png");
    QVERIFY2(calls.exportLadder("png", png, &error), qPrintable(error));
    QVERIFY(QFileInfo(png).size() > 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    // Drawn at twice the size of the picture's points, on white.
    const QImage once = renderLadderImage(resultOf(twoCalls())->inspection, calls.ladderView()->ladder(), Language::English, 1);
    QVERIFY2(qAbs(image.width() - once.width() * 2) <= 2, qPrintable(QString::number(image.width())));
    QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));

    QVERIFY(!calls.exportLadder("gif", m_dir.filePath("call.gif"), &error));
    QVERIFY(error.contains("gif"));
    QVERIFY(!calls.exportLadder("svg", m_dir.filePath("no/such/dir/call.svg"), &error));
    QVERIFY(!error.isEmpty());
}

void TestFlowView::logHostColumnIsThisHost()
{
    // An Asterisk log names only the far end: the logging host gets a column of its own.
    const QByteArray log = "<--- SIP read from UDP:10.0.0.1:5060 --->\n" + lfOnly(invite()) + "<------------->\n"
                           + "<--- Transmitting (no NAT) to 10.0.0.1:5060 --->\n" + lfOnly(trying100())
                           + "<------------->\n";
    CallsView calls;
    calls.setResult(resultOf(log));
    LadderView *ladder = calls.ladderView();
    QCOMPARE(ladder->arrowCount(), 2);
    QCOMPARE(ladder->columnCount(), 2);
    QStringList titles = {ladder->painter().columnTitle(0), ladder->painter().columnTitle(1)};
    QVERIFY2(titles.contains("This host"), qPrintable(titles.join('|')));
    QVERIFY(titles.contains("10.0.0.1:5060"));
    const QString svg = m_dir.filePath("log.svg");
    QString error;
    const InspectionResultPtr result = resultOf(log);
    QVERIFY2(writeLadderImage(result->inspection, ladder->ladder(), "svg", svg, Language::English, &error), qPrintable(error));
    const QStringList texts = svgTexts(svg);
    QVERIFY2(texts.contains("This host") && texts.contains("100 Trying"), qPrintable(texts.join('|')));
}

void TestFlowView::longCallIsCapped()
{
    // One Call-ID with more messages than a ladder draws: the first ones, and a note.
    QByteArray text;
    for (int i = 0; i < CallsView::maxArrows + 60; ++i) {
        text += build("MESSAGE sip:bob@lab-b.test SIP/2.0\n"
                      "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-m"
                      + QByteArray::number(i)
                      + "\n"
                        "Max-Forwards: 70\n"
                        "From: <sip:alice@lab-a.test>;tag=m1\n"
                        "To: <sip:bob@lab-b.test>\n"
                        "Call-ID: chatty@10.0.0.1\n"
                        "CSeq: "
                      + QByteArray::number(i + 1) + " MESSAGE\n");
    }
    CallsView calls;
    calls.show();
    calls.setResult(resultOf(text));
    QCOMPARE(calls.model()->rowCount(), 1);
    QCOMPARE(calls.ladderView()->arrowCount(), CallsView::maxArrows);
    auto *note = calls.findChild<QLabel *>("ladderNote");
    QVERIFY(note && note->isVisible());
    QVERIFY(note->text().contains(QLocale().toString(CallsView::maxArrows + 60)));
}

void TestFlowView::filterCalls()
{
    CallsView calls;
    calls.setResult(resultOf(twoCalls()));
    calls.filterField()->setText("carol");
    QCOMPARE(calls.proxy()->rowCount(), 1);
    calls.filterField()->setText("busy");
    QCOMPARE(calls.proxy()->rowCount(), 1);
    calls.filterField()->setText("10.0.0.1");
    QCOMPARE(calls.proxy()->rowCount(), 3); // in every Call-ID
    calls.filterField()->clear();
    QCOMPARE(calls.proxy()->rowCount(), 3);
    // Sorting by the number of messages puts the busy call's 4 before call one's 7.
    calls.callList()->sortByColumn(CallListModel::MessagesColumn, Qt::AscendingOrder);
    QCOMPARE(calls.proxy()->index(2, CallListModel::MessagesColumn).data().toInt(), 7);
}

void TestFlowView::messageListFilters()
{
    InspectorView inspector(test::catalog(), *m_settings);
    load(inspector, twoCalls());
    MessageFilterProxy *proxy = inspector.messageFilter();
    QCOMPARE(proxy->rowCount(), 13);
    // The columns from the capture: time, hosts, transport.
    const QAbstractItemModel *model = inspector.messagesView()->model();
    QCOMPARE(model->index(3, MessageListModel::TimeColumn).data().toString(), QString("15:06:43.000"));
    QCOMPARE(model->index(3, MessageListModel::RouteColumn).data().toString(), QString("10.0.0.2:5060 → 10.0.0.1:5060"));
    QCOMPARE(model->index(3, MessageListModel::TransportColumn).data().toString(), QString("UDP"));
    QVERIFY(!inspector.messagesView()->isColumnHidden(MessageListModel::RouteColumn));
    QVERIFY(inspector.messagesView()->isColumnHidden(MessageListModel::TransportColumn)); // UDP only

    auto *keepAlives = inspector.findChild<QCheckBox *>("hideKeepAlives");
    QVERIFY(keepAlives);
    keepAlives->setChecked(true);
    QCOMPARE(proxy->rowCount(), 11); // OPTIONS and its 200 (told by the CSeq method)
    keepAlives->setChecked(false);

    auto *methods = inspector.findChild<QComboBox *>("methodFilter");
    QVERIFY(methods);
    QStringList listed;
    for (int i = 1; i < methods->count(); ++i)
        listed << methods->itemText(i);
    QCOMPARE(listed, QStringList({"ACK", "BYE", "INVITE", "OPTIONS"}));
    proxy->setMethod("INVITE");
    QCOMPARE(proxy->rowCount(), 7); // 2 INVITEs + retransmission, 100, 180, 200, 486
    proxy->setMethod({});

    proxy->setCodeRange(MessageFilterProxy::CodeRange::Requests);
    QCOMPARE(proxy->rowCount(), 7);
    proxy->setCodeRange(MessageFilterProxy::CodeRange::Errors);
    QCOMPARE(proxy->rowCount(), 1);
    proxy->setCodeRange(MessageFilterProxy::CodeRange::Class2xx);
    QCOMPARE(proxy->rowCount(), 3);
    proxy->setCodeRange(MessageFilterProxy::CodeRange::All);

    auto *search = inspector.findChild<QLineEdit *>("messageSearch");
    QVERIFY(search);
    search->setText("10.0.0.3");
    QCOMPARE(proxy->rowCount(), 6); // addresses: the ping and call two
    search->setText("busy here");
    QCOMPARE(proxy->rowCount(), 1); // the start line, whatever the case
    search->setText("call-two");
    QCOMPARE(proxy->rowCount(), 4); // the Call-ID
    search->clear();

    proxy->setCallId("call-0e7d2a@10.0.0.1");
    QCOMPARE(proxy->rowCount(), 7);
    proxy->setCallId({});
    QCOMPARE(proxy->rowCount(), 13);
}

void TestFlowView::filteredListKeepsSelection()
{
    InspectorView inspector(test::catalog(), *m_settings);
    load(inspector, twoCalls());
    inspector.findChild<QCheckBox *>("hideKeepAlives")->setChecked(true);
    QTreeView *list = inspector.messagesView();
    // Row 5 of the filtered list is message 7 (the ping's two are hidden).
    list->setCurrentIndex(list->model()->index(5, 0));
    QCOMPARE(inspector.selectedMessage(), 7);
    QCOMPARE(inspector.editor()->textCursor().block().text(), QString("INVITE sip:carol@lab-c.test SIP/2.0"));
    // Selected from elsewhere (a ladder), a hidden message is shown with nothing current in the list.
    inspector.selectMessage(5);
    QCOMPARE(inspector.selectedMessage(), 5);
    QVERIFY(!list->currentIndex().isValid());
    inspector.selectMessage(12);
    QCOMPARE(list->currentIndex().row(), 10);
}

void TestFlowView::modelsPassTheTester()
{
    CallsView calls;
    QAbstractItemModelTester t1(calls.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(calls.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    calls.setResult(resultOf(twoCalls()));
    calls.filterField()->setText("alice");
    calls.setResult(nullptr);
    InspectorView inspector(test::catalog(), *m_settings);
    QAbstractItemModelTester t3(inspector.messageFilter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(inspector, twoCalls());
    inspector.messageFilter()->setHideKeepAlives(true);
    inspector.messageFilter()->setText("INVITE");
}

void TestFlowView::bigInputStaysQuick()
{
    // Thousands of calls: the list is a model (no widget per row) and only the selected calls
    // get a ladder. The times are printed, not asserted: sanitizer builds are slower.
    traffic::Options options;
    options.style = traffic::Options::Style::Log;
    options.bytes = 6 << 20;
    const InspectionResultPtr result = resultOf(traffic::generate(options).text);
    QVERIFY(result->inspection.messages.size() > 10000);
    CallsView calls;
    calls.resize(1200, 800);
    calls.show();
    QElapsedTimer timer;
    timer.start();
    calls.setResult(result);
    const qint64 apply = timer.restart();
    QVERIFY(calls.model()->rowCount() > 1000);
    QVERIFY(calls.ladderView()->arrowCount() > 0);
    calls.filterField()->setText("INVITE");
    const qint64 filter = timer.restart();
    calls.filterField()->clear();
    timer.restart();
    calls.callList()->selectAll();
    const qint64 all = timer.restart();
    QCOMPARE(calls.ladderView()->arrowCount(), CallsView::maxArrows);
    qInfo("%zu messages, %d calls: result applied in %lld ms, filtered in %lld ms, ladder of all in %lld ms",
          result->inspection.messages.size(), calls.model()->rowCount(), apply, filter, all);
}

QTEST_MAIN(TestFlowView)
#include "tst_flowview.moc"
