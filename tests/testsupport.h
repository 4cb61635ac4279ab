#pragma once

// Helpers shared by the tests.
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

// Reason and Warning values are explained as notes on every message that carries them; they say
// nothing is wrong. True when an inspection found nothing else.
inline bool onlyDecodings(const Inspection &in)
{
    for (const Diagnostic &d : in.diagnostics) {
        const QByteArrayView id(d.id);
        if (d.severity != Severity::Info || (id != "reason-cause" && id != "warning-code"))
            return false;
    }
    return true;
}

} // namespace sipref::test
