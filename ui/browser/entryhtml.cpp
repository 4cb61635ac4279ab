#include "browser/entryhtml.h"

#include "catalog/catalog.h"
#include "catalog/entryformat.h"
#include "classcolors.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sipref {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString codeLink(const CodeEntry &target, bool dark)
{
    QString href = QStringLiteral("code:%1").arg(target.code);
    QString label = QString::number(target.code);
    if (target.kind == EntryKind::Q850) {
        href = QStringLiteral("code:q850/%1").arg(target.code);
        label = QStringLiteral("Q.850 %1").arg(target.code);
    } else if (target.kind == EntryKind::Warning) {
        href = QStringLiteral("code:warning/%1").arg(target.code);
        label = QStringLiteral("Warning %1").arg(target.code);
    } else if (target.profile == Profile::Gb28181) {
        href = QStringLiteral("code:gb28181/%1").arg(target.code);
    }
    return QStringLiteral("<a href=\"%1\" style=\"color:%2; text-decoration:none\"><b>%3</b></a>")
        .arg(href, entryColor(target, dark).name(), label);
}

// What a related number of this entry refers to: causes relate to causes; warnings to warnings
// first, then to SIP codes; SIP codes to SIP codes of the same profile when there is one.
const CodeEntry *relatedEntry(const CodeEntry &e, int code, const Catalog &catalog)
{
    if (e.kind == EntryKind::Q850)
        return catalog.find(EntryKind::Q850, code);
    if (e.kind == EntryKind::Warning) {
        if (const CodeEntry *w = catalog.find(EntryKind::Warning, code))
            return w;
        return catalog.find(code, Profile::Ietf);
    }
    const QList<const CodeEntry *> all = catalog.findAll(code);
    for (const CodeEntry *r : all) {
        if (r->profile == e.profile)
            return r;
    }
    return all.isEmpty() ? nullptr : all.first();
}

QString section(const QString &title, const QString &bodyHtml)
{
    return QStringLiteral("<h3 style=\"margin-top:14px; margin-bottom:4px\">%1</h3>%2").arg(esc(title), bodyHtml);
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p style=\"margin-top:0\">%1</p>").arg(esc(text));
}

struct EntryHtml
{
    Q_DECLARE_TR_FUNCTIONS(EntryHtml)
};

} // namespace

QString referenceUrl(const QString &reference)
{
    static const QRegularExpression rfc(QStringLiteral("^RFC\\s*(\\d+)(?:\\s*§\\s*([0-9.]+))?"));
    const auto m = rfc.match(reference.trimmed());
    if (!m.hasMatch())
        return {};
    QString url = QStringLiteral("https://www.rfc-editor.org/rfc/rfc%1").arg(m.captured(1));
    if (!m.captured(2).isEmpty()) {
        QString sectionNumber = m.captured(2);
        while (sectionNumber.endsWith(QLatin1Char('.')))
            sectionNumber.chop(1);
        url += QStringLiteral("#section-") + sectionNumber;
    }
    return url;
}

