// SPDX-License-Identifier: MIT
#pragma once

// Runs pactbench-cli in-process and keeps what it printed: shared by the CLI tests.

#include <core/cli/cli.h>

namespace Pactbench::Test {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

/// `pactbench-cli <command> <args…>`.
inline CliRun runCli(const QString &command, const QStringList &args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    Cli::Io io{out, err};
    QStringList all{QStringLiteral("pactbench-cli")};
    if (!command.isEmpty())
        all.append(command);
    r.code = Cli::run(all + args, io);
    out.flush();
    err.flush();
    return r;
}

} // namespace Pactbench::Test
