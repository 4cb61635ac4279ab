#include "sip/headervalue.h"

#include "sip/scanner.h"

#include <QtAlgorithms>
#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sipref::value {

using lex::isDigit;
using lex::isSpace;

QByteArrayView trimmed(QByteArrayView v)
{
    qsizetype b = 0, e = v.size();
    while (b < e && (isSpace(uchar(v[b])) || v[b] == '\r' || v[b] == '\n'))
        ++b;
    while (e > b && (isSpace(uchar(v[e - 1])) || v[e - 1] == '\r' || v[e - 1] == '\n'))
        --e;
    return v.sliced(b, e - b);
}

NumberStatus parseNumber(QByteArrayView v, quint64 *out)
{
    if (v.isEmpty())
        return NumberStatus::NotANumber;
    // One pass: a value of more than 19 digits wraps around here, but is then too large anyway (and
    // any byte that is no digit makes it no number first, as the grammar reads it).
    quint64 n = 0;
    for (char c : v) {
        if (!isDigit(uchar(c)))
            return NumberStatus::NotANumber;
        n = n * 10 + quint64(c - '0');
    }
    if (v.size() > 19)
        return NumberStatus::TooLarge;
    *out = n;
    return NumberStatus::Ok;
}

CSeq parseCSeq(QByteArrayView v)
{
    CSeq c;
    v = trimmed(v);
    qsizetype i = 0;
    while (i < v.size() && !isSpace(uchar(v[i])) && v[i] != '\r' && v[i] != '\n')
        ++i;
    c.numberStatus = parseNumber(v.first(i), &c.number);
    qsizetype j = i;
    while (j < v.size() && (isSpace(uchar(v[j])) || v[j] == '\r' || v[j] == '\n'))
        ++j;
    c.method = v.sliced(j);
    bool methodIsToken = !c.method.isEmpty();
    for (char ch : c.method)
        methodIsToken = methodIsToken && lex::isTokenChar(uchar(ch));
    c.wellFormed = c.numberStatus != NumberStatus::NotANumber && j > i && methodIsToken;
    return c;
}

bool ListReader::next(QByteArrayView *item)
{
    // Each part starts outside quotes and brackets: a comma separates only there.
    const char *const data = m_v.data();
    const qsizetype size = m_v.size();
    while (m_pos <= size) {
        const qsizetype start = m_pos;
        bool quoted = false;
        int angle = 0;
        qsizetype i = start;
        // Without a comma in the rest, the rest is one part, whatever quotes it holds: most
        // values are a single part.
        if (start >= size || !std::memchr(data + start, ',', size_t(size - start)))
            i = size;
        for (; i < size; ++i) {
            const char c = data[i];
            if (quoted) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    quoted = false;
            } else if (c == '"') {
                quoted = true;
            } else if (c == '<') {
                ++angle;
            } else if (c == '>' && angle > 0) {
                --angle;
            } else if (c == ',' && angle == 0) {
                break;
            }
        }
        const qsizetype end = std::min(i, size);
        m_pos = end + 1;
        const QByteArrayView part = trimmed(m_v.sliced(start, end - start));
        if (!part.isEmpty()) {
            *item = part;
            return true;
        }
    }
    return false;
}

std::vector<QByteArrayView> splitList(QByteArrayView v)
{
    std::vector<QByteArrayView> out;
    ListReader items(v);
    for (QByteArrayView one; items.next(&one);)
        out.push_back(one);
    return out;
}

QByteArrayView firstListItem(QByteArrayView v)
{
    QByteArrayView one;
    ListReader(v).next(&one);
    return one;
}

int countListItems(QByteArrayView v)
{
    int n = 0;
    ListReader items(v);
    for (QByteArrayView one; items.next(&one);)
        ++n;
    return n;
}

namespace {

// QByteArrayView::indexOf(char) goes through Qt's general substring search; memchr is what a
// single byte needs, and these run on every address and Via value.
qsizetype indexOf(QByteArrayView v, char c, qsizetype from = 0)
{
    if (from >= v.size())
        return -1;
    const void *hit = std::memchr(v.data() + from, c, size_t(v.size() - from));
    return hit ? static_cast<const char *>(hit) - v.data() : -1;
}

// Where the header parameters of an address value start: after the ">" of a name-addr, or at
// the first ";" of a bare addr-spec (whose own URI parameters cannot exist, RFC 3261 §20.10).
qsizetype paramsStart(QByteArrayView v)
{
    // A '<' with neither a quote nor a ';' before it decides (most values: "<sip:...>;tag=x",
    // or a plain display name first): no need to walk the value byte by byte.
    const qsizetype angle = indexOf(v, '<');
    if (angle >= 0) {
        bool plain = true;
        for (qsizetype i = 0; i < angle && plain; ++i)
            plain = v[i] != '"' && v[i] != ';';
        if (plain) {
            const qsizetype close = indexOf(v, '>', angle);
            return close < 0 ? v.size() : close + 1;
        }
    }
    bool quoted = false;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (quoted) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == '<') {
            const qsizetype close = indexOf(v, '>', i);
            return close < 0 ? v.size() : close + 1;
        } else if (c == ';') {
            return i;
        }
    }
    return v.size();
}

