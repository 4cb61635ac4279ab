#pragma once

#include "sip/replacedtext.h"

#include <QByteArrayView>

namespace sipref {

// ngrep's `-W byline` output (`ngrep -d any -W byline port 5060`, in support tickets and forums
// as often as any capture) prints every byte that is neither printable nor a line feed as a dot:
// each line of a SIP message ends in "." (its CR), and the empty line before the body is a lone
// ".". The request line then ends in "SIP/2.0." and is no request line, "Content-Length: 0." is
// no number. In the payload after each of ngrep's packet lines ("U 10.0.0.1:5060 -> 10.0.0.2:5060",
// T for TCP) whose first line is a start line ending in a dot, the dot that ends each line is read
// as the CR it stands for: one byte for one, so Content-Length still counts right. Dots that stood
// for tabs or for the bytes of non-ASCII text cannot be told from real ones and stay dots.
ReplacedText restoreNgrepLineEnds(QByteArrayView input);

} // namespace sipref
