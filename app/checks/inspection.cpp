#include "checks/inspection.h"

#include "catalog/catalog.h"
#include "checks/checks.h"
#include "sip/scanner.h"

#include <algorithm>

namespace sipref {

int Inspection::count(Severity s) const
{
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [s](const Diagnostic &d) { return d.severity == s; }));
}

QString Inspection::unfoldedValue(const HeaderField &h) const
{
    const QString raw = string(h.value);
    if (!h.folded)
        return raw;
    QString out;
    out.reserve(raw.size());
    bool inBreak = false;
    for (QChar ch : raw) {
        if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
            inBreak = true;
            continue;
        }
        if (inBreak && (ch == QLatin1Char(' ') || ch == QLatin1Char('\t')))
            continue;
        if (inBreak) {
            while (out.endsWith(QLatin1Char(' ')) || out.endsWith(QLatin1Char('\t')))
                out.chop(1);
            out += QLatin1Char(' ');
            inBreak = false;
        }
        out += ch;
    }
    return out;
}

Inspection inspect(const QByteArray &input, const Catalog &catalog, const InspectOptions &options)
{
    Inspection result;
    DecodedInput decoded = prepareInput(input);
    result.text = std::move(decoded.bytes);
    result.encoding = decoded.encoding;
    result.converted = decoded.converted;

    const qsizetype total = result.text.size();
    // The scan is most of the work; checks run per message afterwards and are cheap.
    Scanner::Progress progress;
    if (options.progress)
        progress = [&](qsizetype done) { options.progress(done, total); };
    result.messages = Scanner::scan(QByteArrayView(result.text), options.cancel, progress);
    result.cancelled = options.cancel && options.cancel->load();

    if (result.messages.empty() && !result.cancelled) {
        result.diagnostics.push_back({"no-sip-message", result.encoding == TextEncoding::Binary ? "binary" : "",
                                      Severity::Error, Span{0, 0}, "", "RFC 3261 §7", {}, -1});
    }
    for (std::size_t i = 0; i < result.messages.size(); ++i) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            break;
        }
        const qsizetype before = qsizetype(result.diagnostics.size());
        checkMessage({QByteArrayView(result.text), result.messages[i], int(i), catalog, result.diagnostics});
        std::stable_sort(result.diagnostics.begin() + before, result.diagnostics.end(),
                         [](const Diagnostic &a, const Diagnostic &b) { return a.span.offset < b.span.offset; });
    }
    return result;
}

} // namespace sipref
