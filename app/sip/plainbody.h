#pragma once

#include <QByteArrayView>

namespace sipref {

// Whether [b, e) of text is lines that a body walk would pass over one by one without finding
// anything: each non-empty, beginning with a lower-case ASCII letter (as SDP's "v=", "o=", "a="
// lines do), ending in CRLF (the last one right at e), and none holding "sip/" in any case (the
// version of a start line). An empty range is such a block.
// One pass of sixteen bytes a step: the scanner takes a clean message's body in one go with it
// (scanner.cpp, MessageBuilder::parseBody).
bool isPlainBodyBlock(QByteArrayView text, qsizetype b, qsizetype e);

} // namespace sipref
