#pragma once

#include <QtGlobal>

namespace sipref {

// A part of the input, by byte offset and length. Everything the parser finds is kept as spans
// into the one input buffer, never as copied strings.
struct Span
{
    qsizetype offset = 0;
    qsizetype length = 0;

    qsizetype end() const { return offset + length; }
    bool isEmpty() const { return length == 0; }
    static Span between(qsizetype begin, qsizetype end) { return {begin, end - begin}; }
};

} // namespace sipref
