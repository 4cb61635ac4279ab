#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <vector>

namespace sipref {

// Where each byte of an unescaped text came from in the input: one point after every escape
// sequence or dropped stretch, the bytes between two points taken one for one.
class EscapeMap
{
public:
    bool isEmpty() const { return m_points.empty(); }
    // The input offset of a text offset (an offset inside an escape's output maps into the escape).
    qsizetype inputOffset(qsizetype textOffset) const;
    // From textOffset on, text and input advance together again from inputOffset.
    void add(qsizetype textOffset, qsizetype inputOffset);

private:
    struct Point
    {
        qsizetype text;
        qsizetype input;
    };
    std::vector<Point> m_points;
};

// SIP messages written with escaped line breaks — `INVITE sip:bob@b SIP/2.0\r\nVia: ...` on one
// line — as JSON logs, log shippers and Python's repr() store them, turned back into the lines they
// stand for. Only a line holding such a message is touched: from the quote that opens the string
// holding it to the quote that closes it, JSON and C escapes (\r \n \t \" \\ \/ \uXXXX \xNN) are
// undone, and the rest of the line after the string is left out (it is not SIP, and after the
// message it would read as part of its body). Everything else is copied as it is. A message
// escaped twice (a JSON log line inside another JSON string) comes out escaped once: the caller
// runs this again.
struct UnescapedText
{
    QByteArray text; // null when no line holds an escaped message
    EscapeMap map;
    int lines = 0;   // input lines that held escaped messages
};

UnescapedText unescapeMessages(QByteArrayView input);

} // namespace sipref
