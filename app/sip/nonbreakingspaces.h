#pragma once

#include "sip/replacedtext.h"

#include <QByteArrayView>

namespace sipref {

// Non-breaking spaces (U+00A0, in UTF-8 C2 A0) read as plain spaces. Text copied out of a web
// page, a word processor or an HTML e-mail often has them where the message had spaces; SIP allows
// only SP and HTAB, so "CSeq: 101 INVITE" with one after the colon was an invalid CSeq, and a start
// line with them was no start line at all. For UTF-8 input only (the byte pair means something else
// in GB18030).
ReplacedText replaceNonBreakingSpaces(QByteArrayView input);

} // namespace sipref
