#include "inspector/summarycard.h"

#include "catalog/catalog.h"
#include "classcolors.h"
#include "sip/headervalue.h"

#include <QCoreApplication>

namespace sipref {

namespace {

struct SummaryCard
{
    Q_DECLARE_TR_FUNCTIONS(SummaryCard)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString summaryCardHtml(const Inspection &in, int index, const Catalog &catalog, Language lang, bool dark)
{
    const QString muted = mutedTextColor(dark).name();
    if (index < 0 || std::size_t(index) >= in.messages.size()) {
        if (in.messages.empty())
            return QStringLiteral("<p style=\"color:%1\">%2</p>").arg(muted, esc(SummaryCard::tr("Paste a SIP message or a log into the editor, or open a file. Each message found is checked against the RFCs.")));
        return QStringLiteral("<p style=\"color:%1\">%2</p>").arg(muted, esc(SummaryCard::tr("Select a message.")));
    }
    const SipMessage &m = in.messages[std::size_t(index)];
    int errors = 0, warnings = 0, infos = 0;
    for (const Diagnostic &d : in.diagnostics) {
        if (d.message != index)
            continue;
        errors += d.severity == Severity::Error;
        warnings += d.severity == Severity::Warning;
        infos += d.severity == Severity::Info;
    }
    // The real cause of a failure often travels in Reason and Warning: decoded, right under the title.
    QString causes;
    for (const Diagnostic &d : in.diagnostics) {
        if (d.message != index || d.args.size() < 2)
            continue;
        const QByteArrayView id(d.id);
        if (id == "reason-cause" && d.args[0].compare(QLatin1String("Q.850"), Qt::CaseInsensitive) == 0) {
            const CodeEntry *cause = catalog.find(EntryKind::Q850, d.args[1].toInt());
            causes += QStringLiteral("<p><b>Reason</b> <a href=\"code:q850/%1\">Q.850 %1</a> %2%3</p>")
                        .arg(d.args[1], cause ? esc(cause->reason + QStringLiteral(" — ") + cause->name.in(lang)) : QString(),
                             cause && cause->sipCode ? esc(QStringLiteral(" → SIP %1").arg(cause->sipCode)) : QString());
        } else if (id == "reason-cause") {
            causes += QStringLiteral("<p><b>Reason</b> %1 %2 %3</p>").arg(esc(d.args[0]), esc(d.args[1]), esc(d.args.value(2)));
        } else if (id == "warning-code") {
            const CodeEntry *warning = catalog.find(EntryKind::Warning, d.args[0].toInt());
            causes += QStringLiteral("<p><b>Warning</b> <a href=\"code:warning/%1\">%1</a> %2 <span style=\"color:%3\">%4</span></p>")
                        .arg(d.args[0], warning ? esc(warning->name.in(lang)) : QString(), muted,
                             esc(QStringLiteral("%1 \"%2\"").arg(d.args[1], d.args.value(2))));
        }
    }
    QString html;
    QString method;
    if (const HeaderField *cseq = m.first(HeaderId::CSeq))
        method = QString::fromLatin1(value::parseCSeq(in.view(cseq->value())).method);
    if (m.isRequest()) {
        html += QStringLiteral("<p><span style=\"font-size:15pt; font-weight:700\">%1</span> &nbsp;<span style=\"color:%2\">%3</span></p>")
                    .arg(esc(in.string(m.method)), muted, esc(SummaryCard::tr("request", "kind of SIP message, after the method name")));
        html += QStringLiteral("<p style=\"color:%1\">%2 <code>%3</code></p>").arg(muted, esc(SummaryCard::tr("to", "before the Request-URI: where the request is sent")), esc(in.string(m.requestUri)));
        html += causes;
    } else {
        const QColor color = classColor(m.code >= 100 && m.code <= 699 ? m.code / 100 : 0, Profile::Ietf, dark);
        html += QStringLiteral("<p><a href=\"code:%1\" style=\"text-decoration:none; color:%2\"><span style=\"font-size:15pt; font-weight:700\">%1</span></a> "
                               "<span style=\"font-size:13pt; font-weight:600\">%3</span> &nbsp;<span style=\"color:%4\">%5</span></p>")
                    .arg(QString::number(m.code), color.name(), esc(in.string(m.reason)), muted,
                         esc(method.isEmpty() ? SummaryCard::tr("response", "kind of SIP message, after the code") : SummaryCard::tr("response to %1").arg(method)));
        html += causes;
        if (const std::optional<CodeEntry> e = catalog.lookup(m.code)) {
            html += QStringLiteral("<p><b>%1</b> — %2</p>").arg(esc(e->name.in(lang)), esc(e->summary.in(lang)));
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(SummaryCard::tr("Tell the user:")), esc(e->userAdvice.in(lang)));
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(SummaryCard::tr("Check:")), esc(e->engineerAdvice.in(lang)));
            html += QStringLiteral("<p><a href=\"code:%1\">%2</a></p>").arg(QString::number(m.code), esc(SummaryCard::tr("Open %1 in the code browser").arg(m.code)));
        }
    }
    for (HeaderId id : {HeaderId::From, HeaderId::To}) {
        if (const HeaderField *h = m.first(id))
            html += QStringLiteral("<p style=\"margin:0\"><span style=\"color:%1\">%2</span> <code>%3</code></p>")
                        .arg(muted, QString::fromLatin1(canonicalHeaderName(id)), esc(in.unfoldedValue(*h)));
    }
    QStringList facts;
    if (const HeaderField *h = m.first(HeaderId::CallId))
        facts.append(QStringLiteral("Call-ID <code>%1</code>").arg(esc(in.unfoldedValue(*h))));
    if (const HeaderField *h = m.first(HeaderId::CSeq))
        facts.append(QStringLiteral("CSeq <code>%1</code>").arg(esc(in.unfoldedValue(*h))));
    facts.append(esc(SummaryCard::tr("%n header field(s)", nullptr, int(m.headers.size()))));
    facts.append(esc(SummaryCard::tr("body %n byte(s)", nullptr, int(m.body.length))));
    html += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(muted, facts.join(QStringLiteral(" · ")));
    QString verdict;
    if (errors == 0 && warnings == 0)
        verdict = QStringLiteral("<span style=\"color:%1\">✔ %2</span>").arg(successTextColor(dark).name(), esc(SummaryCard::tr("No problems found.")));
    else
        verdict = esc(SummaryCard::tr("%1 error(s), %2 warning(s), %3 note(s)").arg(errors).arg(warnings).arg(infos));
    html += QStringLiteral("<p>%1</p>").arg(verdict);
    return html;
}

} // namespace sipref
