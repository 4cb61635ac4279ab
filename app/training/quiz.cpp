#include "training/quiz.h"

#include "catalog/catalog.h"
#include "catalog/coderecord.h"
#include "catalog/entryformat.h"
#include "checks/diagnostictexts.h"
#include "i18n/translations.h"
#include "training/messagebuilder.h"
#include "training/scenarios.h"

#include <QRegularExpression>
#include <algorithm>
#include <cstdlib>

namespace sipref::training {

namespace {

LocalizedText same(const QString &text)
{
    return {text, text};
}

LocalizedText both(const TrText &text)
{
    return translateBoth("Training", text.source, text.comment);
}

LocalizedText withArg(LocalizedText text, const QString &arg)
{
    text.en = text.en.arg(arg);
    text.zh = text.zh.arg(arg);
    return text;
}

bool related(const CodeEntry &a, const CodeEntry &b)
{
    return a.related.contains(b.code) || b.related.contains(a.code);
}

bool sameText(const LocalizedText &a, const LocalizedText &b)
{
    return a.en.compare(b.en, Qt::CaseInsensitive) == 0 || a.zh == b.zh;
}

} // namespace

QuizScope scopeForClass(int codeClass)
{
    return codeClass >= 1 && codeClass <= 6 ? QuizScope(codeClass) : QuizScope::All;
}

QString maskCode(const QString &text, int code)
{
    const QRegularExpression number(QStringLiteral("(?<![0-9])%1(?![0-9])").arg(code));
    QString out = text;
    out.replace(number, QStringLiteral("___"));
    return out;
}

QuizGenerator::QuizGenerator(const Catalog &catalog, quint32 seed)
    : m_catalog(catalog)
    , m_random(seed)
    , m_drills(buildHeaderDrills(catalog))
{
    rebuildDecks();
}

void QuizGenerator::setScope(QuizScope scope)
{
    m_scope = scope;
    rebuildDecks();
}

void QuizGenerator::setKinds(const QList<QuestionKind> &kinds)
{
    m_kinds = kinds;
}

QString QuizGenerator::entryKey(const CodeEntry &entry)
{
    return profileId(entry.profile) + QLatin1Char('/') + QString::number(entry.code);
}

QString QuizGenerator::entryLabel(const CodeEntry &entry)
{
    if (entry.profile == Profile::Gb28181)
        return QStringLiteral("GB/T 28181 %1").arg(entry.code);
    return QString::number(entry.code);
}

bool QuizGenerator::inScope(const CodeEntry &entry) const
{
    if (entry.kind != EntryKind::Sip || entry.profile == Profile::Unregistered)
        return false;
    switch (m_scope) {
    case QuizScope::All:
        return true;
    case QuizScope::Gb28181:
        return entry.profile == Profile::Gb28181;
    default:
        return entry.profile == Profile::Ietf && entry.codeClass() == int(m_scope);
    }
}

void QuizGenerator::rebuildDecks()
{
    m_entries.clear();
    for (const CodeEntry &e : m_catalog.entries()) {
        if (inScope(e))
            m_entries.append(&e);
    }
    m_drillsInScope = drillIndexes();
    m_scenariosInScope = scenarioIndexes();
    m_entryDeck = {};
    m_meaningDeck = {};
    m_drillDeck = {};
    m_scenarioDeck = {};
}

QList<int> QuizGenerator::drillIndexes() const
{
    QList<int> out;
    for (int i = 0; i < m_drills.size(); ++i) {
        const HeaderDrill &d = m_drills[i];
        const bool in = m_scope == QuizScope::All || (m_scope == QuizScope::Gb28181 && d.gb28181) ||
                        (m_scope != QuizScope::Gb28181 && !d.isRequest && d.codeClass() == int(m_scope));
        if (in)
            out.append(i);
    }
    return out;
}

QList<int> QuizGenerator::scenarioIndexes() const
{
    QList<int> out;
    const QList<Scenario> &all = scenarios();
    for (int i = 0; i < all.size(); ++i) {
        if (m_scope == QuizScope::All || (m_scope != QuizScope::Gb28181 && all[i].codeClass() == int(m_scope)))
            out.append(i);
    }
    return out;
}

QList<const CodeEntry *> QuizGenerator::scopeEntries() const
{
    return m_entries;
}

bool QuizGenerator::hasMaterial(QuestionKind kind) const
{
    switch (kind) {
    case QuestionKind::CodeToMeaning:
    case QuestionKind::MeaningToCode:
        return !m_entries.isEmpty();
    case QuestionKind::MissingHeader:
        return !m_drillsInScope.isEmpty();
    case QuestionKind::WhatWentWrong:
        return !m_scenariosInScope.isEmpty();
    }
    return false;
}

int QuizGenerator::deal(Deck &deck, int size)
{
    if (deck.order.size() != size || deck.pos >= size) {
        const int last = deck.order.isEmpty() || deck.order.size() != size ? -1 : deck.order.last();
        deck.order.resize(size);
        for (int i = 0; i < size; ++i)
            deck.order[i] = i;
        for (int i = size - 1; i > 0; --i)
            std::swap(deck.order[i], deck.order[int(m_random.bounded(i + 1))]);
        // A new round of the deck does not start with the item that ended the last one.
        if (size > 1 && deck.order.first() == last)
            std::swap(deck.order[0], deck.order[1 + int(m_random.bounded(size - 1))]);
        deck.pos = 0;
    }
    return deck.order[deck.pos++];
}

QuizQuestion QuizGenerator::next()
{
    static const int weights[questionKindCount] = {3, 3, 2, 2};
    QList<QuestionKind> candidates;
    int total = 0;
    for (int k = 0; k < questionKindCount; ++k) {
        const QuestionKind kind = QuestionKind(k);
        if ((m_kinds.isEmpty() || m_kinds.contains(kind)) && hasMaterial(kind)) {
            candidates.append(kind);
            total += weights[k];
        }
    }
    if (candidates.isEmpty())
        return {};
    int pick = int(m_random.bounded(total));
    for (QuestionKind kind : candidates) {
        pick -= weights[int(kind)];
        if (pick < 0)
            return next(kind);
    }
    return next(candidates.last());
}

QuizQuestion QuizGenerator::next(QuestionKind kind)
{
    if (!hasMaterial(kind))
        return {};
    switch (kind) {
    case QuestionKind::CodeToMeaning:
        return codeToMeaning();
    case QuestionKind::MeaningToCode:
        return meaningToCode();
    case QuestionKind::MissingHeader:
        return missingHeader();
    case QuestionKind::WhatWentWrong:
        return whatWentWrong();
    }
    return {};
}

bool QuizGenerator::isPlausibleNeighbour(const CodeEntry &entry, const CodeEntry &other)
{
    if (other.kind != EntryKind::Sip || other.profile != entry.profile || other.code == entry.code)
        return false;
    // The GB/T 28181 codes are few and all about the platform: each is a fair guess for another.
    if (entry.profile == Profile::Gb28181)
        return true;
    return related(entry, other) || other.codeClass() == entry.codeClass() || std::abs(other.code - entry.code) <= 20;
}

QList<const CodeEntry *> QuizGenerator::neighbours(const CodeEntry &entry, int count)
{
    struct Candidate
    {
        const CodeEntry *entry;
        int score;
    };
    QList<Candidate> candidates;
    for (const CodeEntry &other : m_catalog.entries()) {
        if (!isPlausibleNeighbour(entry, other))
            continue;
        const int distance = std::abs(other.code - entry.code);
        const int score = (related(entry, other) ? 4 : 0) + (other.codeClass() == entry.codeClass() ? 2 : 0) +
                          (distance <= 10   ? 2
                           : distance <= 20 ? 1
                                            : 0);
        candidates.append({&other, score});
    }
    // Shuffle, then order by score: equal scores come in a seeded random order.
    for (qsizetype i = candidates.size() - 1; i > 0; --i)
        std::swap(candidates[i], candidates[qsizetype(m_random.bounded(int(i + 1)))]);
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });

    // Draw from the most plausible few, so the same code does not always get the same neighbours.
    QList<const CodeEntry *> pool;
    for (const Candidate &c : candidates) {
        bool clash = sameText(c.entry->name, entry.name);
        for (const CodeEntry *p : pool)
            clash = clash || sameText(c.entry->name, p->name);
        if (!clash)
            pool.append(c.entry);
        if (pool.size() >= count * 2)
            break;
    }
    QList<const CodeEntry *> out;
    while (out.size() < count && !pool.isEmpty())
        out.append(pool.takeAt(qsizetype(m_random.bounded(int(pool.size())))));
    return out;
}

