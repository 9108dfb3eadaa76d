// SPDX-License-Identifier: MIT
#include "commands.h"

#include <core/fileio/outputfile.h>

namespace Pactbench::Cli {

bool writeOutput(const QString &path, const QByteArray &bytes, const QString &command, Io &io)
{
    if (path == u'-') {
        io.out << QString::fromUtf8(bytes);
        io.out.flush();
        return true;
    }
    QString error;
    if (OutputFile::write(path, bytes, &error))
        return true;
    io.err << command << ": " << error << '\n';
    return false;
}

} // namespace Pactbench::Cli
