#include "catalog/catalog.h"

#include "i18n/translations.h"

namespace sipref {

namespace catalogdata {
extern const CodeRecordTable codes1xx3xx;
extern const CodeRecordTable codes4xxA;
extern const CodeRecordTable codes4xxB;
extern const CodeRecordTable codes5xx;
extern const CodeRecordTable codes6xx;
extern const CodeRecordTable codesGb28181;
} // namespace catalogdata

namespace {

const CodeRecordTable *const allTables[] = {
    &catalogdata::codes1xx3xx, &catalogdata::codes4xxA, &catalogdata::codes4xxB,
    &catalogdata::codes5xx,    &catalogdata::codes6xx,  &catalogdata::codesGb28181,
};

QStringList splitField(const char *field, char separator)
{
    QStringList out;
    for (const QString &part : QString::fromUtf8(field).split(QLatin1Char(separator), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

QList<HeaderRequirement> parseHeaders(const char *field)
{
    QList<HeaderRequirement> out;
    for (const QString &item : splitField(field, '|')) {
        HeaderRequirement h;
        const int colon = item.indexOf(QLatin1Char(':'));
        h.name = (colon < 0 ? item : item.left(colon)).trimmed();
        const QString level = colon < 0 ? QString() : item.mid(colon + 1).trimmed().toLower();
        h.requirement = level == QLatin1String("must")     ? Requirement::Must
                        : level == QLatin1String("should") ? Requirement::Should
                                                           : Requirement::May;
        out.append(h);
    }
    return out;
}

LocalizedText both(const TrText &text)
{
    return translateBoth("Catalog", text.source, text.comment);
}

CodeEntry entryFromRecord(const CodeRecord &r)
{
    CodeEntry e;
    e.code = r.code;
    e.profile = r.profile;
    e.reason = QString::fromUtf8(r.reason);
    e.references = splitField(r.references, '|');
    e.headers = parseHeaders(r.headers);
    for (const QString &code : splitField(r.related, ' '))
        e.related.append(code.toInt());
    e.aliases = splitField(r.aliases, '|');
    e.name = both(r.name);
    e.summary = both(r.summary);
    e.explanation = both(r.explanation);
    e.userAdvice = both(r.userAdvice);
    e.engineerAdvice = both(r.engineerAdvice);
    e.keywords = both(r.keywords);
    e.platformNotes = both(r.platformNotes);
    return e;
}

} // namespace

QString profileId(Profile profile)
{
    switch (profile) {
    case Profile::Ietf:
        return QStringLiteral("ietf");
    case Profile::Gb28181:
        return QStringLiteral("gb28181");
    case Profile::Unregistered:
        return QStringLiteral("unregistered");
    }
    return {};
}

QString requirementId(Requirement r)
{
    switch (r) {
    case Requirement::Must:
        return QStringLiteral("must");
    case Requirement::Should:
        return QStringLiteral("should");
    case Requirement::May:
        return QStringLiteral("may");
    }
    return {};
}

Catalog::Catalog()
{
    for (const CodeRecordTable *table : allTables) {
        for (int i = 0; i < table->count; ++i)
            m_entries.append(entryFromRecord(table->records[i]));
    }
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const CodeEntry &a, const CodeEntry &b) {
        return a.code != b.code ? a.code < b.code : int(a.profile) < int(b.profile);
    });
}

const CodeEntry *Catalog::find(int code, Profile profile) const
{
    for (const CodeEntry &e : m_entries) {
        if (e.code == code && e.profile == profile)
            return &e;
    }
    return nullptr;
}

QList<const CodeEntry *> Catalog::findAll(int code) const
{
    QList<const CodeEntry *> out;
    for (const CodeEntry &e : m_entries) {
        if (e.code == code)
            out.append(&e);
    }
    return out;
}

std::optional<CodeEntry> Catalog::lookup(int code) const
{
    if (const CodeEntry *e = find(code, Profile::Ietf))
        return *e;
    if (const CodeEntry *e = find(code, Profile::Gb28181))
        return *e;
    return classFallback(code);
}

} // namespace sipref
