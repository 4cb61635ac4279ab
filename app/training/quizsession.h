#pragma once

#include "training/quiz.h"

#include <QList>

namespace sipref::training {

// A question answered wrongly, kept for the review at the end of a round.
struct QuizMistake
{
    QuizQuestion question;
    int chosen = -1;
};

// One round of a quiz: how many questions, the score, the current and best streak of right answers
// in a row, and the mistakes. Knows nothing of where the questions come from.
class QuizSession
{
public:
    explicit QuizSession(int length = 10);

    void restart();
    // Records the answer to a question; true when it was right. Ignored once the round is over.
    bool answer(const QuizQuestion &question, int choice);

    int length() const { return m_length; }
    int asked() const { return m_asked; }
    int correct() const { return m_correct; }
    int streak() const { return m_streak; }
    int bestStreak() const { return m_bestStreak; }
    int remaining() const { return m_length - m_asked; }
    bool isFinished() const { return m_asked >= m_length; }
    int percent() const { return m_asked == 0 ? 0 : (m_correct * 100 + m_asked / 2) / m_asked; }
    const QList<QuizMistake> &mistakes() const { return m_mistakes; }

private:
    int m_length;
    int m_asked = 0;
    int m_correct = 0;
    int m_streak = 0;
    int m_bestStreak = 0;
    QList<QuizMistake> m_mistakes;
};

} // namespace sipref::training
