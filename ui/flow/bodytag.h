#pragma once

#include <QString>

namespace sipref {

struct Inspection;
struct SipMessage;

// A short tag for what a message carries, from its Content-Type: "SDP" for application/sdp,
// "MANSCDP+XML" for a GB/T 28181 control body, "MULTIPART"; "BODY" when the type is not given.
QString bodyTag(const Inspection &inspection, const SipMessage &message);

} // namespace sipref
