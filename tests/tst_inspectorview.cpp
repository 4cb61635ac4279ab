// The inspector as a user drives it: paste, see the start line highlighted and the findings,
// click a finding and land on its text. Runs offscreen.
#include "capturewriter.h"
#include "catalog/catalog.h"
#include "inspector/bigtextview.h"
#include "inspector/inspectoreditor.h"
#include "inspector/findingsmodel.h"
#include "inspector/inspectorview.h"
#include "inspector/messagefilterproxy.h"
#include "inspector/messagelistmodel.h"
#include "inspector/siphighlighter.h"
#include "settings.h"
#include "slowfile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringEncoder>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>
#include <QtTest>


using namespace sipref;

namespace {

const QString invite = QStringLiteral("some log line\n"
                                      "INVITE sip:bob@example.com SIP/2.0\n"
                                      "Via: SIP/2.0/UDP pc33.example.com;branch=z9hG4bKnashds8\n"
                                      "To: Bob <sip:bob@example.com>\n"
                                      "From: Alice <sip:alice@example.com>;tag=1928301774\n"
                                      "Call-ID: a84b4c76e66710@pc33.example.com\n"
                                      "CSeq: 314159 INVITE\n"
                                      "Contact: <sip:alice@pc33.example.com>\n"
                                      "Content-Length: 0\n\n"
                                      "SIP/2.0 486 Busy Here\n"
                                      "Via: SIP/2.0/UDP pc33.example.com;branch=z9hG4bKnashds8\n"
                                      "To: Bob <sip:bob@example.com>;tag=a6c85cf\n"
                                      "From: Alice <sip:alice@example.com>;tag=1928301774\n"
                                      "Call-ID: a84b4c76e66710@pc33.example.com\n"
                                      "CSeq: 314159 INVITE\n"
                                      "Content-Length: 0\n");

// `invite` repeated until the text is too big for the editor (and so shown read-only); *times says
// how often.
QString tooBigForTheEditor(int *times)
{
    QString big;
    for (*times = 0; big.size() <= InspectorEditor::largeText; ++*times)
        big += invite;
    return big;
}

bool hasFormatAt(const QTextBlock &block, int position, const QTextCharFormat &wanted)
{
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (r.start <= position && position < r.start + r.length && r.format.foreground() == wanted.foreground()
            && r.format.fontWeight() == wanted.fontWeight())
            return true;
    }
    return false;
}

} // namespace

// An inspector view with settings of its own in a temporary folder, shown.
struct ShownView
{
    explicit ShownView(const Catalog &catalog, QSize size = QSize(800, 600))
        : settings(dir.filePath(QStringLiteral("s.ini"))), view(catalog, settings)
    {
        view.resize(size);
        view.show();
    }
    QTemporaryDir dir;
    Settings settings;
    InspectorView view;
};

class TestInspectorView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void pasteHighlightsAndLists();
    void clickingAFindingMovesTheCursor();
    void selectingAMessageFiltersFindings();
    void escapedMessagesShownWhereTheyAre();
    void doubledCrIsOneLineBreak();
    void textSurvivesARestart();
    void modelsPassTheTester();
    void largePasteIsShownReadOnly();
    void largePasteWhileBeingPrepared();
    void largePasteKeepsDoubledCr();
    void largeFileReadBesideTheGuiThread();
    void fileReadFromAPipeCancelled();
    void typingOvertakesAFileBeingRead();
    void messageFilterInEveryEncoding();
    void largeInputRestoredBesideTheGuiThread();
    void bigPasteGoesInByParts();
    void bigPasteIntoTheMiddle();
    void partsEndAtLineBreaks();
    void longLinesAreLaidOutInPart();
    void longLinePasteIsShownReadOnly();
    void openingACapture();
    void openedFileNamesItsEncoding();

private:
    // What a new view shows after a restart with these settings: a large input, read-only.
    Inspection restoredLargeInput(Settings &settings)
    {
        InspectorView again(m_catalog, settings);
        QSignalSpy restored(&again, &InspectorView::inspected);
        again.restoreState();
        if (!again.isLargeMode() || !restored.wait(10000) || !again.result())
            return {};
        return again.result()->inspection;
    }
    void paste(InspectorView &view, const QString &text)
    {
        QSignalSpy spy(&view, &InspectorView::inspected);
        QApplication::clipboard()->setText(text);
        view.editor()->setFocus();
        view.editor()->paste();
        QVERIFY(spy.wait(5000));
    }
    Catalog m_catalog;
};

