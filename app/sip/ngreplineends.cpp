#include "sip/ngreplineends.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sipref {

namespace {

// Whether a line holds a lone dot ("\n.\n", or "\n.\r\n" saved again with CRLF): the empty line
// between a message's header fields and its body, as byline output prints it. 64 bytes at a time:
// a dot right after a line feed is rare in anything else. inspect() runs this pass only where
// findInputMarks() saw a dot after a line feed; this test is the stricter one (the dot alone on its
// line), which keeps text with such dots but no byline output from the line-by-line walk below.
bool hasLoneDotLine(const char *d, qsizetype size)
{
    auto loneDotAt = [&](qsizetype i) { // d[i] is a dot after a line feed
        return i + 1 < size && (d[i + 1] == '\n' || (d[i + 1] == '\r' && i + 2 < size && d[i + 2] == '\n'));
    };
    qsizetype i = 1;
#if defined(__SSE2__)
    const __m128i dot = _mm_set1_epi8('.');
    const __m128i lf = _mm_set1_epi8('\n');
    auto dotsAfterLf = [&](qsizetype at) { // bytes at..at+15 that are a dot after a line feed
        const __m128i here = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + at));
        const __m128i before = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + at - 1));
        return _mm_and_si128(_mm_cmpeq_epi8(here, dot), _mm_cmpeq_epi8(before, lf));
    };
    for (; i + 64 <= size; i += 64) {
        // Four blocks tested at once: on text without such a dot, one branch per 64 bytes.
        const __m128i any = _mm_or_si128(_mm_or_si128(dotsAfterLf(i), dotsAfterLf(i + 16)),
                                         _mm_or_si128(dotsAfterLf(i + 32), dotsAfterLf(i + 48)));
        if (_mm_movemask_epi8(any) == 0)
            continue;
        for (qsizetype block = i; block < i + 64; block += 16) {
            for (unsigned mask = unsigned(_mm_movemask_epi8(dotsAfterLf(block))); mask; mask &= mask - 1) {
                if (loneDotAt(block + qsizetype(__builtin_ctz(mask))))
                    return true;
            }
        }
    }
#endif
    for (; i < size; ++i) {
        if (d[i] == '.' && d[i - 1] == '\n' && loneDotAt(i))
            return true;
    }
    return false;
}

// ngrep's line before each packet: "U 10.0.0.1:5060 -> 10.0.0.2:5060", with -t a time after the
// letter, with TCP flags and a packet number after the addresses.
bool isPacketLine(QByteArrayView line)
{
    return line.size() > 8 && (line[0] == 'U' || line[0] == 'T') && line[1] == ' ' && line.contains(" -> ");
}

bool isDottedStartLine(QByteArrayView line)
{
    return line.endsWith('.') && (line.startsWith("SIP/") || line.endsWith(" SIP/2.0."));
}

} // namespace

ReplacedText restoreNgrepLineEnds(QByteArrayView input)
{
    TextReplacer replacer(input);
    const char *d = input.data();
    const qsizetype size = input.size();
    // Without a lone dot there is nothing to restore: one pass over the input finds that.
    if (!hasLoneDotLine(d, size))
        return replacer.take();
    bool inPayload = false;
    bool restoring = false;
    for (qsizetype b = 0, next = 0; b < size; b = next) {
        const QByteArrayView line = inputLineAt(d, b, size, &next);
        if (isPacketLine(line)) {
            inPayload = true;
            restoring = false;
            // The payload's first line decides: a start line in byline form.
            qsizetype after = next;
            if (after < size)
                restoring = isDottedStartLine(inputLineAt(d, after, size, &after));
            continue;
        }
        if (line.isEmpty()) {
            inPayload = restoring = false; // ngrep ends each payload with an empty line
            continue;
        }
        if (inPayload && restoring && line.endsWith('.')) {
            const qsizetype dot = b + line.size() - 1;
            replacer.replace(dot, dot + 1, "\r");
        }
    }
    return replacer.take();
}

} // namespace sipref
