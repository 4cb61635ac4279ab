#pragma once

#include "sip/span.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <functional>

class QIODevice;

namespace sipref {

// What reading a file beside the GUI thread came to.
struct FileReadResult
{
    QByteArray bytes;
    QString error; // why the file could not be read; empty when it was
    bool cancelled = false;
    bool truncated = false; // the limit was reached: there was more, or (a pipe) there may be
};

// Reads the whole of an open file (or standard input) a few megabytes at a time. The inspector
// runs it on a worker thread, so that a log of hundreds of megabytes, or one on a slow network
// share, never holds up the window; it opens the file before, on the GUI thread, where a failure
// is told at once, and then hands it to no thread (QObject::moveToThread(nullptr)).
// progress gets the bytes read so far and the file's size (0 when it has none, as a pipe);
// cancel is asked between the parts. A regular file is read up to the size it had when opened:
// a log still being written gives what it held then. At most `limit` bytes are read: by default
// what the inspector can read of an input (Span::maxInput, 2 GiB), so that /dev/zero or a
// 30 GB file ends in a clear message, not in all of the memory.
using ReadProgress = std::function<void(qint64 done, qint64 total)>;
FileReadResult readWholeFile(QIODevice &file, const std::atomic_bool &cancel, const ReadProgress &progress = {},
                             qint64 limit = Span::maxInput);

} // namespace sipref
