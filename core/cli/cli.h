// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Pactbench::Cli {

/// Exit codes shared by every command.
enum ExitCode {
    Success = 0, ///< the command did what was asked and the verdict is positive
    Failure = 1, ///< a negative verdict (invalid, mismatch, refused conversion) or an I/O failure
    Usage = 2, ///< wrong arguments or unusable input
};

/// Where a command writes: standard output for results, standard error for diagnostics.
struct Io
{
    QTextStream &out;
    QTextStream &err;
};

/// One sub-command of pactbench-cli. `arguments` starts with "pactbench-cli <name>".
struct Command
{
    QString name;
    QString summary;
    int (*run)(const QStringList &arguments, Io &io);
};

/// Every command, in the order `--help` lists them.
const QList<Command> &commands();

/// Runs pactbench-cli with its whole argument list (argv[0] first).
int run(const QStringList &arguments, Io &io);

} // namespace Pactbench::Cli
