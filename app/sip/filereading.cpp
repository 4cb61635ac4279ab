#include "sip/filereading.h"

#include <QCoreApplication>
#include <QIODevice>
#include <algorithm>
#include <new>

namespace sipref {

namespace {

// Big enough that the calls cost nothing against the copying, small enough that a cancel or a
// progress step comes a few times a second even from a slow share.
constexpr qint64 partSize = 4 * 1024 * 1024;

} // namespace

FileReadResult readWholeFile(QIODevice &file, const std::atomic_bool &cancel, const ReadProgress &progress, qint64 limit)
{
    FileReadResult result;
    const qint64 fileSize = file.isSequential() ? 0 : file.size();
    const qint64 size = std::min(fileSize, limit);
    result.truncated = fileSize > limit;
    qint64 done = 0;
    try {
        // A regular file's bytes go straight into one block of its size; a pipe's into a block
        // that doubles as it fills.
        result.bytes.resize(size > 0 ? size : partSize);
        for (;;) {
            if (cancel.load(std::memory_order_relaxed)) {
                result = FileReadResult();
                result.cancelled = true;
                return result;
            }
            if (size > 0 && done == size)
                break;
            if (size == 0 && done == limit) {
                result.truncated = true; // a pipe, or a device such as /dev/zero, may go on
                break;
            }
            if (size == 0 && result.bytes.size() - done < partSize)
                result.bytes.resize(std::min(result.bytes.size() * 2, std::max(limit, partSize)));
            const qint64 want = std::min(partSize, (size > 0 ? size : limit) - done);
            const qint64 got = file.read(result.bytes.data() + done, want);
            if (got < 0) {
                result.error = file.errorString();
                result.bytes.clear();
                return result;
            }
            if (got == 0)
                break; // the end of a pipe, or a file that shrank meanwhile
            done += got;
            if (progress)
                progress(done, size);
        }
        result.bytes.resize(done);
        result.bytes.squeeze();
    } catch (const std::bad_alloc &) {
        result = FileReadResult();
        result.error = QCoreApplication::translate("sipref::FileReading", "not enough memory to hold it");
    }
    return result;
}

} // namespace sipref