void TestInspectorView::pasteHighlightsAndLists()
{
    ShownView shown(m_catalog, QSize(1000, 700));
    InspectorView &view = shown.view;
    paste(view, invite);
    QVERIFY(view.result());
    QCOMPARE(view.result()->inspection.messages.size(), std::size_t(2));

    const QTextDocument *doc = view.editor()->document();
    const QTextBlock requestLine = doc->findBlockByNumber(1);
    QVERIFY(hasFormatAt(requestLine, 0, view.highlighter()->kindFormat(SipHighlighter::RequestLine)));
    QVERIFY(!hasFormatAt(doc->findBlockByNumber(0), 0, view.highlighter()->kindFormat(SipHighlighter::RequestLine)));
    const QTextBlock statusLine = doc->findBlockByNumber(10);
    QVERIFY(statusLine.text().startsWith(QStringLiteral("SIP/2.0 486")));
    QVERIFY(hasFormatAt(statusLine, 0, view.highlighter()->kindFormat(SipHighlighter::StatusLine4)));
    const QTextBlock via = doc->findBlockByNumber(2);
    QVERIFY(hasFormatAt(via, 0, view.highlighter()->kindFormat(SipHighlighter::HeaderName)));

    // The first message lacks Max-Forwards: that finding is listed, in the current language.
    QAbstractItemModel *findings = view.findingsView()->model();
    bool listed = false;
    for (int row = 0; row < findings->rowCount(); ++row)
        listed = listed || findings->index(row, FindingsModel::MessageColumn).data().toString().contains(QStringLiteral("Max-Forwards"));
    QVERIFY(listed);
    QVERIFY(view.messagesView()->isVisible());
    QCOMPARE(view.messagesView()->model()->rowCount(), 2);
}

void TestInspectorView::clickingAFindingMovesTheCursor()
{
    ShownView shown(m_catalog, QSize(1000, 700));
    InspectorView &view = shown.view;
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QString text = invite;
    text.replace(QStringLiteral("CSeq: 314159 INVITE\nContact"), QStringLiteral("CSeq: 314159 OPTIONS\nMax-Forwards: 70\nContact"));
    paste(view, text);
    QTreeView *list = view.findingsView();
    int row = -1;
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        if (list->model()->index(r, FindingsModel::MessageColumn).data().toString().contains(QStringLiteral("OPTIONS")))
            row = r;
    }
    QVERIFY2(row >= 0, "cseq-method-mismatch is listed");
    const QModelIndex index = list->model()->index(row, FindingsModel::MessageColumn);
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    const QTextCursor cursor = view.editor()->textCursor();
    QCOMPARE(cursor.selectedText(), QStringLiteral("314159 OPTIONS"));
}

void TestInspectorView::selectingAMessageFiltersFindings()
{
    ShownView shown(m_catalog);
    InspectorView &view = shown.view;
    paste(view, invite);
    view.messagesView()->setCurrentIndex(view.messagesView()->model()->index(1, 0));
    // The 486 is clean (at most a note that no ACK follows it in the paste): only its own
    // findings are listed, and the cursor went to its start line.
    int own = 0;
    for (const Diagnostic &d : view.result()->inspection.diagnostics) {
        if (d.message == 1) {
            QCOMPARE(int(d.severity), int(Severity::Info));
            ++own;
        }
    }
    QCOMPARE(view.findingsView()->model()->rowCount(), own);
    QCOMPARE(view.editor()->textCursor().block().text(), QStringLiteral("SIP/2.0 486 Busy Here"));
}

// A JSON log whose messages are written with escaped line breaks: the editor keeps the text as
// pasted, and highlights, findings and the cursor land on the escaped text they came from.
void TestInspectorView::escapedMessagesShownWhereTheyAre()
{
    ShownView shown(m_catalog, QSize(1000, 700));
    InspectorView &view = shown.view;
    QString escaped = invite.mid(invite.indexOf(QLatin1String("INVITE")));
    escaped.replace(QLatin1String("\n"), QLatin1String("\\r\\n"));
    const int split = int(escaped.indexOf(QLatin1String("SIP/2.0 486")));
    const QString log = QStringLiteral("{\"ts\":\"2026-11-22T10:00:01.123Z\",\"msg\":\"") + escaped.left(split)
                        + QStringLiteral("\"}\n{\"ts\":\"2026-11-22T10:00:01.150Z\",\"msg\":\"") + escaped.mid(split)
                        + QStringLiteral("\"}\n");
    paste(view, log);
    QCOMPARE(view.editor()->toPlainText(), log);
    QCOMPARE(view.result()->inspection.messages.size(), std::size_t(2));

    const QTextDocument *doc = view.editor()->document();
    const QTextBlock second = doc->findBlockByNumber(1);
    const int status = int(second.text().indexOf(QLatin1String("SIP/2.0 486")));
    QVERIFY(status > 0);
    QVERIFY(hasFormatAt(second, status, view.highlighter()->kindFormat(SipHighlighter::StatusLine4)));
    QVERIFY(!hasFormatAt(second, status - 2, view.highlighter()->kindFormat(SipHighlighter::StatusLine4)));
    const int via = int(second.text().indexOf(QLatin1String("Via:")));
    QVERIFY(hasFormatAt(second, via, view.highlighter()->kindFormat(SipHighlighter::HeaderName)));

    view.messagesView()->setCurrentIndex(view.messagesView()->model()->index(1, 0));
    QCOMPARE(view.editor()->textCursor().selectedText(), QStringLiteral("SIP/2.0 486 Busy Here"));
    // The INVITE's missing Max-Forwards is found in the unescaped message.
    bool maxForwards = false;
    for (const Diagnostic &d : view.result()->inspection.diagnostics)
        maxForwards = maxForwards || (QByteArrayView(d.header) == "Max-Forwards" && d.message == 0);
    QVERIFY(maxForwards);
}

