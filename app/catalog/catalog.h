#pragma once

#include "catalog/codeentry.h"

#include <QList>
#include <array>
#include <mutex>
#include <optional>
#include <vector>

namespace sipref {

struct SearchHit
{
    int index = -1; // into Catalog::entries()
    int score = 0;
};

// What search reads of an entry besides its number, name and reason, in both languages.
struct EntrySearchTexts
{
    LocalizedText keywords;
    LocalizedText summary;
    LocalizedText body; // the explanation, the advice and the notes, one per line
};

// Every explained code. Built once from the static tables in catalog/data; immutable afterwards,
// so it is shared freely between the GUI, the CLI and worker threads.
class Catalog
{
public:
    Catalog();

    const QList<CodeEntry> &entries() const { return m_entries; }

    // The registered entry of that profile, or null.
    const CodeEntry *find(int code, Profile profile = Profile::Ietf) const;
    // A Q.850 cause or a Warning code (or a SIP code of the IETF profile), or null.
    const CodeEntry *find(EntryKind kind, int code) const;
    // What `sipref lookup` takes: "486", "q850:17", "cause:17", "warning:399".
    std::optional<CodeEntry> lookupKey(const QString &key) const;
    // Every SIP entry with that number (IETF first, then GB/T 28181).
    QList<const CodeEntry *> findAll(int code) const;
    // The registered IETF entry, else the GB/T 28181 one, else the class fallback for 100-699;
    // empty for anything that is not a response code.
    std::optional<CodeEntry> lookup(int code) const;
    // What RFC 3261 §8.1.3.2 makes of an unregistered code in 100-699.
    static std::optional<CodeEntry> classFallback(int code);

    // Ranked best first; empty query gives nothing.
    QList<SearchHit> search(const QString &query) const;

private:
    // Translated on the first search, not when the catalog is built (see CatalogText); once only,
    // also when several threads search at the same time.
    const std::vector<EntrySearchTexts> &searchTexts() const;

    QList<CodeEntry> m_entries;
    mutable std::once_flag m_searchTextsMade;
    mutable std::vector<EntrySearchTexts> m_searchTexts;
    // Entry index by SIP code (100-699) for the IETF and GB/T 28181 profiles, -1 where none: the
    // inspector looks up every response of a log.
    std::array<std::array<short, 600>, 2> m_sipIndex;
};

} // namespace sipref
