// The Training tab as a trainer drives it: answer quiz questions by key and see the score, finish a
// round and review the mistakes, turn flashcards, present full screen and leave, open an example in
// the inspector. Runs offscreen.
#include "catalog/catalog.h"
#include "checks/inspection.h"
#include "i18n/apptranslator.h"
#include "inspector/inspectorview.h"
#include "mainwindow.h"
#include "settings.h"
#include "training/choicebutton.h"
#include "training/flashcardpanel.h"
#include "training/gallery.h"
#include "training/gallerypanel.h"
#include "training/presentationwindow.h"
#include "training/quizpanel.h"
#include "training/trainingview.h"

#include <QAbstractScrollArea>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace sipref;
using namespace sipref::training;

class TestTrainingView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void answerByKey_data();
    void answerByKey();
    void roundEndsWithReview();
    void typedRoundLengthStartsARound();
    void languageSwitchKeepsTheQuestion();
    void flashcardsTurnAndMove();
    void presentationEntersAndLeaves();
    void presentExamplesOneMessagePerScreen();
    void galleryExamplesAreValid_data();
    void galleryExamplesAreValid();
    void openExampleInInspector();
    void everyWidgetIsNamed();

private:
    // The view shown and active, so that shortcuts reach it as they would a user's keys.
    void show(QWidget &w)
    {
        w.resize(1100, 720);
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }
    Catalog m_catalog;
};

void TestTrainingView::answerByKey_data()
{
    QTest::addColumn<bool>("right");
    QTest::newRow("right answer") << true;
    QTest::newRow("wrong answer") << false;
}

void TestTrainingView::answerByKey()
{
    QFETCH(bool, right);
    TrainingView view(m_catalog);
    show(view);
    QuizPanel *quiz = view.quiz();
    quiz->setSeed(12345);
    quiz->startRound();
    const QuizQuestion q = quiz->question();
    QVERIFY(q.isValid());
    QCOMPARE(quiz->session().asked(), 0);
    const QString before = quiz->scoreLabel()->text();

    const int choice = right ? q.answer : (q.answer + 1) % int(q.choices.size());
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus && quiz->isAncestorOf(focus));
    QTest::keyClick(focus, Qt::Key(Qt::Key_1 + choice));

    QVERIFY(quiz->isAnswered());
    QCOMPARE(quiz->session().asked(), 1);
    QCOMPARE(quiz->session().correct(), right ? 1 : 0);
    QCOMPARE(quiz->session().streak(), right ? 1 : 0);
    QCOMPARE(quiz->session().mistakes().size(), right ? 0 : 1);
    QVERIFY(quiz->scoreLabel()->text() != before);
    QVERIFY(quiz->scoreLabel()->text().contains(QStringLiteral("<b>%1</b>/1").arg(right ? 1 : 0)));
    QCOMPARE(quiz->choiceButtons()[q.answer]->state(), ChoiceButton::State::Right);
    if (!right)
        QCOMPARE(quiz->choiceButtons()[choice]->state(), ChoiceButton::State::WrongChoice);

    // A second key does not count twice; Enter brings the next question.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_1 + q.answer));
    QCOMPARE(quiz->session().asked(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(!quiz->isAnswered());
    QCOMPARE(quiz->choiceButtons()[0]->state(), ChoiceButton::State::Open);
    // The keypad's digits answer too.
    const QuizQuestion second = quiz->question();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_1 + second.answer), Qt::KeypadModifier);
    QCOMPARE(quiz->session().asked(), 2);
    QCOMPARE(quiz->session().correct(), right ? 2 : 1);
    QCOMPARE(quiz->session().bestStreak(), right ? 2 : 1);
}

