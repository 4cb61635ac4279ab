#include "sip/scanner.h"

#include "sip/headervalue.h"

#include <QtAlgorithms>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sipref {

using namespace lex;

namespace {

struct Line
{
    qsizetype begin = 0;
    qsizetype end = 0;  // excludes the line break
    qsizetype next = 0; // first byte of the following line
    qsizetype sipSlash = -1; // the '/' of the first "SIP/x.y" then space or line end, -1 when none
    qsizetype colon = -1;    // the first ':' when it is among the line's first 16 bytes, else -1
    // How the line ended, when not in CRLF (or the input's end): bits a message collects with one
    // OR per line.
    enum Break : quint8 { BareBreak = 1, DoubledCr = 2 }; // LF or CR alone (a CRLF-less log); CR CR LF
    quint8 breaks = 0;

    bool bareBreak() const { return breaks & BareBreak; }

    qsizetype breakLength() const { return next - end; }
};

// Where a start line was found inside a line, and what kind it is.
struct StartMatch
{
    qsizetype begin = -1;
    SipMessage::Kind kind = SipMessage::Kind::Request;
    bool found() const { return begin >= 0; }
};

const char *const knownMethods[] = {"REGISTER", "INVITE",  "ACK",    "BYE",  "CANCEL", "OPTIONS", "PRACK",
                                    "SUBSCRIBE", "NOTIFY", "PUBLISH", "INFO", "REFER",  "MESSAGE", "UPDATE"};

class Text
{
public:
    explicit Text(QByteArrayView t) : m_data(t.data()), m_size(t.size()) { }

    qsizetype size() const { return m_size; }
    unsigned char at(qsizetype i) const { return static_cast<unsigned char>(m_data[i]); }
    const char *data() const { return m_data; }

    Q_ALWAYS_INLINE Line lineAt(qsizetype pos) const
    {
        // One pass to the first CR or LF. Looking for the LF first and then for a CR before it
        // read to the end of the input on every line of a CR-only text: quadratic, a minute for a
        // million old-Mac lines. The same pass notes the first "SIP/x.y" (any case) followed by
        // white space or the line's end, which every start line holds, so that findStartLine()
        // passes over all other lines at once (a Via's "SIP/2.0/UDP" is not one).
        Line l;
        l.begin = pos;
        const char *p = m_data + pos;
        const char *const begin = p;
        const char *const end = m_data + m_size;
        const char *sip = nullptr;
        auto isSipSlash = [begin, end](const char *q) {
            if (q - 3 < begin || (q[-3] | 0x20) != 's' || (q[-2] | 0x20) != 'i' || (q[-1] | 0x20) != 'p')
                return false;
            const char *r = q + 1;
            const char *digits = r;
            while (r < end && isDigit(uchar(*r)))
                ++r;
            if (r == digits || r >= end || *r != '.')
                return false;
            digits = ++r;
            while (r < end && isDigit(uchar(*r)))
                ++r;
            return r > digits && (r == end || *r == ' ' || *r == '\t' || *r == '\r' || *r == '\n');
        };
        bool found = false;
#if defined(__SSE2__)
        // The colon that ends a header field's name, when the name is short (nearly all are):
        // one compare beside the search, so that a known name needs no walk byte by byte.
        uint colons = 0;
        if (end - p >= 16)
            colons = uint(_mm_movemask_epi8(
                _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p)), _mm_set1_epi8(':'))));
        // Sixteen bytes per step: lines are some forty bytes, and this is the one loop that
        // touches every byte of the input.
        const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r'), sl = _mm_set1_epi8('/');
        while (end - p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const uint breaks =
                uint(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr))));
            uint slashes = sip ? 0u : uint(_mm_movemask_epi8(_mm_cmpeq_epi8(v, sl)));
            const uint at = breaks ? qCountTrailingZeroBits(breaks) : 16u;
            if (breaks)
                slashes &= (1u << at) - 1;
            for (; slashes && !sip; slashes &= slashes - 1) {
                const char *q = p + qCountTrailingZeroBits(slashes);
                if (isSipSlash(q))
                    sip = q;
            }
            p += at;
            if (breaks) {
                found = true;
                break;
            }
        }
#endif
        if (!found) {
            while (p < end && *p != '\n' && *p != '\r') {
                if (*p == '/' && !sip && isSipSlash(p))
                    sip = p;
                ++p;
            }
        }
        l.end = p - m_data;
        l.sipSlash = sip ? sip - m_data : -1;
#if defined(__SSE2__)
        if (colons) {
            const qsizetype colon = pos + qCountTrailingZeroBits(colons);
            l.colon = colon < l.end ? colon : -1;
        }
#endif
        qsizetype counted = 1; // what breaksOf(l) gives, known here without reading l back
        if (p == end) {
            l.next = m_size;
            counted = 0;
        } else if (*p == '\r' && p + 1 < end && p[1] == '\n') {
            l.next = l.end + 2; // CRLF
        } else if (*p == '\r' && end - p >= 3 && p[1] == '\r' && p[2] == '\n') {
            // CR CR LF: CRLF text written once more in text mode on Windows (each LF became CRLF).
            // One line break, not a CR alone and then an empty line that would end the header
            // block after the start line.
            l.next = l.end + 3;
            l.breaks = Line::DoubledCr;
            counted = 2;
        } else {
            l.next = l.end + 1; // LF or CR alone (old Mac endings)
            l.breaks = Line::BareBreak;
        }
        if (pos == m_countedTo) {
            m_breaksCounted += counted;
            m_countedTo = l.next;
        }
        return l;
    }

    // The line break that ends l, as LineIndex counts them: CR CR LF is two (a CR alone, then CRLF).
    static qsizetype breaksOf(const Line &l)
    {
        return qsizetype(l.next > l.end) + ((l.breaks & Line::DoubledCr) ? 1 : 0);
    }

    // The 1-based number of line l, as LineIndex gives it. The scan reads nearly every line once,
    // in order, and lineAt() counts each as it goes; only what lies between the count and l (a
    // body that Content-Length passed over) is counted here. Counting the bytes between one
    // message and the next once more, apart from reading them, was an eighth of the scan.
    int lineNumberOf(const Line &l) const
    {
        if (l.begin >= m_countedTo) {
            m_breaksCounted += countBreaks(m_countedTo, l.begin);
            m_countedTo = l.begin;
            return int(1 + m_breaksCounted);
        }
        // Read and counted already: most often the start line itself, read where the message
        // before it ended. A line holds no break before its end.
        if (m_countedTo == l.next)
            return int(1 + m_breaksCounted - breaksOf(l));
        return int(1 + m_breaksCounted - countBreaks(l.begin, m_countedTo));
    }

    // Line breaks in [from, to) as LineIndex counts them: LF, CRLF and CR alone are one each,
    // that is every LF and CR less the CRs that an LF follows.
    qsizetype countBreaks(qsizetype from, qsizetype to) const
    {
        qsizetype n = 0;
        qsizetype i = from;
#if defined(__SSE2__)
        // Per byte lane a counter that each block raises by 0 or 1 (an LF, a CR alone; a CR with
        // its LF adds 1 and takes 1), summed up before it can overflow.
        const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r'), zero = _mm_setzero_si128();
        const qsizetype limit = std::min(to, m_size - 1); // the second load reads one byte further
        while (limit - i >= 16) {
            __m128i lanes = zero;
            const qsizetype blocks = std::min<qsizetype>((limit - i) / 16, 255);
            for (qsizetype k = 0; k < blocks; ++k, i += 16) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_data + i));
                const __m128i after = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_data + i + 1));
                const __m128i isCr = _mm_cmpeq_epi8(v, cr);
                const __m128i crlf = _mm_and_si128(isCr, _mm_cmpeq_epi8(after, lf));
                lanes = _mm_sub_epi8(lanes, _mm_or_si128(_mm_cmpeq_epi8(v, lf), isCr));
                lanes = _mm_add_epi8(lanes, crlf);
            }
            const __m128i sums = _mm_sad_epu8(lanes, zero);
            n += _mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums));
        }
