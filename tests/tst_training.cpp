// The training core: the quiz generator (determinism by seed, well-formed choices, plausible
// neighbours, scopes), the "which header is missing?" drills, the "what went wrong?" logs and the
// scoring of a round.
#include "catalog/catalog.h"
#include "catalog/entryformat.h"
#include "checks/inspection.h"
#include "training/headerdrill.h"
#include "training/messagebuilder.h"
#include "training/quiz.h"
#include "training/quizsession.h"
#include "training/scenarios.h"

#include <QSet>
#include <QtTest>

using namespace sipref;
using namespace sipref::training;

Q_DECLARE_METATYPE(sipref::training::QuizScope)
Q_DECLARE_METATYPE(sipref::training::QuestionKind)

namespace {

// Everything but notes: what must be empty in a valid message.
QStringList problems(const Inspection &in)
{
    QStringList out;
    for (const Diagnostic &d : in.diagnostics) {
        if (d.severity != Severity::Info)
            out.append(
                QStringLiteral("%1/%2 %3").arg(QLatin1String(d.id), QLatin1String(d.detail), QLatin1String(d.header)));
    }
    return out;
}

QString fingerprint(const QuizQuestion &q)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(int(q.kind))
        .arg(q.prompt.en + q.statement.en + q.subject)
        .arg(q.choiceKeys.join(QLatin1Char(',')))
        .arg(q.answer)
        .arg(q.material.size());
}

const char *kindName(QuestionKind k)
{
    static const char *names[] = {"code-to-meaning", "meaning-to-code", "missing-header", "what-went-wrong"};
    return names[int(k)];
}

const char *scopeName(QuizScope s)
{
    static const char *names[] = {"all", "1xx", "2xx", "3xx", "4xx", "5xx", "6xx", "gb28181"};
    return names[int(s)];
}

} // namespace

class TestTraining : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wireMessageCountsTheBody();
    void withoutHeaderRemovesOnlyThatField();
    void templatesAreValid_data();
    void templatesAreValid();
    void everyDrillHasExactlyItsFinding_data();
    void everyDrillHasExactlyItsFinding();
    void drillsCoverTheCommonMessages_data();
    void drillsCoverTheCommonMessages();
    void scenarioLogsAreValid_data();
    void scenarioLogsAreValid();
    void scenarioAnswersAreDistinct();
    void sameSeedSameQuestions_data();
    void sameSeedSameQuestions();
    void otherSeedOtherQuestions();
    void choicesAreWellFormed_data();
    void choicesAreWellFormed();
    void answerPositionVaries();
    void neighboursArePlausible();
    void neighboursOfKnownCodes_data();
    void neighboursOfKnownCodes();
    void scopeFilters_data();
    void scopeFilters();
    void mixedQuizUsesEveryKind();
    void meaningDoesNotGiveTheCodeAway();
    void sessionScoring_data();
    void sessionScoring();
    void sessionStopsAtItsLength();

private:
    Catalog m_catalog;
};

void TestTraining::wireMessageCountsTheBody()
{
    const QByteArray wire = wireMessage("MESSAGE sip:a@example.com SIP/2.0\nCSeq: 1 MESSAGE", "hello\nworld\n");
    QVERIFY(wire.contains("\r\nContent-Length: 14\r\n\r\nhello\r\nworld\r\n"));
    QVERIFY(!wire.contains("\r\r"));
    QCOMPARE(displayText(wire).count(QLatin1Char('\r')), 0);
}

