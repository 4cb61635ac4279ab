#pragma once

#include "catalog/codeentry.h"

#include <QColor>

namespace sipref {

// One colour per response class (and one for the GB/T 28181 profile), chosen to stay readable
// as text on both light and dark backgrounds.
QColor classColor(int codeClass, Profile profile = Profile::Ietf);
// The colour of any catalog entry: SIP codes by class, Q.850 causes and Warning codes their own.
QColor entryColor(const CodeEntry &entry);

} // namespace sipref
