// The ladder diagram of a set of messages: one column per host, one arrow per message.
#include "flow/flow.h"

#include "checks/inspection.h"
#include "flow/messagefacts.h"
#include "sip/headervalue.h"

#include <QHash>

namespace sipref {

namespace {

// The column key of the host that wrote the log; never a valid "host:port".
const QByteArray localKey = QByteArrayLiteral("\x01local");

struct Ends
{
    QByteArray from, to; // column keys, "" when unknown
};

// The URI of an address value: between "<" and ">", or the addr-spec itself.
QByteArrayView addressUri(QByteArrayView v)
{
    const qsizetype open = v.indexOf('<');
    return open >= 0 ? v.sliced(open) : value::trimmed(v);
}

QByteArrayView firstListValue(const Inspection &in, const SipMessage &m, HeaderId id)
{
    const HeaderField *h = m.first(id);
    if (!h)
        return {};
    const std::vector<QByteArrayView> values = value::splitList(in.view(h->value()));
    return values.empty() ? QByteArrayView() : values.front();
}

class ColumnFinder
{
public:
    ColumnFinder(const Inspection &in, const FlowAnalysis &flow, const std::vector<int> &messages)
        : in(in)
    {
        QHash<int, bool> wanted;
        for (int i : messages)
            wanted.insert(i, true);
        for (const Transaction &tx : flow.transactions) {
            for (int i : tx.messages) {
                if (wanted.contains(i))
                    requestOf.insert(i, tx.request);
            }
        }
    }

    // From the origin (capture or log addresses) where it tells, else from the headers:
    // a request goes from its top Via sent-by to the first Route or the Request-URI; a response
    // goes back to the top Via sent-by from where its request went.
    Ends ends(int i) const
    {
        const SipMessage &m = in.messages[i];
        const MessageFacts f = readFacts(in, std::size_t(i));
        Ends e = fromOrigin(*m.origin);
        if (!e.from.isEmpty() && !e.to.isEmpty())
            return e;
        const int defaultPort = f.viaTransport.compare("TLS", Qt::CaseInsensitive) == 0 ? 5061 : 5060;
        const QByteArray via =
            f.sentBy.isEmpty() ? QByteArray() : normalizedHostPort(f.sentBy.toByteArray().toLower(), defaultPort);
        if (m.isRequest()) {
            if (e.from.isEmpty())
                e.from = via;
            if (e.to.isEmpty()) {
                const QByteArrayView route = firstListValue(in, m, HeaderId::Route);
                e.to = route.isEmpty() ? uriHostPort(in.view(m.requestUri)) : uriHostPort(addressUri(route));
            }
        } else {
            if (e.to.isEmpty())
                e.to = via;
            if (e.from.isEmpty()) {
                const int request = requestOf.value(i, -1);
                if (request >= 0)
                    e.from = requestEnds(request).to;
                if (e.from.isEmpty())
                    e.from = uriHostPort(addressUri(firstListValue(in, m, HeaderId::To)));
            }
        }
        return e;
    }

private:
    const Inspection &in;
    QHash<int, int> requestOf; // the request of each message's transaction, -1 when not in the input

    static Ends fromOrigin(const MessageOrigin &o)
    {
        Ends e;
        if (!o.source.isEmpty())
            e.from = normalizedHostPort(o.source);
        else if (o.direction == Direction::Sent)
            e.from = localKey;
        if (!o.destination.isEmpty())
            e.to = normalizedHostPort(o.destination);
        else if (o.direction == Direction::Received)
            e.to = localKey;
        return e;
    }

    Ends requestEnds(int request) const
    {
        const SipMessage &m = in.messages[request];
        Ends e = fromOrigin(*m.origin);
        if (e.to.isEmpty()) {
            const QByteArrayView route = firstListValue(in, m, HeaderId::Route);
            e.to = route.isEmpty() ? uriHostPort(in.view(m.requestUri)) : uriHostPort(addressUri(route));
        }
        return e;
    }
};

QString labelOf(const Inspection &in, const SipMessage &m)
{
    if (m.isRequest())
        return in.string(m.method);
    const QString reason = in.string(m.reason).trimmed();
    const QString code = in.string(m.statusCode);
    return reason.isEmpty() ? code : code + QLatin1Char(' ') + reason;
}

} // namespace

Ladder buildLadder(const Inspection &inspection, const FlowAnalysis &flow, const std::vector<int> &messages)
{
    Ladder ladder;
    const ColumnFinder finder(inspection, flow, messages);
    QHash<QByteArray, int> columnOf;
    auto column = [&](const QByteArray &key) {
        const QByteArray k = key.isEmpty() ? QByteArrayLiteral("?") : key;
        int c = columnOf.value(k, -1);
        if (c < 0) {
            c = int(ladder.columns.size());
            columnOf.insert(k, c);
            LadderColumn col;
            col.localHost = k == localKey;
            col.address = col.localHost ? QByteArray() : k;
            ladder.columns.push_back(col);
        }
        return c;
    };
    for (int i : messages) {
        if (i < 0 || std::size_t(i) >= inspection.messages.size())
            continue;
        const SipMessage &m = inspection.messages[i];
        const Ends e = finder.ends(i);
        LadderArrow arrow;
        arrow.message = i;
        arrow.from = column(e.from);
        arrow.to = column(e.to);
        arrow.label = labelOf(inspection, m);
        arrow.code = m.isResponse() ? m.code : 0;
        arrow.retransmission = std::size_t(i) < flow.retransmission.size() && flow.retransmission[i];
        arrow.hasBody = m.body.length > 0;
        arrow.timeUs = m.origin->timeUs;
        ladder.arrows.push_back(std::move(arrow));
    }
    return ladder;
}

} // namespace sipref