bool isLinearSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// One parameter [b, e) of a ";" list, read the general way: key and value trimmed of white space,
// the key compared with `name` case-insensitively. Sets *found when the key is `name`.
QByteArrayView readParam(const char *data, qsizetype b, qsizetype e, QByteArrayView name, bool *found)
{
    qsizetype eq = -1;
    for (qsizetype k = b; k < e && eq < 0; ++k)
        eq = data[k] == '=' ? k : -1;
    while (b < e && isLinearSpace(data[b]))
        ++b;
    while (e > b && isLinearSpace(data[e - 1]))
        --e;
    qsizetype keyEnd = eq >= 0 ? eq : e;
    while (keyEnd > b && isLinearSpace(data[keyEnd - 1]))
        --keyEnd;
    *found = false;
    if (keyEnd - b != name.size())
        return {};
    for (qsizetype j = 0; j < name.size(); ++j) {
        if ((data[b + j] | 0x20) != (name[j] | 0x20))
            return {};
    }
    *found = true;
    if (eq < 0)
        return QByteArrayView("", 0);
    qsizetype vb = eq + 1;
    while (vb < e && isLinearSpace(data[vb]))
        ++vb;
    return QByteArrayView(data + vb, e - vb);
}

// The parameter `name` among the ";" parameters of v from `from` on: key and value trimmed, the
// key compared case-insensitively. Asked for every tag and branch of every message: a parameter
// written the usual way (";tag=x", no white space before its key) is decided from its first
// bytes, and the next one found by memchr; only white space where the key is sends a parameter
// through readParam().
QByteArrayView findParam(QByteArrayView v, qsizetype from, QByteArrayView name)
{
    const char *const data = v.data();
    const qsizetype size = v.size();
    const qsizetype n = name.size();
    for (qsizetype semi = indexOf(v, ';', from); semi >= 0;) {
        const qsizetype b = semi + 1;
        const qsizetype next = indexOf(v, ';', b);
        const qsizetype e = next >= 0 ? next : size; // the parameter is [b, e)
        if (b < e && !isLinearSpace(data[b])) {
            // The key starts at b: it is `name` only if its first n bytes are.
            bool same = e - b >= n;
            for (qsizetype j = 0; j < n && same; ++j)
                same = (data[b + j] | 0x20) == (name[j] | 0x20);
            if (same && (b + n == e || data[b + n] == '=')) {
                if (b + n == e)
                    return QByteArrayView("", 0);
                qsizetype vb = b + n + 1, ve = e; // trimmed from the end first, as readParam() does
                while (ve > vb && isLinearSpace(data[ve - 1]))
                    --ve;
                while (vb < ve && isLinearSpace(data[vb]))
                    ++vb;
                return QByteArrayView(data + vb, ve - vb);
            }
            // A longer key ("tagx=1") or one other than `name`: unless white space follows the
            // n bytes ("tag =1", "tag"), which only the general reading can judge.
            if (!same || !isLinearSpace(data[b + n])) {
                semi = next;
                continue;
            }
        }
        bool found = false;
        const QByteArrayView value = readParam(data, b, e, name, &found);
        if (found)
            return value;
        semi = next;
    }
    return {};
}

} // namespace

QByteArrayView headerParam(QByteArrayView v, QByteArrayView name)
{
    return findParam(v, paramsStart(v), name);
}

QByteArrayView detail::headerParamEachTrimmed(QByteArrayView v, QByteArrayView name)
{
    for (qsizetype semi = indexOf(v, ';', paramsStart(v)); semi >= 0;) {
        const qsizetype next = indexOf(v, ';', semi + 1);
        bool found = false;
        const QByteArrayView value = readParam(v.data(), semi + 1, next >= 0 ? next : v.size(), name, &found);
        if (found)
            return value;
        semi = next;
    }
    return {};
}

