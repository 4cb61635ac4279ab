// The body against Content-Length and Content-Type (RFC 3261 §20.14, §20.15, §18.3).
#include "checks/checks.h"
#include "sip/headervalue.h"

namespace sipref {

void checkBody(const CheckContext &c)
{
    const SipMessage &m = c.message;
    if (m.bodyNotShown)
        return; // nothing to measure: the body is not in the input as text
    const qsizetype raw = m.body.length;
    if (raw > 0 && !c.first(HeaderId::ContentType))
        c.add({"body-without-content-type", "", Severity::Error, m.body, "Content-Type", "RFC 3261 §20.15",
               {QString::number(raw)}});

    const HeaderField *cl = c.first(HeaderId::ContentLength);
    if (!cl)
        return;
    quint64 declared = 0;
    if (value::parseNumber(c.view(cl->value()), &declared) != value::NumberStatus::Ok || declared > 0xffffffffULL)
        return; // reported as invalid-content-length
    // A log keeps the body's text but usually not its CRs: the length is right when it matches
    // the bytes present, or the bytes with every line break counted as CRLF as on the wire, with
    // or without the last line break.
    const qsizetype wire = m.bodyWireLength;
    const auto d = qsizetype(declared);
    if (d == raw || d == wire || (wire >= 2 && d == wire - 2) || (raw == 0 && d == 0))
        return;
    const bool truncated = m.body.end() >= c.text.size() && d > wire;
    if (raw == 0 && !m.headerBlockEnded && d > 0) {
        c.add({"content-length-mismatch", "no-body", Severity::Error, cl->value(), "Content-Length",
               "RFC 3261 §18.3", {QString::number(d)}});
        return;
    }
    c.add({"content-length-mismatch", truncated ? "truncated" : (wire != raw ? "wire" : ""), Severity::Error, cl->value(),
           "Content-Length", "RFC 3261 §20.14", {QString::number(d), QString::number(raw), QString::number(wire)}});
}

} // namespace sipref
