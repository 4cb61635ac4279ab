#pragma once

#include "catalog/coderecord.h"
#include "i18n/language.h"

namespace sipref {

// A text of the catalog in both languages. A text of the catalog's tables is translated when it
// is read, not when the catalog is built: a window or a command reads a few of the catalog's
// paragraphs, and translating all of them into both languages up front was most of the catalog's
// cost at every start (BENCHMARKS.md). It points into those static tables, so it is cheap to copy
// and safe to read from any thread. A text made at run time (the class fallback's) is kept as is.
// Both constructors are implicit on purpose: an entry's field is assigned from either.
class CatalogText
{
public:
    CatalogText() = default;
    CatalogText(const TrText &text) : m_source(text.source), m_comment(text.comment) {}
    CatalogText(LocalizedText text) : m_made(std::move(text)) {}

    QString in(Language language) const;
    QString en() const { return in(Language::English); }
    QString zh() const { return in(Language::Chinese); }
    LocalizedText both() const { return {en(), zh()}; }
    bool isEmpty() const { return m_source ? *m_source == '\0' : m_made.isEmpty(); }

private:
    const char *m_source = nullptr;
    const char *m_comment = nullptr;
    LocalizedText m_made;
};

} // namespace sipref
