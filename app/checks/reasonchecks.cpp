// Reason (RFC 3326, RFC 6432) and Warning (RFC 3261 §20.43) header fields, decoded so that the
// real cause of a failed call is shown next to its status code.
#include "catalog/catalog.h"
#include "checks/checks.h"
#include "sip/headervalue.h"
#include "sip/scanner.h"

namespace sipref {

namespace {

QString unquoted(QByteArrayView v)
{
    v = value::trimmed(v);
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"')
        v = v.sliced(1, v.size() - 2);
    return QString::fromUtf8(v);
}

void checkReason(const CheckContext &c, const HeaderField &h)
{
    const SipMessage &m = c.message;
    for (QByteArrayView one : value::splitList(c.view(h.value()))) {
        const qsizetype semi = one.indexOf(';');
        const QByteArrayView protocol = value::trimmed(semi < 0 ? one : one.first(semi));
        // headerParam() reads parameters after the first ';', as for an addr-spec.
        const QByteArrayView causeText = value::headerParam(one, "cause");
        const QString text = unquoted(value::headerParam(one, "text"));
        quint64 cause = 0;
        if (causeText.isNull() || value::parseNumber(causeText, &cause) != value::NumberStatus::Ok)
            continue;
        const QString protocolName = QString::fromLatin1(protocol);
        const QString causeString = QString::number(cause);
        if (protocol.compare("Q.850", Qt::CaseInsensitive) == 0) {
            const CodeEntry *entry = c.catalog.find(EntryKind::Q850, int(cause));
            if (!entry) {
                c.add({"reason-cause", "unknown", Severity::Info, h.value(), "Reason", "RFC 3326 §2",
                       {protocolName, causeString, text}});
                continue;
            }
            const QString sip = entry->sipCode ? QString::number(entry->sipCode) : QString();
            c.add({"reason-cause", entry->sipCode ? "q850" : "q850-unmapped", Severity::Info, h.value(), "Reason",
                   "RFC 3326 §2", {protocolName, causeString, entry->reason, sip}});
            // A final response whose cause maps to another class: the gateway's mapping differs from
            // RFC 3398's, or something on the way changed the status code.
            if (m.isResponse() && m.code >= 300 && m.code <= 699 && entry->sipCode
                && entry->sipCode / 100 != m.code / 100)
                c.add({"reason-class-mismatch", "", Severity::Info, h.value(), "Reason", "RFC 3398 §7.2.4.1",
                       {QString::number(m.code), causeString, entry->reason, sip}});
        } else if (protocol.compare("SIP", Qt::CaseInsensitive) == 0) {
            const std::optional<CodeEntry> entry = c.catalog.lookup(int(cause));
            c.add({"reason-cause", entry ? "sip" : "unknown", Severity::Info, h.value(), "Reason", "RFC 3326 §2",
                   {protocolName, causeString, entry ? entry->reason : text}});
        } else {
            c.add({"reason-cause", "other", Severity::Info, h.value(), "Reason", "RFC 3326 §2",
                   {protocolName, causeString, text}});
        }
    }
    if (m.isResponse())
        c.add({"reason-in-response", "", Severity::Info, h.line(), "Reason", "RFC 6432 §2", {}});
}

void checkWarning(const CheckContext &c, const HeaderField &h)
{
    // warning-value = warn-code SP warn-agent SP warn-text
    for (QByteArrayView one : value::splitList(c.view(h.value()))) {
        one = value::trimmed(one);
        qsizetype i = 0;
        while (i < one.size() && lex::isDigit(uchar(one[i])))
            ++i;
        if (i != 3)
            continue;
        const int code = (one[0] - '0') * 100 + (one[1] - '0') * 10 + (one[2] - '0');
        const QByteArrayView rest = value::trimmed(one.sliced(i));
        const qsizetype space = rest.indexOf(' ');
        const QString agent = QString::fromUtf8(space < 0 ? rest : rest.first(space));
        const QString text = unquoted(space < 0 ? QByteArrayView() : rest.sliced(space));
        const CodeEntry *entry = c.catalog.find(EntryKind::Warning, code);
        c.add({"warning-code", entry ? "" : "unknown", Severity::Info, h.value(), "Warning", "RFC 3261 §20.43",
               {QString::number(code), agent, text, entry ? entry->reason : QString()}});
    }
}

} // namespace

void checkReasonAndWarning(const CheckContext &c)
{
    if (!c.headers.has(HeaderId::Reason) && !c.headers.has(HeaderId::Warning))
        return; // most messages: no walk over their fields
    for (const HeaderField &h : c.message.headers) {
        if (h.id == HeaderId::Reason)
            checkReason(c, h);
        else if (h.id == HeaderId::Warning)
            checkWarning(c, h);
    }
}

} // namespace sipref
