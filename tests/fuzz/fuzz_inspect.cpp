// libFuzzer target over the whole inspection path: decoding, scanning, every check, the finding
// sentences in both languages, the JSON output, and what the CLI prints of it (the text report and
// each call's ladder); inputs that begin like a pcap/pcapng file go through the capture reader
// first (seeds loopback.pcap, cooked.pcapng, layers.pcap).
// Build and run: scripts/fuzz.sh [SECONDS].
#include "capture/inputinspection.h"
#include "catalog/catalog.h"
#include "checks/diagnostictexts.h"
#include "checks/inspection.h"
#include "cli/inspectcommand.h"
#include "cli/inspectionjson.h"
#include "flow/asciiladder.h"
#include "flow/flow.h"

#include <QJsonDocument>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const sipref::Catalog catalog;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const sipref::Inspection result = sipref::inspectInput(input, catalog);
    for (const sipref::SipMessage &m : result.messages) {
        // Every span must lie inside the text the spans refer to.
        if (m.whole.offset < 0 || m.whole.end() > result.text.size() || m.body.end() > result.text.size())
            __builtin_trap();
        for (const sipref::HeaderField &h : m.headers) {
            if (h.line().end() > result.text.size())
                __builtin_trap();
            (void)result.unfoldedValue(h);
        }
    }
    for (const sipref::Diagnostic &d : result.diagnostics) {
        if (d.span.offset < 0 || d.span.end() > result.text.size())
            __builtin_trap();
        (void)sipref::diagnosticMessage(d, sipref::Language::Chinese);
    }
    (void)QJsonDocument(sipref::inspectionToJson(result, QStringLiteral("fuzz"), sipref::Language::English)).toJson();
    // Each call's ladder as `sipref flow` draws it, in Chinese (wide characters in the columns).
    std::size_t drawn = 0;
    for (const sipref::Call &call : result.flow.calls) {
        if (++drawn > 16)
            break;
        const sipref::Ladder ladder = sipref::buildLadder(result, result.flow, call.messages);
        (void)sipref::asciiLadder(ladder, result, sipref::Language::Chinese);
    }
    // The text report of `sipref inspect`, in Chinese (the JSON above is in English).
    (void)sipref::cli::textReport(result, QStringLiteral("fuzz"), sipref::Language::Chinese);
    return 0;
}
