#pragma once

namespace sipref {

// The ISUP/Q.850 cause a gateway puts in its REL for a SIP final response, RFC 3398 §8.2.6.1;
// 0 where the RFC gives none (487, and 488/606 which it leaves to the Warning header).
int q850CauseForSipCode(int code);

} // namespace sipref