Via parseVia(QByteArrayView v)
{
    Via via;
    v = trimmed(v);
    // sent-protocol is "SIP / 2.0 / UDP", LWS allowed around the slashes; sent-by follows LWS.
    qsizetype i = 0;
    int slashes = 0;
    qsizetype transportStart = -1;
    while (i < v.size()) {
        const char c = v[i];
        if (c == '/') {
            ++slashes;
            if (slashes == 2) {
                qsizetype t = i + 1;
                while (t < v.size() && isSpace(uchar(v[t])))
                    ++t;
                transportStart = t;
                i = t;
                while (i < v.size() && lex::isTokenChar(uchar(v[i])))
                    ++i;
                break;
            }
        }
        ++i;
    }
    if (transportStart >= 0) {
        via.protocol = v.first(i);
        via.transport = v.sliced(transportStart, i - transportStart);
    }
    const qsizetype semi = indexOf(v, ';', i);
    if (semi >= 0)
        via.branch = findParam(v, semi, "branch");
    return via;
}

namespace {

// Where the bytes an address is judged by lie in a value of at most 64 bytes, one bit per byte:
// the usual "<sip:...>;tag=x", with or without a quoted display name, is decided from these few
// words instead of searches and a walk over its bytes. Every From, To and Contact value of every
// message comes here.
struct AddressBytes
{
    // '"', '<', '>', '\\', ';', and SP / HTAB / CR / LF
    quint64 quote = 0, open = 0, close = 0, backslash = 0, semicolon = 0, space = 0;

    explicit AddressBytes(QByteArrayView v)
    {
        Q_ASSERT(v.size() <= 64);
#if defined(__SSE2__)
        // Read from the value itself, 16 bytes a step; a last part shorter than 16 is read as the
        // value's last 16 bytes, its bits moved down into place. Copying the value into a buffer
        // first made every load wait: it spanned bytes the copy had just stored in smaller pieces
        // (a third of this function's time). Only a value under 16 bytes is still copied.
        const int n = int(v.size());
        int block = 0;
        for (; (block + 1) * 16 <= n; ++block)
            add(_mm_loadu_si128(reinterpret_cast<const __m128i *>(v.data() + block * 16)), 16, block * 16);
        const int rest = n - block * 16;
        if (rest > 0 && n >= 16) {
            add(_mm_loadu_si128(reinterpret_cast<const __m128i *>(v.data() + n - 16)), rest, block * 16);
        } else if (rest > 0) {
            alignas(16) char bytes[16] = {};
            std::memcpy(bytes, v.data(), std::size_t(rest));
            add(_mm_load_si128(reinterpret_cast<const __m128i *>(bytes)), 16, 0);
        }
#else
        for (qsizetype i = 0; i < v.size(); ++i) {
            const char c = v[i];
            const quint64 bit = quint64(1) << i;
            quote |= c == '"' ? bit : 0;
            open |= c == '<' ? bit : 0;
            close |= c == '>' ? bit : 0;
            backslash |= c == '\\' ? bit : 0;
            semicolon |= c == ';' ? bit : 0;
            space |= c == ' ' || c == '\t' || c == '\r' || c == '\n' ? bit : 0;
        }
#endif
    }

private:
#if defined(__SSE2__)
    // The bytes of x from its 16 - `last`th on (the last `last` of them), as bits from `at` up.
    void add(__m128i x, int last, int at)
    {
        auto bits = [&](__m128i m) { return quint64(quint16(_mm_movemask_epi8(m)) >> (16 - last)) << at; };
        quote |= bits(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')));
        open |= bits(_mm_cmpeq_epi8(x, _mm_set1_epi8('<')));
        close |= bits(_mm_cmpeq_epi8(x, _mm_set1_epi8('>')));
        backslash |= bits(_mm_cmpeq_epi8(x, _mm_set1_epi8('\\')));
        semicolon |= bits(_mm_cmpeq_epi8(x, _mm_set1_epi8(';')));
        space |= bits(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\t'))),
                                   _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\r')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\n')))));
    }
#endif
};

// Bits above position i.
quint64 above(int i)
{
    return ~((quint64(2) << i) - 1);
}

// Each bit the parity of the bits at and below it: for the quote marks, the bytes from an opening
// quote up to (not including) its closing one.
quint64 prefixXor(quint64 x)
{
    for (int shift = 1; shift < 64; shift *= 2)
        x ^= x << shift;
    return x;
}

} // namespace