#endif
        for (; i < to; ++i) {
            const char c = m_data[i];
            n += c == '\n' || (c == '\r' && (i + 1 >= m_size || m_data[i + 1] != '\n'));
        }
        return n;
    }

    bool startsWith(qsizetype b, qsizetype e, const char *s) const
    {
        const qsizetype n = qsizetype(std::strlen(s));
        return e - b >= n && std::memcmp(m_data + b, s, size_t(n)) == 0;
    }

    bool isBlank(qsizetype b, qsizetype e) const
    {
        for (qsizetype i = b; i < e; ++i) {
            if (!isSpace(at(i)))
                return false;
        }
        return true;
    }

    // "SIP/<digits>.<digits>" at i, case-insensitive; returns the end or -1.
    qsizetype versionEnd(qsizetype i, qsizetype e) const
    {
        if (e - i < 7)
            return -1;
        if ((at(i) | 0x20) != 's' || (at(i + 1) | 0x20) != 'i' || (at(i + 2) | 0x20) != 'p' || at(i + 3) != '/')
            return -1;
        qsizetype j = i + 4;
        const qsizetype major = j;
        while (j < e && isDigit(at(j)))
            ++j;
        if (j == major || j >= e || at(j) != '.')
            return -1;
        const qsizetype minor = ++j;
        while (j < e && isDigit(at(j)))
            ++j;
        return j == minor ? -1 : j;
    }

    // A start line in [b, e), a part of line l (the whole line, or what follows a log prefix).
    StartMatch findStartLine(const Line &l, qsizetype b, qsizetype e) const
    {
        // Both forms hold "SIP/x.y" and white space or the end after it, within [b, e): a line
        // without one is no start line (nearly all header and body lines). The last answer is kept: the line that ends one message is
        // asked again when the next message is built from it.
        if (l.sipSlash < 0 || l.sipSlash >= e)
            return {};
        if (b == m_lastB && e == m_lastE)
            return m_lastMatch;
        m_lastB = b;
        m_lastE = e;
        // Slashes before the first such "SIP/" cannot begin a Status-Line; when that one starts
        // before b (in a log prefix), the search starts from b.
        m_lastMatch = findStartLineFrom(b, e, l.sipSlash - 3 >= b ? l.sipSlash : b);
        return m_lastMatch;
    }

