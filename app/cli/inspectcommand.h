#pragma once

#include <QStringList>

class QIODevice;

namespace sipref::cli {

// `sipref inspect FILE|- [--format text|json] [--lang en|zh_CN]`
int inspectCommand(const QStringList &arguments, QIODevice &out, QIODevice &err, QIODevice *in);

} // namespace sipref::cli
