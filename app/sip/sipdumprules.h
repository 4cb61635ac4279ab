#pragma once

#include "sip/replacedtext.h"

#include <QByteArrayView>

namespace sipref {

// Kamailio's sipdump module writes twenty pipes and a line feed right after each message's bytes.
// A message whose body does not end in a line break (an INFO's "Signal=1\r\nDuration=160", a
// text MESSAGE) gets the rule on its last line, where it reads as body. There the first two pipes
// are read as CR LF: byte for byte, so the rule stands on a line of its own and the body ends
// where Content-Length says.
ReplacedText splitGluedSipdumpRules(QByteArrayView input);

} // namespace sipref