private:
    // firstSlash: no '/' in [b, firstSlash) can begin a version.
    StartMatch findStartLineFrom(qsizetype b, qsizetype e, qsizetype firstSlash) const
    {
        StartMatch m;
        while (e > b && isSpace(at(e - 1)))
            --e;
        if (e - b < 9 || firstSlash >= e)
            return m;
        // Response: "SIP/2.0 " then a digit, anywhere in the line (junk may come first).
        for (const char *slash = static_cast<const char *>(std::memchr(m_data + firstSlash, '/', size_t(e - firstSlash))); slash;
             slash = static_cast<const char *>(std::memchr(slash + 1, '/', size_t(e - (slash + 1 - m_data))))) {
            const qsizetype s = slash - m_data - 3;
            if (s < b)
                continue;
            const qsizetype v = versionEnd(s, e);
            if (v < 0 || v >= e || !isSpace(at(v)))
                continue;
            qsizetype d = v;
            while (d < e && isSpace(at(d)))
                ++d;
            if (d < e && isDigit(at(d))) {
                m.begin = s;
                m.kind = SipMessage::Kind::Response;
                return m;
            }
        }
        // Request: the line ends in " SIP/x.y".
        qsizetype v = e - 1;
        while (v > b && (isDigit(at(v)) || at(v) == '.'))
            --v;
        if (v - 3 <= b || at(v) != '/')
            return m;
        const qsizetype versionStart = v - 3;
        if (versionEnd(versionStart, e) != e || !isSpace(at(versionStart - 1)))
            return m;
        m.begin = requestStart(b, versionStart);
        m.kind = SipMessage::Kind::Request;
        return m;
    }

    // The colon after a URI scheme at b (RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ),
    // ASCII whatever the C locale says of other bytes), or -1.
    static qsizetype schemeColon(const Text &t, qsizetype b, qsizetype e)
    {
        if (b >= e || !isLetter(t.at(b)))
            return -1;
        for (qsizetype i = b; i < e; ++i) {
            const unsigned char c = t.at(i);
            if (c == ':')
                return i > b ? i : -1;
            if (!isLetter(c) && !isDigit(c) && c != '+' && c != '-' && c != '.')
                return -1;
        }
        return -1;
    }

    // A URI's scheme and something after its colon: "recv:" in "DEBUG recv: OPTIONS sip:b@c
    // SIP/2.0" is a log's label, not the Request-URI (which made DEBUG the method).
    static bool isSchemeToken(const Text &t, qsizetype b, qsizetype e)
    {
        const qsizetype colon = schemeColon(t, b, e);
        return colon >= 0 && colon + 1 < e && !isSpace(t.at(colon + 1));
    }

    // Where "METHOD SP Request-URI" begins in [b, versionStart), or -1. A clean line starts with the
    // method; after junk (tcpdump -A, a log tag) the method is the upper-case word before the URI.
    qsizetype requestStart(qsizetype b, qsizetype versionStart) const
    {
        struct Tok
        {
            qsizetype b, e;
        };
        // Nearly every request line is clean: a method at b, one space, the Request-URI. Only
        // when it is not are all the words of the line looked at.
        {
            qsizetype i = b;
            while (i < versionStart && isTokenChar(at(i)))
                ++i;
            // "INVITE sip: SIP/2.0" is a known method with a broken URI, still a request line.
            if (i > b && i < versionStart && at(i) == ' ' && i + 1 < versionStart && at(i + 1) != '<'
                && (isSchemeToken(*this, i + 1, versionStart)
                    || (schemeColon(*this, i + 1, versionStart) >= 0 && isKnownMethod(b, i))))
                return knownMethodAfterJunk(b, i);
        }
        Tok toks[64];
        int n = 0;
        for (qsizetype i = b; i < versionStart && n < 64;) {
            while (i < versionStart && isSpace(at(i)))
                ++i;
            if (i >= versionStart)
                break;
            const qsizetype s = i;
            while (i < versionStart && !isSpace(at(i)))
                ++i;
            toks[n++] = {s, i};
        }
        // A Request-URI wrongly put in "<" ">" is still a Request-URI: found, so that the checks
        // report malformed-start-line angle-brackets instead of "no SIP message".
        auto isUri = [this](const Tok &tok) {
            return isSchemeToken(*this, tok.b + (at(tok.b) == '<' ? 1 : 0), tok.e);
        };
        if (n < 2) {
            // "INVITE SIP/2.0" at the start of a line: a known method whose Request-URI is missing,
            // reported as malformed-start-line missing-parts rather than not found at all.
            if (n == 1 && toks[0].b == b && isKnownMethod(toks[0].b, toks[0].e))
                return toks[0].b;
            return -1;
        }
        bool firstIsToken = true;
        for (qsizetype i = toks[0].b; i < toks[0].e; ++i)
            firstIsToken = firstIsToken && isTokenChar(at(i));
        if (firstIsToken && isUri(toks[1]))
            return knownMethodAfterJunk(toks[0].b, toks[0].e);
        for (int j = 1; j < n; ++j) {
            if (!isUri(toks[j]))
                continue;
            qsizetype s = toks[j - 1].e;
            while (s > toks[j - 1].b && at(s - 1) >= 'A' && at(s - 1) <= 'Z')
                --s;
            const qsizetype len = toks[j - 1].e - s;
            if (len < 3)
                continue;
            // Trim a stray capital that junk left glued to a known method ("QINVITE"). The longest
            // known method wins and a run that is a method is kept whole: taking the first match
            // cut "PRACK" after a log prefix down to "ACK", and the message was lost.
            if (!isKnownMethod(s, toks[j - 1].e)) {
                qsizetype best = 0;
                for (const char *method : knownMethods) {
                    const qsizetype ml = qsizetype(std::strlen(method));
                    if (len > ml && ml > best && std::memcmp(m_data + toks[j - 1].e - ml, method, size_t(ml)) == 0)
                        best = ml;
                }
                if (best > 0)
                    s = toks[j - 1].e - best;
            }
            return s;
        }
        // "INVITE: sip:bob@example.com SIP/2.0": a method with stray characters, alone at the start
        // of the line. Taken whole so that malformed-start-line invalid-method can report it (junk
        // glued before a method, as tcpdump -A prints it, was matched above by its capitals).
        if (n == 2 && toks[0].b == b && toks[0].e - toks[0].b >= 3 && isUri(toks[1])) {
            bool plausible = true;
            for (qsizetype i = toks[0].b; i < toks[0].e && plausible; ++i)
                plausible = i < toks[0].b + 3 ? (at(i) >= 'A' && at(i) <= 'Z') : (at(i) > 0x20 && at(i) < 0x7f);
            if (plausible)
                return toks[0].b;
        }
        return -1;
    }

    // Where the method of the token [b, e) begins: at b, unless the token ends in a known method
    // after a character that is no letter. Dots and dashes are token characters, and
    // tcpdump -A prints a packet's header bytes as dots glued to the method (".......J.....INVITE"),
    // a log's rule of dashes can run into it. An extension method is kept whole (RFC 4475 §3.1.1.2).
    qsizetype knownMethodAfterJunk(qsizetype b, qsizetype e) const
    {
        // Asked of every request line: a token of letters alone, as nearly all are, needs no look.
        qsizetype p = e;
        while (p > b && isLetter(at(p - 1)))
            --p;
        return p > b && p < e && isKnownMethod(p, e) ? p : b;
    }

    bool isKnownMethod(qsizetype b, qsizetype e) const
    {
        for (const char *method : knownMethods) {
            if (qsizetype(std::strlen(method)) == e - b && std::memcmp(m_data + b, method, size_t(e - b)) == 0)
                return true;
        }
        return false;
    }

    const char *m_data;
    qsizetype m_size;
    mutable qsizetype m_lastB = -1, m_lastE = -1;
    mutable StartMatch m_lastMatch;
    // Line breaks in [0, m_countedTo), as countBreaks() counts them.
    mutable qsizetype m_countedTo = 0, m_breaksCounted = 0;
};

// Wrapper lines that log formats put around messages: Asterisk "<--- ... --->" and
// "<------------->", pjsua "--end msg--", sofia-sip and sngrep dashed rules.
inline bool isBoundaryMarker(const Text &t, qsizetype b, qsizetype e)
{
    while (b < e && isSpace(t.at(b)))
        ++b;
    if (b == e)
        return false;
    // Asked of every line: the first character rules out nearly all of them.
    const unsigned char first = t.at(b);
    if (first == '<')
        return e - b >= 4 && t.startsWith(b, e, "<---");
    if (first != '-' && first != '=')
        return false;
    if (t.startsWith(b, e, "--end msg--"))
        return true;
    if (e - b >= 10) {
        qsizetype dashes = 0;
        for (qsizetype i = b; i < e && (t.at(i) == '-' || t.at(i) == '='); ++i)
            ++dashes;
        if (dashes >= 10)
            return true;
    }
    return false;
}

bool isMonth(const Text &t, qsizetype b, qsizetype e)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (e - b < 5 || !isSpace(t.at(b + 3)))
        return false;
    for (const char *m : months) {
        if (std::memcmp(t.data() + b, m, 3) == 0)
            return true;
    }
    return false;
}

