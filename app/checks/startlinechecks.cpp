// Request-Line and Status-Line (RFC 3261 §7.1, §7.2).
#include "catalog/catalog.h"
#include "checks/checks.h"
#include "sip/scanner.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sipref {

namespace {

// Whether v holds a space, a tab or a '?': each is rare in a Request-URI, and where one is, the
// checks look closer. Sixteen bytes a step (a Request-URI is some forty bytes, asked of every
// request), the last step the value's last sixteen.
bool hasSpaceTabOrQuestion(QByteArrayView v)
{
#if defined(__SSE2__)
    if (v.size() >= 16) {
        const __m128i sp = _mm_set1_epi8(' '), ht = _mm_set1_epi8('\t'), qm = _mm_set1_epi8('?');
        auto any = [&](const char *p) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            return _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, sp), _mm_cmpeq_epi8(x, ht)),
                                                  _mm_cmpeq_epi8(x, qm)))
                   != 0;
        };
        qsizetype i = 0;
        for (; i + 16 <= v.size(); i += 16) {
            if (any(v.data() + i))
                return true;
        }
        return i < v.size() && any(v.data() + v.size() - 16);
    }
#endif
    for (char ch : v) {
        if (lex::isSpace(uchar(ch)) || ch == '?')
            return true;
    }
    return false;
}

// Asked only where hasSpaceTabOrQuestion() found one of its three: byte by byte.
bool hasSpaceOrTab(QByteArrayView v)
{
    for (char ch : v) {
        if (lex::isSpace(uchar(ch)))
            return true;
    }
    return false;
}

// Where the headers of a SIP or SIPS URI begin (its "?"), -1 without any. The user part may hold a
// '?' of its own (RFC 3261 §25.1, user-unreserved); the host and the parameters after it cannot.
qsizetype uriHeadersAt(QByteArrayView uri)
{
    qsizetype schemeEnd = -1;
    if (uri.size() > 4 && uri.first(4).compare("sip:", Qt::CaseInsensitive) == 0)
        schemeEnd = 4;
    else if (uri.size() > 5 && uri.first(5).compare("sips:", Qt::CaseInsensitive) == 0)
        schemeEnd = 5;
    if (schemeEnd < 0)
        return -1;
    const qsizetype at = uri.indexOf('@', schemeEnd);
    return uri.indexOf('?', at >= 0 ? at + 1 : schemeEnd);
}

void malformed(const CheckContext &c, const char *detail, Span span, const char *rfc, QStringList args = {})
{
    c.add({"malformed-start-line", detail, Severity::Error, span, "", rfc, std::move(args)});
}

bool hasRunOfSpaces(QByteArrayView v)
{
    for (qsizetype i = 1; i < v.size(); ++i) {
        if (lex::isSpace(uchar(v[i])) && lex::isSpace(uchar(v[i - 1])))
            return true;
    }
    return false;
}

// The reason phrase is the catalog's own, as most are: decided on the bytes, without making a
// QString of every reason phrase. Anything else takes the full comparison below.
bool sameReason(QByteArrayView reason, const QString &known)
{
    while (!reason.isEmpty() && lex::isSpace(uchar(reason.front())))
        reason = reason.sliced(1);
    while (!reason.isEmpty() && lex::isSpace(uchar(reason.back())))
        reason.chop(1);
    if (reason.isEmpty())
        return false;
    const QLatin1StringView text(reason);
    return known == text || text.compare(known, Qt::CaseInsensitive) == 0;
}

void checkVersion(const CheckContext &c)
{
    const SipMessage &m = c.message;
    const QByteArrayView version = c.view(m.version);
    if (version == QByteArrayView("SIP/2.0", 7))
        return;
    if (version.compare("SIP/2.0", Qt::CaseInsensitive) != 0)
        c.add({"unsupported-version", "", Severity::Error, m.version, "", "RFC 3261 §7.1", {c.string(m.version)}});
}

