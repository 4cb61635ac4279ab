// The read-only view for texts too big for the editor: lines, selection, hit testing, colours.
#include "inspector/bigtextview.h"
#include "samplemessages.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QScrollBar>
#include <QtTest>

using namespace sipref;
using namespace sipref::test::samples;

namespace {

InspectionResultPtr resultFor(const QByteArray &text)
{
    auto result = std::make_shared<InspectionResult>();
    result->inspection = test::run(text);
    const QByteArray &t = result->inspection.text;
    result->lineStarts.push_back(0);
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i] == '\n' && i + 1 < t.size())
            result->lineStarts.push_back(i + 1);
    }
    return result;
}

QByteArray manyMessages(int n)
{
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out += logText(i % 2 ? ringing180() : invite());
    return out;
}

} // namespace

class TestBigTextView : public QObject
{
    Q_OBJECT

private slots:
    void linesAndScrolling();
    void selectSpanScrollsAndSelects();
    void clickGivesByteOffset();
    void nonAsciiOffsets();
    void paintsWithoutResult();
};

void TestBigTextView::linesAndScrolling()
{
    BigTextView view;
    view.resize(600, 400);
    const InspectionResultPtr r = resultFor(manyMessages(200));
    view.setResult(r, false);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.lineCount(), int(r->lineStarts.size()));
    QVERIFY(view.verticalScrollBar()->maximum() > 0);
    QCOMPARE(view.firstVisibleLine(), 0);
    QTest::keyClick(view.viewport(), Qt::Key_PageDown);
    QTest::keyClick(&view, Qt::Key_PageDown);
    QVERIFY(view.firstVisibleLine() > 0);
    QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(view.firstVisibleLine(), view.verticalScrollBar()->maximum());
    // Painting the last page must not read past the text.
    QVERIFY(!view.viewport()->grab().isNull());
}

void TestBigTextView::selectSpanScrollsAndSelects()
{
    BigTextView view;
    view.resize(600, 300);
    const InspectionResultPtr r = resultFor(manyMessages(300));
    view.setResult(r, false);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const SipMessage &last = r->inspection.messages.back();
    view.selectSpan(last.startLine);
    QVERIFY(view.firstVisibleLine() > 0);
    QCOMPARE(view.selectedText(), r->inspection.string(last.startLine));
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), r->inspection.string(last.startLine));
}

void TestBigTextView::clickGivesByteOffset()
{
    BigTextView view;
    view.resize(600, 300);
    const InspectionResultPtr r = resultFor(manyMessages(3));
    view.setResult(r, false);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy moved(&view, &BigTextView::cursorMoved);
    // The second line, far right: the end of that line.
    const int lineHeight = QFontMetrics(view.font()).height();
    Q_UNUSED(lineHeight);
    const qsizetype secondLine = r->lineStarts[1];
    const qsizetype offsetLeft = view.offsetAt(QPoint(5000, 1));
    QVERIFY(offsetLeft > 0 && offsetLeft < secondLine);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(view.viewport()->width() - 2, 2));
    QCOMPARE(moved.count(), 1);
    QVERIFY(moved.at(0).at(0).value<qsizetype>() <= r->lineStarts[1]);
}

void TestBigTextView::nonAsciiOffsets()
{
    BigTextView view;
    view.resize(800, 300);
    const QByteArray subject = "Subject: 呼叫测试 call test\n";
    const QByteArray text = "MESSAGE sip:bob@example.com SIP/2.0\n" + subject + "\n";
    const InspectionResultPtr r = resultFor(text);
    view.setResult(r, false);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Select "call" on the Subject line: bytes after three three-byte characters.
    const qsizetype at = text.indexOf("call");
    view.selectSpan(Span(at, 4));
    QCOMPARE(view.selectedText(), QString("call"));
    QVERIFY(!view.viewport()->grab().isNull());
}

void TestBigTextView::paintsWithoutResult()
{
    BigTextView view;
    view.resize(300, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.lineCount(), 0);
    QCOMPARE(view.offsetAt(QPoint(10, 10)), qsizetype(-1));
    QVERIFY(!view.viewport()->grab().isNull());
}

QTEST_MAIN(TestBigTextView)
#include "tst_bigtextview.moc"
