#include "flow/messagefacts.h"

#include "checks/inspection.h"
#include "sip/headervalue.h"

namespace sipref {

namespace {

bool isLws(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// The first value of a comma-separated list (Via).
QByteArrayView firstOf(QByteArrayView list)
{
    const std::vector<QByteArrayView> values = value::splitList(list);
    return values.empty() ? QByteArrayView() : values.front();
}

// The sent-by of a Via value: what follows "SIP/2.0/UDP" up to its parameters.
QByteArrayView sentByOf(QByteArrayView via, QByteArrayView protocol)
{
    via = value::trimmed(via);
    qsizetype i = protocol.size();
    while (i < via.size() && isLws(via[i]))
        ++i;
    qsizetype end = i;
    while (end < via.size() && via[end] != ';' && via[end] != ',' && via[end] != '(' && !isLws(via[end]))
        ++end;
    return via.sliced(i, end - i);
}

QByteArray tagOf(QByteArrayView address)
{
    const QByteArrayView tag = value::headerParam(address, "tag");
    return tag.isNull() ? QByteArray() : tag.toByteArray();
}

// One byte per direction, then the addresses: messages on the same path compare equal.
QByteArray pathOf(const MessageOrigin &o)
{
    static const QByteArray unknown = QByteArrayLiteral("0>");
    if (o.direction == Direction::Unknown && o.source.isEmpty() && o.destination.isEmpty())
        return unknown;
    QByteArray path;
    path += char('0' + int(o.direction));
    path += o.source;
    path += '>';
    path += o.destination;
    return path;
}

} // namespace

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

MessageFacts readFacts(const Inspection &in, std::size_t i)
{
    MessageFacts f;
    const SipMessage &m = in.messages[i];
    f.request = m.isRequest();
    f.code = m.code;
    if (f.request)
        f.method = in.view(m.method).toByteArray();
    // One pass over the header fields, the first of each kind counts; this runs for every
    // message of a log.
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
    if (callId)
        f.callId = value::trimmed(in.view(callId->value)).toByteArray();
    if (cseq) {
        const value::CSeq c = value::parseCSeq(in.view(cseq->value));
        f.hasCSeq = c.wellFormed && c.numberStatus == value::NumberStatus::Ok;
        f.cseq = c.number;
        f.cseqMethod = c.method.toByteArray();
    }
    if (via) {
        QByteArrayView v = in.view(via->value);
        if (v.contains(','))
            v = firstOf(v);
        const value::Via parsed = value::parseVia(v);
        f.branch = parsed.branch.toByteArray();
        f.rfc3261Branch = f.branch.startsWith("z9hG4bK");
        f.viaTransport = parsed.transport.toByteArray().toUpper();
        f.sentBy = sentByOf(v, parsed.protocol).toByteArray().toLower();
    }
    if (from)
        f.fromTag = tagOf(in.view(from->value));
    if (to)
        f.toTag = tagOf(in.view(to->value));
    if (rseq)
        f.rseq = value::trimmed(in.view(rseq->value)).toByteArray();
    f.path = pathOf(m.origin);
    return f;
}

std::vector<MessageFacts> readFacts(const Inspection &in)
{
    std::vector<MessageFacts> facts;
    facts.reserve(in.messages.size());
    for (std::size_t i = 0; i < in.messages.size(); ++i)
        facts.push_back(readFacts(in, i));
    return facts;
}

} // namespace sipref
