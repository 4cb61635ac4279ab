#pragma once

// Helpers shared by the tests.
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

} // namespace sipref::test
