#pragma once

#include "checks/diagnostic.h"
#include "sip/message.h"

#include <QByteArrayView>
#include <vector>

namespace sipref {

class Catalog;

// Everything one check needs: the input, the message and where findings go.
struct CheckContext
{
    QByteArrayView text;
    const SipMessage &message;
    int messageIndex;
    const Catalog &catalog;
    std::vector<Diagnostic> &out;

    QByteArrayView view(Span s) const { return text.sliced(s.offset, s.length); }
    QString string(Span s) const { return QString::fromLatin1(view(s)); }
    void add(Diagnostic d) const
    {
        d.message = messageIndex;
        out.push_back(std::move(d));
    }
};

// Runs every rule on one message.
void checkMessage(const CheckContext &context);

// The rule groups, one file each.
void checkStartLine(const CheckContext &c);
void checkRequiredHeaders(const CheckContext &c);
void checkHeaderCounts(const CheckContext &c);
void checkHeaderValues(const CheckContext &c);
void checkBody(const CheckContext &c);
void checkReasonAndWarning(const CheckContext &c);

} // namespace sipref
