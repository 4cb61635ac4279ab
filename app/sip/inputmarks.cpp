#include "sip/inputmarks.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sipref {

InputMarks findInputMarks(QByteArrayView input)
{
    InputMarks marks;
    const char *d = input.data();
    const qsizetype size = input.size();
    qsizetype i = 0;
    auto mark = [&](char c, char before) {
        marks.escape = marks.escape || c == '\x1b';
        marks.c2 = marks.c2 || c == '\xc2';
        marks.backslash = marks.backslash || c == '\\';
        marks.hash = marks.hash || c == '#';
        marks.pipe = marks.pipe || c == '|';
        marks.loneDot = marks.loneDot || (c == '.' && before == '\n');
    };
    if (size > 0)
        mark(d[0], 0);
    i = 1;
#if defined(__SSE2__)
    // Sixteen bytes a step, each byte looked for kept in a register of its own; one pass.
    __m128i escape = _mm_setzero_si128(), c2 = escape, backslash = escape, hash = escape, pipe = escape,
            loneDot = escape;
    const __m128i escapeByte = _mm_set1_epi8('\x1b'), c2Byte = _mm_set1_epi8('\xc2'),
                  backslashByte = _mm_set1_epi8('\\'), hashByte = _mm_set1_epi8('#'), pipeByte = _mm_set1_epi8('|'),
                  dotByte = _mm_set1_epi8('.'), lfByte = _mm_set1_epi8('\n');
    for (; i + 16 <= size; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const __m128i before = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i - 1));
        escape = _mm_or_si128(escape, _mm_cmpeq_epi8(v, escapeByte));
        c2 = _mm_or_si128(c2, _mm_cmpeq_epi8(v, c2Byte));
        backslash = _mm_or_si128(backslash, _mm_cmpeq_epi8(v, backslashByte));
        hash = _mm_or_si128(hash, _mm_cmpeq_epi8(v, hashByte));
        pipe = _mm_or_si128(pipe, _mm_cmpeq_epi8(v, pipeByte));
        loneDot = _mm_or_si128(loneDot, _mm_and_si128(_mm_cmpeq_epi8(v, dotByte), _mm_cmpeq_epi8(before, lfByte)));
    }
    marks.escape = marks.escape || _mm_movemask_epi8(escape) != 0;
    marks.c2 = marks.c2 || _mm_movemask_epi8(c2) != 0;
    marks.backslash = marks.backslash || _mm_movemask_epi8(backslash) != 0;
    marks.hash = marks.hash || _mm_movemask_epi8(hash) != 0;
    marks.pipe = marks.pipe || _mm_movemask_epi8(pipe) != 0;
    marks.loneDot = marks.loneDot || _mm_movemask_epi8(loneDot) != 0;
#endif
    for (; i < size; ++i)
        mark(d[i], d[i - 1]);
    return marks;
}

} // namespace sipref
