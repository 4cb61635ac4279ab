#pragma once

#include <QByteArray>
#include <QString>
#include <atomic>
#include <functional>

class QFile;

namespace sipref {

// What reading a file beside the GUI thread came to.
struct FileReadResult
{
    QByteArray bytes;
    QString error; // why the file could not be read whole; empty when it was
    bool cancelled = false;
};

// Reads the whole of an open file a few megabytes at a time. It runs on a worker thread, so that a
// log of hundreds of megabytes, or one on a slow network share, never holds up the window. The file
// is opened before, on the GUI thread, where a failure is told at once; it must then belong to no
// thread (QObject::moveToThread(nullptr)).
// progress gets the bytes read so far and the file's size (0 when it has none, as a pipe);
// cancel is asked between the parts. A regular file is read up to the size it had when opened:
// a log still being written gives what it held then.
using ReadProgress = std::function<void(qint64 done, qint64 total)>;
FileReadResult readWholeFile(QFile &file, const std::atomic_bool &cancel, const ReadProgress &progress = {});

} // namespace sipref
