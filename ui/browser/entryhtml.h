#pragma once

#include "catalog/codeentry.h"

#include <QList>

namespace sipref {

class Catalog;

// The detail pane's rendering of an entry. Related codes link as "code:486" or
// "code:gb28181/301"; references link to the RFC Editor's copy of the section.
QString entryHtml(const CodeEntry &entry, const Catalog &catalog, Language language, bool darkPalette);
// "RFC 3261 §21.4.24" -> https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24 (empty if not an RFC).
QString referenceUrl(const QString &reference);

} // namespace sipref
