#include "cli/inspectionjson.h"

#include "checks/diagnostictexts.h"
#include "sip/headervalue.h"

#include <QJsonArray>
#include <algorithm>

namespace sipref {

namespace {

// Offsets and lengths in bytes of the input as given (they differ from the inspected text's where
// colour codes were left out, non-breaking spaces replaced or escaped messages unescaped).
qsizetype inputLength(const Inspection &in, Span s)
{
    // An empty span where something was left out maps its end before its start.
    return std::max<qsizetype>(0, in.inputEnd(s.end()) - in.inputOffset(s.offset));
}

QJsonObject spanJson(const Inspection &in, Span s)
{
    return {{QStringLiteral("offset"), double(in.inputOffset(s.offset))},
            {QStringLiteral("length"), double(inputLength(in, s))}};
}

QJsonObject diagnosticJson(const Inspection &in, const Diagnostic &d, Language language)
{
    QJsonObject o{
        {QStringLiteral("id"), QString::fromLatin1(d.id)},
        {QStringLiteral("severity"), QString::fromLatin1(severityId(d.severity))},
        {QStringLiteral("offset"), double(in.inputOffset(d.span.offset))},
        {QStringLiteral("length"), double(inputLength(in, d.span))},
        {QStringLiteral("rfc"), QString::fromUtf8(d.rfc)},
        {QStringLiteral("message"), diagnosticMessage(d, language)},
    };
    if (*d.header)
        o.insert(QStringLiteral("header"), QString::fromLatin1(d.header));
    // Decoded Reason and Warning values, as fields scripts can read without parsing the sentence.
    const QByteArrayView id(d.id);
    if (id == "reason-cause" && d.args.size() >= 2) {
        o.insert(QStringLiteral("protocol"), d.args[0]);
        o.insert(QStringLiteral("cause"), d.args[1].toInt());
        if (d.args.size() >= 3 && !d.args[2].isEmpty())
            o.insert(QStringLiteral("meaning"), d.args[2]);
        if (d.args.size() >= 4 && !d.args[3].isEmpty())
            o.insert(QStringLiteral("sipCode"), d.args[3].toInt());
    } else if (id == "warning-code" && d.args.size() >= 3) {
        o.insert(QStringLiteral("warnCode"), d.args[0].toInt());
        o.insert(QStringLiteral("warnAgent"), d.args[1]);
        o.insert(QStringLiteral("warnText"), d.args[2]);
        if (d.args.size() >= 4 && !d.args[3].isEmpty())
            o.insert(QStringLiteral("meaning"), d.args[3]);
    }
    return o;
}

// What the capture or the log wrapper told about the message; only the fields it told.
void addOrigin(QJsonObject &o, const MessageOrigin &origin)
{
    if (origin.hasTime())
        o.insert(QStringLiteral("time"), formatOriginTime(origin));
    if (!origin.source.isEmpty())
        o.insert(QStringLiteral("source"), QString::fromUtf8(origin.source));
    if (!origin.destination.isEmpty())
        o.insert(QStringLiteral("destination"), QString::fromUtf8(origin.destination));
    if (origin.transport != Transport::Unknown)
        o.insert(QStringLiteral("transport"), QString::fromLatin1(transportName(origin.transport)));
    if (origin.direction != Direction::Unknown)
        o.insert(QStringLiteral("direction"), origin.direction == Direction::Received ? QStringLiteral("received")
                                                                                       : QStringLiteral("sent"));
}

QJsonObject messageJson(const Inspection &in, const SipMessage &m, const std::vector<const Diagnostic *> &diags,
                        Language language)
{
    QJsonObject o{
        {QStringLiteral("offset"), double(in.inputOffset(m.whole.offset))},
        {QStringLiteral("length"), double(inputLength(in, m.whole))},
        {QStringLiteral("kind"), m.isRequest() ? QStringLiteral("request") : QStringLiteral("response")},
        {QStringLiteral("startLine"), spanJson(in, m.startLine)},
        {QStringLiteral("line"), m.lineNumber},
    };
    const HeaderField *cseq = m.first(HeaderId::CSeq);
    if (m.isRequest()) {
        o.insert(QStringLiteral("method"), in.string(m.method));
        o.insert(QStringLiteral("requestUri"), in.string(m.requestUri));
    } else {
        if (cseq)
            o.insert(QStringLiteral("method"), QString::fromLatin1(value::parseCSeq(in.view(cseq->value())).method));
        o.insert(QStringLiteral("code"), m.code);
        o.insert(QStringLiteral("reason"), in.string(m.reason));
    }
    if (const HeaderField *callId = m.first(HeaderId::CallId))
        o.insert(QStringLiteral("callId"), in.unfoldedValue(*callId));
    addOrigin(o, *m.origin);
    QJsonArray headers;
    for (const HeaderField &h : m.headers) {
        QJsonObject hj{
            {QStringLiteral("name"), in.string(h.name())},
            {QStringLiteral("canonical"), h.id == HeaderId::Unknown ? in.string(h.name())
                                                                    : QString::fromLatin1(canonicalHeaderName(h.id))},
            {QStringLiteral("value"), in.unfoldedValue(h)},
            {QStringLiteral("offset"), double(in.inputOffset(h.line().offset))},
            {QStringLiteral("length"), double(inputLength(in, h.line()))},
        };
        headers.append(hj);
    }
    o.insert(QStringLiteral("headers"), headers);
    o.insert(QStringLiteral("body"), spanJson(in, m.body));
    QJsonArray list;
    for (const Diagnostic *d : diags)
        list.append(diagnosticJson(in, *d, language));
    o.insert(QStringLiteral("diagnostics"), list);
    return o;
}

} // namespace

QJsonObject inspectionToJson(const Inspection &in, const QString &inputName, Language language)
{
    std::vector<std::vector<const Diagnostic *>> perMessage(in.messages.size());
    QJsonArray global;
    for (const Diagnostic &d : in.diagnostics) {
        if (d.message >= 0 && std::size_t(d.message) < perMessage.size())
            perMessage[std::size_t(d.message)].push_back(&d);
        else
            global.append(diagnosticJson(in, d, language));
    }
    QJsonArray messages;
    for (std::size_t i = 0; i < in.messages.size(); ++i)
        messages.append(messageJson(in, in.messages[i], perMessage[i], language));
    return {
        {QStringLiteral("input"), inputName},
        {QStringLiteral("bytes"), double(in.inputText().size())},
        {QStringLiteral("encoding"), encodingName(in.encoding)},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("diagnostics"), global},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("messages"), int(in.messages.size())},
                     {QStringLiteral("errors"), in.count(Severity::Error)},
                     {QStringLiteral("warnings"), in.count(Severity::Warning)},
                     {QStringLiteral("infos"), in.count(Severity::Info)}}},
    };
}

} // namespace sipref
