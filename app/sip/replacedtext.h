#pragma once

#include "sip/escapedmessages.h"

#include <QByteArray>
#include <QByteArrayView>
#include <cstring>

namespace sipref {

// An input with some stretches replaced (colour codes left out, non-breaking spaces made spaces),
// and the map from the new text's offsets back to the input's.
struct ReplacedText
{
    QByteArray text; // null when nothing was replaced
    EscapeMap map;
    int lines = 0;   // input lines with a replacement
};

// The line of d (size bytes) that starts at b, without its line break (LF, or CRLF of a text saved
// again with CRLF line ends); *next is where the next line starts. For the passes' line walks.
inline QByteArrayView inputLineAt(const char *d, qsizetype b, qsizetype size, qsizetype *next)
{
    const char *nl = static_cast<const char *>(std::memchr(d + b, '\n', std::size_t(size - b)));
    qsizetype e = nl ? nl - d : size;
    *next = nl ? e + 1 : size;
    if (e > b && d[e - 1] == '\r')
        --e;
    return QByteArrayView(d + b, e - b);
}

// Builds a ReplacedText from left to right: replace() each stretch in input order, then take().
class TextReplacer
{
public:
    explicit TextReplacer(QByteArrayView input) : m_input(input) { }

    // [from, to) of the input becomes `with`, no longer than it (from at or after the end of the
    // previous stretch): offsets only shrink, so the map never goes back.
    void replace(qsizetype from, qsizetype to, QByteArrayView with);
    ReplacedText take();

private:
    QByteArrayView m_input;
    ReplacedText m_result;
    qsizetype m_copied = 0;          // input bytes up to here are in the text or replaced
    qsizetype m_countedLineEnd = -1; // the end of the last line counted in lines
};

} // namespace sipref
