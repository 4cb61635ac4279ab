#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sipref::test {

// A named pipe with its writing end open, so that opening it to read does not wait: a file that
// comes in only as fast as the test writes it, like one on a stalled network share.
class SlowFile
{
public:
    explicit SlowFile(const QString &path) : m_path(path)
    {
        const QByteArray name = QFile::encodeName(path);
        if (::mkfifo(name.constData(), 0600) == 0)
            m_fd = ::open(name.constData(), O_RDWR); // O_RDWR: Linux opens a pipe so without a reader
    }
    ~SlowFile() { finish(); }
    bool isOpen() const { return m_fd >= 0; }
    QString path() const { return m_path; }
    bool write(const QByteArray &bytes)
    {
        for (qsizetype done = 0; done < bytes.size();) {
            const auto n = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    }
    void finish() // the reader then meets the pipe's end
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace sipref::test
