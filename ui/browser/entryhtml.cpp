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

QString codeLink(const CodeEntry &target)
{
    const QString href = target.profile == Profile::Gb28181 ? QStringLiteral("code:gb28181/%1").arg(target.code)
                                                            : QStringLiteral("code:%1").arg(target.code);
    return QStringLiteral("<a href=\"%1\" style=\"color:%2; text-decoration:none\"><b>%3</b></a>")
        .arg(href, classColor(target.codeClass(), target.profile).name(), QString::number(target.code));
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
    const QColor accent = classColor(e.codeClass(), e.profile);
    const QString muted = dark ? QStringLiteral("#a8b0b8") : QStringLiteral("#5f6b76");
    const QString boxBg = dark ? QStringLiteral("#2b3036") : QStringLiteral("#f3f5f7");
    QString html;
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\"><tr>"
                           "<td style=\"padding-right:14px\"><span style=\"font-size:30pt; font-weight:700; color:%1\">%2</span></td>"
                           "<td style=\"vertical-align:middle\"><span style=\"font-size:16pt; font-weight:600\">%3</span><br/>"
                           "<span style=\"font-size:12pt\">%4</span></td></tr></table>")
                .arg(accent.name(), QString::number(e.code),
                     esc(e.reason.isEmpty() ? e.name.in(lang) : e.reason), esc(e.name.in(lang)));
    QString badges = QStringLiteral("%1 · %2").arg(esc(className(e.codeClass()).in(lang)), esc(profileName(e.profile).in(lang)));
    if (e.code >= 200)
        badges += QStringLiteral(" · ") + esc(EntryHtml::tr("final response"));
    else
        badges += QStringLiteral(" · ") + esc(EntryHtml::tr("provisional response"));
    html += QStringLiteral("<p style=\"color:%1; margin-top:4px\">%2</p>").arg(muted, badges);

    // The same number in the other profile: both meanings side by side.
    const QList<const CodeEntry *> same = catalog.findAll(e.code);
    if (same.size() > 1) {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" style=\"background:%1\"><tr>").arg(boxBg);
        for (const CodeEntry *other : same) {
            const bool current = other->profile == e.profile;
            html += QStringLiteral("<td width=\"50%\" style=\"vertical-align:top\"><b>%1</b><br/>%2 %3<br/><span style=\"color:%4\">%5</span></td>")
                        .arg(esc(profileName(other->profile).in(lang)),
                             current ? QStringLiteral("<b>%1</b>").arg(other->code) : codeLink(*other),
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
            for (const CodeEntry *r : catalog.findAll(code)) {
                if (r->profile == e.profile || e.profile != Profile::Gb28181 || catalog.findAll(code).size() == 1) {
                    links.append(QStringLiteral("%1 %2").arg(codeLink(*r), esc(r->name.in(lang))));
                    break;
                }
            }
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
