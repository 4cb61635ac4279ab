#include "catalog/catalog.h"

#include "catalog/q850mapping.h"
#include "i18n/translations.h"

#include <QRegularExpression>

namespace sipref {

namespace catalogdata {
extern const CodeRecordTable codes1xx3xx;
extern const CodeRecordTable codes4xxA;
extern const CodeRecordTable codes4xxB;
extern const CodeRecordTable codes5xx;
extern const CodeRecordTable codes6xx;
extern const CodeRecordTable codesGb28181;
extern const Q850RecordTable q850Normal;
extern const Q850RecordTable q850Failures;
extern const WarningRecordTable warningCodes;
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

// The texts every kind of record has, under the same field names.
template<typename Record>
void fillTexts(CodeEntry &e, const Record &r)
{
    e.references = splitField(r.references, '|');
    for (const QString &code : splitField(r.related, ' '))
        e.related.append(code.toInt());
    e.name = both(r.name);
    e.summary = r.summary;
    e.explanation = r.explanation;
    e.userAdvice = r.userAdvice;
    e.engineerAdvice = r.engineerAdvice;
    e.keywords = r.keywords;
}

CodeEntry entryFromRecord(const CodeRecord &r)
{
    CodeEntry e;
    e.code = r.code;
    e.profile = r.profile;
    e.reason = QString::fromUtf8(r.reason);
    fillTexts(e, r);
    e.headers = parseHeaders(r.headers);
    e.aliases = splitField(r.aliases, '|');
    e.platformNotes = r.platformNotes;
    return e;
}

CodeEntry entryFromRecord(const Q850Record &r)
{
    CodeEntry e;
    e.kind = EntryKind::Q850;
    e.code = r.cause;
    e.reason = QString::fromUtf8(r.ituName);
    fillTexts(e, r);
    e.sipCode = r.sipCode;
    e.gatewayNotes = r.gatewayNotes;
    return e;
}

CodeEntry entryFromRecord(const WarningRecord &r)
{
    CodeEntry e;
    e.kind = EntryKind::Warning;
    e.code = r.code;
    e.reason = QString::fromUtf8(r.warnText);
    fillTexts(e, r);
    return e;
}

} // namespace

QString kindId(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Sip:
        return QStringLiteral("sip");
    case EntryKind::Q850:
        return QStringLiteral("q850");
    case EntryKind::Warning:
        return QStringLiteral("warning");
    }
    return {};
}

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
        for (int i = 0; i < table->count; ++i) {
            CodeEntry e = entryFromRecord(table->records[i]);
            if (e.profile == Profile::Ietf)
                e.q850Cause = q850CauseForSipCode(e.code);
            m_entries.append(e);
        }
    }
    for (const Q850RecordTable *table : {&catalogdata::q850Normal, &catalogdata::q850Failures}) {
        for (int i = 0; i < table->count; ++i)
            m_entries.append(entryFromRecord(table->records[i]));
    }
    for (int i = 0; i < catalogdata::warningCodes.count; ++i)
        m_entries.append(entryFromRecord(catalogdata::warningCodes.records[i]));
    // SIP codes first, then Q.850 causes, then Warning codes, each in numeric order.
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const CodeEntry &a, const CodeEntry &b) {
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return a.code != b.code ? a.code < b.code : int(a.profile) < int(b.profile);
    });
    for (auto &profile : m_sipIndex)
        profile.fill(-1);
    for (int i = 0; i < m_entries.size(); ++i) {
        const CodeEntry &e = m_entries[i];
        if (e.kind == EntryKind::Sip && e.code >= 100 && e.code <= 699 && e.profile != Profile::Unregistered)
            m_sipIndex[e.profile == Profile::Gb28181 ? 1 : 0][e.code - 100] = short(i);
    }
}

const CodeEntry *Catalog::find(EntryKind kind, int code) const
{
    for (const CodeEntry &e : m_entries) {
        if (e.kind == kind && e.code == code)
            return &e;
    }
    return nullptr;
}

std::optional<CodeEntry> Catalog::lookupKey(const QString &key) const
{
    // "486", "q850:17", "q.850:17", "cause:17", "warning:399"
    static const QRegularExpression form(QStringLiteral("^(?:(q\\.?850|cause|warning|warn)\\s*[: ]\\s*)?(\\d{1,9})$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = form.match(key.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString prefix = m.captured(1).toLower();
    const int number = m.captured(2).toInt();
    if (prefix.isEmpty())
        return lookup(number);
    const EntryKind kind = prefix.startsWith(QLatin1String("warn")) ? EntryKind::Warning : EntryKind::Q850;
    if (const CodeEntry *e = find(kind, number))
        return *e;
    return std::nullopt;
}

const CodeEntry *Catalog::find(int code, Profile profile) const
{
    if (code < 100 || code > 699 || profile == Profile::Unregistered)
        return nullptr;
    const short i = m_sipIndex[profile == Profile::Gb28181 ? 1 : 0][code - 100];
    return i < 0 ? nullptr : &m_entries[i];
}

QList<const CodeEntry *> Catalog::findAll(int code) const
{
    QList<const CodeEntry *> out;
    for (const CodeEntry &e : m_entries) {
        if (e.kind == EntryKind::Sip && e.code == code)
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