// CR CR LF (CRLF text converted once more): the editor took each CR alone for a line break of its
// own, every message came out double-spaced and lost its header fields. Pasted and opened, it is
// one line break.
void TestInspectorView::doubledCrIsOneLineBreak()
{
    ShownView shown(m_catalog);
    InspectorView &view = shown.view;
    QString doubled = invite;
    doubled.replace(QLatin1String("\n"), QLatin1String("\r\r\n"));
    paste(view, doubled);
    QCOMPARE(view.editor()->toPlainText(), invite);
    QCOMPARE(view.result()->inspection.messages.size(), std::size_t(2));
    QCOMPARE(view.result()->inspection.messages[1].headers.size(), std::size_t(6));

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("doubled.log")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(doubled.toUtf8());
    file.close();
    QSignalSpy spy(&view, &InspectorView::inspected);
    QVERIFY(view.openFile(file.fileName()));
    QVERIFY(spy.wait(5000));
    QCOMPARE(view.editor()->toPlainText(), invite);
    QCOMPARE(view.result()->inspection.messages[0].headers.size(), std::size_t(7));
}

void TestInspectorView::textSurvivesARestart()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    {
        InspectorView view(m_catalog, settings);
        view.setText(QStringLiteral("OPTIONS sip:x@example.com SIP/2.0\n"));
        view.saveState();
    }
    InspectorView again(m_catalog, settings);
    again.restoreState();
    QCOMPARE(again.editor()->toPlainText(), QStringLiteral("OPTIONS sip:x@example.com SIP/2.0\n"));
}

