#pragma once

#include "i18n/language.h"

class QTranslator;

namespace sipref {

// Product texts in either language regardless of the translator installed in the application:
// search must match Chinese words while the UI is English, and `sipref list` prints both.
QString translate(Language language, const char *context, const char *source, const char *comment = nullptr);
LocalizedText translateBoth(const char *context, const char *source, const char *comment = nullptr);

// The compiled sipref_zh_CN.qm embedded in the core library; loaded once, then read-only.
const QTranslator &chineseTranslator();

} // namespace sipref
