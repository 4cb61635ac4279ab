#pragma once

#include <QtGlobal>

namespace sipref {

// A part of the input, by byte offset and length. Everything the parser finds is kept as spans
// into the one input buffer, never as copied strings.
//
// Stored as two 32-bit integers: a message keeps some forty spans (its parts and three per header
// field), and halving them is most of what keeps "everything kept" near twice the input size.
// The scanner therefore reads at most maxInput bytes of an input (Scanner::maxInput). Signed, so
// that `offset - 1` and differences stay ordinary integer arithmetic.
struct Span
{
    static constexpr qsizetype maxInput = 0x7fffffff;

    qint32 offset = 0;
    qint32 length = 0;

    constexpr Span() = default;
    constexpr Span(qsizetype begin, qsizetype size) : offset(qint32(begin)), length(qint32(size)) { }

    qsizetype end() const { return qsizetype(offset) + length; }
    bool isEmpty() const { return length == 0; }
    static Span between(qsizetype begin, qsizetype end) { return {begin, end - begin}; }
};

} // namespace sipref
