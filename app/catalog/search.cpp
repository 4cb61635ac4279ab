// Ranked search over the catalog: numbers, classes, reason phrases, header names and the texts
// of both languages, whatever the language of the UI.
#include "catalog/catalog.h"

#include <QRegularExpression>
#include <algorithm>

namespace sipref {

namespace {

bool has(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

bool hasEither(const LocalizedText &text, const QString &needle)
{
    return has(text.en, needle) || has(text.zh, needle);
}

bool startsWordIn(const QString &haystack, const QString &needle)
{
    for (int at = haystack.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = haystack.indexOf(needle, at + 1, Qt::CaseInsensitive)) {
        if (at == 0 || !haystack.at(at - 1).isLetterOrNumber())
            return true;
    }
    return false;
}

// How well one word of the query matches one entry; 0 means not at all.
int tokenScore(const CodeEntry &e, const EntrySearchTexts &texts, const QString &token)
{
    const QString code = QString::number(e.code);
    if (token == code)
        return 1000;
    int best = 0;
    auto take = [&best](int s) { best = std::max(best, s); };
    for (const HeaderRequirement &h : e.headers) {
        if (h.name.compare(token, Qt::CaseInsensitive) == 0)
            take(450);
        else if (has(h.name, token))
            take(200);
    }
    if (has(e.reason, token))
        take(startsWordIn(e.reason, token) ? 400 : 250);
    for (const QString &alias : e.aliases) {
        if (has(alias, token))
            take(startsWordIn(alias, token) ? 300 : 200);
    }
    if (hasEither(e.name, token))
        take(startsWordIn(e.name.en, token) || has(e.name.zh, token) ? 380 : 240);
    if (hasEither(texts.keywords, token))
        take(220);
    if (hasEither(texts.summary, token))
        take(150);
    if (hasEither(texts.body, token)) // a token has no line break: it cannot match across two texts
        take(60);
    return best;
}

} // namespace

const std::vector<EntrySearchTexts> &Catalog::searchTexts() const
{
    std::call_once(m_searchTextsMade, [this] {
        m_searchTexts.reserve(m_entries.size());
        for (const CodeEntry &e : m_entries) {
            LocalizedText body;
            for (const CatalogText *text :
                 {&e.explanation, &e.userAdvice, &e.engineerAdvice, &e.platformNotes, &e.gatewayNotes}) {
                body.en += text->en() + QLatin1Char('\n');
                body.zh += text->zh() + QLatin1Char('\n');
            }
            m_searchTexts.push_back({e.keywords.both(), e.summary.both(), body});
        }
    });
    return m_searchTexts;
}

QList<SearchHit> Catalog::search(const QString &rawQuery) const
{
    const QString query = rawQuery.simplified();
    QList<SearchHit> hits;
    if (query.isEmpty())
        return hits;

    static const QRegularExpression digits(QStringLiteral("^\\d{1,3}$"));
    static const QRegularExpression classPattern(QStringLiteral("^([1-6])(?:xx|XX|Xx|xX)$"));

    static const QRegularExpression prefixed(QStringLiteral("^(q\\.?850|cause|warning|warn)\\s*[: ]?\\s*(\\d{1,3})$"),
                                             QRegularExpression::CaseInsensitiveOption);

    if (const auto m = classPattern.match(query); m.hasMatch()) {
        const int cls = m.captured(1).toInt();
        for (int i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].kind == EntryKind::Sip && m_entries[i].codeClass() == cls)
                hits.append({i, 700});
        }
    } else if (const auto p = prefixed.match(query); p.hasMatch()) {
        // "cause 17", "q850 34", "warning:399": that entry, then the codes it maps to.
        const EntryKind kind = p.captured(1).startsWith(QLatin1String("warn"), Qt::CaseInsensitive) ? EntryKind::Warning
                                                                                                   : EntryKind::Q850;
        const int number = p.captured(2).toInt();
        for (int i = 0; i < m_entries.size(); ++i) {
            const CodeEntry &e = m_entries[i];
            if (e.kind == kind && e.code == number)
                hits.append({i, 1000});
            else if (kind == EntryKind::Q850 && e.kind == EntryKind::Sip && e.q850Cause == number)
                hits.append({i, 500});
        }
    } else if (digits.match(query).hasMatch()) {
        for (int i = 0; i < m_entries.size(); ++i) {
            const CodeEntry &e = m_entries[i];
            const QString code = QString::number(e.code);
            // A number is foremost a SIP code (also by prefix); causes and warnings match exactly.
            if (code == query)
                hits.append({i, e.kind == EntryKind::Sip ? 1000 : e.kind == EntryKind::Warning ? 950 : 900});
            else if (e.kind == EntryKind::Sip && code.startsWith(query))
                hits.append({i, 800});
        }
    } else {
        const QStringList tokens = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const std::vector<EntrySearchTexts> &texts = searchTexts();
        for (int i = 0; i < m_entries.size(); ++i) {
            const CodeEntry &e = m_entries[i];
            int total = 0;
            for (const QString &token : tokens) {
                const int s = tokenScore(e, texts[std::size_t(i)], token);
                if (s == 0) {
                    total = 0;
                    break;
                }
                total += s;
            }
            if (total == 0)
                continue;
            // The whole query as a phrase: "busy here", "request timeout".
            if (tokens.size() > 1) {
                if (e.reason.compare(query, Qt::CaseInsensitive) == 0)
                    total += 2000;
                else if (has(e.reason, query) || hasEither(e.name, query))
                    total += 500;
            } else if (e.reason.compare(query, Qt::CaseInsensitive) == 0) {
                total += 600;
            }
            hits.append({i, total});
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [this](const SearchHit &a, const SearchHit &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const CodeEntry &x = m_entries[a.index];
        const CodeEntry &y = m_entries[b.index];
        if (x.kind != y.kind)
            return int(x.kind) < int(y.kind);
        if (x.profile != y.profile)
            return int(x.profile) < int(y.profile);
        return x.code < y.code;
    });
    return hits;
}

} // namespace sipref
