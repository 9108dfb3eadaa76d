// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace Pactbench {

/**
 * Writes a whole output file the one way every command and window action does.
 *
 * - A regular file (or a path that does not exist yet) is replaced atomically: the bytes go to a
 *   temporary file beside it, which is renamed over the target only once everything is on disk.
 *   An existing file keeps its permissions and, where the process may set them, its owner and group.
 * - A symbolic link is written through: its target is replaced, the link stays.
 * - An existing target that is not a regular file (character or block device such as /dev/null,
 *   FIFO) is written to directly and never replaced; a socket or a directory is refused.
 * - A read-only target (no write permission bit, even for root), a missing parent folder or a
 *   failed write (a full disk) is an error naming the path; the old file is then untouched.
 */
class OutputFile
{
public:
    /// Writes `bytes` to `path`; false with `error` (a sentence naming the path) when it cannot.
    static bool write(const QString &path, const QByteArray &bytes, QString *error = nullptr);
};

} // namespace Pactbench
