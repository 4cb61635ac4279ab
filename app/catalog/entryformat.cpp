#include "catalog/entryformat.h"

#include "i18n/translations.h"

#include <QJsonArray>

namespace sipref {

namespace {

struct Section
{
    EntrySection id;
    TrText title;
};

const Section sections[] = {
    {EntrySection::Summary, QT_TRANSLATE_NOOP3("EntryFormat", "Summary", "section title")},
    {EntrySection::Explanation, QT_TRANSLATE_NOOP3("EntryFormat", "What it means", "section title")},
    {EntrySection::UserAdvice, QT_TRANSLATE_NOOP3("EntryFormat", "What to tell the user", "section title")},
    {EntrySection::EngineerAdvice, QT_TRANSLATE_NOOP3("EntryFormat", "What to check", "section title")},
    {EntrySection::PlatformNotes, QT_TRANSLATE_NOOP3("EntryFormat", "On GB/T 28181 video platforms", "section title")},
    {EntrySection::GatewayNotes, QT_TRANSLATE_NOOP3("EntryFormat", "At gateways", "section title")},
    {EntrySection::Mapping, QT_TRANSLATE_NOOP3("EntryFormat", "Maps to", "section title")},
    {EntrySection::Headers, QT_TRANSLATE_NOOP3("EntryFormat", "Header fields", "section title")},
    {EntrySection::Related, QT_TRANSLATE_NOOP3("EntryFormat", "Related codes", "section title")},
    {EntrySection::References, QT_TRANSLATE_NOOP3("EntryFormat", "References", "section title")},
};

const TrText requirementTexts[] = {
    QT_TRANSLATE_NOOP3("EntryFormat", "must", "header requirement"),
    QT_TRANSLATE_NOOP3("EntryFormat", "should", "header requirement"),
    QT_TRANSLATE_NOOP3("EntryFormat", "may", "header requirement"),
};

QJsonObject bothJson(const LocalizedText &t)
{
    return QJsonObject{{QStringLiteral("en"), t.en}, {QStringLiteral("zh_CN"), t.zh}};
}

QJsonObject bothJson(const CatalogText &t)
{
    return bothJson(t.both());
}

QString headerList(const CodeEntry &e, Language language)
{
    QStringList parts;
    for (const HeaderRequirement &h : e.headers)
        parts.append(QStringLiteral("%1 (%2)").arg(h.name, requirementLabel(h.requirement, language)));
    return parts.join(QStringLiteral(", "));
}

QString relatedList(const CodeEntry &e)
{
    QStringList parts;
    for (int code : e.related)
        parts.append(QString::number(code));
    return parts.join(QStringLiteral(", "));
}

// Every section in display order with its text per language; empty sections are left out.
struct Block
{
    EntrySection section;
    QList<QString> texts; // one per requested language
};

QList<Block> blocks(const CodeEntry &e, const QList<Language> &languages)
{
    QList<Block> out;
    auto add = [&](EntrySection s, const CatalogText &t) {
        if (t.isEmpty())
            return;
        Block b{s, {}};
        for (Language l : languages)
            b.texts.append(t.in(l));
        out.append(b);
    };
    add(EntrySection::Summary, e.summary);
    add(EntrySection::Explanation, e.explanation);
    add(EntrySection::UserAdvice, e.userAdvice);
    add(EntrySection::EngineerAdvice, e.engineerAdvice);
    add(EntrySection::PlatformNotes, e.platformNotes);
    add(EntrySection::GatewayNotes, e.gatewayNotes);
    if (e.sipCode || e.q850Cause) {
        Block b{EntrySection::Mapping, {}};
        for (Language l : languages)
            b.texts.append(mappingText(e, l));
        out.append(b);
    }
    if (!e.headers.isEmpty()) {
        Block b{EntrySection::Headers, {}};
        for (Language l : languages)
            b.texts.append(headerList(e, l));
        out.append(b);
    }
    if (!e.related.isEmpty())
        out.append({EntrySection::Related, {relatedList(e)}});
    if (!e.references.isEmpty())
        out.append({EntrySection::References, {e.references.join(QStringLiteral(", "))}});
    return out;
}

QString headingLine(const CodeEntry &e, const QList<Language> &languages)
{
    QStringList names;
    for (Language l : languages)
        names.append(e.name.in(l));
    names.removeDuplicates();
    QStringList classes;
    for (Language l : languages)
        classes.append(entryClassName(e).in(l) + QStringLiteral(" · ")
                       + (e.kind == EntryKind::Sip ? profileName(e.profile) : kindName(e.kind)).in(l));
    return QStringLiteral("%1 — %2 [%3]").arg(entryTitle(e), names.join(QStringLiteral(" / ")),
                                               classes.join(QStringLiteral(" / ")));
}

QString sectionHeading(EntrySection s, const QList<Language> &languages)
{
    QStringList titles;
    for (Language l : languages)
        titles.append(sectionTitle(s, l));
    return titles.join(QStringLiteral(" / "));
}

} // namespace

QString sectionTitle(EntrySection section, Language language)
{
    for (const Section &s : sections) {
        if (s.id == section)
            return translate(language, "EntryFormat", s.title.source, s.title.comment);
    }
    return {};
}

QString requirementLabel(Requirement requirement, Language language)
{
    const TrText &t = requirementTexts[int(requirement)];
    return translate(language, "EntryFormat", t.source, t.comment);
}

QString entryTitle(const CodeEntry &entry)
{
    switch (entry.kind) {
    case EntryKind::Q850:
        return QStringLiteral("Q.850 cause %1 %2").arg(entry.code).arg(entry.reason);
    case EntryKind::Warning:
        return QStringLiteral("Warning %1 %2").arg(entry.code).arg(entry.reason);
    case EntryKind::Sip:
        break;
    }
    return entry.reason.isEmpty() ? QString::number(entry.code)
                                  : QStringLiteral("%1 %2").arg(entry.code).arg(entry.reason);
}

QString mappingText(const CodeEntry &e, Language language)
{
    static const TrText toCause = QT_TRANSLATE_NOOP3("EntryFormat", "Q.850 cause %1 in the ISUP release (%2)",
                                                     "mapping; %1 = cause, %2 = RFC section");
    static const TrText toSip = QT_TRANSLATE_NOOP3("EntryFormat", "SIP response %1 at the gateway (%2)",
                                                   "mapping; %1 = SIP code, %2 = RFC section");
    if (e.kind == EntryKind::Sip && e.q850Cause)
        return translate(language, "EntryFormat", toCause.source, toCause.comment)
            .arg(e.q850Cause)
            .arg(QStringLiteral("RFC 3398 §8.2.6.1"));
    if (e.kind == EntryKind::Q850 && e.sipCode)
        return translate(language, "EntryFormat", toSip.source, toSip.comment)
            .arg(e.sipCode)
            .arg(QStringLiteral("RFC 3398 §7.2.4.1"));
    return {};
}

QString entryToText(const CodeEntry &e, const QList<Language> &languages)
{
    QString out = headingLine(e, languages) + QLatin1Char('\n');
    for (const Block &b : blocks(e, languages)) {
        out += QLatin1Char('\n') + sectionHeading(b.section, languages) + QStringLiteral(":\n");
        for (const QString &t : b.texts)
            out += QStringLiteral("  ") + t + QLatin1Char('\n');
    }
    return out;
}

QString entryToMarkdown(const CodeEntry &e, const QList<Language> &languages)
{
    QString out = QStringLiteral("### ") + headingLine(e, languages) + QLatin1Char('\n');
    for (const Block &b : blocks(e, languages)) {
        out += QStringLiteral("\n**") + sectionHeading(b.section, languages) + QStringLiteral("**\n\n");
        for (const QString &t : b.texts)
            out += t + QStringLiteral("\n\n");
    }
    while (out.endsWith(QStringLiteral("\n\n")))
        out.chop(1);
    return out;
}

QJsonObject entryToJson(const CodeEntry &e)
{
    QJsonArray headers;
    for (const HeaderRequirement &h : e.headers)
        headers.append(QJsonObject{{QStringLiteral("name"), h.name},
                                   {QStringLiteral("requirement"), requirementId(h.requirement)}});
    QJsonArray related;
    for (int code : e.related)
        related.append(code);
    QJsonObject o{
        {QStringLiteral("kind"), kindId(e.kind)},
        {QStringLiteral("code"), e.code},
        {QStringLiteral("reason"), e.reason},
        {QStringLiteral("name"), bothJson(e.name)},
        {QStringLiteral("class"), e.codeClass()},
        {QStringLiteral("references"), QJsonArray::fromStringList(e.references)},
        {QStringLiteral("summary"), bothJson(e.summary)},
        {QStringLiteral("explanation"), bothJson(e.explanation)},
        {QStringLiteral("userAdvice"), bothJson(e.userAdvice)},
        {QStringLiteral("engineerAdvice"), bothJson(e.engineerAdvice)},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("related"), related},
    };
    if (e.kind == EntryKind::Sip)
        o.insert(QStringLiteral("profile"), profileId(e.profile));
    if (!e.platformNotes.isEmpty())
        o.insert(QStringLiteral("platformNotes"), bothJson(e.platformNotes));
    if (!e.gatewayNotes.isEmpty())
        o.insert(QStringLiteral("gatewayNotes"), bothJson(e.gatewayNotes));
    if (e.q850Cause)
        o.insert(QStringLiteral("q850Cause"), e.q850Cause);
    if (e.kind == EntryKind::Q850 && e.sipCode)
        o.insert(QStringLiteral("sipCode"), e.sipCode);
    return o;
}

} // namespace sipref
