#pragma once

#include "checks/inspection.h"

#include <QByteArray>

namespace sipref {

// Inspects what the user opened or pasted, whatever it is: a pcap/pcapng capture is read first
// (readCapture) and its SIP messages inspected as text, the capture's own findings
// (truncated, corrupt, no SIP, ...) first among the diagnostics with message -1;
// anything else is inspected as it is. Inspection::text is the capture text then.
// Progress runs once from 0 to the total over both steps; cancel stops either.
// A capture's bytes are let go once read: pass them with std::move when nothing else needs them,
// and a busy hour's capture is not held in memory beside its text.
Inspection inspectInput(QByteArray bytes, const Catalog &catalog, const InspectOptions &options = {});

} // namespace sipref