void QuizGenerator::placeAnswer(QuizQuestion &q, int wrongCount)
{
    // choices[0] is the answer and the rest are wrong; move the answer to a random place.
    const int position = int(m_random.bounded(wrongCount + 1));
    q.choices.move(0, position);
    q.choiceKeys.move(0, position);
    q.answer = position;
}

QuizQuestion QuizGenerator::codeToMeaning()
{
    const CodeEntry &e = *m_entries[deal(m_entryDeck, int(m_entries.size()))];
    QuizQuestion q;
    q.kind = QuestionKind::CodeToMeaning;
    q.entry = &e;
    q.subject = entryLabel(e);
    q.prompt = withArg(both(QT_TRANSLATE_NOOP3("Training", "What does %1 mean?", "quiz code to meaning; %1 = code")),
                       q.subject);
    q.choices.append(e.name);
    q.choiceKeys.append(entryKey(e));
    const QList<const CodeEntry *> wrong = neighbours(e, 3);
    for (const CodeEntry *w : wrong) {
        q.choices.append(w->name);
        q.choiceKeys.append(entryKey(*w));
    }
    placeAnswer(q, int(wrong.size()));
    const QString title = (e.profile == Profile::Gb28181 ? QStringLiteral("GB/T 28181 ") : QString()) + entryTitle(e);
    q.explanation = {title + QStringLiteral(": ") + e.summary.en(), title + QStringLiteral("：") + e.summary.zh()};
    return q;
}

