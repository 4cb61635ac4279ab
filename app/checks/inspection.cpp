#include "checks/inspection.h"

#include "catalog/catalog.h"
#include "checks/checks.h"
#include "flow/messagefacts.h"
#include "sip/hexdumps.h"
#include "sip/lineindex.h"
#include "sip/logorigin.h"
#include "sip/scaninput.h"
#include "sip/scanner.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace sipref {

int Inspection::count(Severity s) const
{
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [s](const Diagnostic &d) { return d.severity == s; }));
}

QString Inspection::unfoldedValue(const HeaderField &h) const
{
    if (!h.folded)
        return string(h.value());
    // In a log every continuation line carries the log prefix too; it is skipped after each line
    // break, or "Subject: a" + "<prefix>   b" unfolded to "a <prefix>   b".
    qsizetype prefix = 0;
    const auto after = std::upper_bound(messages.begin(), messages.end(), h.value().offset,
                                        [](qsizetype offset, const SipMessage &m) { return offset < m.whole.offset; });
    if (after != messages.begin()) {
        const SipMessage &m = *(after - 1);
        if (h.value().offset < m.whole.end())
            prefix = m.prefixLength;
    }
    // Unfolded as bytes, decoded once: CR, LF, SP and HTAB never occur inside a UTF-8 or GB18030
    // character.
    const QByteArrayView raw = view(h.value());
    QByteArray out;
    out.reserve(raw.size());
    qsizetype i = 0;
    while (i < raw.size()) {
        const char ch = raw[i];
        if (ch != '\r' && ch != '\n') {
            out += ch;
            ++i;
            continue;
        }
        while (i < raw.size() && (raw[i] == '\r' || raw[i] == '\n'))
            ++i;
        i = std::min(raw.size(), i + prefix);
        while (i < raw.size() && (raw[i] == ' ' || raw[i] == '\t'))
            ++i;
        while (out.endsWith(' ') || out.endsWith('\t'))
            out.chop(1);
        if (i < raw.size())
            out += ' ';
    }
    return decodeBytes(out.constData(), out.size(), encoding);
}

namespace {

// The profile applied after the checks: the rules stay as the RFCs write them, and the profile
// decides what a finding means for this kind of traffic.
void applyStrictness(std::vector<Diagnostic> &diagnostics, Strictness strictness)
{
    if (strictness == Strictness::Lenient) {
        for (Diagnostic &d : diagnostics) {
            if (d.severity == Severity::Warning)
                d.severity = Severity::Info;
        }
    } else if (strictness == Strictness::Gb28181) {
        // GB/T 28181 platforms write reason phrases in Chinese and put an ISO 8601 local time in
        // Date for device time sync: normal there, so not worth a note.
        diagnostics.erase(std::remove_if(diagnostics.begin(), diagnostics.end(),
                                         [](const Diagnostic &d) {
                                             const QByteArrayView id(d.id);
                                             return id == "reason-phrase-differs"
                                                    || (id == "invalid-date" && QByteArrayView(d.detail) == "gb28181");
                                         }),
                          diagnostics.end());
    }
}

// Both are ordered by message (-1 first), then by position; the merge keeps that order.
void mergeFlowDiagnostics(std::vector<Diagnostic> &diagnostics, const std::vector<Diagnostic> &flow)
{
    if (flow.empty())
        return;
    std::vector<Diagnostic> merged;
    merged.reserve(diagnostics.size() + flow.size());
    std::merge(diagnostics.begin(), diagnostics.end(), flow.begin(), flow.end(), std::back_inserter(merged),
               [](const Diagnostic &a, const Diagnostic &b) {
                   return a.message != b.message ? a.message < b.message : a.span.offset < b.span.offset;
               });
    diagnostics = std::move(merged);
}

} // namespace

// Hex dumps are looked for in inputs up to this size: they come from pastes and tickets.
constexpr qsizetype maxHexDumpInput = 4 * 1024 * 1024;

