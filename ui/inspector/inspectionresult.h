#pragma once

#include "checks/inspection.h"
#include "inspector/messagelistfacts.h"
#include "sip/offsetmap.h"

#include <memory>
#include <vector>

namespace sipref {

// An inspection as the GUI holds it: shared (read-only) between the highlighter and the lists,
// with the map from its byte offsets to editor positions.
struct InspectionResult
{
    Inspection inspection;
    OffsetMap positions;
    quint64 generation = 0; // which edit of the text it belongs to
    // Byte offset of every line's start, built by the worker for texts shown in the BigTextView
    // (empty for texts in the editor).
    std::vector<qsizetype> lineStarts;
    // Made by the worker too; a result made without them gets them from the list when shown.
    std::shared_ptr<const MessageListFacts> listFacts;

    // The editor position of a byte offset of the inspected text (the editor holds the input as
    // given, which differs from that text where colour codes were left out or escapes undone).
    qsizetype position(qsizetype offset) const { return positions.toPosition(inspection.inputOffset(offset)); }
    // The same for where a span ends: before a colour code or JSON left out right after it.
    qsizetype endPosition(qsizetype offset) const { return positions.toPosition(inspection.inputEnd(offset)); }
};

using InspectionResultPtr = std::shared_ptr<const InspectionResult>;

} // namespace sipref
