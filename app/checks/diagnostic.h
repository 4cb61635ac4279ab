#pragma once

#include "sip/span.h"

#include <QStringList>

namespace sipref {

enum class Severity { Error, Warning, Info };

// One finding. The sentence is not stored: it is looked up from (id, detail) in the language of
// whoever shows it, with args filled in (see diagnostictexts.h).
struct Diagnostic
{
    const char *id = "";      // stable kebab-case name: "missing-header"
    const char *detail = "";  // which variant of the sentence: "request", "dialog-contact", ...
    Severity severity = Severity::Error;
    Span span;
    const char *header = "";  // canonical header name concerned, or ""
    const char *rfc = "";     // "RFC 3261 §8.1.1"
    QStringList args;
    int message = -1;         // index of the message, -1 for the input as a whole
};

inline const char *severityId(Severity s)
{
    return s == Severity::Error ? "error" : s == Severity::Warning ? "warning" : "info";
}

} // namespace sipref
