#include "inspector/messagelistfacts.h"

#include "sip/headervalue.h"

namespace sipref {

namespace {

// Appends the text lower-cased: ASCII (nearly all of it) byte by byte, anything else as characters.
void appendLowered(QByteArray &out, QByteArrayView utf8)
{
    bool ascii = true;
    for (const char c : utf8)
        ascii = ascii && uchar(c) < 0x80;
    if (!ascii) {
        out += QString::fromUtf8(utf8).toLower().toUtf8();
        return;
    }
    for (const char c : utf8)
        out += c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}

void appendSearchText(QByteArray &out, const Inspection &in, const SipMessage &m)
{
    // The input's own bytes where they are read as UTF-8 (UTF-16 was converted to it, binary junk is
    // read so), else decoded first.
    const bool utf8 = in.encoding != TextEncoding::Gb18030 && in.encoding != TextEncoding::Windows1252;
    auto append = [&](Span span) {
        if (utf8)
            appendLowered(out, in.view(span));
        else
            out += in.string(span).toLower().toUtf8();
    };
    append(m.startLine);
    out += '\n';
    if (const HeaderField *callId = m.first(HeaderId::CallId)) {
        if (callId->folded)
            out += in.unfoldedValue(*callId).toLower().toUtf8();
        else
            append(callId->value());
    }
    out += '\n';
    appendLowered(out, m.origin->source);
    out += '\n';
    appendLowered(out, m.origin->destination);
}

} // namespace

MessageListFacts messageListFacts(const Inspection &in)
{
    MessageListFacts facts;
    const std::size_t count = in.messages.size();
    facts.findings.assign(count, 0);
    facts.errors.assign(count, 0);
    facts.method.assign(count, 0);
    facts.methodNames = {QByteArray()};
    for (const Diagnostic &d : in.diagnostics) {
        if (d.message >= 0) {
            ++facts.findings[std::size_t(d.message)];
            facts.errors[std::size_t(d.message)] += d.severity == Severity::Error;
        }
    }
    Transport seen = Transport::Unknown;
    facts.searchStart.reserve(count + 1);
    for (std::size_t i = 0; i < count; ++i) {
        const SipMessage &m = in.messages[i];
        facts.searchStart.push_back(facts.searchText.size());
        appendSearchText(facts.searchText, in, m);
        facts.hasOrigins = facts.hasOrigins || m.origin->isKnown();
        if (m.origin->transport != Transport::Unknown) {
            facts.severalTransports = facts.severalTransports || (seen != Transport::Unknown && seen != m.origin->transport);
            seen = m.origin->transport;
        }
        QByteArrayView method;
        if (m.isRequest())
            method = in.view(m.method);
        else if (const HeaderField *cseq = m.first(HeaderId::CSeq))
            method = value::parseCSeq(in.view(cseq->value())).method;
        if (method.isEmpty())
            continue;
        qsizetype id = facts.methodNames.indexOf(method);
        if (id < 0) {
            id = facts.methodNames.size();
            facts.methodNames.append(method.toByteArray());
        }
        facts.method[i] = id;
    }
    facts.searchStart.push_back(facts.searchText.size());
    return facts;
}

} // namespace sipref
