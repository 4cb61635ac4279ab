#include "flow/messagefacts.h"

#include "checks/inspection.h"
#include "sip/headervalue.h"

#include <cstring>

namespace sipref {

namespace {

bool isLws(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// The bytes that end a sent-by: parameters, the next value, a comment, white space.
struct SentByEnds
{
    bool at[256] = {};
    constexpr SentByEnds()
    {
        for (const char c : {';', ',', '(', ' ', '\t', '\r', '\n'})
            at[uchar(c)] = true;
    }
};
constexpr SentByEnds sentByEnds;

// The sent-by of a Via value: what follows "SIP/2.0/UDP" up to its parameters.
QByteArrayView sentByOf(QByteArrayView via, QByteArrayView protocol)
{
    via = value::trimmed(via);
    const char *const data = via.data();
    const qsizetype size = via.size();
    qsizetype i = protocol.size();
    while (i < size && isLws(data[i]))
        ++i;
    qsizetype end = i;
    while (end < size && !sentByEnds.at[uchar(data[end])])
        ++end;
    return via.sliced(i, end - i);
}

QByteArrayView tagOf(QByteArrayView address)
{
    return value::headerParam(address, "tag");
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// Whether a name of the literal's length (the caller has checked) is that literal.
template<std::size_t N>
bool is(QByteArrayView name, const char (&literal)[N])
{
    return std::memcmp(name.data(), literal, N - 1) == 0;
}

} // namespace

Method methodOf(QByteArrayView name)
{
    // By length first; each comparison of a fixed size is inlined.
    switch (name.size()) {
    case 0: return Method::None;
    case 3:
        if (is(name, "ACK"))
            return Method::Ack;
        if (is(name, "BYE"))
            return Method::Bye;
        break;
    case 5:
        if (is(name, "REFER"))
            return Method::Refer;
        break;
    case 6:
        if (is(name, "INVITE"))
            return Method::Invite;
        if (is(name, "CANCEL"))
            return Method::Cancel;
        if (is(name, "NOTIFY"))
            return Method::Notify;
        break;
    case 9:
        if (is(name, "SUBSCRIBE"))
            return Method::Subscribe;
        break;
    default: break;
    }
    return Method::Other;
}

QByteArray methodBytes(QByteArrayView name)
{
    // Literals need no allocation when copied: transactions and calls share them.
    static const QByteArray invite = QByteArrayLiteral("INVITE"), ack = QByteArrayLiteral("ACK"),
                            bye = QByteArrayLiteral("BYE"), cancel = QByteArrayLiteral("CANCEL"),
                            subscribe = QByteArrayLiteral("SUBSCRIBE"), notify = QByteArrayLiteral("NOTIFY"),
                            refer = QByteArrayLiteral("REFER");
    static const QByteArray others[] = {
        QByteArrayLiteral("REGISTER"), QByteArrayLiteral("OPTIONS"), QByteArrayLiteral("MESSAGE"),
        QByteArrayLiteral("INFO"),     QByteArrayLiteral("PRACK"),   QByteArrayLiteral("UPDATE"),
        QByteArrayLiteral("PUBLISH"),
    };
    switch (methodOf(name)) {
    case Method::None: return QByteArray();
    case Method::Invite: return invite;
    case Method::Ack: return ack;
    case Method::Bye: return bye;
    case Method::Cancel: return cancel;
    case Method::Subscribe: return subscribe;
    case Method::Notify: return notify;
    case Method::Refer: return refer;
    case Method::Other: break;
    }
    for (const QByteArray &m : others) {
        if (sameBytes(name, m))
            return m;
    }
    return name.toByteArray();
}

namespace {

constexpr quint64 ones = 0x0101010101010101ULL;

// ASCII upper case of each byte of a word made lower case, other bytes kept (SWAR: a byte's high
// bit marks it in each of the comparisons).
quint64 lowerWord(quint64 w)
{
    const quint64 low7 = w & (0x7F * ones);
    const quint64 atLeastA = low7 + (0x80 - 'A') * ones;
    const quint64 aboveZ = low7 + (0x80 - 'Z' - 1) * ones;
    const quint64 upper = atLeastA & ~aboveZ & ~w & (0x80 * ones);
    return w | (upper >> 2);
}

} // namespace

bool sameSentBy(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    if (std::memcmp(a.data(), b.data(), std::size_t(a.size())) == 0)
        return true;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (asciiLower(a[i]) != asciiLower(b[i]))
            return false;
    }
    return true;
}

quint64 sentByHash(QByteArrayView sentBy, quint64 seed)
{
    // hashBytes() of the sent-by in lower case.
    const char *p = sentBy.data();
    qsizetype n = sentBy.size();
    quint64 h = hashCombine(seed, quint64(n));
    for (; n >= 8; p += 8, n -= 8)
        h = hashCombine(h, lowerWord(detail::load8(p)));
    if (n > 0)
        h = hashCombine(h, lowerWord(detail::loadTail(p, n)));
    return h;
}

bool samePath(const MessageOrigin &a, const MessageOrigin &b)
{
    return a.direction == b.direction && a.source == b.source && a.destination == b.destination;
}

QByteArray normalizedHostPort(QByteArrayView hostPort, int defaultPort)
{
    QByteArrayView hp = value::trimmed(hostPort);
    QByteArray host;
    QByteArrayView port;
    if (hp.startsWith('[')) {
        const qsizetype close = hp.indexOf(']');
        const QByteArrayView inside = close > 0 ? hp.sliced(1, close - 1) : hp.sliced(1);
        host = inside.contains(':') ? '[' + inside.toByteArray() + ']' : inside.toByteArray();
        if (close > 0 && close + 1 < hp.size() && hp[close + 1] == ':')
            port = hp.sliced(close + 2);
    } else if (hp.count(':') > 1) {
        host = '[' + hp.toByteArray() + ']'; // a bare IPv6 address has no port
    } else {
        const qsizetype colon = hp.indexOf(':');
        host = (colon < 0 ? hp : hp.first(colon)).toByteArray();
        if (colon >= 0)
            port = hp.sliced(colon + 1);
    }
    if (host.isEmpty())
        return {};
    host = host.toLower();
    return host + ':' + (port.isEmpty() ? QByteArray::number(defaultPort) : port.toByteArray());
}

QByteArray uriHostPort(QByteArrayView uri)
{
    uri = value::trimmed(uri);
    if (uri.startsWith('<'))
        uri = uri.sliced(1);
    int defaultPort = 5060;
    if (uri.size() >= 5 && uri.first(5).compare("sips:", Qt::CaseInsensitive) == 0) {
        uri = uri.sliced(5);
        defaultPort = 5061;
    } else if (uri.size() >= 4 && uri.first(4).compare("sip:", Qt::CaseInsensitive) == 0) {
        uri = uri.sliced(4);
    } else {
        return {};
    }
    qsizetype end = 0;
    while (end < uri.size() && uri[end] != ';' && uri[end] != '?' && uri[end] != '>' && !isLws(uri[end]))
        ++end;
    uri = uri.first(end);
    const qsizetype at = uri.lastIndexOf('@');
    if (at >= 0)
        uri = uri.sliced(at + 1);
    return normalizedHostPort(uri, defaultPort);
}

MessageFacts readFacts(const Inspection &in, std::size_t i, const value::ParsedOnce *parsed)
{
    MessageFacts f;
    const SipMessage &m = in.messages[i];
    f.request = m.isRequest();
    f.code = m.code;
    if (f.request) {
        f.method = in.view(m.method);
        f.kind = methodOf(f.method);
    }
    // One pass over the header fields, the first of each kind counts.
    const HeaderField *callId = nullptr, *cseq = nullptr, *via = nullptr, *from = nullptr, *to = nullptr,
                      *rseq = nullptr;
    for (const HeaderField &h : m.headers) {
        switch (h.id) {
        case HeaderId::CallId: callId = callId ? callId : &h; break;
        case HeaderId::CSeq: cseq = cseq ? cseq : &h; break;
        case HeaderId::Via: via = via ? via : &h; break;
        case HeaderId::From: from = from ? from : &h; break;
        case HeaderId::To: to = to ? to : &h; break;
        case HeaderId::RSeq: rseq = rseq ? rseq : &h; break;
        case HeaderId::Authorization: f.authorization = true; break;
        case HeaderId::ProxyAuthorization: f.proxyAuthorization = true; break;
        default: break;
        }
    }
    // The value as the checks see it: a folded field of a prefixed log is unfolded first, or the
    // log prefix of its continuation line ends up in a branch or a tag.
    auto valueOf = [&](const HeaderField &h, int slot) -> QByteArrayView {
        if (!h.folded || m.prefixLength == 0)
            return in.view(h.value());
        if (!f.unfolded)
            f.unfolded = std::make_shared<std::array<QByteArray, 4>>();
        (*f.unfolded)[std::size_t(slot)] = in.unfoldedValue(h).toUtf8();
        return QByteArrayView((*f.unfolded)[std::size_t(slot)]);
    };
    if (callId) {
        f.callId = value::trimmed(valueOf(*callId, 0));
        f.callIdHash = hashBytes(f.callId);
    }
    // What the checks parsed of the same values is taken as it is; a folded value of a prefixed
    // log is read unfolded here, which the checks do not do.
    const bool prefixed = m.prefixLength != 0;
    if (cseq) {
        const value::CSeq c = parsed && parsed->hasCSeq ? parsed->cseq : value::parseCSeq(in.view(cseq->value()));
        f.hasCSeq = c.wellFormed && c.numberStatus == value::NumberStatus::Ok;
        f.cseq = c.number;
        f.cseqMethod = c.method;
        f.cseqKind = methodOf(c.method);
    }
    if (via) {
        QByteArrayView v;
        value::Via top;
        if (parsed && parsed->hasVia && !(via->folded && prefixed)) {
            v = parsed->viaItem;
            top = parsed->via;
        } else {
            v = valueOf(*via, 1);
            if (std::memchr(v.data(), ',', std::size_t(v.size())))
                v = value::firstListItem(v);
            top = value::parseVia(v);
        }
        f.branch = top.branch;
        f.rfc3261Branch = f.branch.size() >= 7 && std::memcmp(f.branch.data(), "z9hG4bK", 7) == 0;
        f.viaTransport = top.transport;
        f.sentBy = sentByOf(v, top.protocol);
    }
    if (from)
        f.fromTag = parsed && parsed->hasFromTag && !(from->folded && prefixed) ? parsed->fromTag
                                                                                : tagOf(valueOf(*from, 2));
    if (to)
        f.toTag = parsed && parsed->hasToTag && !(to->folded && prefixed) ? parsed->toTag : tagOf(valueOf(*to, 3));
    if (rseq)
        f.rseq = value::trimmed(in.view(rseq->value()));
    return f;
}

} // namespace sipref
