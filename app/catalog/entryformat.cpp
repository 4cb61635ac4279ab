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
    auto add = [&](EntrySection s, const LocalizedText &t) {
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
        classes.append(className(e.codeClass()).in(l) + QStringLiteral(" · ") + profileName(e.profile).in(l));
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
    return entry.reason.isEmpty() ? QString::number(entry.code)
                                  : QStringLiteral("%1 %2").arg(entry.code).arg(entry.reason);
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
        {QStringLiteral("code"), e.code},
        {QStringLiteral("reason"), e.reason},
        {QStringLiteral("name"), bothJson(e.name)},
        {QStringLiteral("class"), e.codeClass()},
        {QStringLiteral("profile"), profileId(e.profile)},
        {QStringLiteral("references"), QJsonArray::fromStringList(e.references)},
        {QStringLiteral("summary"), bothJson(e.summary)},
        {QStringLiteral("explanation"), bothJson(e.explanation)},
        {QStringLiteral("userAdvice"), bothJson(e.userAdvice)},
        {QStringLiteral("engineerAdvice"), bothJson(e.engineerAdvice)},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("related"), related},
    };
    if (!e.platformNotes.isEmpty())
        o.insert(QStringLiteral("platformNotes"), bothJson(e.platformNotes));
    return o;
}

} // namespace sipref