Inspection inspect(const QByteArray &input, const Catalog &catalog, const InspectOptions &options,
                   KnownOrigins known)
{
    Inspection result;
    // Decoded, and made readable where a log tool changed it; a capture's text stays as it is, since
    // its known origins point into it.
    ScanInput prepared = prepareScanInput(input, known.isEmpty());
    result.text = std::move(prepared.text);
    result.encoding = prepared.encoding;
    result.converted = prepared.converted;
    result.originalInput = std::move(prepared.originalInput);
    result.inputMaps = std::move(prepared.inputMaps);
    int colouredLines = prepared.colouredLines;
    int nbspLines = prepared.nbspLines;
    int escapedLines = prepared.escapedLines;
    int ngrepLines = prepared.ngrepLines;
    int hexDumpLines = prepared.hexDumpLines;

    const qsizetype total = result.text.size();
    // The scan is most of the work; checks run per message afterwards and are cheap.
    Scanner::Progress progress;
    if (options.progress)
        progress = [&](qsizetype done) { options.progress(done, total); };
    result.messages = Scanner::scan(QByteArrayView(result.text), options.cancel, progress);
    // A paste that held no message may be a hex dump of packets (a ticket's copy from Wireshark's
    // bytes pane): read again with the dumps decoded. Only then, since finding a dump's first line
    // is a walk over every line, and dumps come as pastes of their own.
    if (result.messages.empty() && known.isEmpty() && input.size() <= maxHexDumpInput
        && !(options.cancel && options.cancel->load()) && mayHoldHexDump(QByteArrayView(result.text))) {
        ScanInput decoded = prepareScanInput(input, true, true);
        if (decoded.hexDumpLines > 0) {
            result.text = std::move(decoded.text);
            result.encoding = decoded.encoding;
            result.converted = decoded.converted;
            result.originalInput = std::move(decoded.originalInput);
            result.inputMaps = std::move(decoded.inputMaps);
            colouredLines = decoded.colouredLines;
            nbspLines = decoded.nbspLines;
            escapedLines = decoded.escapedLines;
            ngrepLines = decoded.ngrepLines;
            hexDumpLines = decoded.hexDumpLines;
            result.messages = Scanner::scan(QByteArrayView(result.text), options.cancel, progress);
        }
    }
    result.cancelled = options.cancel && options.cancel->load();
    // Known origins refer to the input's bytes: not to a UTF-16 input's UTF-8 form.
    if (!known.isEmpty() && !result.converted)
        attachKnownOrigins(known, result.messages);
    else
        attachLogOrigins(QByteArrayView(result.text), result.messages);
    known = {}; // freed before the checks: a big capture has one entry per message
    // RFC 3261 §7: what a message's text is made of (and the line breaks that divide it). Said
    // when they explain how messages were read: binary junk holds "colour codes" too.
    if (result.messages.empty())
        colouredLines = nbspLines = escapedLines = ngrepLines = hexDumpLines = 0;
    if (colouredLines > 0)
        result.diagnostics.push_back({"terminal-colors", "", Severity::Info, Span{0, 0}, "", "RFC 3261 §7",
                                      {QString::number(colouredLines)}, -1});
    if (nbspLines > 0)
        result.diagnostics.push_back({"non-breaking-spaces", "", Severity::Info, Span{0, 0}, "", "RFC 3261 §25.1",
                                      {QString::number(nbspLines)}, -1});
    if (escapedLines > 0)
        result.diagnostics.push_back({"escaped-line-breaks", "", Severity::Info, Span{0, 0}, "", "RFC 3261 §7",
                                      {QString::number(escapedLines)}, -1});
    if (ngrepLines > 0)
        result.diagnostics.push_back({"ngrep-line-ends", "", Severity::Info, Span{0, 0}, "", "RFC 3261 §7",
                                      {QString::number(ngrepLines)}, -1});
    if (hexDumpLines > 0)
        result.diagnostics.push_back({"hex-dump", "", Severity::Info, Span{0, 0}, "", "RFC 3261 §7",
                                      {QString::number(hexDumpLines)}, -1});
    if (!result.inputMaps.empty() && options.linesOfInput) {
        const LineIndex lines{QByteArrayView(result.originalInput)};
        for (SipMessage &m : result.messages) {
            const qsizetype at = result.inputOffset(m.startLine.offset);
            m.lineNumber = lines.line(at);
            m.column = lines.column(at);
        }
    }

    // Said once for the input, at the first message whose lines end so.
    const auto doubled = std::find_if(result.messages.begin(), result.messages.end(),
                                      [](const SipMessage &m) { return m.doubledCr; });
    if (doubled != result.messages.end())
        result.diagnostics.push_back({"doubled-cr", "", Severity::Info, doubled->startLine, "", "RFC 3261 §7", {}, -1});

    if (result.messages.empty() && !result.cancelled) {
        result.diagnostics.push_back({"no-sip-message", result.encoding == TextEncoding::Binary ? "binary" : "",
                                      Severity::Error, Span{0, 0}, "", "RFC 3261 §7", {}, -1});
    }
    // What the flow analysis needs of each message is read right after its checks, from what they
    // parsed (the first CSeq, the top Via, the tags), not parsed a second time.
    std::vector<MessageFacts> facts;
    facts.reserve(result.messages.size());
    for (std::size_t i = 0; i < result.messages.size(); ++i) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            break;
        }
        const qsizetype before = qsizetype(result.diagnostics.size());
        const HeaderCounts counts(result.messages[i]);
        const CheckContext context{QByteArrayView(result.text), result.messages[i], int(i), catalog,
                                   result.diagnostics, counts, result.encoding};
        checkMessage(context);
        std::stable_sort(result.diagnostics.begin() + before, result.diagnostics.end(),
                         [](const Diagnostic &a, const Diagnostic &b) { return a.span.offset < b.span.offset; });
        facts.push_back(readFacts(result, i, &context.parsed));
    }
    if (!result.cancelled) {
        result.flow = analyzeFlow(result, std::move(facts));
        mergeFlowDiagnostics(result.diagnostics, result.flow.diagnostics);
    }
    applyStrictness(result.diagnostics, options.strictness);
    applyStrictness(result.flow.diagnostics, options.strictness);
    return result;
}

} // namespace sipref
