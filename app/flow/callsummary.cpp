// How each call went: its parties, its state and its times.
#include "flow/flow.h"

#include "checks/inspection.h"
#include "flow/messagefacts.h"

namespace sipref {

namespace {

// "Alice <sip:alice@lab-a.test>" from "\"Alice\" <sip:alice@lab-a.test>;tag=c41f": the display
// name unquoted, the URI, no header parameters.
QString partyOf(const QString &value)
{
    const QString v = value.trimmed();
    bool quoted = false;
    qsizetype open = -1;
    for (qsizetype i = 0; i < v.size() && open < 0; ++i) {
        const QChar c = v.at(i);
        if (quoted) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('<')) {
            open = i;
        }
    }
    if (open < 0) {
        const qsizetype semi = v.indexOf(QLatin1Char(';'));
        return (semi < 0 ? v : v.left(semi)).trimmed();
    }
    const qsizetype close = v.indexOf(QLatin1Char('>'), open);
    const QString uri = v.mid(open + 1, close < 0 ? -1 : close - open - 1).trimmed();
    QString name = v.left(open).trimmed();
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))) {
        name = name.mid(1, name.size() - 2);
        name.replace(QLatin1String("\\\""), QLatin1String("\""));
        name.replace(QLatin1String("\\\\"), QLatin1String("\\"));
    }
    return name.isEmpty() ? uri : name + QLatin1String(" <") + uri + QLatin1Char('>');
}

QString party(const Inspection &in, const SipMessage &m, HeaderId id)
{
    const HeaderField *h = m.first(id);
    return h ? partyOf(in.unfoldedValue(*h)) : QString();
}

qint64 timeOf(const Inspection &in, int message)
{
    return message >= 0 ? in.messages[message].origin.timeUs : -1;
}

qint64 between(const Inspection &in, int from, int to)
{
    const qint64 a = timeOf(in, from), b = timeOf(in, to);
    if (a < 0 || b < 0 || in.messages[from].origin.hasDate != in.messages[to].origin.hasDate)
        return -1;
    return b - a;
}

CallState stateOfFinal(int code)
{
    if (code >= 200 && code < 300)
        return CallState::Answered;
    if (code == 486 || code == 600)
        return CallState::Busy;
    if (code == 487) // Request Terminated: the INVITE was cancelled, maybe by a CANCEL not in the input
        return CallState::Cancelled;
    if (code >= 300 && code < 400)
        return CallState::Redirected;
    return CallState::Failed;
}

void summarize(const FlowContext &context, const FlowAnalysis &flow, Call &call)
{
    const Inspection &in = context.in;
    const std::vector<MessageFacts> &facts = context.facts;
    const int first = call.messages.front();
    const SipMessage &m = in.messages[first];
    call.caller = party(in, m, HeaderId::From);
    call.callee = party(in, m, HeaderId::To);
    call.method = facts[first].request ? facts[first].method : facts[first].cseqMethod;
    for (int i : call.messages) {
        if (facts[i].request) {
            call.method = facts[i].method;
            break;
        }
    }
    for (int i : call.messages) {
        if (timeOf(in, i) >= 0) {
            if (call.firstUs < 0)
                call.firstUs = timeOf(in, i);
            call.lastUs = timeOf(in, i);
        }
    }

    // The INVITEs that start the call: without a To tag (a new INVITE after a 401/407 is one
    // too). In an excerpt that begins after them, whatever INVITE transactions are there.
    std::vector<int> invites, anyInvites;
    for (int t : call.transactions) {
        const Transaction &tx = flow.transactions[t];
        if (tx.method != "INVITE")
            continue;
        anyInvites.push_back(t);
        if (tx.request >= 0 && facts[tx.request].toTag.isEmpty())
            invites.push_back(t);
    }
    if (invites.empty())
        invites = anyInvites;
    if (invites.empty()) {
        call.state = CallState::NonInvite;
        for (int i : call.messages) {
            if (facts[i].isFinal())
                call.finalCode = facts[i].code;
        }
        return;
    }

    bool cancelSeen = false;
    for (int i : call.messages)
        cancelSeen = cancelSeen || (facts[i].request && facts[i].method == "CANCEL");
    int firstInvite = -1, answer = -1, lastFinal = -1;
    for (int t : invites) {
        const Transaction &tx = flow.transactions[t];
        if (tx.request >= 0 && (firstInvite < 0 || tx.request < firstInvite))
            firstInvite = tx.request;
        for (int i : tx.messages) {
            if (!facts[i].isFinal())
                continue;
            if (facts[i].code < 300 && (answer < 0 || i < answer))
                answer = i;
            lastFinal = std::max(lastFinal, i);
        }
    }
    // An INVITE sent after the last final response (the retry with credentials) and not yet
    // answered keeps the call going.
    bool pending = lastFinal < 0;
    for (int t : invites) {
        const Transaction &tx = flow.transactions[t];
        pending = pending || (tx.finalResponse < 0 && tx.request > lastFinal);
    }
    if (answer >= 0) {
        call.state = CallState::Answered;
        call.finalCode = facts[answer].code;
        call.setupUs = between(in, firstInvite, answer);
        for (int i : call.messages) {
            if (i > answer && facts[i].request && facts[i].method == "BYE") {
                call.durationUs = between(in, answer, i);
                break;
            }
        }
    } else if (pending) {
        call.state = cancelSeen ? CallState::Cancelled : CallState::InProgress;
    } else {
        call.finalCode = facts[lastFinal].code;
        call.state = cancelSeen && call.finalCode == 487 ? CallState::Cancelled : stateOfFinal(call.finalCode);
    }
}

} // namespace

void summarizeCalls(const FlowContext &context, FlowAnalysis &flow)
{
    for (Call &call : flow.calls)
        summarize(context, flow, call);
}

} // namespace sipref