void TestTraining::withoutHeaderRemovesOnlyThatField()
{
    const QByteArray wire = wireMessage("INVITE sip:b@example.com SIP/2.0\n"
                                        "Via: SIP/2.0/UDP h;branch=z9hG4bK1\n"
                                        "v: SIP/2.0/UDP g;branch=z9hG4bK2\n"
                                        "Subject: folded\n"
                                        " continuation\n"
                                        "Call-ID: x\n",
                                        "Via: in the body\n");
    const QByteArray noVia = withoutHeader(wire, HeaderId::Via);
    QVERIFY(!noVia.contains("branch"));
    QVERIFY(noVia.contains("Via: in the body"));
    QCOMPARE(headerNames(noVia), (QStringList{"Subject", "Call-ID", "Content-Length"}));
    const QByteArray noSubject = withoutHeader(wire, HeaderId::Subject);
    QVERIFY(!noSubject.contains("continuation"));
    QVERIFY(noSubject.contains("Call-ID: x"));
}

void TestTraining::templatesAreValid_data()
{
    QTest::addColumn<QByteArray>("message");
    for (const DrillTemplate &t : drillTemplates())
        QTest::newRow(qPrintable(t.id)) << t.message;
}

void TestTraining::templatesAreValid()
{
    QFETCH(QByteArray, message);
    const Inspection in = inspect(message, m_catalog);
    QCOMPARE(int(in.messages.size()), 1);
    QCOMPARE(problems(in), QStringList());
}

void TestTraining::everyDrillHasExactlyItsFinding_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("header");
    const QList<HeaderDrill> drills = buildHeaderDrills(m_catalog);
    QVERIFY(drills.size() >= 40);
    for (const HeaderDrill &d : drills)
        QTest::addRow("%s without %s", qPrintable(d.templateId), qPrintable(d.header)) << d.message << d.header;
}

void TestTraining::everyDrillHasExactlyItsFinding()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, header);
    QVERIFY(!headerNames(message).contains(header));
    const Inspection in = inspect(message, m_catalog);
    QCOMPARE(int(in.messages.size()), 1);
    const QStringList found = problems(in);
    QCOMPARE(found.size(), 1);
    int missing = 0;
    for (const Diagnostic &d : in.diagnostics) {
        if (d.severity == Severity::Error && qstrcmp(d.id, "missing-header") == 0) {
            ++missing;
            QCOMPARE(QString::fromLatin1(d.header), header);
        }
    }
    QCOMPARE(missing, 1);
}

void TestTraining::drillsCoverTheCommonMessages_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QString>("header");
    QTest::newRow("INVITE Max-Forwards") << "invite"
                                         << "Max-Forwards";
    QTest::newRow("INVITE Contact") << "invite"
                                    << "Contact";
    QTest::newRow("REGISTER over TCP Content-Length") << "register-tcp"
                                                      << "Content-Length";
    QTest::newRow("REGISTER Via") << "register-tcp"
                                  << "Via";
    QTest::newRow("401 WWW-Authenticate") << "401-register"
                                          << "WWW-Authenticate";
    QTest::newRow("407 Proxy-Authenticate") << "407-invite"
                                            << "Proxy-Authenticate";
    QTest::newRow("486 To") << "486-invite"
                            << "To";
    QTest::newRow("486 CSeq") << "486-invite"
                              << "CSeq";
    QTest::newRow("200 to INVITE Contact") << "200-invite"
                                           << "Contact";
    QTest::newRow("SUBSCRIBE Event") << "subscribe"
                                     << "Event";
    QTest::newRow("NOTIFY Subscription-State") << "notify"
                                               << "Subscription-State";
    QTest::newRow("REFER Refer-To") << "refer"
                                    << "Refer-To";
    QTest::newRow("PRACK RAck") << "prack"
                                << "RAck";
    QTest::newRow("reliable 183 RSeq") << "183-reliable"
                                       << "RSeq";
    QTest::newRow("423 Min-Expires") << "423-register"
                                     << "Min-Expires";
    QTest::newRow("405 Allow") << "405-options"
                               << "Allow";
    QTest::newRow("GB/T 28181 REGISTER Call-ID") << "gb28181-register"
                                                 << "Call-ID";
    QTest::newRow("GB/T 28181 keep-alive From") << "gb28181-keepalive"
                                                << "From";
}

