// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputfile.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

constexpr qint64 ReadChunk = 1024 * 1024;

#ifdef Q_OS_UNIX
/** What a file that is not a regular file is, in words; empty for a regular file or a folder. */
QString specialKind(mode_t mode)
{
    if (S_ISFIFO(mode)) {
        return InputFile::tr("a named pipe (FIFO)");
    }
    if (S_ISCHR(mode) || S_ISBLK(mode)) {
        return InputFile::tr("a device");
    }
    if (S_ISSOCK(mode)) {
        return InputFile::tr("a socket");
    }
    if (!S_ISREG(mode) && !S_ISDIR(mode)) {
        return InputFile::tr("a special file");
    }
    return {};
}
#endif

Error notRegular(const QString &fileName, const QString &kind)
{
    //: %2 is what the file is, e.g. "a named pipe (FIFO)" or "a device"
    return Error{InputFile::tr("%1: skipped: it is %2, not a regular file").arg(fileName, kind)};
}

} // namespace

QString InputFile::tooLarge(const QString &fileName, qint64 size, qint64 limit)
{
    return tr("%1: is too large (%2 MB; at most %3 MB are imported)")
        .arg(fileName)
        .arg(double(size) / 1048576.0, 0, 'f', 1)
        .arg(limit / 1048576);
}

Result<QByteArray> InputFile::read(const QString &path, qint64 limit)
{
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    if (!info.exists()) {
        return Error{tr("%1: the file does not exist").arg(fileName)};
    }
    if (info.isDir()) {
        return Error{tr("%1: is a folder, not a file").arg(fileName)};
    }
    // Decided before opening: opening a named pipe for reading blocks until someone writes to it.
    if (!info.isFile()) {
#ifdef Q_OS_UNIX
        struct stat status = {};
        const QString kind
            = ::stat(QFile::encodeName(path).constData(), &status) == 0 ? specialKind(status.st_mode) : QString();
        return notRegular(fileName, kind.isEmpty() ? tr("a special file") : kind);
#else
        return notRegular(fileName, tr("a special file"));
#endif
    }
    // Refuse before reading: a huge file would be read into memory for nothing.
    if (info.size() > limit) {
        return Error{tooLarge(fileName, info.size(), limit)};
    }

    QFile file;
#ifdef Q_OS_UNIX
    // O_NONBLOCK: should a pipe have taken the file's place since the check, open must not wait.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        return Error{tr("%1: cannot be read (%2)").arg(fileName, qt_error_string(errno))};
    }
    struct stat status = {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        const QString kind = specialKind(status.st_mode);
        return notRegular(fileName, kind.isEmpty() ? tr("a special file") : kind);
    }
    if (status.st_size > limit) {
        ::close(fd);
        return Error{tooLarge(fileName, status.st_size, limit)};
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Error{tr("%1: cannot be read (%2)").arg(fileName, file.errorString())};
    }
#else
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("%1: cannot be read (%2)").arg(fileName, file.errorString())};
    }
#endif
    // Never trust the size: read in chunks and stop one byte past the limit.
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min(file.size(), limit)));
    while (bytes.size() <= limit) {
        const QByteArray chunk = file.read(std::min(ReadChunk, limit + 1 - bytes.size()));
        if (chunk.isEmpty()) {
            break;
        }
        bytes.append(chunk);
    }
    if (file.error() != QFileDevice::NoError) {
        return Error{tr("%1: cannot be read (%2)").arg(fileName, file.errorString())};
    }
    if (bytes.size() > limit) {
        return Error{tr("%1: is larger than %2 MB; at most that much is imported").arg(fileName).arg(limit / 1048576)};
    }
    return bytes;
}

} // namespace Fazhi
