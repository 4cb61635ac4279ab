// Mandatory and forbidden header fields, graded by the RFC's own words (MUST → error,
// SHOULD → warning). Facts and sections: RFC 3261 §8.1.1, §8.2.6.2, §20 Tables 2/3 and the
// extension RFCs named in each rule.
#include "checks/checks.h"
#include "sip/headervalue.h"

#include <array>
#include <cstring>
#include <string>
#include <vector>

namespace sipref {

namespace {

// The methods the rules name, so that a rule compares a number, not a string, for each message.
enum class Method : unsigned char { Other, Invite, Subscribe, Refer, Update, Notify, Publish, Prack, Message, Cancel };

struct MethodName
{
    Method method;
    const char *name;
    qsizetype length;
};

constexpr MethodName named(Method method, const char *name)
{
    return {method, name, qsizetype(std::char_traits<char>::length(name))};
}

constexpr MethodName methodNames[] = {
    named(Method::Invite, "INVITE"), named(Method::Subscribe, "SUBSCRIBE"), named(Method::Refer, "REFER"),
    named(Method::Update, "UPDATE"), named(Method::Notify, "NOTIFY"),       named(Method::Publish, "PUBLISH"),
    named(Method::Prack, "PRACK"),   named(Method::Message, "MESSAGE"),     named(Method::Cancel, "CANCEL"),
};

// Case-sensitive, as the method comparison of the rules always was. Asked for every message: only
// the names of the method's length are compared.
Method methodOf(QByteArrayView name)
{
    for (const MethodName &m : methodNames) {
        if (name.size() != m.length)
            continue;
        if (std::memcmp(name.data(), m.name, std::size_t(m.length)) == 0)
            return m.method;
    }
    return Method::Other;
}

enum class Applies {
    AnyRequest,
    Request,          // of `method`
    AnyResponse,
    ResponseCode,     // code in [low, high]
    SuccessTo,        // 2xx answering `method`
};

struct Rule
{
    Applies applies;
    Method method;
    int low, high;
    HeaderId header;
    Severity severity;
    const char *detail;
    const char *rfc;
};

constexpr Rule rules[] = {
    {Applies::AnyRequest, Method::Other, 0, 0, HeaderId::To, Severity::Error, "request", "RFC 3261 §8.1.1"},
    {Applies::AnyRequest, Method::Other, 0, 0, HeaderId::From, Severity::Error, "request", "RFC 3261 §8.1.1"},
    {Applies::AnyRequest, Method::Other, 0, 0, HeaderId::CSeq, Severity::Error, "request", "RFC 3261 §8.1.1"},
    {Applies::AnyRequest, Method::Other, 0, 0, HeaderId::CallId, Severity::Error, "request", "RFC 3261 §8.1.1"},
    {Applies::AnyRequest, Method::Other, 0, 0, HeaderId::MaxForwards, Severity::Error, "request", "RFC 3261 §8.1.1"},
    {Applies::AnyRequest, Method::Other, 0, 0, HeaderId::Via, Severity::Error, "request", "RFC 3261 §8.1.1"},
    {Applies::AnyResponse, Method::Other, 0, 0, HeaderId::Via, Severity::Error, "response", "RFC 3261 §8.2.6.2"},
    {Applies::AnyResponse, Method::Other, 0, 0, HeaderId::From, Severity::Error, "response", "RFC 3261 §8.2.6.2"},
    {Applies::AnyResponse, Method::Other, 0, 0, HeaderId::To, Severity::Error, "response", "RFC 3261 §8.2.6.2"},
    {Applies::AnyResponse, Method::Other, 0, 0, HeaderId::CallId, Severity::Error, "response", "RFC 3261 §8.2.6.2"},
    {Applies::AnyResponse, Method::Other, 0, 0, HeaderId::CSeq, Severity::Error, "response", "RFC 3261 §8.2.6.2"},

    {Applies::Request, Method::Invite, 0, 0, HeaderId::Contact, Severity::Error, "dialog-contact", "RFC 3261 §8.1.1.8"},
    {Applies::Request, Method::Subscribe, 0, 0, HeaderId::Contact, Severity::Error, "dialog-contact", "RFC 3261 §8.1.1.8"},
    {Applies::Request, Method::Refer, 0, 0, HeaderId::Contact, Severity::Error, "dialog-contact", "RFC 3261 §8.1.1.8"},
    {Applies::Request, Method::Update, 0, 0, HeaderId::Contact, Severity::Error, "method", "RFC 3311 §7"},
    {Applies::Request, Method::Notify, 0, 0, HeaderId::Contact, Severity::Warning, "target-refresh-contact", "RFC 6665 §3.2"},
    {Applies::Request, Method::Subscribe, 0, 0, HeaderId::Event, Severity::Error, "method", "RFC 6665 §3.1.2"},
    {Applies::Request, Method::Subscribe, 0, 0, HeaderId::Expires, Severity::Warning, "method-should", "RFC 6665 §3.1.1"},
    {Applies::Request, Method::Notify, 0, 0, HeaderId::Event, Severity::Error, "method", "RFC 6665 §3.2.1"},
    {Applies::Request, Method::Notify, 0, 0, HeaderId::SubscriptionState, Severity::Error, "method", "RFC 6665 §4.1.3"},
    {Applies::Request, Method::Publish, 0, 0, HeaderId::Event, Severity::Error, "method", "RFC 3903 §4.1"},
    {Applies::Request, Method::Refer, 0, 0, HeaderId::ReferTo, Severity::Error, "method", "RFC 3515 §2.4.1"},
    {Applies::Request, Method::Prack, 0, 0, HeaderId::RAck, Severity::Error, "method", "RFC 3262 §7.2"},

    {Applies::ResponseCode, Method::Other, 199, 199, HeaderId::Reason, Severity::Error, "code", "RFC 6228 §5"},
    {Applies::ResponseCode, Method::Other, 300, 305, HeaderId::Contact, Severity::Warning, "redirect-contact", "RFC 3261 §21.3"},
    {Applies::ResponseCode, Method::Other, 401, 401, HeaderId::WwwAuthenticate, Severity::Error, "code", "RFC 3261 §22.2"},
    {Applies::ResponseCode, Method::Other, 405, 405, HeaderId::Allow, Severity::Error, "code", "RFC 3261 §21.4.6"},
    {Applies::ResponseCode, Method::Other, 407, 407, HeaderId::ProxyAuthenticate, Severity::Error, "code", "RFC 3261 §22.3"},
    {Applies::ResponseCode, Method::Other, 420, 420, HeaderId::Unsupported, Severity::Error, "code", "RFC 3261 §21.4.15"},
    {Applies::ResponseCode, Method::Other, 421, 421, HeaderId::Require, Severity::Error, "code", "RFC 3261 §21.4.16"},
    {Applies::ResponseCode, Method::Other, 422, 422, HeaderId::MinSE, Severity::Error, "code", "RFC 4028 §6"},
    {Applies::ResponseCode, Method::Other, 423, 423, HeaderId::MinExpires, Severity::Error, "code", "RFC 3261 §21.4.17"},
    {Applies::ResponseCode, Method::Other, 425, 425, HeaderId::AlertMsgError, Severity::Error, "code", "RFC 8876 §5.1"},
    {Applies::ResponseCode, Method::Other, 469, 469, HeaderId::RecvInfo, Severity::Error, "code", "RFC 6086 §4.2.2"},
    {Applies::ResponseCode, Method::Other, 470, 470, HeaderId::PermissionMissing, Severity::Warning, "code-should", "RFC 5360 §5.9.2"},
    {Applies::ResponseCode, Method::Other, 494, 494, HeaderId::SecurityServer, Severity::Error, "code", "RFC 3329 §2.3.1"},

    {Applies::SuccessTo, Method::Invite, 0, 0, HeaderId::Contact, Severity::Error, "dialog-response-contact", "RFC 3261 §12.1.1"},
    {Applies::SuccessTo, Method::Subscribe, 0, 0, HeaderId::Contact, Severity::Error, "dialog-response-contact", "RFC 3261 §12.1.1"},
    {Applies::SuccessTo, Method::Refer, 0, 0, HeaderId::Contact, Severity::Error, "dialog-response-contact", "RFC 3261 §12.1.1"},
    {Applies::SuccessTo, Method::Update, 0, 0, HeaderId::Contact, Severity::Error, "success-to", "RFC 3311 §7"},
    {Applies::SuccessTo, Method::Publish, 0, 0, HeaderId::SipETag, Severity::Error, "success-to", "RFC 3903 §6"},
    {Applies::SuccessTo, Method::Publish, 0, 0, HeaderId::Expires, Severity::Error, "success-to", "RFC 3903 §6"},
};

struct Forbidden
{
    Applies applies;
    Method method;
    HeaderId header;
    Severity severity;
    const char *detail;
    const char *rfc;
};

// Contact in MESSAGE is forbidden to the sending UA, yet harmless to receivers (RFC 4475 §3.1.1.11
// calls such a message valid): a warning.
constexpr Forbidden forbidden[] = {
    {Applies::Request, Method::Message, HeaderId::Contact, Severity::Warning, "request", "RFC 3428 §4"},
    {Applies::SuccessTo, Method::Message, HeaderId::Contact, Severity::Warning, "success-to", "RFC 3428 §7"},
    {Applies::Request, Method::Cancel, HeaderId::Require, Severity::Error, "request", "RFC 3261 §8.2.2.3"},
    {Applies::Request, Method::Cancel, HeaderId::ProxyRequire, Severity::Error, "request", "RFC 3261 §8.2.2.3"},
};

Q_ALWAYS_INLINE bool applies(Applies a, Method method, int low, int high, const SipMessage &m, Method messageMethod)
{
    switch (a) {
    case Applies::AnyRequest:
        return m.isRequest();
    case Applies::Request:
        return m.isRequest() && messageMethod == method;
    case Applies::AnyResponse:
        return m.isResponse();
    case Applies::ResponseCode:
        return m.isResponse() && m.code >= low && m.code <= high;
    case Applies::SuccessTo:
        return m.isResponse() && m.code >= 200 && m.code <= 299 && messageMethod == method;
    }
    return false;
}

// The rules that can apply to a request or a response of each method, in table order (the
// order of the findings): a message looks at these few, not at every rule. And the header fields
// they ask for, as sets: a message that has them all (nearly every one) needs no rule looked at.
struct RuleIndex
{
    static constexpr int methods = int(Method::Cancel) + 1;
    static constexpr int codes = 700; // no rule names a status code above 699
    std::array<std::vector<const Rule *>, methods> requests;
    std::array<std::vector<const Rule *>, methods> responses;
    std::array<HeaderSet, methods> requestNeeds; // AnyRequest, Request of the method
    HeaderSet responseNeeds;                     // AnyResponse
    std::array<HeaderSet, methods> successNeeds; // SuccessTo the method
    std::array<HeaderSet, codes> codeNeeds;      // ResponseCode