// The line the capture reader (app/capture) and ngrep put before each packet's payload:
// "U 2026-11-21 15:06:41.123456 10.0.0.1:5060 -> 10.0.0.2:5060", T for TCP. What follows it is
// another packet: no message's body reaches past it.
bool isPacketHeader(const Text &t, qsizetype b, qsizetype e)
{
    if (e - b < 8 || (t.at(b) != 'U' && t.at(b) != 'T') || t.at(b + 1) != ' ')
        return false;
    // A date or an IPv4 address, ngrep -T's "+0.012000", an IPv6 address.
    const unsigned char c = t.at(b + 2);
    if (!isDigit(c) && c != '+' && !(c >= 'a' && c <= 'f') && !(c >= 'A' && c <= 'F'))
        return false;
    for (const char *p = t.data() + b + 2, *end = t.data() + e; // after "U ", so p[-1] is in the line
         (p = static_cast<const char *>(std::memchr(p, '-', std::size_t(end - p)))) && end - p >= 3; ++p) {
        if (p[-1] == ' ' && p[1] == '>' && p[2] == ' ')
            return true;
    }
    return false;
}

// A line that a log or a file format writes right after a message:
// - the time AudioCodes' syslog puts on the line after each message, " [Time:23-11@17:36:21.354]"
//   (it starts with a space, so it is no bracketed log stamp to looksLikeLogLine());
// and, once the body holds what Content-Length declares, or without one (`pastDeclared`: before
// that, an XML, JSON or text body may have such lines of its own):
// - the end of an XML CDATA section, "]]>", when a log keeps each message in one;
// - what follows a string that held the message in JSON, CSV or a program's printout, once its
//   escaped line breaks are undone: the closing quote ("\"," "'"), the next key of pretty-printed
//   JSON ("  \"time\": ..."), or a line of its brackets ("},").
// They were read as body bytes: content-length-mismatch on every message of such a log. Asked only
// of body lines that are not SDP, and out of line: in the scan's loops, more code cost them their
// inlining.
enum class AfterMessage { No, Marker, Structure };

[[gnu::noinline]] AfterMessage lineAfterMessage(const Text &t, qsizetype b, qsizetype e, bool pastDeclared)
{
    const qsizetype lineBegin = b;
    while (b < e && isSpace(t.at(b)))
        ++b;
    if (b == e)
        return AfterMessage::No;
    const unsigned char first = t.at(b);
    if (first == '[' && b > lineBegin && t.startsWith(b, e, "[Time:"))
        return AfterMessage::Marker;
    if (!pastDeclared) // an XML body may close a CDATA section of its own
        return AfterMessage::No;
    if (first == ']' && t.startsWith(b, e, "]]>"))
        return AfterMessage::Marker;
    if (first == '"' || first == '\'') {
        qsizetype i = b + 1;
        // The next key of a JSON object: "name":
        if (first == '"') {
            qsizetype q = i;
            while (q < e && t.at(q) != '"' && t.at(q) != '\\' && q - i < 64)
                ++q;
            if (q > i && q < e && t.at(q) == '"') {
                qsizetype c = q + 1;
                while (c < e && isSpace(t.at(c)))
                    ++c;
                if (c < e && t.at(c) == ':')
                    return AfterMessage::Structure;
            }
        }
        while (i < e && isSpace(t.at(i)))
            ++i;
        const bool closes = i == e || t.at(i) == ',' || t.at(i) == '}' || t.at(i) == ']' || t.at(i) == ')' || t.at(i) == ';';
        return closes ? AfterMessage::Structure : AfterMessage::No;
    }
    for (qsizetype i = b; i < e; ++i) {
        const unsigned char c = t.at(i);
        if (c != '{' && c != '}' && c != '[' && c != ']' && c != ',' && !isSpace(c))
            return AfterMessage::No;
    }
    return AfterMessage::Structure;
}

// Whether the message's Content-Type names a JSON body, whose own lines look like the structure
// lineAfterMessage() stops at.
bool hasJsonBody(const Text &t, const SipMessage &m)
{
    const HeaderField *type = m.first(HeaderId::ContentType);
    if (!type)
        return false;
    const Span v = type->value();
    for (qsizetype i = v.offset; i + 4 <= v.end(); ++i) {
        if ((t.at(i) | 0x20) == 'j' && (t.at(i + 1) | 0x20) == 's' && (t.at(i + 2) | 0x20) == 'o' && (t.at(i + 3) | 0x20) == 'n')
            return true;
    }
    return false;
}

// A line a logger wrote rather than part of a message: it starts with a date or a time, a
// bracketed stamp, a syslog month, ngrep's hash marks, the rule of pipes Kamailio's sipdump
// writes after each message, or the rule of stars before each row `mysql ... \G` prints.
inline bool looksLikeLogLine(const Text &t, qsizetype b, qsizetype e)
{
    if (b >= e)
        return false;
    const unsigned char c = t.at(b);
    if (c == '[' || c == '#' || (c == '|' && t.startsWith(b, e, "||||||||||"))
        || (c == '*' && t.startsWith(b, e, "*****")))
        return true;
    // ngrep and the capture text (app/capture): "U 2026-11-21 15:06:41.123456 a -> b", T for TCP.
    if ((c == 'U' || c == 'T')
        && ((e - b > 3 && t.at(b + 1) == ' ' && isDigit(t.at(b + 2))) || isPacketHeader(t, b, e)))
        return true;
    if (isDigit(c)) {
        qsizetype i = b;
        while (i < e && i - b < 5 && isDigit(t.at(i)))
            ++i;
        return i < e && i > b && (t.at(i) == '-' || t.at(i) == '/' || t.at(i) == ':' || t.at(i) == '.')
               && i + 1 < e && isDigit(t.at(i + 1));
    }
    return isMonth(t, b, e);
}

// ngrep without -q prints a line of hash marks, one per packet seen, before each packet it shows:
// whether [b, e) is such a line and the packet's header line follows it.
bool packetHeaderAfterHashMarks(const Text &t, qsizetype b, qsizetype e, qsizetype next)
{
    if (b >= e || next < 0 || next >= t.size())
        return false;
    for (qsizetype i = b; i < e; ++i) {
        if (t.at(i) != '#')
            return false;
    }
    const Line l = t.lineAt(next);
    return isPacketHeader(t, l.begin, l.end);
}

// "name WS* :" — returns the colon position or -1, and where the name ends.
inline qsizetype headerColon(const Text &t, qsizetype b, qsizetype e, qsizetype *nameEnd = nullptr)
{
    qsizetype i = b;
    while (i < e && isTokenChar(t.at(i)))
        ++i;
    if (i == b)
        return -1;
    if (nameEnd)
        *nameEnd = i;
    while (i < e && isSpace(t.at(i)))
        ++i;
    return i < e && t.at(i) == ':' ? i : -1;
}

// Log prefixes repeat in shape, not in content: timestamps and counters change, so digits
// compare equal to digits.
bool sameShape(const Text &t, qsizetype a, qsizetype b, qsizetype length)
{
    // Asked of every line of a prefixed log; most lines repeat the prefix byte for byte.
    if (std::memcmp(t.data() + a, t.data() + b, size_t(length)) == 0)
        return true;
    for (qsizetype i = 0; i < length; ++i) {
        const unsigned char x = t.at(a + i);
        const unsigned char y = t.at(b + i);
        if (x == y || (isDigit(x) && isDigit(y)))
            continue;
        return false;
    }
    return true;
}

