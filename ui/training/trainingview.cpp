#include "training/trainingview.h"

#include "training/flashcardpanel.h"
#include "training/gallerypanel.h"
#include "training/presentationwindow.h"
#include "training/quizpanel.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QListWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sipref {

TrainingView::TrainingView(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_pages(new QTabWidget)
    , m_quiz(new QuizPanel(catalog))
    , m_flashcards(new FlashcardPanel(catalog))
    , m_gallery(new GalleryPanel)
    , m_presentAction(new QAction(this))
{
    setObjectName(QStringLiteral("trainingView"));
    m_pages->setObjectName(QStringLiteral("trainingPages"));
    m_pages->addTab(m_quiz, QString());
    m_pages->addTab(m_flashcards, QString());
    m_pages->addTab(m_gallery, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_pages);

    connect(m_flashcards, &FlashcardPanel::presentRequested, this, &TrainingView::presentCodes);
    connect(m_gallery, &GalleryPanel::presentRequested, this, &TrainingView::presentExamples);
    connect(m_gallery, &GalleryPanel::openInInspectorRequested, this, &TrainingView::openInInspectorRequested);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presentAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_presentAction, &QAction::triggered, this, &TrainingView::presentCurrentPage);
    addAction(m_presentAction);
    // The keys of a page (1-4, arrows, Space) work as soon as it is shown.
    connect(m_pages, &QTabWidget::currentChanged, this, &TrainingView::focusPage);
    retranslateUi();
}

TrainingView::~TrainingView()
{
    delete m_presentation;
}

void TrainingView::setLanguage(Language language)
{
    m_language = language;
    m_quiz->setLanguage(language);
    m_flashcards->setLanguage(language);
    m_gallery->setLanguage(language);
    if (m_presentation)
        m_presentation->setLanguage(language);
}

PresentationWindow *TrainingView::presentation() const
{
    return m_presentation;
}

PresentationWindow *TrainingView::openPresentation()
{
    if (!m_presentation) {
        // Owned by this view (deleted with it or when closed), yet a window of its own.
        m_presentation = new PresentationWindow(m_catalog, this);
        connect(m_presentation, &PresentationWindow::closed, this, [this] {
            // Back where the trainer left off, with the keyboard there too.
            window()->activateWindow();
            focusPage();
        });
    }
    m_presentation->setLanguage(m_language);
    return m_presentation;
}

void TrainingView::presentCodes(const QList<const CodeEntry *> &entries, int start)
{
    PresentationWindow *p = openPresentation();
    p->setCodes(entries, start);
    p->present(this);
}

void TrainingView::presentExamples(int startExample)
{
    PresentationWindow *p = openPresentation();
    p->setExamples(startExample);
    p->present(this);
}

void TrainingView::focusPage()
{
    if (m_pages->currentWidget() == m_quiz)
        m_quiz->focusContent();
    else if (m_pages->currentWidget() == m_flashcards)
        m_flashcards->setFocus(Qt::OtherFocusReason);
    else
        m_gallery->list()->setFocus(Qt::OtherFocusReason);
}

void TrainingView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!isAncestorOf(QApplication::focusWidget()))
        focusPage();
}

void TrainingView::hideEvent(QHideEvent *event)
{
    // The main window closing ends the presentation too, or it would keep the program running.
    if (m_presentation && !window()->isVisible())
        m_presentation->close();
    QWidget::hideEvent(event);
}

void TrainingView::presentCurrentPage()
{
    if (m_pages->currentWidget() == m_flashcards) {
        m_flashcards->requestPresentation();
    } else if (m_pages->currentWidget() == m_gallery) {
        m_gallery->requestPresentation();
    } else {
        // The codes of the quiz's scope, from the one the question is about.
        training::QuizGenerator codes(m_catalog, 0);
        codes.setScope(m_quiz->scope());
        const QList<const CodeEntry *> entries = codes.scopeEntries();
        const int start = m_quiz->question().entry ? int(entries.indexOf(m_quiz->question().entry)) : 0;
        presentCodes(entries, std::max(0, start));
    }
}

void TrainingView::retranslateUi()
{
    m_pages->setTabText(0, tr("&Quiz"));
    m_pages->setTabText(1, tr("Flash&cards"));
    m_pages->setTabText(2, tr("E&xamples"));
    m_pages->setTabToolTip(0, tr("Questions on codes, header fields and call logs, with score and review"));
    m_pages->setTabToolTip(1, tr("One card per code: the code on the front, the explanation on the back"));
    m_pages->setTabToolTip(2, tr("Example calls and registrations to walk through and open in the inspector"));
    m_pages->setAccessibleName(tr("Training"));
    m_presentAction->setText(tr("Training: Present Full Screen"));
}

void TrainingView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sipref
