#pragma once

#include "checks/inspection.h"
#include "i18n/language.h"

namespace sipref {

class Catalog;

// The card above the findings: what the selected message is, and what its code means.
// A link "code:486" asks to open the code in the browser.
QString summaryCardHtml(const Inspection &inspection, int message, const Catalog &catalog, Language language, bool dark);

} // namespace sipref
