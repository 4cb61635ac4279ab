#pragma once

#include "checks/inspection.h"
#include "i18n/language.h"

#include <QJsonObject>

namespace sipref {

// The fixed JSON shape of `sipref inspect --format json` (field names are an interface).
QJsonObject inspectionToJson(const Inspection &inspection, const QString &inputName, Language language);

} // namespace sipref
