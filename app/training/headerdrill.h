#pragma once

#include "checks/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sipref {

class Catalog;

namespace training {

// A valid message written for the "which header is missing?" drills.
struct DrillTemplate
{
    QString id;           // "invite", "register-tcp", "401-register", …
    QByteArray message;   // wire form (CRLF, Content-Length counted)
    bool gb28181 = false; // a GB/T 28181 device or platform message
};

// One drill: a template with one mandatory header field removed, and the one finding inspect()
// gives for the gap.
struct HeaderDrill
{
    QString templateId;
    QByteArray message; // wire form, the header removed
    QString header;     // canonical name of the removed field ("Max-Forwards")
    bool isRequest = true;
    QString method; // the request's method, or the CSeq method a response answers
    int code = 0;   // for a response
    bool gb28181 = false;
    Diagnostic finding; // the missing-header error that names `header`

    // 0 for a request; the response class otherwise.
    int codeClass() const { return isRequest ? 0 : code / 100; }
};

// Every template; each one inspects without an error or a warning.
const QList<DrillTemplate> &drillTemplates();

// Every drill the templates give: each header field whose removal makes inspect() report exactly one
// problem, a missing-header error naming that field (and nothing else but notes). Fields whose
// absence is only a SHOULD, or that break something else too, make no drill.
QList<HeaderDrill> buildHeaderDrills(const Catalog &catalog);

// Header fields that may be absent from this message without any finding: the wrong answers of a
// drill are drawn from these, so a guess needs knowing which fields are mandatory.
QStringList optionalHeaderCandidates(bool request);

} // namespace training
} // namespace sipref