void TestTraining::drillsCoverTheCommonMessages()
{
    QFETCH(QString, templateId);
    QFETCH(QString, header);
    const QList<HeaderDrill> drills = buildHeaderDrills(m_catalog);
    const auto found = std::find_if(drills.begin(), drills.end(), [&](const HeaderDrill &d) {
        return d.templateId == templateId && d.header == header;
    });
    QVERIFY2(found != drills.end(), qPrintable(templateId + QLatin1Char(' ') + header));
    // Fields whose absence is only a SHOULD make no drill.
    for (const HeaderDrill &d : drills) {
        QVERIFY(!(d.templateId == QLatin1String("notify") && d.header == QLatin1String("Contact")));
        QVERIFY(!(d.templateId == QLatin1String("subscribe") && d.header == QLatin1String("Expires")));
        QVERIFY((d.header != QLatin1String("User-Agent") && d.header != QLatin1String("Allow")) ||
                d.templateId == QLatin1String("405-options"));
    }
}

void TestTraining::scenarioLogsAreValid_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < scenarios().size(); ++i)
        QTest::newRow(qPrintable(scenarios()[i].id)) << i;
}

void TestTraining::scenarioLogsAreValid()
{
    QFETCH(int, index);
    const Scenario &s = scenarios()[index];
    const Inspection in = inspect(s.log, m_catalog);
    QVERIFY(in.messages.size() >= 2);
    QCOMPARE(problems(in), QStringList());
    // The decisive response is in the log, and the catalog explains it.
    bool seen = false;
    for (const SipMessage &m : in.messages)
        seen = seen || (m.isResponse() && m.code == s.code);
    QVERIFY(seen);
    QVERIFY(m_catalog.find(s.code));
    QVERIFY(!s.answer.en.isEmpty() && !s.explanation.en.isEmpty());
    QVERIFY2(s.answer.zh != s.answer.en, "scenario answer not translated");
    QVERIFY2(s.explanation.zh != s.explanation.en, "scenario explanation not translated");
}

void TestTraining::scenarioAnswersAreDistinct()
{
    QSet<QString> en, zh, ids;
    for (const Scenario &s : scenarios()) {
        en.insert(s.answer.en);
        zh.insert(s.answer.zh);
        ids.insert(s.id);
    }
    QCOMPARE(en.size(), scenarios().size());
    QCOMPARE(zh.size(), scenarios().size());
    QCOMPARE(ids.size(), scenarios().size());
}

void TestTraining::sameSeedSameQuestions_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<QuizScope>("scope");
    for (quint32 seed : {1u, 42u, 20240513u}) {
        for (int s = 0; s < quizScopeCount; ++s)
            QTest::addRow("seed %u %s", seed, scopeName(QuizScope(s))) << seed << QuizScope(s);
    }
}

void TestTraining::sameSeedSameQuestions()
{
    QFETCH(quint32, seed);
    QFETCH(QuizScope, scope);
    QuizGenerator a(m_catalog, seed);
    QuizGenerator b(m_catalog, seed);
    a.setScope(scope);
    b.setScope(scope);
    for (int i = 0; i < 40; ++i) {
        const QuizQuestion qa = a.next();
        const QuizQuestion qb = b.next();
        QVERIFY(qa.isValid());
        QCOMPARE(fingerprint(qa), fingerprint(qb));
        QCOMPARE(qa.material, qb.material);
    }
}

void TestTraining::otherSeedOtherQuestions()
{
    QuizGenerator a(m_catalog, 1);
    QuizGenerator b(m_catalog, 2);
    QStringList sa, sb;
    for (int i = 0; i < 10; ++i) {
        sa.append(fingerprint(a.next()));
        sb.append(fingerprint(b.next()));
    }
    QVERIFY(sa != sb);
}

void TestTraining::choicesAreWellFormed_data()
{
    QTest::addColumn<QuizScope>("scope");
    QTest::addColumn<QuestionKind>("kind");
    for (int s = 0; s < quizScopeCount; ++s) {
        for (int k = 0; k < questionKindCount; ++k)
            QTest::addRow("%s %s", scopeName(QuizScope(s)), kindName(QuestionKind(k)))
                << QuizScope(s) << QuestionKind(k);
    }
}

