#pragma once

#include "i18n/language.h"

#include <QStringList>
#include <functional>

class QIODevice;

namespace sipref {
struct Inspection;
struct Ladder;
} // namespace sipref

namespace sipref::cli {

enum ExitCode { Ok = 0, NotFound = 1, UsageError = 2 };

// True when the arguments name a command-line command, so main() creates no widget at all.
bool isCommand(const QStringList &arguments);

// Runs `sipref COMMAND ...` (arguments[0] is the program name). Standard input is read only by
// `inspect -`. Returns the process exit code.
int run(const QStringList &arguments, QIODevice &out, QIODevice &err, QIODevice *in = nullptr);

// Draws a ladder as an image (`sipref flow --format svg|png`). The drawing needs the GUI library,
// so main() installs it; without one, `flow` offers text only. Returns false with *error set
// when the file cannot be written.
using LadderImageWriter = std::function<bool(const Inspection &inspection, const Ladder &ladder, const QString &format,
                                             const QString &path, Language language, QString *error)>;
void setLadderImageWriter(LadderImageWriter writer);

} // namespace sipref::cli
