#pragma once

#include "sip/replacedtext.h"

#include <QByteArrayView>

namespace sipref {

// Packets pasted as hex dumps, the way support tickets often carry them: Wireshark's "Copy as Hex
// Dump" ("0000   45 00 02 1c ...   E...."), tcpdump -X or -xx ("\t0x0000:  4500 021c ...  E..."),
// xxd ("00000000: 4500 021c ...") and hexdump -C ("00000000  45 00 02 1c ...  |E...|"). Each run
// of dump lines, a full one first, whose offsets follow on from line to line is read as the bytes it
// shows, one byte of text for each pair of hex digits; the offsets, the spacing and the printable
// column beside the bytes are left out. The packet's own headers come out as binary junk before
// its SIP message, which the scanner skips as it skips tcpdump -A's. Text that only looks like a
// dump (a line of numbers) is left alone: the offsets must count the bytes exactly.
ReplacedText decodeHexDumps(QByteArrayView input);

// Whether decodeHexDumps() may have work: a full dump line. A walk over every line: inspect() asks
// it only of inputs up to a few megabytes in which no message was found.
bool mayHoldHexDump(QByteArrayView input);

} // namespace sipref
