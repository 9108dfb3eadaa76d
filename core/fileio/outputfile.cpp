// SPDX-License-Identifier: MIT
#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace Pactbench {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString cannotWrite(const QString &path, const QString &reason)
{
    return QStringLiteral("cannot write '%1': %2").arg(QDir::toNativeSeparators(path), reason);
}

/// Devices and FIFOs: written in place, never replaced.
bool writeInPlace(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    // Unbuffered, so a failing device (ENOSPC on /dev/full) reports on write, not on a silent flush.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(error, cannotWrite(path, file.errorString()));
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0)
            return fail(error, cannotWrite(path, file.errorString()));
        done += n;
    }
    return true;
}

/// Regular files: atomic replace, keeping the old file's mode (QSaveFile) and owner.
bool replaceAtomically(const QString &path, const QByteArray &bytes, const struct stat *existing, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, cannotWrite(path, file.errorString()));
    if (existing && (existing->st_uid != ::geteuid() || existing->st_gid != ::getegid())) {
        // Best effort: only root (or the owner, for the group) may do this; otherwise the file
        // becomes the writer's, as with any editor that saves by renaming.
        [[maybe_unused]] const int rc = ::fchown(file.handle(), existing->st_uid, existing->st_gid);
    }
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(error, cannotWrite(path, reason));
    }
    if (!file.commit())
        return fail(error, cannotWrite(path, file.errorString()));
    return true;
}

} // namespace

bool OutputFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    if (path.isEmpty())
        return fail(error, QStringLiteral("cannot write: no file name given"));
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (::stat(native.constData(), &st) != 0) {
        if (errno != ENOENT)
            return fail(error, cannotWrite(path, QString::fromLocal8Bit(std::strerror(errno))));
        const QFileInfo info(path);
        if (!info.absoluteDir().exists())
            return fail(error,
                cannotWrite(path,
                    QStringLiteral("the folder '%1' does not exist")
                        .arg(QDir::toNativeSeparators(info.absolutePath()))));
        return replaceAtomically(path, bytes, nullptr, error);
    }
    if (S_ISDIR(st.st_mode))
        return fail(error, cannotWrite(path, QStringLiteral("it is a folder")));
    if (S_ISSOCK(st.st_mode))
        return fail(error, cannotWrite(path, QStringLiteral("it is a socket")));
    if (!S_ISREG(st.st_mode))
        return writeInPlace(path, bytes, error);
    if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 || ::access(native.constData(), W_OK) != 0)
        return fail(error, cannotWrite(path, QStringLiteral("the file is read-only")));
    return replaceAtomically(path, bytes, &st, error);
}

} // namespace Pactbench