void TestTraining::choicesAreWellFormed()
{
    QFETCH(QuizScope, scope);
    QFETCH(QuestionKind, kind);
    QuizGenerator generator(m_catalog, 7);
    generator.setScope(scope);
    if (!generator.hasMaterial(kind)) {
        QVERIFY(!generator.next(kind).isValid());
        return;
    }
    for (int i = 0; i < 150; ++i) {
        const QuizQuestion q = generator.next(kind);
        QVERIFY(q.isValid());
        QCOMPARE(q.kind, kind);
        QCOMPARE(q.choices.size(), q.choiceKeys.size());
        QVERIFY2(q.choices.size() >= 3 && q.choices.size() <= 4, qPrintable(q.choiceKeys.join(QLatin1Char(' '))));
        // No duplicates: not the same thing twice, nor two choices that read the same in either language.
        QSet<QString> keys(q.choiceKeys.begin(), q.choiceKeys.end());
        QCOMPARE(keys.size(), q.choices.size());
        QSet<QString> en, zh;
        for (const LocalizedText &c : q.choices) {
            QVERIFY(!c.en.isEmpty() && !c.zh.isEmpty());
            en.insert(c.en.toLower());
            zh.insert(c.zh);
        }
        QCOMPARE(en.size(), q.choices.size());
        QCOMPARE(zh.size(), q.choices.size());
        // The right answer is there exactly once, at q.answer.
        QString rightKey;
        switch (kind) {
        case QuestionKind::CodeToMeaning:
        case QuestionKind::MeaningToCode:
            QVERIFY(q.entry);
            rightKey = QuizGenerator::entryKey(*q.entry);
            break;
        case QuestionKind::MissingHeader:
            rightKey = q.choiceKeys[q.answer];
            QVERIFY(!headerNames(q.material.toUtf8().replace("\n", "\r\n")).contains(rightKey.mid(7)));
            break;
        case QuestionKind::WhatWentWrong:
            QVERIFY(q.entry);
            rightKey = q.choiceKeys[q.answer];
            break;
        }
        QCOMPARE(q.choiceKeys.count(rightKey), 1);
        QCOMPARE(q.choiceKeys.indexOf(rightKey), q.answer);
        QVERIFY(!q.prompt.en.isEmpty() && !q.prompt.zh.isEmpty() && !q.explanation.en.isEmpty());
        QVERIFY(q.prompt.en != q.prompt.zh);
    }
}

void TestTraining::answerPositionVaries()
{
    QuizGenerator generator(m_catalog, 99);
    QList<int> seen(4, 0);
    for (int i = 0; i < 200; ++i) {
        const QuizQuestion q = generator.next(QuestionKind::CodeToMeaning);
        ++seen[q.answer];
    }
    for (int position = 0; position < 4; ++position)
        QVERIFY2(seen[position] >= 20, qPrintable(QString::number(position)));
}

void TestTraining::neighboursArePlausible()
{
    QuizGenerator generator(m_catalog, 3);
    for (const CodeEntry &e : m_catalog.entries()) {
        if (e.kind != EntryKind::Sip)
            continue;
        const QList<const CodeEntry *> wrong = generator.neighbours(e, 3);
        QVERIFY2(wrong.size() >= 2, qPrintable(QuizGenerator::entryKey(e)));
        for (const CodeEntry *w : wrong) {
            QVERIFY(QuizGenerator::isPlausibleNeighbour(e, *w));
            QCOMPARE(w->profile, e.profile);
            QVERIFY(w->code != e.code);
            if (e.profile == Profile::Ietf) {
                const bool fair = e.related.contains(w->code) || w->related.contains(e.code) ||
                                  w->codeClass() == e.codeClass() || std::abs(w->code - e.code) <= 20;
                QVERIFY2(fair, qPrintable(QStringLiteral("%1 -> %2").arg(e.code).arg(w->code)));
            }
        }
    }
}