    // What the rules that apply to m ask for.
    HeaderSet needs(const SipMessage &m, Method method) const
    {
        if (m.isRequest())
            return requestNeeds[std::size_t(method)];
        HeaderSet s = responseNeeds;
        if (m.code >= 0 && m.code < codes)
            s.add(codeNeeds[std::size_t(m.code)]);
        if (m.code >= 200 && m.code <= 299)
            s.add(successNeeds[std::size_t(method)]);
        return s;
    }
};

const RuleIndex &ruleIndex()
{
    static const RuleIndex index = [] {
        RuleIndex x;
        for (int k = 0; k < RuleIndex::methods; ++k) {
            const auto method = Method(k);
            for (const Rule &r : rules) {
                if (r.applies == Applies::AnyRequest || (r.applies == Applies::Request && r.method == method)) {
                    x.requests[std::size_t(k)].push_back(&r);
                    x.requestNeeds[std::size_t(k)].add(r.header);
                }
                if (r.applies == Applies::AnyResponse || r.applies == Applies::ResponseCode
                    || (r.applies == Applies::SuccessTo && r.method == method))
                    x.responses[std::size_t(k)].push_back(&r);
                if (r.applies == Applies::SuccessTo && r.method == method)
                    x.successNeeds[std::size_t(k)].add(r.header);
            }
        }
        for (const Rule &r : rules) {
            if (r.applies == Applies::AnyResponse)
                x.responseNeeds.add(r.header);
            for (int code = std::max(r.low, 0); r.applies == Applies::ResponseCode && code <= r.high && code < RuleIndex::codes; ++code)
                x.codeNeeds[std::size_t(code)].add(r.header);
        }
        return x;
    }();
    return index;
}

bool isStreamTransport(QByteArrayView t)
{
    for (const char *s : {"TCP", "TLS", "SCTP", "TLS-SCTP", "WS", "WSS"}) {
        if (t.compare(QByteArrayView(s), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

void checkRequiredHeaders(const CheckContext &c)
{
    const SipMessage &m = c.message;
    // The method a rule talks about: the request's own, or for a response the CSeq method.
    QByteArrayView method;
    if (m.isRequest()) {
        method = c.view(m.method);
    } else if (const value::CSeq *cseq = c.firstCSeq()) {
        method = cseq->method;
    }
    const Method known = methodOf(method);
    // The texts of a finding, made only when there is one: most messages have none.
    auto args = [&](const char *header, const QString &third = QString()) {
        const QString methodText = QString::fromLatin1(method);
        return QStringList{QString::fromLatin1(header), m.isRequest() ? methodText : QString::number(m.code),
                           third.isNull() ? methodText : third};
    };

    const RuleIndex &index = ruleIndex();
    // Nearly every message has all the fields its rules ask for: then no rule needs looking at.
    if (!c.headers.present.containsAll(index.needs(m, known))) {
        for (const Rule *rule : (m.isRequest() ? index.requests : index.responses)[std::size_t(known)]) {
            const Rule &r = *rule;
            if (!applies(r.applies, r.method, r.low, r.high, m, known) || c.headers.has(r.header))
                continue;
            c.add({"missing-header", r.detail, r.severity, m.startLine, canonicalHeaderName(r.header), r.rfc,
                   args(canonicalHeaderName(r.header))});
        }
    }

    // 415 must say what the server accepts, in whichever of the three fits the problem.
    if (m.isResponse() && m.code == 415 && !c.headers.has(HeaderId::Accept) && !c.headers.has(HeaderId::AcceptEncoding)
        && !c.headers.has(HeaderId::AcceptLanguage)) {
        c.add({"missing-header", "accept-415", Severity::Error, m.startLine, "Accept", "RFC 3261 §21.4.13",
               args("Accept")});
    }

    // A reliable provisional response carries RSeq (RFC 3262 §3).
    if (m.isResponse() && m.code > 100 && m.code < 200 && !c.headers.has(HeaderId::RSeq)) {
        for (const HeaderField &h : m.headers) {
            if (h.id != HeaderId::Require)
                continue;
            value::ListReader tags(c.view(h.value()));
            for (QByteArrayView tag; tags.next(&tag);) {
                if (tag.compare("100rel", Qt::CaseInsensitive) == 0) {
                    c.add({"missing-header", "reliable-rseq", Severity::Error, m.startLine, "RSeq", "RFC 3262 §3",
                           args("RSeq")});
                    break;
                }
            }
        }
    }

    // Stream transports delimit messages by Content-Length alone (RFC 3261 §18.3).
    if (!c.headers.has(HeaderId::ContentLength)) {
        if (const HeaderField *via = c.first(HeaderId::Via)) {
            QByteArrayView topValue;
            if (value::ListReader(c.view(via->value())).next(&topValue)) {
                const value::Via top = value::parseVia(topValue);
                if (isStreamTransport(top.transport))
                    c.add({"missing-header", "stream-content-length", Severity::Error, m.startLine, "Content-Length",
                           "RFC 3261 §18.3", args("Content-Length", QString::fromLatin1(top.transport))});
            }
        }
    }

    for (const Forbidden &f : forbidden) {
        if (!c.headers.has(f.header) || !applies(f.applies, f.method, 0, 0, m, known))
            continue;
        for (const HeaderField &h : m.headers) {
            if (h.id == f.header) {
                c.add({"forbidden-header", f.detail, f.severity, h.line(), canonicalHeaderName(f.header), f.rfc,
                       args(canonicalHeaderName(f.header))});
                break;
            }
        }
    }
}

} // namespace sipref
