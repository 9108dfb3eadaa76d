// SPDX-License-Identifier: MIT
// pactbench-cli: the headless engine, for CI.
#include <core/cli/cli.h>

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pactbench-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PACTBENCH_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    Pactbench::Cli::Io io{out, err};
    return Pactbench::Cli::run(QCoreApplication::arguments(), io);
}
