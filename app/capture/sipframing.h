#pragma once

// Internal to the capture reader: is this payload SIP, and where does a SIP message in a byte
// stream end (RFC 3261 §18.3). SIP is recognised by its start line, never by port.
#include <QByteArrayView>

namespace sipref::capture {

// The number of CR and LF bytes at the start (keep-alives before a message, RFC 5626 §4.4.1).
qsizetype leadingLineBreaks(QByteArrayView data);

// A UDP payload that only keeps a NAT binding open: CR, LF, NUL or white space only.
bool isKeepAlive(QByteArrayView payload);

enum class StartLine {
    Yes,      // a request line "METHOD SP uri SP SIP/2.0" or a status line "SIP/2.0 SP 3DIGIT"
    No,       // not SIP
    NeedMore, // what is there could still become one: the line is not complete yet
};

// Judges the line at the start of `data` (no leading line breaks).
StartLine sipStartLine(QByteArrayView data);

// Offset of the next line in data, after `from`, that begins a SIP start line; -1 if none.
// before: only lines that begin before it count (the line itself is read whole). cutShort: also
// take a line that may still become one when more data comes (it runs to the end of data), and
// say so.
qsizetype findStartLine(QByteArrayView data, qsizetype from, qsizetype before = -1, bool *cutShort = nullptr);

// The length of the SIP message at the start of `data`: its header block up to the empty line,
// then Content-Length (or "l") bytes of body, 0 when it has none or an unreadable one. -1 while
// the header block has not ended yet. `bodyMissing` tells how many body bytes data still lacks.
struct MessageExtent
{
    qsizetype headerLength = -1; // through the empty line; -1 when not complete
    qsizetype contentLength = 0;
    qsizetype length() const { return headerLength < 0 ? -1 : headerLength + contentLength; }
};
MessageExtent messageExtent(QByteArrayView data);

} // namespace sipref::capture
