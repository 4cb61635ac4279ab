#pragma once

#include "checks/diagnostic.h"
#include "i18n/language.h"

namespace sipref {

// The sentence of a finding in one language, with its arguments filled in.
QString diagnosticMessage(const Diagnostic &d, Language language);
// "error", "warning", "info" in that language (for the CLI and the findings list).
QString severityLabel(Severity s, Language language);
// A correct line for a missing header field, to show and to copy ("Max-Forwards: 70").
QString exampleHeaderLine(const QString &header);
// Every (id, detail) pair that has a sentence: the tests check each is reachable and translated.
QList<QPair<QString, QString>> knownDiagnostics();

} // namespace sipref
