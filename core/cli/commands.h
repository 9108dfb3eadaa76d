// SPDX-License-Identifier: MIT
#pragma once

// The sub-commands of pactbench-cli, one file each.

#include "cli.h"

class QCommandLineParser;

namespace Pactbench::Cli {

int runInspect(const QStringList &arguments, Io &io);
int runValidate(const QStringList &arguments, Io &io);
int runConvert(const QStringList &arguments, Io &io);
int runBroker(const QStringList &arguments, Io &io);
int runMatch(const QStringList &arguments, Io &io);
int runVerify(const QStringList &arguments, Io &io);
int runMock(const QStringList &arguments, Io &io);
int runDiff(const QStringList &arguments, Io &io);
int runUsage(const QStringList &arguments, Io &io);
int runOpenApi(const QStringList &arguments, Io &io);
int runRecord(const QStringList &arguments, Io &io);
int runImport(const QStringList &arguments, Io &io);

/// Whether a command's source argument is an http(s) URL rather than a file's path.
inline bool isUrl(const QString &source)
{
    return source.startsWith(u"http://", Qt::CaseInsensitive) || source.startsWith(u"https://", Qt::CaseInsensitive);
}

/**
 * Parses `arguments` into `parser` (which has its options added). Handles --help (and -h unless
 * `shortHelp` is false, for commands where -h means something else, as in `verify`).
 * Returns -1 to go on, else the exit code to return.
 */
int parseArguments(QCommandLineParser &parser, const QStringList &arguments, Io &io, int minPositional,
                   int maxPositional, bool shortHelp = true);

/**
 * Writes a command's output file: `-` is standard output, any other path goes through
 * OutputFile (atomic for regular files, in place for devices and FIFOs). On failure the error is
 * printed as "COMMAND: cannot write 'PATH': reason" and false returned.
 */
bool writeOutput(const QString &path, const QByteArray &bytes, const QString &command, Io &io);

} // namespace Pactbench::Cli
