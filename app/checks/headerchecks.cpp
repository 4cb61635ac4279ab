// How often header fields appear, and lines of the header block that are not header fields.
#include "checks/checks.h"
#include "sip/headervalue.h"

#include <cstring>

namespace sipref {

namespace {

// Header fields whose grammar allows one value only (RFC 3261 §7.3.1: only comma-separated list
// fields may be repeated), among those the inspector knows.
constexpr HeaderId singleInstance[] = {
    HeaderId::To,          HeaderId::From,          HeaderId::CallId,        HeaderId::CSeq,
    HeaderId::MaxForwards, HeaderId::ContentLength, HeaderId::ContentType,   HeaderId::Expires,
    HeaderId::MinExpires,  HeaderId::Date,          HeaderId::MimeVersion,   HeaderId::Timestamp,
    HeaderId::RetryAfter,  HeaderId::Subject,       HeaderId::Priority,      HeaderId::ReplyTo,
    HeaderId::Organization, HeaderId::Server,       HeaderId::UserAgent,     HeaderId::ContentDisposition,
    HeaderId::RAck,        HeaderId::RSeq,          HeaderId::SessionExpires, HeaderId::MinSE,
    HeaderId::Event,       HeaderId::SubscriptionState, HeaderId::ReferTo,   HeaderId::SipETag,
    HeaderId::SipIfMatch,  HeaderId::MaxBreadth,
};

const char *ruleFor(HeaderId id)
{
    switch (id) {
    case HeaderId::Event:
        return "RFC 6665 §8.2.1";
    case HeaderId::ReferTo:
        return "RFC 3515 §2.1";
    case HeaderId::RAck:
    case HeaderId::RSeq:
        return "RFC 3262 §7";
    default:
        return "RFC 3261 §7.3.1";
    }
}

template<std::size_t N>
bool is(QByteArrayView v, const char (&literal)[N])
{
    return v.size() == qsizetype(N - 1) && std::memcmp(v.data(), literal, N - 1) == 0;
}

// Requests and responses that must carry exactly one Contact URI.
bool needsSingleContact(const CheckContext &c, QByteArrayView *method)
{
    const SipMessage &m = c.message;
    if (m.isRequest()) {
        *method = c.view(m.method);
        return is(*method, "INVITE") || is(*method, "SUBSCRIBE") || is(*method, "REFER") || is(*method, "NOTIFY")
               || is(*method, "UPDATE");
    }
    const value::CSeq *cseq = c.firstCSeq();
    if (!cseq || m.code < 101 || m.code > 299)
        return false;
    *method = cseq->method;
    return is(*method, "INVITE") || is(*method, "SUBSCRIBE");
}

} // namespace

void checkHeaderCounts(const CheckContext &c)
{
    const SipMessage &m = c.message;
    // Most messages repeat no header field at all: nothing to look up then.
    for (HeaderId id : singleInstance) {
        if (!c.headers.anyRepeated)
            break;
        const int n = c.headers.of(id);
        if (n < 2)
            continue;
        const HeaderField *second = nullptr;
        int seen = 0;
        for (const HeaderField &h : m.headers) {
            if (h.id == id && ++seen == 2) {
                second = &h;
                break;
            }
        }
        c.add({"duplicate-header", "", Severity::Error, second->line(), canonicalHeaderName(id), ruleFor(id),
               {QString::fromLatin1(canonicalHeaderName(id)), QString::number(n)}});
    }

    QByteArrayView method;
    if (c.headers.has(HeaderId::Contact) && needsSingleContact(c, &method)) {
        int uris = 0;
        const HeaderField *firstContact = nullptr;
        for (const HeaderField &h : m.headers) {
            if (h.id != HeaderId::Contact)
                continue;
            firstContact = firstContact ? firstContact : &h;
            uris += value::countListItems(c.view(h.value()));
        }
        if (uris > 1)
            c.add({"duplicate-header", "contact", Severity::Error, firstContact->line(), "Contact", "RFC 3261 §8.1.1.8",
                   {QStringLiteral("Contact"), QString::number(uris)}});
    }

    for (const BadHeaderLine &bad : m.badLines) {
        c.add({"malformed-header-line", bad.afterHeader ? "continuation" : "no-colon", Severity::Error, bad.line, "",
               "RFC 3261 §7.3.1", {c.string(bad.line)}});
    }
}

} // namespace sipref
