#pragma once

#include <QByteArrayView>

namespace sipref {

// Which of the bytes that the input passes (colour codes, non-breaking spaces, sipdump's rules,
// ngrep's dots, escaped messages) look for an input holds at all. Found in one pass over it: on a
// large input each pass's own search is a walk through memory, and six such walks cost more time
// than the scan of a clean input's first tenth.
struct InputMarks
{
    bool escape = false;    // ESC: terminal colour codes
    bool c2 = false;        // 0xC2: a non-breaking space in UTF-8 (or any Latin-1 letter)
    bool backslash = false; // JSON and C escapes, Docker's records
    bool hash = false;      // rsyslog's #015#012
    bool pipe = false;      // sipdump's rule of pipes
    bool loneDot = false;   // a dot right after a line feed: ngrep's byline output
    bool highBytes = false; // a byte of 0x80 or above: without one the input is ASCII, so UTF-8

    bool operator==(const InputMarks &o) const
    {
        return escape == o.escape && c2 == o.c2 && backslash == o.backslash && hash == o.hash && pipe == o.pipe
               && loneDot == o.loneDot && highBytes == o.highBytes;
    }
};

// The fastest walk this processor runs (AVX2 where it has it, SSE2 otherwise).
InputMarks findInputMarks(QByteArrayView input);

// Each walk on its own, so that tests can hold every one the machine runs to the same answers.
namespace inputmarks {
InputMarks byteByByte(QByteArrayView input);
InputMarks sse2(QByteArrayView input); // byte by byte where the build has no SSE2
bool hasAvx2();
InputMarks avx2(QByteArrayView input); // only where hasAvx2()
} // namespace inputmarks

} // namespace sipref