void TestTraining::neighboursOfKnownCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QList<int>>("expectedSome");
    QTest::newRow("486") << 486 << QList<int>{600, 480, 603, 487, 488, 485, 484};
    QTest::newRow("401") << 401 << QList<int>{407, 403, 402};
    QTest::newRow("503") << 503 << QList<int>{500, 504, 502, 480};
    QTest::newRow("180") << 180 << QList<int>{181, 182, 183};
}

void TestTraining::neighboursOfKnownCodes()
{
    QFETCH(int, code);
    QFETCH(QList<int>, expectedSome);
    const CodeEntry *e = m_catalog.find(code);
    QVERIFY(e);
    QuizGenerator generator(m_catalog, 11);
    QSet<int> seen;
    for (int round = 0; round < 20; ++round) {
        for (const CodeEntry *w : generator.neighbours(*e, 3))
            seen.insert(w->code);
    }
    bool any = false;
    for (int c : expectedSome)
        any = any || seen.contains(c);
    QVERIFY(any);
    // Nothing from far away and unrelated, such as a 2xx for a 4xx.
    for (int c : seen)
        QVERIFY(c / 100 == code / 100 || e->related.contains(c) || std::abs(c - code) <= 20 ||
                m_catalog.find(c)->related.contains(code));
}

void TestTraining::scopeFilters_data()
{
    QTest::addColumn<QuizScope>("scope");
    for (int s = 1; s < quizScopeCount; ++s)
        QTest::newRow(scopeName(QuizScope(s))) << QuizScope(s);
}

void TestTraining::scopeFilters()
{
    QFETCH(QuizScope, scope);
    QuizGenerator generator(m_catalog, 5);
    generator.setScope(scope);
    QVERIFY(!generator.scopeEntries().isEmpty());
    for (const CodeEntry *e : generator.scopeEntries()) {
        if (scope == QuizScope::Gb28181)
            QCOMPARE(e->profile, Profile::Gb28181);
        else
            QVERIFY(e->profile == Profile::Ietf && e->codeClass() == int(scope));
    }
    for (int i = 0; i < 60; ++i) {
        const QuizQuestion q = generator.next();
        QVERIFY(q.isValid());
        switch (q.kind) {
        case QuestionKind::CodeToMeaning:
        case QuestionKind::MeaningToCode:
            if (scope == QuizScope::Gb28181)
                QCOMPARE(q.entry->profile, Profile::Gb28181);
            else
                QCOMPARE(q.entry->codeClass(), int(scope));
            break;
        case QuestionKind::MissingHeader:
            QVERIFY(scope == QuizScope::Gb28181 || (q.entry && q.entry->codeClass() == int(scope)));
            break;
        case QuestionKind::WhatWentWrong:
            QVERIFY(scope != QuizScope::Gb28181);
            QCOMPARE(q.entry->codeClass(), int(scope));
            break;
        }
    }
    // Only some scopes have logs: there is no failed call in 1xx or 2xx.
    QCOMPARE(generator.hasMaterial(QuestionKind::WhatWentWrong),
             scope == QuizScope::Class3 || scope == QuizScope::Class4 || scope == QuizScope::Class5 ||
                 scope == QuizScope::Class6);
    // Choosing kinds restricts the draw.
    generator.setKinds({QuestionKind::MeaningToCode});
    for (int i = 0; i < 10; ++i)
        QCOMPARE(generator.next().kind, QuestionKind::MeaningToCode);
}

void TestTraining::mixedQuizUsesEveryKind()
{
    QuizGenerator generator(m_catalog, 2024);
    QSet<int> kinds;
    QStringList subjects;
    for (int i = 0; i < 60; ++i) {
        const QuizQuestion q = generator.next();
        kinds.insert(int(q.kind));
        if (q.kind == QuestionKind::CodeToMeaning)
            subjects.append(q.subject);
    }
    QCOMPARE(kinds.size(), questionKindCount);
    // Dealt from a deck: no code comes twice before every code of the scope has come.
    QCOMPARE(QSet<QString>(subjects.begin(), subjects.end()).size(), subjects.size());
}

