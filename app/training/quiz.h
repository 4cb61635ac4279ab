#pragma once

#include "catalog/codeentry.h"
#include "i18n/language.h"
#include "training/headerdrill.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace sipref {

class Catalog;

namespace training {

enum class QuestionKind {
    CodeToMeaning, // "What does 486 mean?"
    MeaningToCode, // "Which code says: the called party is busy?"
    MissingHeader, // a message with one mandatory header field removed
    WhatWentWrong, // a short log of a failed call
};
constexpr int questionKindCount = 4;

// Which part of the catalog a quiz draws from.
enum class QuizScope {
    All,
    Class1,
    Class2,
    Class3,
    Class4,
    Class5,
    Class6,  // IETF codes of one class
    Gb28181, // the GB/T 28181 platform codes and messages
};
constexpr int quizScopeCount = 8;
QuizScope scopeForClass(int codeClass); // 1-6; anything else gives All

// One question with its choices, in both languages: whoever shows it picks the language, and a
// language switch while it is on screen changes nothing but the text.
struct QuizQuestion
{
    QuestionKind kind = QuestionKind::CodeToMeaning;
    LocalizedText prompt;
    LocalizedText statement; // a meaning to find the code for; empty otherwise
    QString subject;  // what the question is about, verbatim: "486", "GB/T 28181 301"; empty when `material` says it
    QString material; // a message or a log, protocol text shown as it is; empty for code questions
    QList<LocalizedText> choices;
    QStringList choiceKeys;           // what each choice stands for: "ietf/486", "header/Via", "scenario/busy-486"
    int answer = -1;                  // index into choices
    LocalizedText explanation;        // shown once answered
    const CodeEntry *entry = nullptr; // the code asked about or named by the scenario, if in the catalog

    bool isValid() const { return answer >= 0 && answer < choices.size(); }
    bool isCorrect(int choice) const { return choice == answer; }
};

// Deterministic questions from the catalog, the drill templates and the scenarios: the same seed,
// scope and kinds give the same questions in the same order, on every machine. Items are dealt
// from shuffled decks, so nothing repeats until a deck is used up.
class QuizGenerator
{
public:
    QuizGenerator(const Catalog &catalog, quint32 seed);

    void setScope(QuizScope scope);
    QuizScope scope() const { return m_scope; }
    // Kinds to draw from; empty (the default) means every kind the scope has material for.
    void setKinds(const QList<QuestionKind> &kinds);
    QList<QuestionKind> kinds() const { return m_kinds; }

    // Whether the scope has material for the kind (there are no drills or logs about 1xx codes).
    bool hasMaterial(QuestionKind kind) const;
    // The next question, of a kind drawn from those enabled that have material; invalid if none.
    QuizQuestion next();
    // The next question of that kind; invalid if the scope has no material for it.
    QuizQuestion next(QuestionKind kind);

    // The entries of the scope that code questions are asked about.
    QList<const CodeEntry *> scopeEntries() const;
    const QList<HeaderDrill> &drills() const { return m_drills; }

    // The wrong answers for a code: plausible neighbours (the related codes first, then the same
    // class, then the nearest numbers), at most `count`, never one with the same name or number.
    QList<const CodeEntry *> neighbours(const CodeEntry &entry, int count);
    // Whether `other` is a fair wrong answer for `entry` (what neighbours() draws from).
    static bool isPlausibleNeighbour(const CodeEntry &entry, const CodeEntry &other);
    static QString entryKey(const CodeEntry &entry);   // "ietf/486", "gb28181/301"
    static QString entryLabel(const CodeEntry &entry); // "486", "GB/T 28181 301"

private:
    struct Deck
    {
        QList<int> order;
        int pos = 0;
    };
    int deal(Deck &deck, int size);
    void rebuildDecks();
    QList<int> drillIndexes() const;
    QList<int> scenarioIndexes() const;
    bool inScope(const CodeEntry &entry) const;
    QuizQuestion codeToMeaning();
    QuizQuestion meaningToCode();
    QuizQuestion missingHeader();
    QuizQuestion whatWentWrong();
    void placeAnswer(QuizQuestion &q, int wrongCount);

    const Catalog &m_catalog;
    QRandomGenerator m_random;
    QuizScope m_scope = QuizScope::All;
    QList<QuestionKind> m_kinds;
    QList<HeaderDrill> m_drills;
    QList<const CodeEntry *> m_entries; // the scope's entries
    QList<int> m_drillsInScope;
    QList<int> m_scenariosInScope;
    Deck m_entryDeck;
    Deck m_meaningDeck;
    Deck m_drillDeck;
    Deck m_scenarioDeck;
};

// The code number masked in a text that would give it away ("486 is sent…" → "___ is sent…").
QString maskCode(const QString &text, int code);

} // namespace training
} // namespace sipref