QString entryHtml(const CodeEntry &e, const Catalog &catalog, Language lang, bool dark)
{
    const QColor accent = entryColor(e, dark);
    const QString muted = mutedTextColor(dark).name();
    const QString boxBg = panelColor(dark).name();
    QString html;
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\"><tr>"
                           "<td style=\"padding-right:14px\"><span style=\"font-size:30pt; font-weight:700; color:%1\">%2</span></td>"
                           "<td style=\"vertical-align:middle\"><span style=\"font-size:16pt; font-weight:600\">%3</span><br/>"
                           "<span style=\"font-size:12pt\">%4</span></td></tr></table>")
                .arg(accent.name(), e.kind == EntryKind::Q850 ? QStringLiteral("Q.850 %1").arg(e.code) : QString::number(e.code),
                     esc(e.reason.isEmpty() ? e.name.in(lang) : e.reason), esc(e.name.in(lang)));
    QString badges = QStringLiteral("%1 · %2").arg(esc(entryClassName(e).in(lang)),
                                                   esc((e.kind == EntryKind::Sip ? profileName(e.profile) : kindName(e.kind)).in(lang)));
    if (e.kind == EntryKind::Sip)
        badges += QStringLiteral(" · ") + esc(e.code >= 200 ? EntryHtml::tr("final response") : EntryHtml::tr("provisional response"));
    html += QStringLiteral("<p style=\"color:%1; margin-top:4px\">%2</p>").arg(muted, badges);

    // The same number in the other profile: both meanings side by side.
    const QList<const CodeEntry *> same = e.kind == EntryKind::Sip ? catalog.findAll(e.code) : QList<const CodeEntry *>();
    if (same.size() > 1) {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" style=\"background:%1\"><tr>").arg(boxBg);
        for (const CodeEntry *other : same) {
            const bool current = other->profile == e.profile;
            html += QStringLiteral("<td width=\"50%\" style=\"vertical-align:top\"><b>%1</b><br/>%2 %3<br/><span style=\"color:%4\">%5</span></td>")
                        .arg(esc(profileName(other->profile).in(lang)),
                             current ? QStringLiteral("<b>%1</b>").arg(other->code) : codeLink(*other, dark),
                             esc(other->reason.isEmpty() ? other->name.in(lang) : other->reason + QStringLiteral(" — ") + other->name.in(lang)),
                             muted, esc(other->summary.in(lang)));
        }
        html += QStringLiteral("</tr></table><p style=\"color:%1\">%2</p>")
                    .arg(muted, esc(EntryHtml::tr("This number has a different meaning on GB/T 28181 video platforms than in the IETF registry; which one applies depends on who sent it.")));
    }

    html += QStringLiteral("<p style=\"font-size:12pt; margin-top:8px\">%1</p>").arg(esc(e.summary.in(lang)));
    html += section(sectionTitle(EntrySection::Explanation, lang), paragraph(e.explanation.in(lang)));
    html += section(sectionTitle(EntrySection::UserAdvice, lang), paragraph(e.userAdvice.in(lang)));
    html += section(sectionTitle(EntrySection::EngineerAdvice, lang), paragraph(e.engineerAdvice.in(lang)));
    if (!e.platformNotes.isEmpty())
        html += section(sectionTitle(EntrySection::PlatformNotes, lang), paragraph(e.platformNotes.in(lang)));
    if (!e.gatewayNotes.isEmpty())
        html += section(sectionTitle(EntrySection::GatewayNotes, lang), paragraph(e.gatewayNotes.in(lang)));
    // The mapping between SIP and the telephone network, RFC 3398, with a link to the other side.
    const CodeEntry *mapped = e.kind == EntryKind::Sip && e.q850Cause ? catalog.find(EntryKind::Q850, e.q850Cause)
                              : e.kind == EntryKind::Q850 && e.sipCode ? catalog.find(e.sipCode, Profile::Ietf)
                                                                       : nullptr;
    if (e.q850Cause || e.sipCode) {
        QString line = esc(mappingText(e, lang));
        if (mapped)
            line += QStringLiteral("<br/>%1 %2 — %3").arg(codeLink(*mapped, dark), esc(mapped->reason), esc(mapped->name.in(lang)));
        html += section(sectionTitle(EntrySection::Mapping, lang), QStringLiteral("<p>%1</p>").arg(line));
    }
    // How it looks on the wire.
    QString example;
    if (e.kind == EntryKind::Q850)
        example = QStringLiteral("Reason: Q.850;cause=%1;text=\"%2\"").arg(e.code).arg(e.reason);
    else if (e.kind == EntryKind::Warning)
        example = QStringLiteral("Warning: %1 gw.example.com \"%2\"").arg(e.code).arg(e.reason);
    if (!example.isEmpty())
        html += section(EntryHtml::tr("In a SIP message"), QStringLiteral("<p><code>%1</code></p>").arg(esc(example)));
    if (!e.headers.isEmpty()) {
        QString rows;
        for (const HeaderRequirement &h : e.headers)
            rows += QStringLiteral("<tr><td style=\"padding-right:16px\"><code>%1</code></td><td style=\"color:%2\">%3</td></tr>")
                        .arg(esc(h.name), muted, esc(requirementLabel(h.requirement, lang)));
        html += section(sectionTitle(EntrySection::Headers, lang), QStringLiteral("<table>%1</table>").arg(rows));
    }
    if (!e.related.isEmpty()) {
        QStringList links;
        for (int code : e.related) {
            if (const CodeEntry *r = relatedEntry(e, code, catalog))
                links.append(QStringLiteral("%1 %2").arg(codeLink(*r, dark), esc(r->name.in(lang))));
        }
        html += section(sectionTitle(EntrySection::Related, lang), QStringLiteral("<p>%1</p>").arg(links.join(QStringLiteral(" &nbsp;·&nbsp; "))));
    }
    if (!e.references.isEmpty()) {
        QStringList refs;
        for (const QString &r : e.references) {
            const QString url = referenceUrl(r);
            refs.append(url.isEmpty() ? esc(r) : QStringLiteral("<a href=\"%1\">%2</a>").arg(url, esc(r)));
        }
        html += section(sectionTitle(EntrySection::References, lang), QStringLiteral("<p>%1</p>").arg(refs.join(QStringLiteral(" · "))));
    }
    return html;
}

} // namespace sipref