namespace {

// Whether the display name before a name-addr's '<' reads as the grammar has it: tokens and white
// space, or quoted strings (RFC 3261 §25.1, display-name). A separator outside quotes (the comma of
// "Bell, Alexander", an '@', a ':') is not: strict elements answer 400, and in a Contact the comma
// splits the value in two. Bytes of UTF-8 outside quotes are let pass, as most elements do.
bool displayNameReads(QByteArrayView name)
{
    bool inQuotes = false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const uchar c = uchar(name[i]);
        if (inQuotes) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inQuotes = false;
        } else if (c == '"') {
            inQuotes = true;
        } else if (!lex::isTokenChar(c) && !isLinearSpace(char(c)) && c != '\r' && c != '\n' && c < 0x80) {
            return false;
        }
    }
    return true;
}

// checkAddress() of a trimmed value of at most 64 bytes, from its masks; Empty where they do not
// decide it (the walk does).
AddressProblem addressFromBytes(const AddressBytes &b, QByteArrayView t)
{
    // The name-addr form, nearly every address: outside quoted strings, the first '<', the first
    // '>' after it, and no white space between them. A backslash inside quotes (an escaped
    // character) and the addr-spec form are left to the walk.
    const quint64 quoted = b.quote ? prefixXor(b.quote) : 0;
    if ((b.backslash & quoted) != 0)
        return AddressProblem::Empty;
    if (quoted >> 63) // an odd number of quote marks: the last one is never closed
        return AddressProblem::UnterminatedQuote;
    const quint64 opens = b.open & ~quoted;
    if (opens == 0)
        return AddressProblem::Empty;
    const int open = qCountTrailingZeroBits(opens);
    const quint64 closing = b.close & ~quoted & above(open);
    if (closing == 0)
        return AddressProblem::UnclosedAngle;
    const quint64 uri = ((quint64(1) << qCountTrailingZeroBits(closing)) - 1) & above(open);
    if (b.space & uri)
        return AddressProblem::SpacesInUri;
    return open == 0 || displayNameReads(t.first(open)) ? AddressProblem::None : AddressProblem::DisplayNameNeedsQuotes;
}

// headerParam(v, "tag") where v's trimmed part t (at most 64 bytes) has the masks b: where the
// parameters start, and each ';' after that, come from the masks instead of searches. A value
// that is not written the usual way is read by headerParam() itself.
QByteArrayView tagFromBytes(QByteArrayView v, QByteArrayView t, const AddressBytes &b)
{
    // paramsStart(): a '<' with neither a quote nor a ';' before it, then the first '>' after it.
    if (b.open == 0)
        return headerParam(v, "tag");
    const int open = qCountTrailingZeroBits(b.open);
    const quint64 before = (quint64(1) << open) - 1;
    if ((b.quote | b.semicolon) & before)
        return headerParam(v, "tag");
    const quint64 closing = b.close & above(open);
    if (closing == 0)
        return {}; // no parameters: they start at the end
    const qsizetype lead = t.data() - v.data();
    const int start = qCountTrailingZeroBits(closing) + 1; // in t
    // Each parameter runs from a ';' to the next one (or the end): findParam()'s reading of
    // ";tag=x" and of other keys, with the ends taken from the mask instead of searched for.
    const char *d = t.data();
    for (quint64 semis = start < 64 ? b.semicolon & ~((quint64(1) << start) - 1) : 0; semis;) {
        const int semi = qCountTrailingZeroBits(semis);
        semis &= semis - 1;
        const qsizetype from = semi + 1;
        const qsizetype to = semis ? qCountTrailingZeroBits(semis) : t.size();
        const bool tag = to - from >= 3 && (d[from] | 0x20) == 't' && (d[from + 1] | 0x20) == 'a'
                         && (d[from + 2] | 0x20) == 'g';
        if (tag && (from + 3 == to || d[from + 3] == '=')) {
            if (from + 3 == to)
                return QByteArrayView("", 0);
            qsizetype vb = from + 4, ve = to; // trimmed from the end first, as findParam() does
            while (ve > vb && isLinearSpace(d[ve - 1]))
                --ve;
            while (vb < ve && isLinearSpace(d[vb]))
                ++vb;
            return QByteArrayView(d + vb, ve - vb);
        }
        // White space where the key is: read from this parameter on the general way.
        if (from == to || isLinearSpace(d[from]) || (tag && isLinearSpace(d[from + 3])))
            return findParam(v, lead + semi, "tag");
    }
    return {};
}

} // namespace

AddressProblem checkAddress(QByteArrayView v)
{
    v = trimmed(v);
    if (v.isEmpty())
        return AddressProblem::Empty;
    // A wildcard Contact is allowed in REGISTER.
    if (v == "*")
        return AddressProblem::None;
    if (v.size() <= 64) {
        const AddressProblem p = addressFromBytes(AddressBytes(v), v);
        if (p != AddressProblem::Empty)
            return p;
    }
    return detail::checkAddressByteByByte(v);
}