class MessageBuilder
{
public:
    MessageBuilder(const Text &text, std::vector<SipMessage> &out) : t(text), messages(out) { }

    // Scans from the line holding a start line; returns where scanning resumes.
    qsizetype build(const Line &first, const StartMatch &match, int lineNumber);

private:
    struct Content
    {
        bool ok = false; // the line belongs to this message (prefix present or none expected)
        qsizetype b = 0, e = 0;
    };

    Content content(const Line &l) const
    {
        if (prefixLength == 0)
            return {true, l.begin, l.end};
        if (t.isBlank(l.begin, l.end))
            return {true, l.end, l.end};
        if (l.end - l.begin >= prefixLength && sameShape(t, prefixBegin, l.begin, prefixLength))
            return {true, l.begin + prefixLength, l.end};
        return {};
    }

    bool endsMessage(const Line &l, const Content &c) const
    {
        return !c.ok || t.findStartLine(l, c.b, c.e).found() || isBoundaryMarker(t, c.b, c.e);
    }

    bool endsBodyAsWrapper(const SipMessage &m, const Content &c, bool pastDeclared) const
    {
        if (c.b == c.e)
            return false;
        const AfterMessage after = lineAfterMessage(t, c.b, c.e, pastDeclared);
        return after == AfterMessage::Marker || (after == AfterMessage::Structure && !hasJsonBody(t, m));
    }

    void parseStartLine(SipMessage &m, qsizetype b, qsizetype e) const;
    inline void headerField(qsizetype b, qsizetype e, qsizetype nameEnd, qsizetype colon);
    inline void headerField(qsizetype b, qsizetype e, qsizetype nameEnd, qsizetype colon, HeaderId id);
    inline HeaderId knownNameBefore(const Line &l, qsizetype *nameEnd) const;
    void continuationLine(qsizetype b, qsizetype e);
    bool isTsharkTree(const Line &first, const StartMatch &match) const;
    qsizetype buildTshark(SipMessage &m, const Line &first);
    bool isSkypeRecord(const Line &first, const StartMatch &match) const;
    qsizetype buildSkypeRecord(SipMessage &m, const Line &first);
    bool endsSkypeRecord(const Line &l) const;
    void parseBody(SipMessage &m, qsizetype bodyStart, qsizetype *resume);
    void keepFields(SipMessage &m);

    const Text &t;
    std::vector<SipMessage> &messages;
    qsizetype prefixBegin = 0;
    qsizetype prefixLength = 0;
    // Header fields and bad lines are collected here and copied into the message at their exact
    // number (a message keeps them in a CompactArray).
    std::vector<HeaderField> fields;
    std::vector<BadHeaderLine> badLines;
    // The field that continuation lines extend, while they come: its value as the continuation
    // lines make it, before the field is stored.
    Span lastLine, lastValue;
    // Where in `fields` the first Content-Length is, -1 without one: parseBody() reads it, and
    // finding it among the fields again was a walk over nearly all of them (it comes last).
    qsizetype firstContentLength = -1;
};

void MessageBuilder::keepFields(SipMessage &m)
{
    m.headers.assign(fields.data(), fields.data() + fields.size());
    m.badLines.assign(badLines.data(), badLines.data() + badLines.size());
    fields.clear();
    badLines.clear();
}

void MessageBuilder::parseStartLine(SipMessage &m, qsizetype b, qsizetype e) const
{
    // Split on single spaces the way the grammar does, but tolerate runs of whitespace so that
    // a malformed line still yields its parts; the checks judge the spacing.
    auto skipSpace = [&](qsizetype i) {
        while (i < e && isSpace(t.at(i)))
            ++i;
        return i;
    };
    auto word = [&](qsizetype i) {
        while (i < e && !isSpace(t.at(i)))
            ++i;
        return i;
    };
    if (m.isResponse()) {
        qsizetype i = word(b);
        m.version = Span::between(b, i);
        i = skipSpace(i);
        const qsizetype codeEnd = word(i);
        m.statusCode = Span::between(i, codeEnd);
        m.code = -1;
        if (codeEnd - i == 3 && isDigit(t.at(i)) && isDigit(t.at(i + 1)) && isDigit(t.at(i + 2)))
            m.code = (t.at(i) - '0') * 100 + (t.at(i + 1) - '0') * 10 + (t.at(i + 2) - '0');
        qsizetype r = codeEnd < e ? codeEnd + 1 : codeEnd;
        m.reason = Span::between(r, e);
        return;
    }
    qsizetype i = word(b);
    m.method = Span::between(b, i);
    // The version is the last word; everything between method and version is the URI.
    qsizetype v = e;
    while (v > i && isSpace(t.at(v - 1)))
        --v;
    qsizetype vb = v;
    while (vb > i && !isSpace(t.at(vb - 1)))
        --vb;
    m.version = Span::between(vb, v);
    qsizetype ub = skipSpace(i);
    qsizetype ue = vb;
    while (ue > ub && isSpace(t.at(ue - 1)))
        --ue;
    m.requestUri = Span::between(ub, std::max(ub, ue));
}

// Appends the field to `fields`, filled in place: a HeaderField put together on the stack and
// then copied was read back as a whole before its parts were stored, a stall on every field.
void MessageBuilder::headerField(qsizetype b, qsizetype e, qsizetype ne, qsizetype colon)
{
    headerField(b, e, ne, colon, headerIdFromName(QByteArrayView(t.data() + b, ne - b)));
}

// A line that starts with a known header field's name, then white space or none, then the colon
// lineAt() saw among its first bytes: the name's id, and where it ends. A known name is a token, so
// headerColon() would find the same name and colon. Unknown otherwise, and the line is read the
// general way.
HeaderId MessageBuilder::knownNameBefore(const Line &l, qsizetype *nameEnd) const
{
    if (l.colon < 0)
        return HeaderId::Unknown;
    qsizetype ne = l.colon;
    while (ne > l.begin && isSpace(t.at(ne - 1)))
        --ne;
    *nameEnd = ne;
    return headerIdFromName(QByteArrayView(t.data() + l.begin, ne - l.begin));
}

void MessageBuilder::headerField(qsizetype b, qsizetype e, qsizetype ne, qsizetype colon, HeaderId id)
{
    if (id == HeaderId::ContentLength && firstContentLength < 0)
        firstContentLength = qsizetype(fields.size());
    HeaderField &h = fields.emplace_back();
    h.wsBeforeColon = ne != colon;
    h.id = id;
    qsizetype vb = colon + 1;
    while (vb < e && isSpace(t.at(vb)))
        ++vb;
    qsizetype ve = e;
    while (ve > vb && isSpace(t.at(ve - 1)))
        --ve;
    lastLine = Span::between(b, e);
    lastValue = Span::between(vb, ve);
    h.setSpans(lastLine, ne - b, lastValue);
}