QuizQuestion QuizGenerator::meaningToCode()
{
    const CodeEntry &e = *m_entries[deal(m_meaningDeck, int(m_entries.size()))];
    QuizQuestion q;
    q.kind = QuestionKind::MeaningToCode;
    q.entry = &e;
    q.prompt = both(QT_TRANSLATE_NOOP3("Training", "Which code says this?", "quiz meaning to code"));
    q.statement = {maskCode(e.summary.en(), e.code), maskCode(e.summary.zh(), e.code)};
    q.choices.append(same(entryLabel(e)));
    q.choiceKeys.append(entryKey(e));
    const QList<const CodeEntry *> wrong = neighbours(e, 3);
    for (const CodeEntry *w : wrong) {
        q.choices.append(same(entryLabel(*w)));
        q.choiceKeys.append(entryKey(*w));
    }
    placeAnswer(q, int(wrong.size()));
    const QString title = (e.profile == Profile::Gb28181 ? QStringLiteral("GB/T 28181 ") : QString()) + entryTitle(e);
    q.explanation = {title + QStringLiteral(" (") + e.name.en + QLatin1Char(')'),
                     title + QStringLiteral("（") + e.name.zh + QStringLiteral("）")};
    return q;
}

QuizQuestion QuizGenerator::missingHeader()
{
    const HeaderDrill &d = m_drills[m_drillsInScope[deal(m_drillDeck, int(m_drillsInScope.size()))]];
    QuizQuestion q;
    q.kind = QuestionKind::MissingHeader;
    q.material = displayText(d.message);
    q.entry = d.isRequest ? nullptr : m_catalog.find(d.code);
    q.prompt =
        d.isRequest
            ? withArg(both(QT_TRANSLATE_NOOP3("Training", "This %1 request lacks a mandatory header field. Which one?",
                                              "quiz missing header; %1 = method")),
                      d.method)
            : withArg(both(QT_TRANSLATE_NOOP3("Training", "This %1 response lacks a mandatory header field. Which one?",
                                              "quiz missing header; %1 = status code")),
                      QString::number(d.code));
    q.choices.append(same(d.header));
    q.choiceKeys.append(QStringLiteral("header/") + d.header);

    // Wrong answers: fields that are absent too but that nothing requires here, so the message
    // itself does not give the answer away.
    const QStringList present = headerNames(d.message);
    QStringList absent;
    for (const QString &name : optionalHeaderCandidates(d.isRequest)) {
        if (name != d.header && !present.contains(name))
            absent.append(name);
    }
    absent = absent.mid(0, 6);
    int wrong = 0;
    while (wrong < 3 && !absent.isEmpty()) {
        const QString name = absent.takeAt(qsizetype(m_random.bounded(int(absent.size()))));
        q.choices.append(same(name));
        q.choiceKeys.append(QStringLiteral("header/") + name);
        ++wrong;
    }
    placeAnswer(q, wrong);
    const QString rfc = QString::fromUtf8(d.finding.rfc);
    q.explanation = {diagnosticMessage(d.finding, Language::English) + QStringLiteral(" (") + rfc + QLatin1Char(')'),
                     diagnosticMessage(d.finding, Language::Chinese) + QStringLiteral("（") + rfc +
                         QStringLiteral("）")};
    return q;
}

QuizQuestion QuizGenerator::whatWentWrong()
{
    const QList<Scenario> &all = scenarios();
    const int index = m_scenariosInScope[deal(m_scenarioDeck, int(m_scenariosInScope.size()))];
    const Scenario &s = all[index];
    QuizQuestion q;
    q.kind = QuestionKind::WhatWentWrong;
    q.material = QString::fromUtf8(s.log);
    q.entry = m_catalog.find(s.code);
    q.prompt = both(QT_TRANSLATE_NOOP3("Training", "Read the log. What went wrong?", "quiz what went wrong"));
    q.choices.append(s.answer);
    q.choiceKeys.append(QStringLiteral("scenario/") + s.id);
    QList<int> others;
    for (int i = 0; i < all.size(); ++i) {
        if (i != index)
            others.append(i);
    }
    int wrong = 0;
    while (wrong < 3 && !others.isEmpty()) {
        const Scenario &o = all[others.takeAt(qsizetype(m_random.bounded(int(others.size()))))];
        q.choices.append(o.answer);
        q.choiceKeys.append(QStringLiteral("scenario/") + o.id);
        ++wrong;
    }
    placeAnswer(q, wrong);
    q.explanation = s.explanation;
    return q;
}

} // namespace sipref::training