AddressAndTag checkAddressAndTag(QByteArrayView v)
{
    const QByteArrayView t = trimmed(v);
    if (t.isEmpty() || t == "*" || t.size() > 64)
        return {checkAddress(v), headerParam(v, "tag")};
    const AddressBytes b(t);
    AddressProblem p = addressFromBytes(b, t);
    if (p == AddressProblem::Empty)
        p = detail::checkAddressByteByByte(t);
    return {p, tagFromBytes(v, t, b)};
}

AddressProblem detail::checkAddressByteByByte(QByteArrayView v)
{
    bool quoted = false;
    qsizetype open = -1, close = -1;
    if (indexOf(v, '"') < 0) {
        // No display name in quotes: the first '<' and the first '>' after it.
        open = indexOf(v, '<');
        close = open < 0 ? -1 : indexOf(v, '>', open + 1);
    } else {
        for (qsizetype i = 0; i < v.size(); ++i) {
            const char c = v[i];
            if (quoted) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    quoted = false;
                continue;
            }
            if (c == '"') {
                quoted = true;
            } else if (c == '<' && open < 0) {
                open = i;
            } else if (c == '>' && open >= 0 && close < 0) {
                close = i;
            }
        }
    }
    if (quoted)
        return AddressProblem::UnterminatedQuote;
    if (open >= 0 && close < 0)
        return AddressProblem::UnclosedAngle;
    if (open >= 0) {
        for (qsizetype i = open + 1; i < close; ++i) {
            if (isSpace(uchar(v[i])) || v[i] == '\r' || v[i] == '\n')
                return AddressProblem::SpacesInUri;
        }
        return displayNameReads(v.first(open)) ? AddressProblem::None : AddressProblem::DisplayNameNeedsQuotes;
    }
    // addr-spec form: the URI runs to the first ';' (header parameters follow); it may not hold
    // spaces, commas or '?', and a display name needs the name-addr form.
    qsizetype end = indexOf(v, ';');
    if (end < 0)
        end = v.size();
    const QByteArrayView uri = trimmed(v.first(end));
    for (qsizetype i = 0; i < uri.size(); ++i) {
        const char c = uri[i];
        if (isSpace(uchar(c))) {
            // "Bob sip:bob@example.com": a display name without angle brackets.
            const qsizetype colon = indexOf(uri, ':');
            return colon > i ? AddressProblem::NameAddrRequired : AddressProblem::SpacesInUri;
        }
        if (c == ',' || c == '?')
            return AddressProblem::NameAddrRequired;
    }
    return AddressProblem::None;
}

bool isValidSipDate(QByteArrayView v)
{
    // rfc1123-date: wkday "," SP date1 SP time SP "GMT", e.g. "Sat, 13 Nov 2010 23:29:00 GMT".
    v = trimmed(v);
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (v.size() != 29)
        return false;
    auto oneOf = [](QByteArrayView s, const char *const *list, int n) {
        for (int k = 0; k < n; ++k) {
            if (s == QByteArrayView(list[k], 3))
                return true;
        }
        return false;
    };
    auto digits = [&](qsizetype at, qsizetype n) {
        for (qsizetype k = at; k < at + n; ++k) {
            if (!isDigit(uchar(v[k])))
                return false;
        }
        return true;
    };
    return oneOf(v.first(3), days, 7) && v[3] == ',' && v[4] == ' ' && digits(5, 2) && v[7] == ' '
           && oneOf(v.sliced(8, 3), months, 12) && v[11] == ' ' && digits(12, 4) && v[16] == ' ' && digits(17, 2)
           && v[19] == ':' && digits(20, 2) && v[22] == ':' && digits(23, 2) && v[25] == ' '
           && v.sliced(26) == "GMT";
}

bool isIsoLocalTime(QByteArrayView v)
{
    v = trimmed(v);
    if (v.size() < 19)
        return false;
    const char *pattern = "dddd-dd-ddTdd:dd:dd";
    for (int i = 0; i < 19; ++i) {
        const char p = pattern[i];
        if (p == 'd' ? !isDigit(uchar(v[i])) : v[i] != p)
            return false;
    }
    if (v.size() == 19)
        return true;
    if (v[19] != '.' || v.size() == 20)
        return false;
    for (qsizetype i = 20; i < v.size(); ++i) {
        if (!isDigit(uchar(v[i])))
            return false;
    }
    return true;
}

} // namespace sipref::value
