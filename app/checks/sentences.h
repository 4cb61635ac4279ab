#pragma once

#include "catalog/coderecord.h"

#include <QtGlobal> // QT_TRANSLATE_NOOP3, for the tables that include this

namespace sipref {

// One sentence of a finding: (id, detail) selects it, the text is English source marked for
// translation in the context "Diagnostics" (the translator comment doubles as the key).
struct Sentence
{
    const char *id;
    const char *detail;
    TrText text;
};

// A range of sentences kept in one file. Each area of checks owns its table;
// diagnosticMessage() and knownDiagnostics() consult all of them.
struct SentenceTable
{
    const Sentence *begin;
    const Sentence *end;
};

SentenceTable captureSentences(); // app/checks/capturetexts.cpp
SentenceTable flowSentences();    // app/checks/flowtexts.cpp

} // namespace sipref