// A line that begins with white space: it continues the last header field (RFC 3261 §7.3.1), or is
// a bad line before the first. Out of line: folded lines are rare, and inlined in the two loops that
// meet them it cost the scan 1.5 % more instructions.
Q_NEVER_INLINE void MessageBuilder::continuationLine(qsizetype b, qsizetype e)
{
    if (fields.empty()) {
        badLines.push_back({Span::between(b, e), false});
        return;
    }
    HeaderField &last = fields.back();
    last.folded = true;
    qsizetype vb = b;
    while (vb < e && isSpace(t.at(vb)))
        ++vb;
    qsizetype ve = e;
    while (ve > vb && isSpace(t.at(ve - 1)))
        --ve;
    if (ve > vb)
        lastValue = Span::between(lastValue.isEmpty() ? vb : lastValue.offset, ve);
    lastLine = Span::between(lastLine.offset, e);
    last.setSpans(lastLine, last.name().length, lastValue);
}

// `tshark -V` prints a message as a tree: "    Request-Line: INVITE ...", then under
// "    Message Header" each header field indented by 8 spaces with tshark's own decoding of it
// indented deeper, then "    Message Body" decoded (not as text). Only the 8-space lines are SIP.
bool MessageBuilder::isTsharkTree(const Line &first, const StartMatch &match) const
{
    qsizetype e = match.begin;
    while (e > first.begin && isSpace(t.at(e - 1)))
        --e;
    for (const char *label : {"Request-Line:", "Status-Line:"}) {
        const qsizetype n = qsizetype(std::strlen(label));
        if (e - first.begin >= n && std::memcmp(t.data() + e - n, label, size_t(n)) == 0)
            return true;
    }
    return false;
}

qsizetype MessageBuilder::buildTshark(SipMessage &m, const Line &first)
{
    qsizetype pos = first.next;
    qsizetype end = first.end;
    bool inHeader = false;
    while (pos < t.size()) {
        const Line l = t.lineAt(pos);
        qsizetype indent = 0;
        while (l.begin + indent < l.end && t.at(l.begin + indent) == ' ')
            ++indent;
        if (l.begin + indent == l.end || indent < 4)
            break; // a blank line or the next frame
        const qsizetype b = l.begin + indent;
        if (indent == 4) {
            inHeader = t.startsWith(b, l.end, "Message Header");
            m.bodyNotShown = m.bodyNotShown || t.startsWith(b, l.end, "Message Body");
        } else if (inHeader && indent == 8) {
            qsizetype nameEnd = 0;
            const qsizetype colon = headerColon(t, b, l.end, &nameEnd);
            if (colon >= 0 && nameEnd - b <= HeaderField::maxNameLength)
                headerField(b, l.end, nameEnd, colon);
            else
                badLines.push_back({Span::between(b, l.end), false});
        }
        end = l.end;
        pos = l.next;
    }
    keepFields(m);
    m.headerBlockEnded = true;
    m.body = {end, 0};
    m.whole = Span::between(m.startLine.offset, end);
    return pos;
}

// Skype for Business and Lync server logs (the CLS logger, Snooper) write each message as a record:
// "Start-Line: " before the start line, the header fields, "Message-Body: " with the body's first
// line after it (an en dash when there is none), the body's other lines, then "$$end_record".
bool MessageBuilder::isSkypeRecord(const Line &first, const StartMatch &match) const
{
    return match.begin - first.begin == 12 && t.startsWith(first.begin, match.begin, "Start-Line: ");
}

// Read apart from the general loop, which so asks nothing more of every line of other input.
qsizetype MessageBuilder::buildSkypeRecord(SipMessage &m, const Line &first)
{
    quint8 breaks = first.breaks;
    qsizetype end = first.end;
    qsizetype pos = first.next;
    qsizetype bodyStart = -1;
    while (pos < t.size()) {
        const Line l = t.lineAt(pos);
        if (endsSkypeRecord(l))
            break; // a record without a body line, or one cut short
        qsizetype nameEnd = 0;
        const qsizetype colon = headerColon(t, l.begin, l.end, &nameEnd);
        breaks |= l.breaks;
        end = l.end;
        pos = l.next;
        if (colon >= 0 && nameEnd - l.begin == 12 && t.startsWith(l.begin, nameEnd, "Message-Body")) {
            const QByteArrayView first = value::trimmed(QByteArrayView(t.data() + colon + 1, l.end - colon - 1));
            const bool none = first.isEmpty() || first == "\xe2\x80\x93";
            bodyStart = none ? l.next : first.data() - t.data();
            break;
        }
        if (l.begin < l.end && isSpace(t.at(l.begin)))
            continuationLine(l.begin, l.end);
        else if (colon >= 0 && nameEnd - l.begin <= HeaderField::maxNameLength)
            headerField(l.begin, l.end, nameEnd, colon);
        else
            badLines.push_back({Span::between(l.begin, l.end), !fields.empty()});
    }
    keepFields(m);
    m.headerBlockEnded = bodyStart >= 0;
    m.body = {end, 0};
    if (bodyStart >= 0) {
        // The body's lines up to "$$end_record", each as on the wire with a CRLF; the last one's
        // CRLF left out when Content-Length says the body ended without one.
        qsizetype wire = 0;
        qsizetype lastEnd = bodyStart;
        qsizetype afterLast = bodyStart;
        pos = bodyStart;
        while (pos < t.size()) {
            const Line l = t.lineAt(pos);
            if (endsSkypeRecord(l))
                break; // a body that is a start line itself (message/sipfrag) goes on
            wire += (l.end - l.begin) + 2;
            breaks |= l.breaks;
            lastEnd = l.end;
            afterLast = l.next;
            pos = l.next;
        }
        quint64 declared = 0;
        const HeaderField *cl = m.first(HeaderId::ContentLength);
        const bool noFinalBreak = cl && wire >= 2
                                  && value::parseNumber(QByteArrayView(t.data() + cl->value().offset, cl->value().length),
                                                        &declared) == value::NumberStatus::Ok
                                  && declared == quint64(wire - 2);
        m.body = Span::between(bodyStart, noFinalBreak ? lastEnd : afterLast);
        m.bodyWireLength = noFinalBreak ? wire - 2 : wire;
        end = std::max(end, lastEnd);
    }
    m.bareLineEnds = breaks & Line::BareBreak;
    m.doubledCr = breaks & Line::DoubledCr;
    m.whole = Span::between(m.startLine.offset, std::max({end, m.body.end(), m.startLine.end()}));
    return pos;
}

