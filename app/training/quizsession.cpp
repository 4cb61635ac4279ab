#include "training/quizsession.h"

#include <algorithm>

namespace sipref::training {

QuizSession::QuizSession(int length)
    : m_length(std::max(1, length))
{
}

void QuizSession::restart()
{
    m_asked = m_correct = m_streak = m_bestStreak = 0;
    m_mistakes.clear();
}

bool QuizSession::answer(const QuizQuestion &question, int choice)
{
    if (isFinished() || !question.isValid())
        return false;
    ++m_asked;
    const bool right = question.isCorrect(choice);
    if (right) {
        ++m_correct;
        m_bestStreak = std::max(m_bestStreak, ++m_streak);
    } else {
        m_streak = 0;
        m_mistakes.append({question, choice});
    }
    return right;
}

} // namespace sipref::training