void TestInspectorView::modelsPassTheTester()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    InspectorView view(m_catalog, settings);
    QAbstractItemModelTester t1(view.findingsView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(view.messagesView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    paste(view, invite);
    paste(view, QStringLiteral("\nnothing"));
}

// A paste too big for the editor goes to the read-only view, is inspected all the same, and
// comes back into the editor on request.
void TestInspectorView::largePasteIsShownReadOnly()
{
    ShownView shown(m_catalog, QSize(1000, 700));
    InspectorView &view = shown.view;
    Settings &settings = shown.settings;
    int count = 0;
    const QString big = tooBigForTheEditor(&count);
    paste(view, big);
    QVERIFY(view.isLargeMode());
    QVERIFY(view.editor()->document()->isEmpty());
    QCOMPARE(int(view.result()->inspection.messages.size()), count * 2);
    QCOMPARE(view.bigView()->lineCount(), int(view.result()->lineStarts.size()));
    // Choosing a message selects its start line in the read-only view.
    view.selectMessage(count, true);
    QCOMPARE(view.bigView()->selectedText(), view.result()->inspection.string(view.result()->inspection.messages[count].startLine));
    // It survives a restart as it is, read-only again.
    view.saveState();
    QCOMPARE(restoredLargeInput(settings).messages.size(), std::size_t(count * 2));
    // "Edit as Text" puts it back into the editor, decoded beside the GUI thread: the read-only
    // view stays until then.
    QSignalSpy spy(&view, &InspectorView::inspected);
    auto *edit = view.findChild<QPushButton *>(QStringLiteral("editAsText"));
    QVERIFY(edit && edit->isVisible());
    edit->click();
    QVERIFY(view.isLargeMode());
    QVERIFY(!edit->isEnabled());
    QTRY_VERIFY(!view.isLargeMode());
    QVERIFY(spy.wait(10000));
    QCOMPARE(view.editor()->document()->characterCount() - 1, big.size());

    QVERIFY(!view.editor()->textCursor().hasSelection());

    // Other input that comes while the text is made ready wins. (Pasted over all the text: one
    // pasted at the cursor goes into the editor with it.)
    view.editor()->selectAll();
    paste(view, big);
    QVERIFY(view.isLargeMode());
    edit->click();
    paste(view, big + invite);
    QTest::qWait(300);
    QVERIFY(view.isLargeMode());
    QVERIFY(edit->isEnabled());
    QCOMPARE(int(view.result()->inspection.messages.size()), count * 2 + 2);
}

// A paste too big for the editor is not searched for CR CR LF on the GUI thread (86 ms for 100 MB):
// the read-only view keeps those line breaks as an opened file does, the scanner reads each as one,
// and "Edit as Text" takes the doubled CRs out as a small paste has them taken out.
void TestInspectorView::largePasteKeepsDoubledCr()
{
    ShownView shown(m_catalog, QSize(1000, 700));
    InspectorView &view = shown.view;
    int count = 0;
    const QString big = tooBigForTheEditor(&count);
    QString doubled = big;
    doubled.replace(QLatin1String("\n"), QLatin1String("\r\r\n"));
    paste(view, doubled);
    QVERIFY(view.isLargeMode());
    const std::vector<SipMessage> &messages = view.result()->inspection.messages;
    QCOMPARE(int(messages.size()), count * 2);
    QVERIFY(messages[1].doubledCr);
    QCOMPARE(messages[1].headers.size(), std::size_t(6));
    QCOMPARE(messages[2 * count - 2].headers.size(), std::size_t(7));

    QSignalSpy spy(&view, &InspectorView::inspected);
    auto *edit = view.findChild<QPushButton *>(QStringLiteral("editAsText"));
    QVERIFY(edit);
    edit->click();
    QVERIFY(spy.wait(10000));
    QCOMPARE(view.editor()->toPlainText(), big);
}

namespace {

QString statusText(const InspectorView &view)
{
    auto *status = view.findChild<QLabel *>(QStringLiteral("inspectorStatus"));
    return status ? status->text() : QString();
}

} // namespace

// A file too big for the editor is read beside the GUI thread: openFile() returns at once, the view
// keeps what it showed until the bytes are in, then shows them read-only and inspected.
void TestInspectorView::largeFileReadBesideTheGuiThread()
{
    ShownView shown(m_catalog, QSize(1000, 700));
    InspectorView &view = shown.view;
    paste(view, invite);
    int count = 0;
    const QByteArray big = tooBigForTheEditor(&count).toUtf8();
    QFile file(shown.dir.filePath(QStringLiteral("big.log")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(big);
    file.close();
    QSignalSpy opened(&view, &InspectorView::fileOpened);
    QSignalSpy inspected(&view, &InspectorView::inspected);
    QVERIFY(view.openFile(file.fileName()));
    QVERIFY(view.isBusy());
    QVERIFY(!view.isLargeMode());
    QCOMPARE(view.editor()->toPlainText(), invite); // still, while the file is read
    QVERIFY(inspected.wait(10000));
    QVERIFY(view.isLargeMode());
    QCOMPARE(int(view.result()->inspection.messages.size()), count * 2);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), file.fileName());
}

// A file that comes in slowly (a pipe here, a stalled share in the field) can be cancelled while it
// is read: what the view showed stays. Read to its end, a pipe is shown like any large input.
void TestInspectorView::fileReadFromAPipeCancelled()
{
    ShownView shown(m_catalog, QSize(1000, 700));
    InspectorView &view = shown.view;
    paste(view, invite);
    auto *cancel = view.findChild<QPushButton *>(QStringLiteral("cancelWork"));
    QVERIFY(cancel);
    {
        test::SlowFile pipe(shown.dir.filePath(QStringLiteral("slow")));
        QVERIFY(pipe.isOpen());
        QVERIFY(view.openFile(pipe.path()));
        QVERIFY(pipe.write(invite.toUtf8()));
        QTRY_VERIFY(statusText(view).contains(QStringLiteral("slow")));
        QVERIFY(cancel->isVisible());
        cancel->click();
        QVERIFY(!view.isBusy());
        QVERIFY(!cancel->isVisible());
        QVERIFY(statusText(view).contains(QStringLiteral("cancelled")));
        QVERIFY(pipe.write(invite.toUtf8()));
    } // the pipe ends; the cancelled read returns and nothing comes of it
    QTest::qWait(200);
    QVERIFY(!view.isLargeMode());
    QCOMPARE(view.editor()->toPlainText(), invite);
    QCOMPARE(view.result()->inspection.messages.size(), std::size_t(2));

    test::SlowFile pipe(shown.dir.filePath(QStringLiteral("slow2")));
    QVERIFY(pipe.isOpen());
    QSignalSpy inspected(&view, &InspectorView::inspected);
    QVERIFY(view.openFile(pipe.path()));
    for (int i = 0; i < 3; ++i)
        QVERIFY(pipe.write(invite.toUtf8()));
    pipe.finish();
    QVERIFY(inspected.wait(10000));
    QVERIFY(view.isLargeMode());
    QCOMPARE(view.result()->inspection.messages.size(), std::size_t(6));
}

// What the user types while a file is still coming in wins: the read is dropped, not the text.
void TestInspectorView::typingOvertakesAFileBeingRead()
{
    ShownView shown(m_catalog, QSize(1000, 700));
    InspectorView &view = shown.view;
    test::SlowFile pipe(shown.dir.filePath(QStringLiteral("slow")));
    QVERIFY(pipe.isOpen());
    QVERIFY(view.openFile(pipe.path()));
    QVERIFY(view.isBusy());
    view.editor()->setFocus();
    QTest::keyClicks(view.editor(), QStringLiteral("OPTIONS"));
    QVERIFY(statusText(view).contains(QStringLiteral("cancelled")));
    QVERIFY(pipe.write(invite.toUtf8()));
    pipe.finish();
    QTest::qWait(300);
    QVERIFY(!view.isLargeMode());
    QCOMPARE(view.editor()->toPlainText(), QStringLiteral("OPTIONS"));
}

// A large input saved last time is read beside the GUI thread at start: the read-only view stands
// in for it meanwhile. Closed, cancelled or cleared while it is read, nothing is lost that the user
// did not replace: the saved file stays until something else is saved.
void TestInspectorView::largeInputRestoredBesideTheGuiThread()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    int count = 0;
    const QString big = tooBigForTheEditor(&count);
    {
        InspectorView view(m_catalog, settings);
        paste(view, big);
        view.saveState();
    }
    {
        InspectorView view(m_catalog, settings);
        view.restoreState();
        QVERIFY(view.isLargeMode()); // at once, empty until the bytes are in
        QVERIFY(view.isBusy());
        view.saveState(); // closed before they are in
    }
    QCOMPARE(int(restoredLargeInput(settings).messages.size()), count * 2);
    {
        InspectorView view(m_catalog, settings);
        view.restoreState();
        view.findChild<QPushButton *>(QStringLiteral("cancelWork"))->click();
        QVERIFY(!view.isLargeMode());
        QVERIFY(!view.isBusy());
        QVERIFY(view.editor()->document()->isEmpty());
        view.saveState();
    }
    QCOMPARE(int(restoredLargeInput(settings).messages.size()), count * 2);
    {
        InspectorView view(m_catalog, settings);
        view.restoreState();
        view.findChild<QPushButton *>(QStringLiteral("clearInput"))->click(); // before it is in
        QTest::qWait(300);
        QVERIFY(!view.isLargeMode()); // and it does not come back
        QVERIFY(view.editor()->document()->isEmpty());
    }
    {
        InspectorView view(m_catalog, settings);
        QSignalSpy spy(&view, &InspectorView::inspected);
        view.restoreState();
        QVERIFY(spy.wait(10000));
        QVERIFY(view.isLargeMode());
        view.findChild<QPushButton *>(QStringLiteral("clearInput"))->click();
        QVERIFY(!view.isLargeMode());
        view.saveState(); // Clear empties what is saved too
    }
    QCOMPARE(restoredLargeInput(settings).messages.size(), std::size_t(0));
    InspectorView again(m_catalog, settings);
    again.restoreState();
    QVERIFY(!again.isLargeMode());
    QVERIFY(again.editor()->document()->isEmpty());
}

