#include "capture/inputinspection.h"

#include "capture/capturefile.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace sipref {

Inspection inspectInput(QByteArray bytes, const Catalog &catalog, const InspectOptions &options)
{
    if (!looksLikeCapture(bytes))
        return inspect(bytes, catalog, options);

    // Reading the capture is the first half of the progress, inspecting its text the second.
    const qint64 size = std::max<qint64>(1, bytes.size());
    CaptureProgress readProgress;
    if (options.progress)
        readProgress = [&](qint64 done, qint64 total) {
            options.progress(qsizetype(total > 0 ? done * size / total : 0), qsizetype(2 * size));
        };
    CaptureText capture = readCapture(std::move(bytes), options.cancel, readProgress); // freed inside

    InspectOptions textOptions = options;
    if (options.progress)
        textOptions.progress = [&](qsizetype done, qsizetype total) {
            options.progress(qsizetype(size + (total > 0 ? qint64(done) * size / total : size)), qsizetype(2 * size));
        };
    Inspection result = inspect(capture.text, catalog, textOptions, std::move(capture.origins));
    result.cancelled = result.cancelled || capture.cancelled;

    // The capture's findings say why there is no SIP better than the generic "no SIP message".
    if (capture.sipMessages == 0) {
        result.diagnostics.erase(std::remove_if(result.diagnostics.begin(), result.diagnostics.end(),
                                                [](const Diagnostic &d) {
                                                    return std::strcmp(d.id, "no-sip-message") == 0;
                                                }),
                                 result.diagnostics.end());
    }
    result.diagnostics.insert(result.diagnostics.begin(), std::make_move_iterator(capture.problems.begin()),
                              std::make_move_iterator(capture.problems.end()));
    if (options.progress && !result.cancelled)
        options.progress(qsizetype(2 * size), qsizetype(2 * size));
    return result;
}

} // namespace sipref
