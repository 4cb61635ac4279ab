// The values of the core header fields: CSeq, Max-Forwards, Via, the tags, addresses, Date and
// the numeric fields (RFC 3261 §8.1.1, §20, §25).
#include "checks/checks.h"
#include "sip/headervalue.h"
#include "sip/scanner.h"

namespace sipref {

namespace {

using value::NumberStatus;

void checkCSeq(const CheckContext &c, const HeaderField &h)
{
    const SipMessage &m = c.message;
    // Only the first CSeq field is read (checkHeaderValues), the one the context has parsed.
    const value::CSeq cseq = &h == c.first(HeaderId::CSeq) ? *c.firstCSeq() : value::parseCSeq(c.view(h.value()));
    if (!cseq.wellFormed) {
        c.add({"invalid-cseq", "format", Severity::Error, h.value(), "CSeq", "RFC 3261 §20.16", {c.string(h.value())}});
        return;
    }
    if (cseq.numberStatus == NumberStatus::TooLarge || cseq.number >= (quint64(1) << 31)) {
        // The number is what precedes the method view; searching for the method's text instead
        // found it inside the number when the method was digits ("CSeq: 99999999999 9").
        const QByteArrayView value = c.view(h.value());
        const QByteArrayView number = value.first(cseq.method.data() - value.data()).trimmed();
        c.add({"invalid-cseq", "range", Severity::Error, h.value(), "CSeq", "RFC 3261 §8.1.1.5",
               {decodeBytes(number.data(), number.size(), c.encoding)}});
    }
    if (m.isRequest() && cseq.method != c.view(m.method)) {
        c.add({"cseq-method-mismatch", "", Severity::Error, h.value(), "CSeq", "RFC 3261 §8.1.1.5",
               {QString::fromLatin1(cseq.method), c.string(m.method)}});
    }
}

void checkMaxForwards(const CheckContext &c, const HeaderField &h)
{
    quint64 n = 0;
    const NumberStatus s = value::parseNumber(c.view(h.value()), &n);
    if (s != NumberStatus::Ok || n > 255) {
        c.add({"invalid-max-forwards", "", Severity::Error, h.value(), "Max-Forwards", "RFC 3261 §20.22",
               {c.string(h.value())}});
    } else if (n == 0 && c.message.isRequest()) {
        c.add({"max-forwards-zero", "", Severity::Info, h.value(), "Max-Forwards", "RFC 3261 §16.3", {}});
    }
}

// Out of line: the rare case of checkTrailingSeparator() below.
Q_NEVER_INLINE void reportTrailingSeparator(const CheckContext &c, const HeaderField &h, char last)
{
    // The rest of the value on the next line, written without the space that folds a line: that
    // line is reported already (malformed-header-line continuation), and it is the one fault.
    for (const BadHeaderLine &bad : c.message.badLines) {
        if (bad.afterHeader && bad.line.offset > h.line().end() && bad.line.offset <= h.line().end() + 3)
            return;
    }
    c.add({"trailing-separator", "", Severity::Error, h.value(), canonicalHeaderName(h.id), "RFC 3261 §25.1",
           {QString::fromLatin1(canonicalHeaderName(h.id)), QString(QLatin1Char(last))}});
}

// A value that ends in ';' or ',' holds an empty parameter or an empty list entry, which the grammar
// has no room for: a parameter and a list entry are each at least a token (RFC 3261 §25.1). A value
// put together by a script or a header rule often ends so ("...;tag=a1;", "Via: ...;,"). `v` is the
// field's value, which ends at its last character (HeaderField::value()); the callers have it at
// hand already, and one byte is all there is to look at.
void checkTrailingSeparator(const CheckContext &c, const HeaderField &h, QByteArrayView v)
{
    if (v.isEmpty() || (v.back() != ';' && v.back() != ','))
        return;
    reportTrailingSeparator(c, h, v.back());
}

void checkVia(const CheckContext &c, const HeaderField &h, bool topmost)
{
    if (!topmost)
        return;
    const QByteArrayView whole = c.view(h.value());
    QByteArrayView top;
    if (!value::ListReader(whole).next(&top))
        return;
    const value::Via via = value::parseVia(top);
    c.parsed.hasVia = true;
    c.parsed.via = via;
    c.parsed.viaItem = top;
    const bool request = c.message.isRequest();
    if (via.branch.isNull() || via.branch.isEmpty()) {
        // RFC 2543 elements sent no branch, and RFC 3261 §17.2.3 still matches their requests, so
        // this marks an old or broken peer rather than an unusable message.
        c.add({"via-branch-missing", request ? "request" : "response", Severity::Warning, h.value(), "Via",
               "RFC 3261 §8.1.1.7", {}});
    } else if (!via.branch.startsWith("z9hG4bK")) {
        c.add({"via-branch-not-rfc3261", "", Severity::Warning, h.value(), "Via", "RFC 3261 §8.1.1.7",
               {QString::fromLatin1(via.branch)}});
    }
    checkTrailingSeparator(c, h, whole);
}

// Reports a problem of an address value; true when there is one.
bool reportAddressProblem(const CheckContext &c, const HeaderField &h, value::AddressProblem problem)
{
    const char *id = nullptr;
    const char *rfc = nullptr;
    switch (problem) {
    case value::AddressProblem::None:
    case value::AddressProblem::Empty:
        return false;
    case value::AddressProblem::UnterminatedQuote:
        id = "unterminated-quote";
        rfc = "RFC 3261 §25.1";
        break;
    case value::AddressProblem::UnclosedAngle:
        id = "unclosed-angle-bracket";
        rfc = "RFC 3261 §20.10";
        break;
    case value::AddressProblem::NameAddrRequired:
        id = "name-addr-required";
        rfc = "RFC 3261 §20.10";
        break;
    case value::AddressProblem::SpacesInUri:
        id = "spaces-in-uri";
        rfc = "RFC 3261 §19.1.1";
        break;
    case value::AddressProblem::DisplayNameNeedsQuotes:
        id = "display-name-needs-quotes";
        rfc = "RFC 3261 §25.1";
        break;
    }
    c.add({id, "", Severity::Error, h.value(), canonicalHeaderName(h.id), rfc,
           {QString::fromLatin1(canonicalHeaderName(h.id))}});
    return true;
}

// Reports the first problem of one address value; true when it found one.
bool checkOneAddress(const CheckContext &c, const HeaderField &h, QByteArrayView one)
{
    return reportAddressProblem(c, h, value::checkAddress(one));
}

void checkAddress(const CheckContext &c, const HeaderField &h, bool list)
{
    const QByteArrayView v = c.view(h.value());
    if (!list) {
        if (!checkOneAddress(c, h, v))
            checkTrailingSeparator(c, h, v);
        return;
    }
    value::ListReader items(v);
    for (QByteArrayView one; items.next(&one);) {
        if (checkOneAddress(c, h, one))
            return;
    }
    checkTrailingSeparator(c, h, v);
}

// route-param = name-addr *( SEMI rr-param ): a route is always in angle brackets (RFC 3261 §25.1),
// since its URI parameters such as ;lr would otherwise read as header parameters.
void checkRouteForm(const CheckContext &c, const HeaderField &h)
{
    value::ListReader items(c.view(h.value()));
    for (QByteArrayView one; items.next(&one);) {
        if (!one.contains('<')) {
            c.add({"name-addr-required", "route", Severity::Error, h.value(), canonicalHeaderName(h.id), "RFC 3261 §20.30",
                   {QString::fromLatin1(canonicalHeaderName(h.id))}});
            return;
        }
    }
}

// `tag`: the value's tag parameter, as headerParam() reads it.
void checkTag(const CheckContext &c, const HeaderField &h, QByteArrayView tag)
{
    const SipMessage &m = c.message;
    // Asked of the first To and From only: the tags the flow analysis reads.
    (h.id == HeaderId::To ? c.parsed.hasToTag : c.parsed.hasFromTag) = true;
    (h.id == HeaderId::To ? c.parsed.toTag : c.parsed.fromTag) = tag;
    if (!tag.isEmpty())
        return;
    if (h.id == HeaderId::To && m.isResponse() && m.code > 100 && m.code <= 699) {
        // A response to CANCEL only SHOULD repeat the tag of the INVITE's response (§9.2), and
        // RFC 3665's own flows answer CANCEL without one: a warning, not an error.
        const value::CSeq *cseq = c.firstCSeq();
        const bool toCancel = cseq && cseq->method == "CANCEL";
        c.add({"missing-to-tag", toCancel ? "cancel" : "", toCancel ? Severity::Warning : Severity::Error, h.value(),
               "To", toCancel ? "RFC 3261 §9.2" : "RFC 3261 §8.2.6.2", {QString::number(m.code)}});
    } else if (h.id == HeaderId::From) {
        // The UAC's fault; a response only copies what the request carried.
        c.add({"missing-from-tag", m.isRequest() ? "request" : "response",
               m.isRequest() ? Severity::Error : Severity::Warning, h.value(), "From", "RFC 3261 §8.1.1.3", {}});
    }
}

void checkNumber(const CheckContext &c, const HeaderField &h, quint64 max, const char *rfc)
{
    QByteArrayView v = c.view(h.value());
    // Retry-After may carry a comment and parameters after the number.
    if (h.id == HeaderId::RetryAfter || h.id == HeaderId::SessionExpires || h.id == HeaderId::MinSE) {
        qsizetype end = 0;
        while (end < v.size() && lex::isDigit(uchar(v[end])))
            ++end;
        if (end > 0)
            v = v.first(end);
    }
    quint64 n = 0;
    const NumberStatus s = value::parseNumber(v, &n);
    if (s == NumberStatus::Ok && n <= max)
        return;
    const QString name = QString::fromLatin1(canonicalHeaderName(h.id));
    if (s == NumberStatus::NotANumber) {
        c.add({"invalid-number", "", Severity::Error, h.value(), canonicalHeaderName(h.id), rfc, {name, c.string(h.value())}});
    } else if (s == NumberStatus::TooLarge || n > max) {
        c.add({"value-out-of-range", "", Severity::Error, h.value(), canonicalHeaderName(h.id), rfc,
               {name, c.string(h.value()), QString::number(max)}});
    }
}

void checkContentLength(const CheckContext &c, const HeaderField &h)
{
    quint64 n = 0;
    const NumberStatus s = value::parseNumber(c.view(h.value()), &n);
    // Larger than 4 GiB cannot be a SIP message: treat it as corrupt rather than as a length.
    // A decimal of 20 digits or more is a number too, only an absurd one: it gets the "absurd"
    // sentence, not the one saying the value is no decimal number.
    if (s == NumberStatus::NotANumber)
        c.add({"invalid-content-length", "", Severity::Error, h.value(), "Content-Length", "RFC 3261 §20.14",
               {c.string(h.value())}});
    else if (s == NumberStatus::TooLarge || n > 0xffffffffULL)
        c.add({"invalid-content-length", "absurd", Severity::Error, h.value(), "Content-Length", "RFC 3261 §20.14",
               {c.string(h.value())}});
}

void checkNotEmpty(const CheckContext &c, const HeaderField &h)
{
    if (h.value().isEmpty())
        c.add({"empty-header-value", "", Severity::Error, h.line(), canonicalHeaderName(h.id), "RFC 3261 §25.1",
               {QString::fromLatin1(canonicalHeaderName(h.id))}});
}

} // namespace

void checkHeaderValues(const CheckContext &c)
{
    constexpr quint64 max32 = 0xffffffffULL; // delta-seconds, RFC 3261 §20.19 and §25.1
    bool seenVia = false;
    bool seenTo = false, seenFrom = false, seenCSeq = false, seenMaxForwards = false, seenLength = false;
    for (const HeaderField &h : c.message.headers) {
        switch (h.id) {
        case HeaderId::CSeq:
            checkNotEmpty(c, h);
            if (!seenCSeq && !h.value().isEmpty())
                checkCSeq(c, h);
            seenCSeq = true;
            break;
        case HeaderId::MaxForwards:
            if (!seenMaxForwards)
                checkMaxForwards(c, h);
            seenMaxForwards = true;
            break;
        case HeaderId::Via:
            checkNotEmpty(c, h);
            checkVia(c, h, !seenVia);
            seenVia = true;
            break;
        case HeaderId::To:
        case HeaderId::From:
            checkNotEmpty(c, h);
            if (!h.value().isEmpty()) {
                if (!(h.id == HeaderId::To ? seenTo : seenFrom)) {
                    // The first of each: its tag too, read in the same look at the value.
                    const QByteArrayView v = c.view(h.value());
                    const value::AddressAndTag read = value::checkAddressAndTag(v);
                    if (!reportAddressProblem(c, h, read.problem))
                        checkTrailingSeparator(c, h, v);
                    checkTag(c, h, read.tag);
                } else {
                    checkAddress(c, h, false);
                }
            }
            (h.id == HeaderId::To ? seenTo : seenFrom) = true;
            break;
        case HeaderId::CallId:
            checkNotEmpty(c, h);
            break;
        case HeaderId::Contact:
        case HeaderId::ReplyTo:
            checkAddress(c, h, h.id != HeaderId::ReplyTo);
            break;
        case HeaderId::Route:
        case HeaderId::RecordRoute:
            checkAddress(c, h, true);
            checkRouteForm(c, h);
            break;
        case HeaderId::ContentLength:
            if (!seenLength)
                checkContentLength(c, h);
            seenLength = true;
            break;
        case HeaderId::Expires:
            checkNumber(c, h, max32, "RFC 3261 §20.19");
            break;
        case HeaderId::MinExpires:
            checkNumber(c, h, max32, "RFC 3261 §20.23");
            break;
        case HeaderId::RetryAfter:
            checkNumber(c, h, max32, "RFC 3261 §20.33");
            break;
        case HeaderId::SessionExpires:
        case HeaderId::MinSE:
            checkNumber(c, h, max32, "RFC 4028 §4");
            break;
        case HeaderId::Date:
            if (value::isIsoLocalTime(c.view(h.value())))
                // What every GB/T 28181 registrar sends for device time sync: notable, not broken.
                c.add({"invalid-date", "gb28181", Severity::Info, h.value(), "Date", "RFC 3261 §20.17", {c.string(h.value())}});
            else if (!value::isValidSipDate(c.view(h.value())))
                c.add({"invalid-date", "", Severity::Error, h.value(), "Date", "RFC 3261 §20.17", {c.string(h.value())}});
            break;
        default:
            break;
        }
    }
}

} // namespace sipref
