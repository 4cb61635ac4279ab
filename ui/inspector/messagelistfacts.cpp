#include "inspector/messagelistfacts.h"

#include "sip/headervalue.h"

namespace sipref {

MessageListFacts messageListFacts(const Inspection &in)
{
    MessageListFacts facts;
    const std::size_t count = in.messages.size();
    facts.findings.assign(count, 0);
    facts.errors.assign(count, 0);
    facts.method.assign(count, 0);
    facts.methodNames = {QByteArray()};
    for (const Diagnostic &d : in.diagnostics) {
        if (d.message >= 0) {
            ++facts.findings[std::size_t(d.message)];
            facts.errors[std::size_t(d.message)] += d.severity == Severity::Error;
        }
    }
    Transport seen = Transport::Unknown;
    for (std::size_t i = 0; i < count; ++i) {
        const SipMessage &m = in.messages[i];
        facts.hasOrigins = facts.hasOrigins || m.origin->isKnown();
        if (m.origin->transport != Transport::Unknown) {
            facts.severalTransports = facts.severalTransports || (seen != Transport::Unknown && seen != m.origin->transport);
            seen = m.origin->transport;
        }
        QByteArrayView method;
        if (m.isRequest())
            method = in.view(m.method);
        else if (const HeaderField *cseq = m.first(HeaderId::CSeq))
            method = value::parseCSeq(in.view(cseq->value())).method;
        if (method.isEmpty())
            continue;
        qsizetype id = facts.methodNames.indexOf(method);
        if (id < 0) {
            id = facts.methodNames.size();
            facts.methodNames.append(method.toByteArray());
        }
        facts.method[i] = id;
    }
    return facts;
}

} // namespace sipref