void TestTraining::meaningDoesNotGiveTheCodeAway()
{
    QCOMPARE(maskCode(QStringLiteral("Like 486, but 4860 and 1486 stay."), 486),
             QStringLiteral("Like ___, but 4860 and 1486 stay."));
    QuizGenerator generator(m_catalog, 8);
    for (int i = 0; i < generator.scopeEntries().size(); ++i) {
        const QuizQuestion q = generator.next(QuestionKind::MeaningToCode);
        const QRegularExpression code(QStringLiteral("(?<![0-9])%1(?![0-9])").arg(q.entry->code));
        QVERIFY(!q.statement.en.contains(code));
        QVERIFY(!q.statement.zh.contains(code));
        QVERIFY(!q.statement.en.isEmpty());
    }
}

void TestTraining::sessionScoring_data()
{
    QTest::addColumn<QString>("answers"); // R right, W wrong
    QTest::addColumn<int>("correct");
    QTest::addColumn<int>("streak");
    QTest::addColumn<int>("best");
    QTest::addColumn<int>("percent");
    QTest::newRow("none") << "" << 0 << 0 << 0 << 0;
    QTest::newRow("all right") << "RRRR" << 4 << 4 << 4 << 100;
    QTest::newRow("all wrong") << "WWW" << 0 << 0 << 0 << 0;
    QTest::newRow("streak broken") << "RRRWR" << 4 << 1 << 3 << 80;
    QTest::newRow("best later") << "RWRRRRW" << 5 << 0 << 4 << 71;
    QTest::newRow("wrong first") << "WRR" << 2 << 2 << 2 << 67;
}

void TestTraining::sessionScoring()
{
    QFETCH(QString, answers);
    QFETCH(int, correct);
    QFETCH(int, streak);
    QFETCH(int, best);
    QFETCH(int, percent);
    QuizGenerator generator(m_catalog, 17);
    QuizSession session(10);
    QList<int> wrongChoices;
    for (QChar c : answers) {
        const QuizQuestion q = generator.next();
        const int choice = c == QLatin1Char('R') ? q.answer : (q.answer + 1) % int(q.choices.size());
        if (c != QLatin1Char('R'))
            wrongChoices.append(choice);
        QCOMPARE(session.answer(q, choice), c == QLatin1Char('R'));
    }
    QCOMPARE(session.asked(), int(answers.size()));
    QCOMPARE(session.correct(), correct);
    QCOMPARE(session.streak(), streak);
    QCOMPARE(session.bestStreak(), best);
    QCOMPARE(session.percent(), percent);
    QCOMPARE(session.mistakes().size(), answers.count(QLatin1Char('W')));
    for (int i = 0; i < session.mistakes().size(); ++i) {
        const QuizMistake &m = session.mistakes()[i];
        QCOMPARE(m.chosen, wrongChoices[i]);
        QVERIFY(m.chosen != m.question.answer);
        QVERIFY(m.question.isValid());
    }
    session.restart();
    QCOMPARE(session.asked(), 0);
    QCOMPARE(session.bestStreak(), 0);
    QVERIFY(session.mistakes().isEmpty());
}

void TestTraining::sessionStopsAtItsLength()
{
    QuizGenerator generator(m_catalog, 4);
    QuizSession session(3);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!session.isFinished());
        const QuizQuestion q = generator.next();
        session.answer(q, q.answer);
    }
    QVERIFY(session.isFinished());
    QCOMPARE(session.remaining(), 0);
    const QuizQuestion extra = generator.next();
    QVERIFY(!session.answer(extra, extra.answer));
    QCOMPARE(session.asked(), 3);
    QCOMPARE(session.correct(), 3);
}

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
