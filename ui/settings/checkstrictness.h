#pragma once

#include <QString>

namespace sipref {

// How hard the inspector judges a message, as the preferences store it; the InspectorView hands
// it to the core as sipref::Strictness (app/checks/inspection.h).
enum class CheckStrictness {
    StrictRfc, // the RFCs as written: every MUST an error, every SHOULD a warning
    Lenient,   // what real equipment gets away with: SHOULD-level findings become notes
    Gb28181,   // the GB/T 28181 video-platform profile on top of the RFCs
};

QString strictnessId(CheckStrictness strictness); // "strict", "lenient", "gb28181"
// Unknown ids give the default, StrictRfc.
CheckStrictness parseStrictness(const QString &id);

} // namespace sipref