// "$$end_record", or the next record's first line or start line: a record cut short ends there.
bool MessageBuilder::endsSkypeRecord(const Line &l) const
{
    const QByteArrayView line(t.data() + l.begin, l.end - l.begin);
    return line.startsWith("$$end_record") || line.startsWith("Start-Line: ") || line.contains("$$begin_record");
}

qsizetype MessageBuilder::build(const Line &first, const StartMatch &match, int lineNumber)
{
    // Built in place at the end of the list, for the same reason as the header fields; taken
    // back when the start line turns out to be only log text.
    SipMessage &m = messages.emplace_back();
    m.kind = match.kind;
    m.lineNumber = lineNumber;
    // The column counts from the start of the line in the input, which is not where scanning
    // resumed when Content-Length ended the previous body inside a line ("...lunch?SIP/2.0 200 OK").
    qsizetype lineStart = first.begin;
    while (lineStart > 0 && t.at(lineStart - 1) != '\n' && t.at(lineStart - 1) != '\r')
        --lineStart;
    m.column = int(match.begin - lineStart) + 1;
    m.startLine = Span::between(match.begin, first.end);
    m.bareLineEnds = first.bareBreak();
    m.doubledCr = first.breaks & Line::DoubledCr;
    parseStartLine(m, match.begin, first.end);
    if (isTsharkTree(first, match))
        return buildTshark(m, first);
    if (isSkypeRecord(first, match))
        return buildSkypeRecord(m, first);

    qsizetype pos = first.next;
    prefixBegin = first.begin;
    prefixLength = 0;
    if (match.begin > first.begin && pos < t.size()) {
        // Text before the start line: a log prefix when the next line repeats it, junk otherwise.
        const Line next = t.lineAt(pos);
        const qsizetype p = match.begin - first.begin;
        // Indentation counts as a prefix too when the next line has the same indentation and then
        // a header field (sofia-sip/FreeSWITCH indents every message line by three spaces);
        // without this every header of such a message was reported as a bad line.
        const bool blankPrefix = t.isBlank(first.begin, match.begin);
        if (next.end - next.begin > p && sameShape(t, first.begin, next.begin, p)
            && (!blankPrefix || headerColon(t, next.begin + p, next.end) >= 0)) {
            prefixLength = p;
            m.prefixStripped = true;
            m.prefixLength = qint32(p);
        } else if (!t.isBlank(first.begin, match.begin)) {
            // A start line after junk must be followed by a header field, or it was only log text
            // that quoted a start line ("sent SIP/2.0 200 OK to ...").
            // A timestamp ("15:06:42 call answered") reads as a header named "15": it is the next
            // log line, not a header field.
            const Content c = content(next);
            if (headerColon(t, c.b, c.e) < 0 || looksLikeLogLine(t, c.b, c.e)) {
                messages.pop_back();
                return first.next;
            }
        }
    }

    fields.clear();
    badLines.clear();
    firstContentLength = -1;
    quint8 breaks = first.breaks; // how the lines ended, put in the message after the loop
    qsizetype colon = -1;
    qsizetype end = first.end;
    while (pos < t.size()) {
        const Line l = t.lineAt(pos);
        const Content c = content(l);
        if (c.ok && c.b == c.e) { // the empty line that ends the header block
            m.headerBlockEnded = true;
            pos = l.next;
            break;
        }
        if (endsMessage(l, c))
            break;
        qsizetype knownEnd = 0;
        HeaderId known = HeaderId::Unknown;
        if (isSpace(t.at(c.b))) {
            continuationLine(c.b, c.e);
        } else if (prefixLength == 0 && (known = knownNameBefore(l, &knownEnd)) != HeaderId::Unknown) {
            headerField(c.b, c.e, knownEnd, l.colon, known);
        } else if (qsizetype nameEnd = 0; (colon = headerColon(t, c.b, c.e, &nameEnd)) >= 0
                                          && nameEnd - c.b <= HeaderField::maxNameLength) {
            headerField(c.b, c.e, nameEnd, colon);
        } else if (prefixLength == 0 && looksLikeLogLine(t, c.b, c.e)) {
            break;
        } else {
            // Also a "name" of more than 64 KiB before a colon: no header field has one.
            badLines.push_back({Span::between(c.b, c.e), !fields.empty()});
        }
        breaks |= l.breaks;
        end = l.end;
        pos = l.next;
    }
    m.bareLineEnds = breaks & Line::BareBreak;
    m.doubledCr = breaks & Line::DoubledCr;
    keepFields(m);

    qsizetype resume = pos;
    if (m.headerBlockEnded) {
        parseBody(m, pos, &resume);
        end = m.body.isEmpty() ? end : m.body.end();
    } else {
        m.body = {end, 0};
    }
    m.whole = Span::between(match.begin, std::max(end, m.startLine.end()));
    return resume;
}

