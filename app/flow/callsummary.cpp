// How each call went: its parties, its state and its times.
#include "flow/flow.h"

#include "checks/inspection.h"
#include "flow/messagefacts.h"

#include <cstring>

namespace sipref {

namespace {

// The two ways partyOf() reads a value: as the decoded string, or as the bytes when they are
// ASCII (which read the same either way, in any input encoding). The bytes need no decoding and
// no intermediate string.
struct DecodedText
{
    QStringView v;

    qsizetype size() const { return v.size(); }
    char16_t at(qsizetype i) const { return v[i].unicode(); }
    DecodedText trimmed() const { return {v.trimmed()}; }
    DecodedText mid(qsizetype pos, qsizetype n) const { return {v.mid(pos, n)}; }
    qsizetype indexOf(char c, qsizetype from = 0) const { return v.indexOf(QLatin1Char(c), from); }
    void appendTo(QString &out) const { out.append(v); }
};

struct AsciiText
{
    QByteArrayView v;

    qsizetype size() const { return v.size(); }
    char16_t at(qsizetype i) const { return char16_t(uchar(v[i])); }
    AsciiText trimmed() const
    {
        // QChar::isSpace() of ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
        auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
        qsizetype b = 0, e = v.size();
        while (b < e && space(v[b]))
            ++b;
        while (e > b && space(v[e - 1]))
            --e;
        return {v.sliced(b, e - b)};
    }
    AsciiText mid(qsizetype pos, qsizetype n) const { return {n < 0 ? v.sliced(pos) : v.sliced(pos, n)}; }
    qsizetype indexOf(char c, qsizetype from = 0) const
    {
        if (from >= v.size())
            return -1;
        const void *hit = std::memchr(v.data() + from, c, std::size_t(v.size() - from));
        return hit ? static_cast<const char *>(hit) - v.data() : -1;
    }
    void appendTo(QString &out) const { out.append(QLatin1String(v.data(), v.size())); }
};

QString toQString(DecodedText text)
{
    return text.v.toString();
}

QString toQString(AsciiText text)
{
    return QString::fromLatin1(text.v);
}

// "Alice <sip:alice@lab-a.test>" from "\"Alice\" <sip:alice@lab-a.test>;tag=c41f": the display
// name unquoted, the URI, no header parameters. One string is made: the result.
template<typename Text>
QString partyOf(Text value)
{
    const Text v = value.trimmed();
    bool quoted = false;
    qsizetype open = -1;
    for (qsizetype i = 0; i < v.size() && open < 0; ++i) {
        const char16_t c = v.at(i);
        if (quoted) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                quoted = false;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'<') {
            open = i;
        }
    }
    if (open < 0) {
        const qsizetype semi = v.indexOf(';');
        return toQString((semi < 0 ? v : v.mid(0, semi)).trimmed());
    }
    const qsizetype close = v.indexOf('>', open);
    const Text uri = v.mid(open + 1, close < 0 ? -1 : close - open - 1).trimmed();
    Text name = v.mid(0, open).trimmed();
    QString unquoted;
    if (name.size() >= 2 && name.at(0) == u'"' && name.at(name.size() - 1) == u'"') {
        name = name.mid(1, name.size() - 2);
        if (name.indexOf('\\') >= 0) {
            unquoted = toQString(name);
            unquoted.replace(QLatin1String("\\\""), QLatin1String("\""));
            unquoted.replace(QLatin1String("\\\\"), QLatin1String("\\"));
        }
    }
    if (unquoted.isNull() ? name.size() == 0 : unquoted.isEmpty())
        return toQString(uri);
    QString out;
    out.reserve((unquoted.isNull() ? name.size() : unquoted.size()) + uri.size() + 3);
    if (unquoted.isNull())
        name.appendTo(out);
    else
        out.append(unquoted);
    out.append(QLatin1String(" <"));
    uri.appendTo(out);
    out.append(QLatin1Char('>'));
    return out;
}

bool isAscii(QByteArrayView bytes)
{
    // Eight bytes at a time: any high bit set is a byte that is not ASCII.
    const char *p = bytes.data();
    qsizetype n = bytes.size();
    quint64 high = 0;
    for (; n >= 8; p += 8, n -= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        high |= w;
    }
    for (; n > 0; ++p, --n)
        high |= uchar(*p);
    return (high & 0x8080808080808080ULL) == 0;
}

QString party(const Inspection &in, const SipMessage &m, HeaderId id)
{
    const HeaderField *h = m.first(id);
    if (!h)
        return {};
    const QByteArrayView raw = in.view(h->value());
    if (!h->folded && isAscii(raw))
        return partyOf(AsciiText{raw});
    const QString value = in.unfoldedValue(*h);
    return partyOf(DecodedText{value});
}

qint64 timeOf(const Inspection &in, int message)
{
    return message >= 0 ? in.messages[message].origin->timeUs : -1;
}

qint64 between(const Inspection &in, int from, int to)
{
    const qint64 a = timeOf(in, from), b = timeOf(in, to);
    if (a < 0 || b < 0 || in.messages[from].origin->hasDate != in.messages[to].origin->hasDate)
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
    // Per message, only the brief facts; firstUs and lastUs are set by the grouping.
    const std::vector<MessageBrief> &facts = context.brief;
    const int first = call.messages.front();
    const SipMessage &m = in.messages[first];
    call.caller = party(in, m, HeaderId::From);
    call.callee = party(in, m, HeaderId::To);
    int methodFrom = first; // the first request, else the first message (by its CSeq)
    for (int i : call.messages) {
        if (facts[i].request) {
            methodFrom = i;
            break;
        }
    }
    const MessageFacts &f = context.facts[methodFrom];
    call.method = methodBytes(f.request ? f.method : f.cseqMethod);

    // The INVITEs that start the call: without a To tag (a new INVITE after a 401/407 is one
    // too). In an excerpt that begins after them, whatever INVITE transactions are there.
    bool anyInvite = false, initialInvite = false;
    for (int t : call.transactions) {
        const Transaction &tx = flow.transactions[t];
        if (tx.method != "INVITE")
            continue;
        anyInvite = true;
        initialInvite = initialInvite || (tx.request >= 0 && !facts[tx.request].hasToTag);
    }
    if (!anyInvite) {
        call.state = CallState::NonInvite;
        for (int i : call.messages) {
            if (facts[i].isFinal())
                call.finalCode = facts[i].code;
        }
        return;
    }
    auto startsCall = [&](const Transaction &tx) {
        return tx.method == "INVITE" && (!initialInvite || (tx.request >= 0 && !facts[tx.request].hasToTag));
    };

    bool cancelSeen = false;
    for (int i : call.messages)
        cancelSeen = cancelSeen || (facts[i].request && facts[i].kind == Method::Cancel);
    int firstInvite = -1, answer = -1, lastFinal = -1;
    for (int t : call.transactions) {
        const Transaction &tx = flow.transactions[t];
        if (!startsCall(tx))
            continue;
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
    for (int t : call.transactions) {
        const Transaction &tx = flow.transactions[t];
        pending = pending || (startsCall(tx) && tx.finalResponse < 0 && tx.request > lastFinal);
    }
    if (answer >= 0) {
        call.state = CallState::Answered;
        call.finalCode = facts[answer].code;
        call.setupUs = between(in, firstInvite, answer);
        for (int i : call.messages) {
            if (i > answer && facts[i].request && facts[i].kind == Method::Bye) {
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
