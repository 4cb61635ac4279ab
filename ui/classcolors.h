#pragma once

#include "catalog/coderecord.h"

#include <QColor>

namespace sipref {

// One colour per response class (and one for the GB/T 28181 profile), chosen to stay readable
// as text on both light and dark backgrounds.
QColor classColor(int codeClass, Profile profile = Profile::Ietf);

} // namespace sipref
