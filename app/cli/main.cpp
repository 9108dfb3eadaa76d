// SPDX-License-Identifier: MIT
// pactbench-cli: the headless engine, for CI.
#include <core/cli/cli.h>
#include <core/cli/processend.h>

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

/**
 * A one-shot command reads, builds and drops many small values in well under a second; glibc's
 * defaults then spend a good share of it growing the heap in small steps (brk, page faults) and
 * handing memory back between phases. Growing in 64 MiB steps and keeping freed memory until exit
 * saves that. The servers (`mock`, `record`) run for hours and keep glibc's defaults, so memory
 * goes back after a burst.
 */
/// `mock` and `record` serve for hours, on server threads that are joined when the application quits.
bool isServer(const char *command)
{
    return command && (qstrcmp(command, "mock") == 0 || qstrcmp(command, "record") == 0);
}

void tuneAllocatorFor(const char *command)
{
#if defined(__GLIBC__)
    if (isServer(command))
        return;
    mallopt(M_TOP_PAD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
#else
    Q_UNUSED(command);
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    tuneAllocatorFor(argc > 1 ? argv[1] : nullptr);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pactbench-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PACTBENCH_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    Pactbench::Cli::Io io{out, err};
    // Once a one-shot command returns nothing is left to do: the process ends there (exit(): stdio is
    // flushed and atexit handlers run) and the operating system takes back what the command built and
    // QCoreApplication, instead of them being freed piece by piece. The servers end normally: their
    // threads finish the requests in flight when the application object goes.
    const bool endAtOnce = !isServer(argc > 1 ? argv[1] : nullptr);
    Pactbench::Cli::setProcessEndsAfterCommand(endAtOnce);
    const int rc = Pactbench::Cli::run(QCoreApplication::arguments(), io);
    if (!endAtOnce)
        return rc;
    out.flush();
    err.flush();
    std::exit(rc);
}
