#pragma once

#include "i18n/language.h"
#include "training/quiz.h"
#include "training/quizsession.h"

#include <QList>
#include <QWidget>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTextBrowser;

namespace sipref {

class Catalog;
class ChoiceButton;
class MessageHighlighter;

// A round of quiz questions: pick the scope and the kind of question, answer with the mouse or the
// keys 1-4, Enter for the next one; score and streak on top, the mistakes reviewed at the end.
class QuizPanel : public QWidget
{
    Q_OBJECT
public:
    explicit QuizPanel(const Catalog &catalog, QWidget *parent = nullptr);
    ~QuizPanel() override;

    void setLanguage(Language language);
    // The seed of the next round (tests and reproducible sessions); otherwise each round is random.
    void setSeed(quint32 seed) { m_seed = seed; }
    void setScope(training::QuizScope scope);
    // Questions per round, from the next round on.
    void setRoundLength(int questions);
    training::QuizScope scope() const;
    void startRound();
    // Answers the shown question with choice `index` (0-based); false when there is nothing to answer.
    bool answer(int index);
    void nextQuestion();
    // Puts the keyboard where the next key press belongs: the answers, Next, or New Round.
    void focusContent();

    const training::QuizSession &session() const { return m_session; }
    const training::QuizQuestion &question() const { return m_question; }
    bool isAnswered() const { return m_chosen >= 0; }
    bool isReviewShown() const;
    QLabel *scoreLabel() const { return m_score; }
    QList<ChoiceButton *> choiceButtons() const { return m_choices; }
    QTextBrowser *reviewView() const { return m_review; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillScopes();
    void updateKindAvailability();
    void render();
    void renderQuestion();
    void renderFeedback();
    void renderScore();
    void renderReview();
    bool isDark() const;

    const Catalog &m_catalog;
    Language m_language = Language::English;
    std::unique_ptr<training::QuizGenerator> m_generator;
    training::QuizSession m_session;
    training::QuizQuestion m_question;
    int m_chosen = -1;
    std::optional<quint32> m_seed;

    QComboBox *m_scopeBox;
    QComboBox *m_kindBox;
    QLabel *m_lengthLabel;
    QSpinBox *m_length;
    QPushButton *m_newRound;
    QLabel *m_score;
    QLabel *m_progress;
    QStackedWidget *m_pages;
    QLabel *m_kindLabel;
    QLabel *m_prompt;
    QLabel *m_statement;
    QPlainTextEdit *m_material;
    MessageHighlighter *m_highlighter;
    QWidget *m_column;
    QHBoxLayout *m_body = nullptr;
    QList<ChoiceButton *> m_choices;
    QLabel *m_feedback;
    QPushButton *m_next;
    QTextBrowser *m_review;
    QPushButton *m_again;
    QList<QAction *> m_answerActions;
    QAction *m_nextAction;
};

} // namespace sipref