void TestTrainingView::roundEndsWithReview()
{
    TrainingView view(m_catalog);
    show(view);
    QuizPanel *quiz = view.quiz();
    quiz->setRoundLength(3);
    quiz->setSeed(7);
    quiz->startRound();
    QString missed;
    for (int i = 0; i < 3; ++i) {
        const QuizQuestion q = quiz->question();
        const bool wrong = i == 1;
        if (wrong)
            missed = q.choices[q.answer].en;
        QVERIFY(quiz->answer(wrong ? (q.answer + 1) % int(q.choices.size()) : q.answer));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
    QVERIFY(quiz->isReviewShown());
    QCOMPARE(quiz->session().correct(), 2);
    QCOMPARE(quiz->session().bestStreak(), 1);
    const QString review = quiz->reviewView()->toPlainText();
    QVERIFY(review.contains(QStringLiteral("2 of 3")));
    QVERIFY2(review.contains(missed), qPrintable(review));
    // Enter on the review starts a new round.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(!quiz->isReviewShown());
    QCOMPARE(quiz->session().asked(), 0);
}

void TestTrainingView::typedRoundLengthStartsARound()
{
    TrainingView view(m_catalog);
    show(view);
    QuizPanel *quiz = view.quiz();
    QVERIFY(quiz->answer(quiz->question().answer));
    auto *length = quiz->findChild<QSpinBox *>();
    QVERIFY(length);
    length->setFocus();
    length->selectAll();
    QTest::keyClicks(length, QStringLiteral("4"));
    QCOMPARE(quiz->session().asked(), 1); // nothing happens while typing
    QTest::keyClick(length, Qt::Key_Tab);
    QCOMPARE(quiz->session().length(), 4);
    QCOMPARE(quiz->session().asked(), 0);
    QVERIFY(quiz->isAncestorOf(QApplication::focusWidget()));
}

void TestTrainingView::languageSwitchKeepsTheQuestion()
{
    TrainingView view(m_catalog);
    show(view);
    QuizPanel *quiz = view.quiz();
    quiz->setSeed(99);
    quiz->startRound();
    const QuizQuestion q = quiz->question();
    const QString english = quiz->choiceButtons()[0]->choiceText();
    QCOMPARE(english, q.choices[0].en);
    view.setLanguage(Language::Chinese);
    QCOMPARE(quiz->choiceButtons()[0]->choiceText(), q.choices[0].zh);
    QCOMPARE(quiz->question().choiceKeys, q.choiceKeys);
    view.setLanguage(Language::English);
    QCOMPARE(quiz->choiceButtons()[0]->choiceText(), english);
}

void TestTrainingView::flashcardsTurnAndMove()
{
    TrainingView view(m_catalog);
    show(view);
    view.pages()->setCurrentWidget(view.flashcards());
    FlashcardPanel *cards = view.flashcards();
    cards->setDeck(6);
    QVERIFY(cards->cards().size() >= 5);
    for (const CodeEntry *e : cards->cards())
        QCOMPARE(e->code / 100, 6);
    QCOMPARE(cards->frontLabel()->accessibleDescription(), QStringLiteral("600"));
    cards->setFocus();
    QTest::keyClick(cards, Qt::Key_Space);
    QVERIFY(cards->isTurned());
    QTest::keyClick(cards, Qt::Key_Right);
    QVERIFY(!cards->isTurned());
    QCOMPARE(cards->currentIndex(), 1);
    QTest::keyClick(cards, Qt::Key_Left);
    QTest::keyClick(cards, Qt::Key_Left);
    QCOMPARE(cards->currentIndex(), int(cards->cards().size()) - 1);
    cards->setDeck(FlashcardPanel::gb28181Deck);
    QCOMPARE(cards->cards().size(), 9);
}

void TestTrainingView::presentationEntersAndLeaves()
{
    TrainingView view(m_catalog);
    show(view);
    view.pages()->setCurrentWidget(view.flashcards());
    view.flashcards()->setDeck(4);
    view.flashcards()->next();
    QTest::keyClick(view.flashcards(), Qt::Key_F5);
    PresentationWindow *p = view.presentation();
    QVERIFY(p);
    QVERIFY(QTest::qWaitForWindowExposed(p));
    QVERIFY(p->isVisible());
    QVERIFY(p->windowState() & Qt::WindowFullScreen);
    QCOMPARE(p->count(), int(view.flashcards()->cards().size()));
    QCOMPARE(p->currentIndex(), 1); // from the card shown
    QCOMPARE(p->currentSlide().entry->code, view.flashcards()->cards()[1]->code);

    QTest::keyClick(p, Qt::Key_Right);
    QCOMPARE(p->currentIndex(), 2);
    QTest::keyClick(p, Qt::Key_Left);
    QTest::keyClick(p, Qt::Key_Left);
    QTest::keyClick(p, Qt::Key_Left); // stops at the first
    QCOMPARE(p->currentIndex(), 0);
    QTest::keyClick(p, Qt::Key_End);
    QCOMPARE(p->currentIndex(), p->count() - 1);

    // Both languages on one screen.
    auto *text = p->findChild<QLabel *>(QStringLiteral("presentationCodeText"));
    QVERIFY(text);
    const CodeEntry *shown = p->currentSlide().entry;
    QVERIFY(!text->text().contains(shown->summary.zh().toHtmlEscaped()));
    QTest::keyClick(p, Qt::Key_B);
    QVERIFY(p->bothLanguages());
    QVERIFY(text->text().contains(shown->summary.zh().toHtmlEscaped()));
    QVERIFY(text->text().contains(shown->summary.en().toHtmlEscaped()));

    // Esc leaves; the window is gone and the keyboard is back in the Training tab.
    QTest::keyClick(p, Qt::Key_Escape);
    QTRY_VERIFY(!view.presentation());
    QVERIFY(view.isAncestorOf(QApplication::focusWidget()));
}

void TestTrainingView::presentExamplesOneMessagePerScreen()
{
    TrainingView view(m_catalog);
    show(view);
    const int busy = 2;
    QCOMPARE(galleryExamples().at(busy).id, QStringLiteral("busy-486"));
    view.presentExamples(busy);
    PresentationWindow *p = view.presentation();
    QVERIFY(p);
    const PresentationWindow::Slide first = p->currentSlide();
    QCOMPARE(first.example, busy);
    QCOMPARE(first.message, 0);
    QCOMPARE(first.messageCount, 5);
    QVERIFY(first.text.startsWith(QStringLiteral("INVITE sip:")));
    QVERIFY(first.logLine.contains(QStringLiteral("->")));
    for (int i = 1; i < 4; ++i)
        QTest::keyClick(p, Qt::Key_PageDown); // what a presenter's clicker sends
    QVERIFY(p->currentSlide().text.startsWith(QStringLiteral("SIP/2.0 486 Busy Here")));
    // Closing the window it belongs to ends the presentation as well.
    view.close();
    QTRY_VERIFY(!view.presentation());
}

void TestTrainingView::galleryExamplesAreValid_data()
{
    QTest::addColumn<int>("index");
    QVERIFY(galleryExamples().size() >= 11);
    for (int i = 0; i < galleryExamples().size(); ++i)
        QTest::newRow(qPrintable(galleryExamples()[i].id)) << i;
}

void TestTrainingView::galleryExamplesAreValid()
{
    QFETCH(int, index);
    const GalleryExample &e = galleryExamples()[index];
    const QString text = e.text();
    QVERIFY(!text.isEmpty());
    const Inspection in = inspect(text.toUtf8(), m_catalog);
    const QList<PresentationWindow::Slide> slides = PresentationWindow::splitExample(index, text);
    QCOMPARE(int(in.messages.size()), int(slides.size()));
    QVERIFY(in.messages.size() >= 2);
    QCOMPARE(in.count(Severity::Error), 0);
    QCOMPARE(in.count(Severity::Warning), 0);
    // Every code the example is listed under is in it, and in the catalog.
    for (int code : e.codes) {
        bool seen = false;
        for (const SipMessage &m : in.messages)
            seen = seen || m.code == code;
        QVERIFY2(seen, qPrintable(QString::number(code)));
        QVERIFY(m_catalog.find(code));
    }
    QVERIFY(!e.title.en.isEmpty() && !e.explanation.en.isEmpty());
    QVERIFY2(e.title.zh != e.title.en && e.explanation.zh != e.explanation.en, "example not translated");
}

void TestTrainingView::openExampleInInspector()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    AppTranslator translator;
    MainWindow window(m_catalog, translator, settings);
    show(window);
    window.showTraining();
    QCOMPARE(window.tabs()->currentWidget(), window.training());
    GalleryPanel *gallery = window.training()->gallery();
    window.training()->pages()->setCurrentWidget(gallery);
    gallery->setCurrentExample(5);
    gallery->list()->setFocus();
    QSignalSpy inspected(window.inspector(), &InspectorView::inspected);
    QTest::keyClick(gallery->list(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentWidget(), window.inspector());
    QCOMPARE(window.inspector()->editor()->toPlainText(), galleryExamples()[5].text());
    QVERIFY(inspected.wait(5000) || window.inspector()->result());
}

void TestTrainingView::everyWidgetIsNamed()
{
    TrainingView view(m_catalog);
    show(view);
    for (Language language : {Language::English, Language::Chinese}) {
        view.setLanguage(language);
        const QList<QWidget *> widgets = view.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool needsName = qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                                   qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextBrowser *>(w) ||
                                   qobject_cast<QListWidget *>(w) || qobject_cast<ChoiceButton *>(w);
            if (needsName)
                QVERIFY2(!w->accessibleName().isEmpty(),
                         qPrintable(w->objectName() + QLatin1Char(' ') + QLatin1String(w->metaObject()->className())));
        }
    }
}

QTEST_MAIN(TestTrainingView)
#include "tst_trainingview.moc"