void MessageBuilder::parseBody(SipMessage &m, qsizetype bodyStart, qsizetype *resume)
{
    // The natural extent of the body: every line up to the next boundary, trailing blank lines
    // left out. Content-Length is then compared with it as raw bytes and as wire bytes.
    qsizetype pos = bodyStart;
    qsizetype naturalEnd = bodyStart;    // after the last non-blank line's break
    qsizetype naturalEndNoBreak = bodyStart;
    qsizetype wire = 0, wireAtEnd = 0, wireAtEndNoBreak = 0;
    qsizetype lastLineBreak = bodyStart;

    // Content-Length, when it is a plain number, decides the body of a clean message.
    qsizetype declared = -1;
    if (firstContentLength >= 0) {
        const HeaderField *cl = &m.headers[std::size_t(firstContentLength)];
        const Span value = cl->value();
        qsizetype v = 0;
        bool ok = value.length > 0 && value.length <= 12;
        for (qsizetype i = value.offset; ok && i < value.end(); ++i) {
            ok = isDigit(t.at(i));
            v = v * 10 + (t.at(i) - '0');
        }
        declared = ok ? v : -1;
    }
    // In a log (prefixed or LF-only lines) the following log lines often share the message's
    // prefix or lack a timestamp, so "up to the next boundary" swallowed them as body (a 200 with
    // Content-Length: 0 followed by "... I Linphone: other text" got a body). Stop where the
    // lines seen so far add up to Content-Length, counted as on the wire or as they are.
    const bool cutAtLength = declared >= 0 && (prefixLength != 0 || m.bareLineEnds);
    qsizetype asIs = 0; // content bytes plus one per line break
    // A body that is itself a start line with header fields (message/sipfrag in the NOTIFY after a
    // REFER) would end at once in the loop below and come out as a message of its own. A clean
    // message trusts Content-Length as bytes further down; in a log, accept such a body when its
    // lines add up to Content-Length before anything else begins.
    if (cutAtLength && declared > 0 && bodyStart < t.size()) {
        const Line headLine = t.lineAt(bodyStart);
        const Content head = content(headLine);
        if (head.ok && t.findStartLine(headLine, head.b, head.e).found()) {
            qsizetype p = bodyStart, w = 0, a = 0;
            int n = 0;
            while (p < t.size()) {
                const Line l = t.lineAt(p);
                const Content c = content(l);
                if (n > 0 && endsMessage(l, c))
                    break;
                w += (c.e - c.b) + 2;
                a += (c.e - c.b) + 1;
                ++n;
                p = l.next;
                if (!t.isBlank(c.b, c.e) && (declared == w || declared == w - 2 || declared == a || declared == a - 1)) {
                    m.body = Span::between(bodyStart, l.next);
                    m.bodyWireLength = w;
                    m.bareLineEnds = m.bareLineEnds || l.bareBreak();
                    m.doubledCr = m.doubledCr || (l.breaks & Line::DoubledCr);
                    *resume = l.next;
                    return;
                }
                if (a - 1 > declared)
                    break;
            }
        }
    }
    bool nextMessageFollows = false; // the body ended where another start line begins
    Content stop;                    // the line the body ended at, if any
    qsizetype afterStop = -1;        // the line after it
    while (pos < t.size() && !(cutAtLength && declared == 0)) {
        const Line l = t.lineAt(pos);
        const Content c = content(l);
        // Most body lines are SDP ("a=rtpmap:0 PCMU/8000"): a lower-case letter first and no
        // "SIP/x.y" is neither a start line, a wrapper's marker nor a log line.
        const bool sdpLike = c.ok && c.b < c.e && l.sipSlash < 0 && t.at(c.b) >= 'a' && t.at(c.b) <= 'z';
        if (!sdpLike
            && (endsMessage(l, c) || (prefixLength == 0 && looksLikeLogLine(t, c.b, c.e) && !isSpace(t.at(c.b)))
                || endsBodyAsWrapper(m, c, declared < 0 || wire >= declared))) {
            nextMessageFollows = c.ok && t.findStartLine(l, c.b, c.e).found();
            stop = c;
            afterStop = l.next;
            break;
        }
        // Body bytes of this line: content plus, as on the wire, a CRLF.
        wire += (c.e - c.b) + 2;
        const bool blank = !sdpLike && t.isBlank(c.b, c.e);
        if (!blank) {
            naturalEnd = l.next;
            naturalEndNoBreak = l.end;
            wireAtEnd = wire;
            wireAtEndNoBreak = wire - 2;
            lastLineBreak = l.next;
            m.bareLineEnds = m.bareLineEnds || l.bareBreak();
            m.doubledCr = m.doubledCr || (l.breaks & Line::DoubledCr);
        }
        asIs += (c.e - c.b) + 1;
        pos = l.next;
        if (cutAtLength && !blank
            && (declared == wire || declared == wire - 2 || declared == asIs || declared == asIs - 1))
            break;
    }
    Q_UNUSED(lastLineBreak);

    // A Content-Length that reaches into the next message is wrong, not the message: trusting it
    // would swallow that message's start line (a stream of messages pasted back to back).
    // Where it lands on a boundary (the end, an empty line, or a start line such as the next
    // message's, or a message/sipfrag body's end), it is right.
    // A datagram's message ends with the datagram: a Content-Length past the next packet's header
    // line is wrong (RFC 3261 §18.3), however the bytes after it look.
    bool overreaches = declared >= 0 && bodyStart + declared > pos && stop.ok && prefixLength == 0
                       && (isPacketHeader(t, stop.b, stop.e) || packetHeaderAfterHashMarks(t, stop.b, stop.e, afterStop));
    if (nextMessageFollows && declared >= 0 && bodyStart + declared > pos && bodyStart + declared < t.size()) {
        const Line after = t.lineAt(bodyStart + declared);
        overreaches = !t.isBlank(after.begin, after.end) && !t.findStartLine(after, after.begin, after.end).found();
    }
    if (declared >= 0 && prefixLength == 0 && !m.bareLineEnds && bodyStart + declared <= t.size() && !overreaches) {
        const qsizetype clEnd = bodyStart + declared;
        // Accept it when only white space lies between its end and the natural end.
        if (clEnd >= naturalEndNoBreak || t.isBlank(clEnd, naturalEndNoBreak)) {
            bool onlySpace = true;
            for (qsizetype i = clEnd; i < naturalEnd && onlySpace; ++i) {
                const unsigned char ch = t.at(i);
                onlySpace = isSpace(ch) || ch == '\r' || ch == '\n';
            }
            if (onlySpace || clEnd >= naturalEnd) {
                m.body = Span::between(bodyStart, clEnd);
                m.bodyWireLength = declared;
                // Resume right after the body: the next message may follow at once.
                *resume = clEnd > naturalEnd ? clEnd : naturalEnd;
                if (clEnd > naturalEnd) {
                    // Content-Length reached past the natural end (binary body with a boundary-like
                    // line inside): trust it, and restart at the first line after it.
                    *resume = clEnd;
                }
                return;
            }
        }
    }
    m.body = Span::between(bodyStart, naturalEnd);
    m.bodyWireLength = wireAtEnd;
    // The other plausible wire length — without the final line break — is checked by the rules.
    Q_UNUSED(wireAtEndNoBreak);
    *resume = naturalEnd > bodyStart ? naturalEnd : bodyStart;
}

} // namespace

std::vector<SipMessage> Scanner::scan(QByteArrayView input, const std::atomic_bool *cancel, const Progress &progress)
{
    std::vector<SipMessage> messages;
    const Text t(input.first(std::min(input.size(), maxInput)));
    // Room for a message every 160 bytes, a little more than the densest real traffic: reserved
    // address space costs nothing until used, while growing by doubling held the old and the new
    // array at once, a quarter of the peak memory of a big input.
    messages.reserve(std::size_t(t.size() / 160 + 16));
    MessageBuilder builder(t, messages);
    qsizetype pos = 0;
    unsigned tick = 0;
    while (pos < t.size()) {
        if ((++tick & 0xfff) == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                break;
            if (progress)
                progress(pos);
        }
        const Line l = t.lineAt(pos);
        const StartMatch match = t.findStartLine(l, l.begin, l.end);
        if (!match.found()) {
            pos = l.next;
            continue;
        }
        const qsizetype resume = builder.build(l, match, t.lineNumberOf(l));
        pos = resume > pos ? resume : l.next;
    }
    if (progress)
        progress(t.size());
    return messages;
}

} // namespace sipref
