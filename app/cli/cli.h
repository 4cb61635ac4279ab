#pragma once

#include <QStringList>

class QIODevice;

namespace sipref::cli {

enum ExitCode { Ok = 0, NotFound = 1, UsageError = 2 };

// True when the arguments name a command-line command, so main() creates no widget at all.
bool isCommand(const QStringList &arguments);

// Runs `sipref COMMAND ...` (arguments[0] is the program name). Standard input is read only by
// `inspect -`. Returns the process exit code.
int run(const QStringList &arguments, QIODevice &out, QIODevice &err, QIODevice *in = nullptr);

} // namespace sipref::cli
