// Mandatory and forbidden header fields, graded by the RFC's own words (MUST → error,
// SHOULD → warning). Facts and sections: RFC 3261 §8.1.1, §8.2.6.2, §20 Tables 2/3 and the
// extension RFCs named in each rule.
#include "checks/checks.h"
#include "sip/headervalue.h"

#include <cstring>

namespace sipref {

namespace {

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
    const char *method;
    int low, high;
    HeaderId header;
    Severity severity;
    const char *detail;
    const char *rfc;
};

constexpr Rule rules[] = {
    {Applies::AnyRequest, nullptr, 0, 0, HeaderId::To, Severity::Error, "request", "RFC 3261 §8.1.1"},
    {Applies::AnyRequest, nullptr, 0, 0, HeaderId::From, Severity::Error, "request", "RFC 3261 §8.1.1"},
    {Applies::AnyRequest, nullptr, 0, 0, HeaderId::CSeq, Severity::Error, "request", "RFC 3261 §8.1.1"},
    {Applies::AnyRequest, nullptr, 0, 0, HeaderId::CallId, Severity::Error, "request", "RFC 3261 §8.1.1"},
    {Applies::AnyRequest, nullptr, 0, 0, HeaderId::MaxForwards, Severity::Error, "request", "RFC 3261 §8.1.1"},
    {Applies::AnyRequest, nullptr, 0, 0, HeaderId::Via, Severity::Error, "request", "RFC 3261 §8.1.1"},
    {Applies::AnyResponse, nullptr, 0, 0, HeaderId::Via, Severity::Error, "response", "RFC 3261 §8.2.6.2"},
    {Applies::AnyResponse, nullptr, 0, 0, HeaderId::From, Severity::Error, "response", "RFC 3261 §8.2.6.2"},
    {Applies::AnyResponse, nullptr, 0, 0, HeaderId::To, Severity::Error, "response", "RFC 3261 §8.2.6.2"},
    {Applies::AnyResponse, nullptr, 0, 0, HeaderId::CallId, Severity::Error, "response", "RFC 3261 §8.2.6.2"},
    {Applies::AnyResponse, nullptr, 0, 0, HeaderId::CSeq, Severity::Error, "response", "RFC 3261 §8.2.6.2"},

    {Applies::Request, "INVITE", 0, 0, HeaderId::Contact, Severity::Error, "dialog-contact", "RFC 3261 §8.1.1.8"},
    {Applies::Request, "SUBSCRIBE", 0, 0, HeaderId::Contact, Severity::Error, "dialog-contact", "RFC 3261 §8.1.1.8"},
    {Applies::Request, "REFER", 0, 0, HeaderId::Contact, Severity::Error, "dialog-contact", "RFC 3261 §8.1.1.8"},
    {Applies::Request, "UPDATE", 0, 0, HeaderId::Contact, Severity::Error, "method", "RFC 3311 §7"},
    {Applies::Request, "NOTIFY", 0, 0, HeaderId::Contact, Severity::Warning, "target-refresh-contact", "RFC 6665 §3.2"},
    {Applies::Request, "SUBSCRIBE", 0, 0, HeaderId::Event, Severity::Error, "method", "RFC 6665 §3.1.2"},
    {Applies::Request, "SUBSCRIBE", 0, 0, HeaderId::Expires, Severity::Warning, "method-should", "RFC 6665 §3.1.1"},
    {Applies::Request, "NOTIFY", 0, 0, HeaderId::Event, Severity::Error, "method", "RFC 6665 §3.2.1"},
    {Applies::Request, "NOTIFY", 0, 0, HeaderId::SubscriptionState, Severity::Error, "method", "RFC 6665 §4.1.3"},
    {Applies::Request, "PUBLISH", 0, 0, HeaderId::Event, Severity::Error, "method", "RFC 3903 §4.1"},
    {Applies::Request, "REFER", 0, 0, HeaderId::ReferTo, Severity::Error, "method", "RFC 3515 §2.4.1"},
    {Applies::Request, "PRACK", 0, 0, HeaderId::RAck, Severity::Error, "method", "RFC 3262 §7.2"},

    {Applies::ResponseCode, nullptr, 199, 199, HeaderId::Reason, Severity::Error, "code", "RFC 6228 §5"},
    {Applies::ResponseCode, nullptr, 300, 305, HeaderId::Contact, Severity::Warning, "redirect-contact", "RFC 3261 §21.3"},
    {Applies::ResponseCode, nullptr, 401, 401, HeaderId::WwwAuthenticate, Severity::Error, "code", "RFC 3261 §22.2"},
    {Applies::ResponseCode, nullptr, 405, 405, HeaderId::Allow, Severity::Error, "code", "RFC 3261 §21.4.6"},
    {Applies::ResponseCode, nullptr, 407, 407, HeaderId::ProxyAuthenticate, Severity::Error, "code", "RFC 3261 §22.3"},
    {Applies::ResponseCode, nullptr, 420, 420, HeaderId::Unsupported, Severity::Error, "code", "RFC 3261 §21.4.15"},
    {Applies::ResponseCode, nullptr, 421, 421, HeaderId::Require, Severity::Error, "code", "RFC 3261 §21.4.16"},
    {Applies::ResponseCode, nullptr, 422, 422, HeaderId::MinSE, Severity::Error, "code", "RFC 4028 §6"},
    {Applies::ResponseCode, nullptr, 423, 423, HeaderId::MinExpires, Severity::Error, "code", "RFC 3261 §21.4.17"},
    {Applies::ResponseCode, nullptr, 425, 425, HeaderId::AlertMsgError, Severity::Error, "code", "RFC 8876 §5.1"},
    {Applies::ResponseCode, nullptr, 469, 469, HeaderId::RecvInfo, Severity::Error, "code", "RFC 6086 §4.2.2"},
    {Applies::ResponseCode, nullptr, 470, 470, HeaderId::PermissionMissing, Severity::Warning, "code-should", "RFC 5360 §5.9.2"},
    {Applies::ResponseCode, nullptr, 494, 494, HeaderId::SecurityServer, Severity::Error, "code", "RFC 3329 §2.3.1"},

    {Applies::SuccessTo, "INVITE", 0, 0, HeaderId::Contact, Severity::Error, "dialog-response-contact", "RFC 3261 §12.1.1"},
    {Applies::SuccessTo, "SUBSCRIBE", 0, 0, HeaderId::Contact, Severity::Error, "dialog-response-contact", "RFC 3261 §12.1.1"},
    {Applies::SuccessTo, "REFER", 0, 0, HeaderId::Contact, Severity::Error, "dialog-response-contact", "RFC 3261 §12.1.1"},
    {Applies::SuccessTo, "UPDATE", 0, 0, HeaderId::Contact, Severity::Error, "success-to", "RFC 3311 §7"},
    {Applies::SuccessTo, "PUBLISH", 0, 0, HeaderId::SipETag, Severity::Error, "success-to", "RFC 3903 §6"},
    {Applies::SuccessTo, "PUBLISH", 0, 0, HeaderId::Expires, Severity::Error, "success-to", "RFC 3903 §6"},
};

struct Forbidden
{
    Applies applies;
    const char *method;
    HeaderId header;
    Severity severity;
    const char *detail;
    const char *rfc;
};

// Contact in MESSAGE is forbidden to the sending UA, yet harmless to receivers (RFC 4475 §3.1.1.11
// calls such a message valid): a warning.
constexpr Forbidden forbidden[] = {
    {Applies::Request, "MESSAGE", HeaderId::Contact, Severity::Warning, "request", "RFC 3428 §4"},
    {Applies::SuccessTo, "MESSAGE", HeaderId::Contact, Severity::Warning, "success-to", "RFC 3428 §7"},
    {Applies::Request, "CANCEL", HeaderId::Require, Severity::Error, "request", "RFC 3261 §8.2.2.3"},
    {Applies::Request, "CANCEL", HeaderId::ProxyRequire, Severity::Error, "request", "RFC 3261 §8.2.2.3"},
};

bool applies(Applies a, const char *method, int low, int high, const SipMessage &m, QByteArrayView messageMethod)
{
    switch (a) {
    case Applies::AnyRequest:
        return m.isRequest();
    case Applies::Request:
        return m.isRequest() && messageMethod == QByteArrayView(method);
    case Applies::AnyResponse:
        return m.isResponse();
    case Applies::ResponseCode:
        return m.isResponse() && m.code >= low && m.code <= high;
    case Applies::SuccessTo:
        return m.isResponse() && m.code >= 200 && m.code <= 299 && messageMethod == QByteArrayView(method);
    }
    return false;
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
    QString methodText;
    if (m.isRequest()) {
        method = c.view(m.method);
    } else if (const HeaderField *cseq = m.first(HeaderId::CSeq)) {
        method = value::parseCSeq(c.view(cseq->value)).method;
    }
    methodText = QString::fromLatin1(method);
    const QString what = m.isRequest() ? methodText : QString::number(m.code);

    for (const Rule &r : rules) {
        if (c.headers.has(r.header) || !applies(r.applies, r.method, r.low, r.high, m, method))
            continue;
        c.add({"missing-header", r.detail, r.severity, m.startLine, canonicalHeaderName(r.header), r.rfc,
               {QString::fromLatin1(canonicalHeaderName(r.header)), what, methodText}});
    }

    // 415 must say what the server accepts, in whichever of the three fits the problem.
    if (m.isResponse() && m.code == 415 && !c.headers.has(HeaderId::Accept) && !c.headers.has(HeaderId::AcceptEncoding)
        && !c.headers.has(HeaderId::AcceptLanguage)) {
        c.add({"missing-header", "accept-415", Severity::Error, m.startLine, "Accept", "RFC 3261 §21.4.13",
               {QStringLiteral("Accept"), what, methodText}});
    }

    // A reliable provisional response carries RSeq (RFC 3262 §3).
    if (m.isResponse() && m.code > 100 && m.code < 200 && !c.headers.has(HeaderId::RSeq)) {
        for (const HeaderField &h : m.headers) {
            if (h.id != HeaderId::Require)
                continue;
            for (QByteArrayView tag : value::splitList(c.view(h.value))) {
                if (tag.compare("100rel", Qt::CaseInsensitive) == 0) {
                    c.add({"missing-header", "reliable-rseq", Severity::Error, m.startLine, "RSeq", "RFC 3262 §3",
                           {QStringLiteral("RSeq"), what, methodText}});
                    break;
                }
            }
        }
    }

    // Stream transports delimit messages by Content-Length alone (RFC 3261 §18.3).
    if (!c.headers.has(HeaderId::ContentLength)) {
        if (const HeaderField *via = m.first(HeaderId::Via)) {
            const std::vector<QByteArrayView> values = value::splitList(c.view(via->value));
            if (!values.empty()) {
                const value::Via top = value::parseVia(values.front());
                if (isStreamTransport(top.transport))
                    c.add({"missing-header", "stream-content-length", Severity::Error, m.startLine, "Content-Length",
                           "RFC 3261 §18.3",
                           {QStringLiteral("Content-Length"), what, QString::fromLatin1(top.transport)}});
            }
        }
    }

    for (const Forbidden &f : forbidden) {
        if (!c.headers.has(f.header) || !applies(f.applies, f.method, 0, 0, m, method))
            continue;
        for (const HeaderField &h : m.headers) {
            if (h.id == f.header) {
                c.add({"forbidden-header", f.detail, f.severity, h.line, canonicalHeaderName(f.header), f.rfc,
                       {QString::fromLatin1(canonicalHeaderName(f.header)), what, methodText}});
                break;
            }
        }
    }
}

} // namespace sipref
