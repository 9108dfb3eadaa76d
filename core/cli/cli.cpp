// SPDX-License-Identifier: MIT
#include "cli.h"

#include "commands.h"
#include "processend.h"

#include <QCoreApplication>

#include <mutex>
#include <vector>

namespace Pactbench::Cli {

namespace {
bool g_processEndsAfterCommand = false;
}

void setProcessEndsAfterCommand(bool ends)
{
    g_processEndsAfterCommand = ends;
}

bool processEndsAfterCommand()
{
    return g_processEndsAfterCommand;
}

void keepUntilProcessEnd(std::shared_ptr<void> kept)
{
    static std::mutex mutex;
    static auto *const everything = new std::vector<std::shared_ptr<void>>; // never destroyed, on purpose
    const std::lock_guard lock(mutex);
    everything->push_back(std::move(kept));
}

const QList<Command> &commands()
{
    static const QList<Command> all{
        {QStringLiteral("inspect"), QStringLiteral("Show a pact's consumer, provider, version and interactions"), runInspect},
        {QStringLiteral("validate"), QStringLiteral("Check pact files; located errors on stderr"), runValidate},
        {QStringLiteral("convert"), QStringLiteral("Write a pact as V3 or V4"), runConvert},
        {QStringLiteral("broker"), QStringLiteral("Pact Broker: pacts, can-i-deploy, deployments and environments"), runBroker},
        {QStringLiteral("match"), QStringLiteral("Match a spec test case's actual part against its expected part"), runMatch},
        {QStringLiteral("verify"), QStringLiteral("Verify a provider against pacts (like `pact verifier`)"), runVerify},
        {QStringLiteral("mock"), QStringLiteral("Serve a pact's HTTP interactions as a mock server until Ctrl-C"), runMock},
        {QStringLiteral("diff"), QStringLiteral("Compare two pacts: each difference and its impact on the provider"), runDiff},
        {QStringLiteral("usage"), QStringLiteral("Which provider fields each consumer relies on, and who breaks without one"), runUsage},
        {QStringLiteral("openapi"), QStringLiteral("Check pacts against the provider's OpenAPI document (matcher-aware)"), runOpenApi},
        {QStringLiteral("record"), QStringLiteral("Record a pact through a proxy in front of the provider"), runRecord},
        {QStringLiteral("import"), QStringLiteral("Import HAR, curl, WireMock or Postman traffic as a pact"), runImport},
    };
    return all;
}

static void printUsage(QTextStream &s)
{
    s << "Usage: pactbench-cli <command> [options]\n\nCommands:\n";
    for (const Command &c : commands())
        s << "  " << c.name.leftJustified(10) << c.summary << '\n';
    s << "\nRun 'pactbench-cli <command> --help' for a command's options.\n"
         "Exit codes: 0 success, 1 negative verdict or failure, 2 usage error or unusable input.\n";
}

int run(const QStringList &arguments, Io &io)
{
    const QString name = arguments.value(1);
    if (name.isEmpty() || name == u"--help" || name == u"-h" || name == u"help") {
        printUsage(name.isEmpty() ? io.err : io.out);
        return name.isEmpty() ? Usage : Success;
    }
    if (name == u"--version") {
        io.out << "pactbench-cli " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    for (const Command &c : commands()) {
        if (c.name == name) {
            QStringList rest = arguments.mid(2);
            rest.prepend(arguments.value(0) + u' ' + name);
            return c.run(rest, io);
        }
    }
    io.err << "pactbench-cli: unknown command '" << name << "'\n\n";
    printUsage(io.err);
    return Usage;
}

} // namespace Pactbench::Cli
