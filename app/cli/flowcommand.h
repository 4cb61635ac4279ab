#pragma once

#include <QStringList>

class QIODevice;

namespace sipref::cli {

// `sipref flow FILE|- [--call CALL-ID] [--format text|svg|png] [--output OUT] [--lang en|zh_CN]`:
// the calls in the input and the ladder of each, or of one call.
int flowCommand(const QStringList &arguments, QIODevice &out, QIODevice &err, QIODevice *in);

} // namespace sipref::cli
