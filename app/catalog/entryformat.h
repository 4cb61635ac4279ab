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
enum class EntrySection { Summary, Explanation, UserAdvice, EngineerAdvice, PlatformNotes, GatewayNotes, Mapping, Headers, Related, References };
QString sectionTitle(EntrySection section, Language language);
QString requirementLabel(Requirement requirement, Language language);
// "486 Busy Here", "Q.850 cause 17 User busy", "Warning 399 Miscellaneous warning"; an unregistered
// code is just its number.
QString entryTitle(const CodeEntry &entry);
// "Q.850 cause 17 (RFC 3398 §8.2.6.1)" for a SIP code, "SIP 486 Busy Here (RFC 3398 §7.2.4.1)" for a cause.
QString mappingText(const CodeEntry &entry, Language language);

} // namespace sipref
