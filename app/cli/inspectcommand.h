#pragma once

#include "i18n/language.h"

#include <QStringList>

class QIODevice;

namespace sipref {
struct Inspection;
}

namespace sipref::cli {

// `sipref inspect FILE|- [--format text|json] [--lang en|zh_CN]`
int inspectCommand(const QStringList &arguments, QIODevice &out, QIODevice &err, QIODevice *in);

// What `sipref inspect` prints without --format json: each message's start line and origin as
// "name:line:column: …", each finding under it as "name:line:column: severity: sentence [id, RFC]",
// then the counts.
QString textReport(const Inspection &in, const QString &name, Language language);

} // namespace sipref::cli
