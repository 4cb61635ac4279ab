#include "settings/checkstrictness.h"

namespace sipref {

QString strictnessId(CheckStrictness strictness)
{
    switch (strictness) {
    case CheckStrictness::Lenient:
        return QStringLiteral("lenient");
    case CheckStrictness::Gb28181:
        return QStringLiteral("gb28181");
    case CheckStrictness::StrictRfc:
        break;
    }
    return QStringLiteral("strict");
}

CheckStrictness parseStrictness(const QString &id)
{
    if (id == QLatin1String("lenient"))
        return CheckStrictness::Lenient;
    if (id == QLatin1String("gb28181"))
        return CheckStrictness::Gb28181;
    return CheckStrictness::StrictRfc;
}

} // namespace sipref