// The message filter searches a lower-cased copy of each message's start line, Call-ID and hosts
// made with the result: whatever the case, in UTF-8 and in GB18030 input, in a folded Call-ID.
void TestInspectorView::messageFilterInEveryEncoding()
{
    ShownView shown(m_catalog);
    InspectorView &view = shown.view;
    const QString text = QStringLiteral("OPTIONS sip:M\u00fcller@example.com SIP/2.0\n"
                                        "Call-ID: ABC-def\n"
                                        "\n"
                                        "OPTIONS sip:\u5f20\u4e09@example.com SIP/2.0\n"
                                        "Call-ID: first-part\n"
                                        " second-PART\n"
                                        "\n"
                                        "OPTIONS sip:nobody@example.com SIP/2.0\n"
                                        "Call-ID: other\n");
    MessageFilterProxy *filter = view.messageFilter();
    auto rowsFor = [filter](const QString &words) {
        filter->setText(words);
        return filter->rowCount();
    };
    auto check = [&](int times) {
        QCOMPARE(view.result()->inspection.messages.size(), std::size_t(3 * times));
        QCOMPARE(rowsFor(QStringLiteral("m\u00fcller")), times);
        QCOMPARE(rowsFor(QStringLiteral("M\u00dcLLER")), times);
        QCOMPARE(rowsFor(QStringLiteral("abc-DEF")), times);
        QCOMPARE(rowsFor(QStringLiteral("\u5f20\u4e09")), times);
        QCOMPARE(rowsFor(QStringLiteral("first-part second-part")), times); // unfolded
        QCOMPARE(rowsFor(QStringLiteral("OPTIONS")), 3 * times);
        QCOMPARE(rowsFor(QStringLiteral("def\nfirst")), 0); // not across messages
        QCOMPARE(rowsFor(QString()), 3 * times);
    };
    paste(view, text);
    check(1);
    if (QTest::currentTestFailed())
        return;
    filter->setText(QStringLiteral("abc")); // a filter set stays set while another input comes in

    // GB18030 bytes are kept as they are only by the read-only view: a file too big for the editor.
    QStringEncoder gb18030("GB18030");
    QVERIFY(gb18030.isValid());
    const QByteArray encoded = gb18030.encode(text + QLatin1Char('\n'));
    QByteArray big;
    int times = 0;
    for (; big.size() <= InspectorEditor::largeText; ++times)
        big += encoded;
    QFile file(shown.dir.filePath(QStringLiteral("gb.log")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(big);
    file.close();
    QSignalSpy spy(&view, &InspectorView::inspected);
    QVERIFY(view.openFile(file.fileName()));
    QVERIFY(spy.wait(10000));
    QVERIFY(view.isLargeMode());
    QCOMPARE(view.result()->inspection.encoding, TextEncoding::Gb18030);
    QCOMPARE(filter->rowCount(), times);
    check(times);
}

// A large paste is turned into bytes beside the GUI thread; what the user does meanwhile wins,
// and the late bytes of the paste are dropped.
void TestInspectorView::largePasteWhileBeingPrepared()
{
    ShownView shown(m_catalog);
    InspectorView &view = shown.view;
    Settings &settings = shown.settings;
    int count = 0;
    const QString big = tooBigForTheEditor(&count);
    QApplication::clipboard()->setText(big);
    view.editor()->setFocus();
    view.editor()->paste();
    QVERIFY(view.isLargeMode()); // at once, while its bytes are being prepared
    QSignalSpy spy(&view, &InspectorView::inspected);
    view.setText(invite);
    QVERIFY(!view.isLargeMode());
    QVERIFY(spy.wait(5000));
    QTest::qWait(300); // time for the conversion of the paste to come back, and be dropped
    QVERIFY(!view.isLargeMode());
    QCOMPARE(view.editor()->toPlainText(), invite);
    QCOMPARE(view.result()->inspection.messages.size(), std::size_t(2));

    // Closed while a paste over all of the text is being prepared: the paste is what survives
    // the restart.
    QApplication::clipboard()->setText(big);
    view.editor()->setFocus();
    view.editor()->selectAll();
    view.editor()->paste();
    QVERIFY(view.isLargeMode());
    view.saveState();
    QCOMPARE(restoredLargeInput(settings).text, big.toUtf8());
}

// A big paste (over 256 KB, under the read-only size) goes into the editor a part at a time: the
// window stays responsive, the editor is read-only meanwhile, and the whole paste is one undo step.
// A change meanwhile abandons the rest; closing meanwhile saves all of it.
void TestInspectorView::bigPasteGoesInByParts()
{
    ShownView shown(m_catalog);
    InspectorView &view = shown.view;
    Settings &settings = shown.settings;
    QString big;
    int count = 0;
    while (big.size() <= 5 * InspectorEditor::partSize) {
        big += invite;
        ++count;
    }
    QVERIFY(big.size() < InspectorEditor::largeText);
    paste(view, invite);

    QSignalSpy spy(&view, &InspectorView::inspected);
    QApplication::clipboard()->setText(big);
    view.editor()->setFocus();
    view.editor()->selectAll();
    view.editor()->paste();
    // Not all of it at once, and nothing to type into meanwhile.
    QVERIFY(view.editor()->isReplacing());
    QVERIFY(view.editor()->isReadOnly());
    QVERIFY(view.editor()->document()->characterCount() - 1 < big.size());
    QVERIFY(view.isBusy());
    QVERIFY(spy.wait(10000));
    QVERIFY(!view.editor()->isReplacing());
    QVERIFY(!view.editor()->isReadOnly());
    QCOMPARE(view.editor()->toPlainText(), big);
    QCOMPARE(int(view.result()->inspection.messages.size()), count * 2);
    QCOMPARE(view.editor()->textCursor().position(), 0); // at the top, where setPlainText() leaves it
    QVERIFY(!view.editor()->textCursor().hasSelection()); // typing now does not replace what was pasted
    // One undo step takes the whole paste back out and the text it replaced in.
    view.editor()->undo();
    QCOMPARE(view.editor()->toPlainText(), invite);

    // Cleared while the paste goes in: the rest of it is dropped, the editor editable again.
    QTRY_VERIFY(!view.isBusy()); // the undo's own inspection is done
    view.editor()->selectAll();
    view.editor()->paste();
    QVERIFY(view.editor()->isReplacing());
    QSignalSpy afterClear(&view, &InspectorView::inspected);
    view.editor()->clear();
    // The clear is a change like any other: inspected (nothing left) and saved.
    QVERIFY(afterClear.wait(5000));
    QVERIFY(!view.editor()->isReplacing());
    QVERIFY(!view.editor()->isReadOnly());
    QVERIFY(view.editor()->document()->isEmpty());
    QCOMPARE(int(view.result()->inspection.messages.size()), 0);

    // Closed while the paste goes in: all of it survives the restart.
    view.editor()->paste();
    QVERIFY(view.editor()->isReplacing());
    view.saveState();
    QVERIFY(!view.editor()->isReplacing());
    InspectorView again(m_catalog, settings);
    again.restoreState();
    QSignalSpy restored(&again, &InspectorView::inspected);
    QVERIFY(restored.wait(10000));
    QCOMPARE(again.editor()->toPlainText(), big);
}

// A big paste at the cursor (a second log appended, say) goes in by parts too, where the cursor is
// and over its selection; the cursor ends after it, as after any paste, and one undo takes it out.
void TestInspectorView::bigPasteIntoTheMiddle()
{
    ShownView shown(m_catalog);
    InspectorView &view = shown.view;
    QString big;
    while (big.size() <= 5 * InspectorEditor::partSize)
        big += invite;
    paste(view, invite);
    const QString before = view.editor()->toPlainText();
    QTextCursor cursor = view.editor()->textCursor();
    cursor.setPosition(10);
    cursor.setPosition(20, QTextCursor::KeepAnchor); // ten characters selected
    view.editor()->setTextCursor(cursor);
    QSignalSpy spy(&view, &InspectorView::inspected);
    QApplication::clipboard()->setText(big);
    view.editor()->paste();
    QVERIFY(view.editor()->isReplacing());
    QVERIFY(spy.wait(10000));
    const QString expected = before.left(10) + big + before.mid(20);
    QCOMPARE(view.editor()->toPlainText(), expected);
    QCOMPARE(view.editor()->textCursor().position(), 10 + big.size());
    view.editor()->undo();
    QCOMPARE(view.editor()->toPlainText(), before);
}

// Where a part of a text going into the editor ends: at a line break of any kind, never between a
// CR and its LF; a line longer than a part goes in whole.
void TestInspectorView::partsEndAtLineBreaks()
{
    const qsizetype n = InspectorEditor::partSize;
    const QString line = QString(QLatin1Char('a')).repeated(n / 4 - 2);
    QCOMPARE(InspectorEditor::partEnd(QStringLiteral("short\r\ntext"), 0), 11); // all of a short text
    for (const QString &lineBreak : {QStringLiteral("\n"), QStringLiteral("\r"), QStringLiteral("\r\n")}) {
        const QString text = (line + lineBreak).repeated(10);
        const qsizetype end = InspectorEditor::partEnd(text, 0);
        QVERIFY(end > 0 && end <= n);
        QCOMPARE(text.mid(end - lineBreak.size(), lineBreak.size()), lineBreak);
        QVERIFY(end % (line.size() + lineBreak.size()) == 0);
        // From any line start on, too.
        const qsizetype next = InspectorEditor::partEnd(text, end);
        QVERIFY(next > end && next % (line.size() + lineBreak.size()) == 0);
    }
    // A CRLF that straddles the part's limit stays together.
    QString straddling = QString(QLatin1Char('b')).repeated(n - 1) + QStringLiteral("\r\nrest");
    QCOMPARE(InspectorEditor::partEnd(straddling, 0), n + 1);
    // Many short lines: as many lines at most as a part may hold (each is a block of the document).
    const QString shortLines = QStringLiteral("a\r\n").repeated(5 * InspectorEditor::partLines);
    QCOMPARE(InspectorEditor::partEnd(shortLines, 0), 3 * InspectorEditor::partLines);
    QCOMPARE(InspectorEditor::partEnd(QStringLiteral("\n").repeated(3 * InspectorEditor::partLines), 0), InspectorEditor::partLines);
    // One long line: whole, up to its line break.
    const QString longLine = QString(QLatin1Char('c')).repeated(3 * n) + QStringLiteral("\nafter");
    QCOMPARE(InspectorEditor::partEnd(longLine, 0), 3 * n + 1);
}

// The read-only view lays out only the part of a very long line that it shows (a 16 MB line of junk
// took four seconds to lay out whole); where a click lands still maps to the right byte, however
// far to the right the view has been scrolled.
void TestInspectorView::longLinesAreLaidOutInPart()
{
    ShownView shown(m_catalog, QSize(900, 600));
    InspectorView &view = shown.view;
    QString longLine;
    for (int i = 0; longLine.size() <= InspectorEditor::largeText; ++i)
        longLine += QStringLiteral("%1 ").arg(i % 100000, 5, 10, QLatin1Char('0'));
    paste(view, longLine + QStringLiteral("\n") + invite);
    QVERIFY(view.isLargeMode());
    BigTextView *big = view.bigView();
    QScrollBar *h = big->horizontalScrollBar();
    const qreal charWidth = QFontMetricsF(big->textFont()).horizontalAdvance(QLatin1Char('x'));
    const QPoint point(400, 2); // on the first line, the long one
    const qsizetype atStart = big->offsetAt(point);
    QVERIFY(atStart > 0 && atStart < 200);
    for (const int chars : {300, 5000, 123456}) {
        QVERIFY(h->maximum() >= chars * charWidth);
        h->setValue(qRound(chars * charWidth));
        // Within a character: the scroll position is whole pixels, characters need not be.
        QVERIFY2(std::abs(big->offsetAt(point) - (atStart + chars)) <= 1,
                 qPrintable(QStringLiteral("%1 instead of %2").arg(big->offsetAt(point)).arg(atStart + chars)));
        // And what is drawn there is that part of the line: selecting it copies the right text.
        big->selectSpan(Span::between(atStart + chars, atStart + chars + 6));
        QCOMPARE(big->selectedText(), longLine.mid(atStart + chars, 6));
    }
}

// A line too long for the editor's layout (QPlainTextEdit lays out a line whole, on every change)
// sends a paste to the read-only view even when the paste itself is small.
void TestInspectorView::longLinePasteIsShownReadOnly()
{
    const QString longLine(InspectorEditor::longLine + 1, QLatin1Char('x'));
    const QString lines = QString(QStringLiteral("%1\r\n")).arg(QString(InspectorEditor::longLine, QLatin1Char('y'))).repeated(3);
    QVERIFY(InspectorEditor::tooLargeToEdit(QStringView(longLine)));
    QVERIFY(InspectorEditor::tooLargeToEdit(longLine.toUtf8()));
    QVERIFY(!InspectorEditor::tooLargeToEdit(QStringView(lines))); // each line just short enough
    QVERIFY(!InspectorEditor::tooLargeToEdit(lines.toUtf8()));
    QVERIFY(!InspectorEditor::tooLargeToEdit(QStringView(invite)));

    ShownView shown(m_catalog);
    InspectorView &view = shown.view;
    paste(view, invite + longLine + QStringLiteral("\n") + invite);
    QVERIFY(view.isLargeMode());
    QVERIFY(view.editor()->document()->isEmpty());
    QCOMPARE(int(view.result()->inspection.messages.size()), 4);
    // A paste of the same size without the long line goes into the editor.
    view.setText(QString());
    paste(view, invite + lines + invite);
    QVERIFY(!view.isLargeMode());
    QCOMPARE(view.editor()->toPlainText(), QString(invite + lines + invite).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
}

void TestInspectorView::openingACapture()
{
    using namespace sipref::test::pcap;
    ShownView shown(m_catalog);
    InspectorView &view = shown.view;
    const QString request = invite.section(QStringLiteral("SIP/2.0 486"), 0, 0);
    const QString messages[] = {request.mid(request.indexOf(QStringLiteral("INVITE"))),
                                QStringLiteral("SIP/2.0 486") + invite.section(QStringLiteral("SIP/2.0 486"), 1)};
    const QByteArray file = pcapFile(1, {{udpFrame("192.0.2.1", 5060, "192.0.2.2", 5062, messages[0].toUtf8()), 1795273601, 5},
                                         {udpFrame("192.0.2.2", 5062, "192.0.2.1", 5060, messages[1].toUtf8()), 1795273602, 0}});
    const QString path = shown.dir.filePath(QStringLiteral("two.pcap"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(file);
    out.close();
    QSignalSpy spy(&view, &InspectorView::inspected);
    QVERIFY(view.openFile(path));
    QVERIFY(spy.wait(5000));
    QVERIFY(view.isLargeMode());
    const Inspection &in = view.result()->inspection;
    QCOMPARE(int(in.messages.size()), 2);
    QCOMPARE(in.messages[0].origin->source, QByteArray("192.0.2.1:5060"));
    QCOMPARE(in.messages[1].origin->destination, QByteArray("192.0.2.1:5060"));
    QCOMPARE(int(in.messages[1].origin->transport), int(Transport::Udp));
    // Not editable as text: it is a capture.
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("editAsText"))->isVisible());
}

QTEST_MAIN(TestInspectorView)
#include "tst_inspectorview.moc"

// A file read into the editor is characters there and inspected as UTF-8; the status line names
// the encoding the file was read in (a GBK log from a Chinese platform) until other text replaces
// all of it.
void TestInspectorView::openedFileNamesItsEncoding()
{
    ShownView shown(m_catalog);
    InspectorView &view = shown.view;
    QStringEncoder gb18030("GB18030");
    QVERIFY(gb18030.isValid());
    const QString text = QString(invite).replace(QStringLiteral("Alice"), QStringLiteral("张伟"));
    QVERIFY(text != invite);
    QFile file(shown.dir.filePath(QStringLiteral("gbk.log")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(gb18030.encode(text));
    file.close();

    QSignalSpy spy(&view, &InspectorView::inspected);
    QVERIFY(view.openFile(file.fileName()));
    QVERIFY(spy.wait(5000));
    QVERIFY(!view.isLargeMode());
    QCOMPARE(view.editor()->toPlainText(), text);
    QVERIFY2(statusText(view).contains(QStringLiteral("GB18030")), qPrintable(statusText(view)));
    // Typing keeps it: the text still came from that file.
    view.editor()->moveCursor(QTextCursor::End);
    QTest::keyClick(view.editor(), Qt::Key_Return);
    QVERIFY(spy.wait(5000));
    QVERIFY2(statusText(view).contains(QStringLiteral("GB18030")), qPrintable(statusText(view)));

    // Pasted over all of it: the text is the clipboard's, inspected as UTF-8.
    view.editor()->selectAll();
    paste(view, invite);
    QVERIFY2(!statusText(view).contains(QStringLiteral("GB18030")), qPrintable(statusText(view)));
    QVERIFY2(statusText(view).contains(QStringLiteral("UTF-8")), qPrintable(statusText(view)));

    // Opened again, then cleared.
    QVERIFY(view.openFile(file.fileName()));
    QVERIFY(spy.wait(5000));
    QVERIFY(statusText(view).contains(QStringLiteral("GB18030")));
    auto *clear = view.findChild<QPushButton *>(QStringLiteral("clearInput"));
    QVERIFY(clear);
    clear->click();
    QVERIFY(spy.wait(5000));
    QTest::keyClicks(view.editor(), QStringLiteral("OPTIONS sip:a@b SIP/2.0"));
    QVERIFY(spy.wait(5000));
    QVERIFY2(!statusText(view).contains(QStringLiteral("GB18030")), qPrintable(statusText(view)));

    // Too big for the editor: shown read-only as bytes, then put into the editor ("Edit as Text",
    // decoded beside the GUI thread), where the file's encoding is named again.
    const QByteArray once = gb18030.encode(text);
    QByteArray big;
    while (big.size() <= InspectorEditor::largeText)
        big += once;
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(big);
    file.close();
    QVERIFY(view.openFile(file.fileName()));
    QVERIFY(spy.wait(10000));
    QVERIFY(view.isLargeMode());
    QVERIFY2(statusText(view).endsWith(QStringLiteral("GB18030")), qPrintable(statusText(view)));
    auto *edit = view.findChild<QPushButton *>(QStringLiteral("editAsText"));
    QVERIFY(edit);
    edit->click();
    QTRY_VERIFY(!view.isLargeMode());
    QVERIFY(spy.wait(10000));
    QVERIFY2(statusText(view).contains(QStringLiteral("read from the file as GB18030")), qPrintable(statusText(view)));
}
