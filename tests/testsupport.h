#pragma once

// Helpers shared by the tests.
#include "catalog/catalog.h"
#include "checks/inspection.h"

#include <QByteArray>
#include <QString>

namespace sipref::test {

// Turns a readable message written with "\n" line ends into wire form (CRLF).
inline QByteArray crlf(const QByteArray &lf)
{
    QByteArray out;
    out.reserve(lf.size() + lf.count('\n'));
    for (char c : lf) {
        if (c == '\n')
            out += '\r';
        out += c;
    }
    return out;
}

// One catalog for a whole test executable: building it translates every text once.
inline const Catalog &catalog()
{
    static const Catalog c;
    return c;
}

inline Inspection run(const QByteArray &input)
{
    return inspect(input, catalog());
}

inline QByteArray text(const Inspection &in, Span span)
{
    return in.view(span).toByteArray();
}

// Reason and Warning values are explained as notes on every message that carries them; the flow
// notes say what an excerpt does not show (a request without its response) or that a message was
// sent again. None says anything is wrong. True when an inspection found nothing else.
inline bool onlyDecodings(const Inspection &in)
{
    for (const Diagnostic &d : in.diagnostics) {
        const QByteArrayView id(d.id);
        if (d.severity != Severity::Info
            || (id != "reason-cause" && id != "warning-code" && !id.startsWith("flow-")))
            return false;
    }
    return true;
}

} // namespace sipref::test
