#include "sip/plainbody.h"

#include <QtAlgorithms>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sipref {

bool isPlainBodyBlock(QByteArrayView text, qsizetype b, qsizetype e)
{
    if (b >= e)
        return b == e;
    const char *const d = text.data();
    auto isLower = [](char c) { return c >= 'a' && c <= 'z'; };
    if (e - b < 3 || !isLower(d[b]) || d[e - 2] != '\r' || d[e - 1] != '\n')
        return false;
    // A '/' after "sip" (any case) could be a version's; the line walk would look closer.
    auto afterSip = [d, b](qsizetype slash) {
        return slash - 3 >= b && (d[slash - 3] | 0x20) == 's' && (d[slash - 2] | 0x20) == 'i'
               && (d[slash - 1] | 0x20) == 'p';
    };
    // The line after the LF at lf, if any, must begin with a lower-case letter (so it is not empty).
    auto nextLineFits = [d, e, &isLower](qsizetype lf) { return lf + 1 >= e || isLower(d[lf + 1]); };

    qsizetype i = b;
    // Every CR is followed by an LF and every LF preceded by a CR: the LFs sit exactly one byte
    // after the CRs. carry: the previous byte was a CR.
    unsigned carry = 0;
#if defined(__SSE2__)
    const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r'), slash = _mm_set1_epi8('/');
    for (; e - i >= 16; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const unsigned lfs = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, lf)));
        const unsigned crs = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, cr)));
        if ((((crs << 1) | carry) & 0xffffu) != lfs)
            return false;
        carry = crs >> 15;
        for (unsigned s = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, slash))); s; s &= s - 1) {
            if (afterSip(i + qCountTrailingZeroBits(s)))
                return false;
        }
        for (unsigned l = lfs; l; l &= l - 1) {
            if (!nextLineFits(i + qCountTrailingZeroBits(l)))
                return false;
        }
    }
#endif
    for (; i < e; ++i) {
        const char c = d[i];
        if (unsigned(c == '\n') != carry)
            return false;
        carry = c == '\r';
        if ((c == '/' && afterSip(i)) || (c == '\n' && !nextLineFits(i)))
            return false;
    }
    return true; // the range ends in CRLF (checked first): no CR waits for its LF
}

} // namespace sipref
