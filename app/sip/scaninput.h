#pragma once

#include "sip/encoding.h"
#include "sip/escapedmessages.h"

#include <QByteArray>
#include <vector>

namespace sipref {

// The input as the scanner reads it: decoded (UTF-16 made UTF-8, other encodings as they are),
// then, where it holds what they look for, the passes that make pasted log text readable: terminal
// colour codes left out, non-breaking spaces read as spaces, sipdump's glued rules split, ngrep's
// dotted line ends restored, escaped messages (JSON logs, syslog) unescaped, hex dumps decoded.
struct ScanInput
{
    QByteArray text;
    TextEncoding encoding = TextEncoding::Utf8;
    bool converted = false;
    // When a pass changed the text: the text before the first one, and one map per pass that
    // leads a position in the text back to it (see Inspection::inputOffset).
    QByteArray originalInput;
    std::vector<EscapeMap> inputMaps;
    // The most lines any one run of each pass changed, for the notes that say what was done.
    int colouredLines = 0;
    int nbspLines = 0;
    int escapedLines = 0;
    int ngrepLines = 0;
    int hexDumpLines = 0;
};

// passes: false for a capture's text, which stays as it is (the origins the capture reader knows
// point into it). hexDumps: hex dumps decoded too; inspect() asks for it only when the text as it is
// held no message and mayHoldHexDump() finds a dump's first line (a search of its own, not worth
// running on every input). inspect() and the core benchmark both prepare their input with this.
ScanInput prepareScanInput(const QByteArray &input, bool passes, bool hexDumps = false);

} // namespace sipref