void checkRequestLine(const CheckContext &c)
{
    const SipMessage &m = c.message;
    const char *rfc = "RFC 3261 §7.1";
    const QByteArrayView line = c.view(m.startLine);
    for (char ch : c.view(m.method)) {
        if (!lex::isTokenChar(uchar(ch))) {
            malformed(c, "invalid-method", m.method, "RFC 3261 §25.1", {c.string(m.method)});
            break;
        }
    }
    if (m.requestUri.isEmpty() || m.version.offset == m.method.offset) {
        malformed(c, "missing-parts", m.startLine, rfc);
        return;
    }
    const QByteArrayView uri = c.view(m.requestUri);
    if (uri.startsWith('<') || uri.endsWith('>'))
        malformed(c, "angle-brackets", m.requestUri, rfc);
    const bool closer = hasSpaceTabOrQuestion(uri);
    // Headers belong in a URI that a request is made from (a Contact, a link), not in the
    // Request-URI of the request itself (RFC 3261 §19.1.1, Table 1); a proxy must not pass them on.
    if (closer) {
        if (const qsizetype q = uriHeadersAt(uri); q >= 0)
            malformed(c, "uri-headers", m.requestUri, "RFC 3261 §19.1.1", {QString::fromUtf8(uri.sliced(q + 1))});
    }
    if (closer && hasSpaceOrTab(uri))
        malformed(c, "space-in-uri", m.requestUri, rfc);
    // Single spaces around the URI (the parts themselves hold none): no run to look for.
    else if ((m.requestUri.offset - m.method.end() != 1 || m.version.offset - m.requestUri.end() != 1)
             && hasRunOfSpaces(line.first(m.version.end() - m.startLine.offset)))
        malformed(c, "extra-space", m.startLine, rfc);
    if (m.version.end() < m.startLine.end())
        malformed(c, "trailing-space", Span::between(m.version.end(), m.startLine.end()), rfc);
    checkVersion(c);
}

void checkStatusLine(const CheckContext &c)
{
    const SipMessage &m = c.message;
    const char *rfc = "RFC 3261 §7.2";
    checkVersion(c);
    if (m.statusCode.isEmpty()) {
        malformed(c, "missing-parts", m.startLine, rfc);
        return;
    }
    if (m.statusCode.offset > m.version.end() + 1)
        malformed(c, "extra-space", Span::between(m.version.end(), m.statusCode.offset), rfc);
    if (m.code < 100 || m.code > 699) {
        c.add({"invalid-status-code", "", Severity::Error, m.statusCode, "", rfc, {c.string(m.statusCode)}});
        return;
    }
    // "SIP/2.0 200" without the SP before an empty reason phrase (RFC 4475 §3.1.1.13 is valid
    // only with the SP present).
    if (m.statusCode.end() == m.startLine.end()) {
        malformed(c, "missing-reason-space", m.startLine, rfc);
    }
    // Pointers into the catalog, not copies: this runs for every response of a big log.
    const CodeEntry *entry = c.catalog.find(m.code, Profile::Ietf);
    if (!entry)
        entry = c.catalog.find(m.code, Profile::Gb28181);
    if (!entry) {
        const int treatedAs = m.code / 100 == 1 ? 183 : m.code / 100 * 100;
        c.add({"unregistered-status-code", "", Severity::Info, m.statusCode, "", "RFC 3261 §8.1.3.2",
               {QString::number(m.code), QString::number(treatedAs)}});
        return;
    }
    if (entry->profile != Profile::Ietf || sameReason(c.view(m.reason), entry->reason))
        return;
    const QString reason = c.string(m.reason).trimmed();
    if (!reason.isEmpty() && entry->profile == Profile::Ietf
        && reason.compare(entry->reason, Qt::CaseInsensitive) != 0) {
        bool isAlias = false;
        for (const QString &alias : entry->aliases)
            isAlias = isAlias || reason.compare(alias, Qt::CaseInsensitive) == 0;
        c.add({"reason-phrase-differs", isAlias ? "alias" : "", Severity::Info, m.reason, "", "RFC 3261 §21",
               {reason, entry->reason}});
    }
}

} // namespace

void checkStartLine(const CheckContext &c)
{
    if (c.message.isRequest())
        checkRequestLine(c);
    else
        checkStatusLine(c);
}

} // namespace sipref
