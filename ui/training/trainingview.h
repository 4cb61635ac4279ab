#pragma once

#include "catalog/codeentry.h"
#include "i18n/language.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QTabWidget;

namespace sipref {

class Catalog;
class FlashcardPanel;
class GalleryPanel;
class PresentationWindow;
class QuizPanel;

// The Training tab: quiz, flashcards and the example gallery, and the full-screen presentation of
// codes or examples for a room.
class TrainingView : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingView(const Catalog &catalog, QWidget *parent = nullptr);
    ~TrainingView() override;

    void setLanguage(Language language);
    QuizPanel *quiz() const { return m_quiz; }
    FlashcardPanel *flashcards() const { return m_flashcards; }
    GalleryPanel *gallery() const { return m_gallery; }
    QTabWidget *pages() const { return m_pages; }
    // The open presentation, or null.
    PresentationWindow *presentation() const;

    void presentCodes(const QList<const CodeEntry *> &entries, int start);
    void presentExamples(int startExample);
    // F5: the flashcard deck, the examples, or on the quiz page the codes being practised.
    void presentCurrentPage();

Q_SIGNALS:
    void openInInspectorRequested(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslateUi();
    void focusPage();
    PresentationWindow *openPresentation();

    const Catalog &m_catalog;
    Language m_language = Language::English;
    QTabWidget *m_pages;
    QuizPanel *m_quiz;
    FlashcardPanel *m_flashcards;
    GalleryPanel *m_gallery;
    QPointer<PresentationWindow> m_presentation;
    QAction *m_presentAction;
};

} // namespace sipref
