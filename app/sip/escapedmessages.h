#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <vector>

namespace sipref {

// Where each byte of a text made from an input (escapes undone, colour codes left out, ...) came
// from: one point after every replaced or dropped stretch, the bytes between two points taken one
// for one. 32-bit, as spans are: the passes that make such texts read at most Span::maxInput bytes.
class EscapeMap
{
public:
    bool isEmpty() const { return m_points.empty(); }
    // The input offset of a text offset, for where a span starts (an offset inside an escape's
    // output maps into the escape).
    qsizetype inputOffset(qsizetype textOffset) const;
    // The input offset for where a span ending at textOffset ends: before a stretch dropped right
    // there (a colour code after a start line is not part of it).
    qsizetype inputEnd(qsizetype textOffset) const;
    // From textOffset on, text and input advance together again from inputOffset; `dropped` input
    // bytes just before inputOffset gave no text at all.
    void add(qsizetype textOffset, qsizetype inputOffset, qsizetype dropped = 0);

private:
    struct Point
    {
        qint32 text;
        qint32 input;
        qint32 dropped;
    };
    const Point *pointAtOrBefore(qsizetype textOffset) const;
    std::vector<Point> m_points;
};

// SIP messages written with escaped line breaks — `INVITE sip:bob@b SIP/2.0\r\nVia: ...` on one
// line — as JSON logs, log shippers and Python's repr() store them, turned back into the lines they
// stand for; or as rsyslog writes control characters, `SIP/2.0#015#012Via: ...` (then the whole
// line is decoded, its #ooo escapes of control characters undone). Only a line holding such a message is touched: from the quote that opens the string
// holding it to the quote that closes it, JSON and C escapes (\r \n \t \" \\ \/ \uXXXX \xNN) are
// undone, and the rest of the line after the string is left out (it is not SIP, and after the
// message it would read as part of its body). Everything else is copied as it is. A message
// escaped twice (a JSON log line inside another JSON string) comes out escaped once: the caller
// runs this again. Docker's json-file logs, which hold one record per printed line
// (`{"log":"Via: ...\r\n","stream":"stdout","time":"..."}`), are joined into the lines printed.
// \uXXXX becomes UTF-8: in a GB18030 or Windows-1252 input such characters show as garbled text
// (JSON itself is UTF-8, so such inputs rarely hold them).
struct UnescapedText
{
    QByteArray text; // null when no line holds an escaped message
    EscapeMap map;
    int lines = 0;   // input lines that held escaped messages
};

UnescapedText unescapeMessages(QByteArrayView input);

} // namespace sipref
