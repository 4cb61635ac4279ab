#pragma once

#include "checks/diagnostic.h"
#include "flow/flow.h"
#include "sip/encoding.h"
#include "sip/escapedmessages.h"
#include "sip/message.h"

#include <QByteArray>
#include <atomic>
#include <functional>
#include <vector>

namespace sipref {

class Catalog;

// The result of inspecting one input: the messages found and every finding, all as spans into
// `text` (the bytes as read; only UTF-16 input is converted to UTF-8 first, and messages written
// with escaped line breaks are unescaped).
struct Inspection
{
    QByteArray text;
    TextEncoding encoding = TextEncoding::Utf8;
    bool converted = false;
    // When the text differs from the input (terminal colour codes left out, escaped messages
    // unescaped): the maps from text offsets back to the input, each to the text before it, and
    // the input (as the scan would have read it: UTF-16 converted, other encodings as they are) for
    // line numbers. Both empty otherwise.
    std::vector<EscapeMap> inputMaps;
    QByteArray originalInput;
    bool cancelled = false;
    std::vector<SipMessage> messages;
    std::vector<Diagnostic> diagnostics; // ordered by message, then by position
    FlowAnalysis flow; // calls, transactions, dialogs; its findings are merged into diagnostics too

    int count(Severity s) const;
    // Where a text offset lies in the input as given (they differ only where colour codes were
    // left out or escapes undone).
    qsizetype inputOffset(qsizetype textOffset) const
    {
        for (auto map = inputMaps.rbegin(); map != inputMaps.rend(); ++map)
            textOffset = map->inputOffset(textOffset);
        return textOffset;
    }
    // Where a span that ends at textOffset ends in the input (before anything left out right there).
    qsizetype inputEnd(qsizetype textOffset) const
    {
        for (auto map = inputMaps.rbegin(); map != inputMaps.rend(); ++map)
            textOffset = map->inputEnd(textOffset);
        return textOffset;
    }
    // The input the user gave (UTF-16 converted): what line numbers count in.
    const QByteArray &inputText() const { return inputMaps.empty() ? text : originalInput; }
    QByteArrayView view(Span s) const { return QByteArrayView(text).sliced(s.offset, s.length); }
    QString string(Span s) const { return decodeBytes(text.constData() + s.offset, s.length, encoding); }
    // Header value with folding undone: continuation line breaks and indentation become one space.
    QString unfoldedValue(const HeaderField &h) const;
};

// How hard messages are judged (chosen in the preferences, or `inspect --strictness`).
enum class Strictness {
    StrictRfc, // the RFCs as written: every MUST an error, every SHOULD a warning
    Lenient,   // logs from real equipment: SHOULD-level deviations are notes, not warnings
    Gb28181,   // the RFCs, read as GB/T 28181 platforms use them (Chinese reason phrases, ISO Date)
};

struct InspectOptions
{
    Strictness strictness = Strictness::StrictRfc;
    const std::atomic_bool *cancel = nullptr;
    // Messages' line numbers count lines of the input as given; false: of `text` (for a view that
    // shows `text` itself, where unescaped messages take more lines than they did).
    bool linesOfInput = true;
    std::function<void(qsizetype done, qsizetype total)> progress;
};

// known: where parts of the input came from, when the reader that wrote it knew (a capture's
// text); the messages in them take that origin instead of one read from the text around them.
Inspection inspect(const QByteArray &input, const Catalog &catalog, const InspectOptions &options = {},
                   KnownOrigins known = {});

} // namespace sipref
