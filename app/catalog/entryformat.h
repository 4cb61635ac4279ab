#pragma once

#include "catalog/codeentry.h"

#include <QJsonObject>
#include <QList>

namespace sipref {

// One entry as a ticket or chat wants it. With two languages, each section shows both.
QString entryToText(const CodeEntry &entry, const QList<Language> &languages);
QString entryToMarkdown(const CodeEntry &entry, const QList<Language> &languages);

// The fixed JSON shape scripts rely on: both languages, always.
QJsonObject entryToJson(const CodeEntry &entry);

// Section headings shared by the text, Markdown and HTML renderings.
enum class EntrySection { Summary, Explanation, UserAdvice, EngineerAdvice, PlatformNotes, Headers, Related, References };
QString sectionTitle(EntrySection section, Language language);
QString requirementLabel(Requirement requirement, Language language);
// "486 Busy Here" or, for an unregistered code, just the number.
QString entryTitle(const CodeEntry &entry);

} // namespace sipref
