// SPDX-License-Identifier: MIT
// pactbench-cli mock PACT.json [--host 127.0.0.1] [--port 0] [--state NAME…] [--cors] [--tls]
//                             [--write-pact FILE [--pact-version 3|4]] [--max-connections N]
#include "commands.h"
#include "diagnosticprinter.h"
#include "signalbridge.h"

#include <core/mockserver/mockserver.h>
#include <core/mockserver/overlaps.h>
#include <core/model/pactreader.h>

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

#include <csignal>

namespace Pactbench::Cli {

namespace {

constexpr int CliPublishIntervalMs = 50;

struct MockOptions
{
    QCommandLineOption host{ QStringLiteral("host"), QStringLiteral("Address to bind (default 127.0.0.1)."),
        QStringLiteral("address"), QStringLiteral("127.0.0.1") };
    QCommandLineOption port{ QStringLiteral("port"), QStringLiteral("Port to listen on (default 0: a free one)."),
        QStringLiteral("port"), QStringLiteral("0") };
    QCommandLineOption state{ QStringLiteral("state"),
        QStringLiteral("Serve only interactions with this provider state (repeatable)."), QStringLiteral("name") };
    QCommandLineOption description{ QStringLiteral("description"),
        QStringLiteral("Serve only interactions with this description (repeatable)."), QStringLiteral("text") };
    QCommandLineOption cors{ QStringLiteral("cors"), QStringLiteral("Answer CORS preflight requests.") };
    QCommandLineOption tls{ QStringLiteral("tls"),
        QStringLiteral("Serve HTTPS with a generated self-signed certificate.") };
    QCommandLineOption writePact{ QStringLiteral("write-pact"),
        QStringLiteral("On a clean run (every interaction called, nothing else), write the pact of what was "
                       "exercised to this file."),
        QStringLiteral("file") };
    QCommandLineOption pactVersion{ QStringLiteral("pact-version"),
        QStringLiteral("Specification version of --write-pact: 3 or 4 (default 4)."), QStringLiteral("version"),
        QStringLiteral("4") };
    QCommandLineOption maxConnections{ QStringLiteral("max-connections"),
        QStringLiteral("Connections served at once (default 1024); one more gets 503 Service Unavailable."),
        QStringLiteral("count"), QString::number(HttpServerConfig().maxConnections) };

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QStringLiteral("Serve a pact's HTTP interactions until SIGINT/SIGTERM, "
                                                        "then summarise (exit 0: all called, nothing else)."));
        parser.addPositionalArgument(QStringLiteral("PACT.json"), QStringLiteral("The pact to serve."));
        parser.addOptions({ host, port, state, description, cors, tls, writePact, pactVersion, maxConnections });
    }
};

bool readConfig(const QCommandLineParser &parser, const MockOptions &o, MockServerConfig *config, QString *problem)
{
    const QString host = parser.value(o.host);
    config->bindAddress = host == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (config->bindAddress.isNull()) {
        *problem = QStringLiteral("--host '%1' is not an IP address").arg(host);
        return false;
    }
    bool ok = false;
    const uint port = parser.value(o.port).toUInt(&ok);
    if (!ok || port > 65535) {
        *problem = QStringLiteral("--port '%1' is not a port number").arg(parser.value(o.port));
        return false;
    }
    config->port = quint16(port);
    const int connections = parser.value(o.maxConnections).toInt(&ok);
    if (!ok || connections <= 0) {
        *problem
            = QStringLiteral("--max-connections '%1' is not a positive number").arg(parser.value(o.maxConnections));
        return false;
    }
    config->http.maxConnections = connections;
    config->providerStates = parser.values(o.state);
    config->descriptions = parser.values(o.description);
    config->cors = parser.isSet(o.cors);
    config->tls = parser.isSet(o.tls);
    config->publishIntervalMs = CliPublishIntervalMs;
    const QString version = parser.value(o.pactVersion);
    if (version != u"3" && version != u"4") {
        *problem = QStringLiteral("--pact-version '%1' is neither 3 nor 4").arg(version);
        return false;
    }
    return true;
}

QString interactionName(const Pact &pact, int index)
{
    if (index < 0 || index >= pact.interactions.size())
        return QStringLiteral("CORS preflight");
    return u'"' + pact.interactions[index].description + u'"';
}

void printEntry(const JournalEntry &e, const Pact &pact, Io &io)
{
    io.out << '[' << e.sequence << "] " << e.responseStatus << ' ' << e.method << ' ' << e.target << "  ";
    switch (e.verdict) {
    case JournalVerdict::Matched:
        io.out << "matched " << interactionName(pact, e.interactionIndex) << '\n';
        return;
    case JournalVerdict::Mismatched:
        io.out << "MISMATCH, closest " << interactionName(pact, e.interactionIndex) << " (score "
               << QString::number(e.score, 'f', 2) << "):\n";
        for (const QString &m : e.mismatches)
            io.out << "      " << m << '\n';
        return;
    case JournalVerdict::Unexpected:
        io.out << "UNEXPECTED: no interaction for " << e.method << ' ' << e.target.section(u'?', 0, 0) << '\n';
        return;
    }
}

void printBatch(const JournalBatch &batch, const Pact &pact, Io &io)
{
    if (batch.skipped > 0)
        io.out << "... " << batch.skipped << " request(s) not shown (more than the journal keeps)\n";
    for (const JournalEntry &e : batch.entries)
        printEntry(e, pact, io);
    io.out.flush();
}

/// Writes the exercised pact after a clean run (--write-pact); false when writing failed.
bool writeExercised(const MockServer &server, const QString &path, SpecVersion version, Io &io)
{
    QString error;
    QDir().mkpath(QFileInfo(path).absolutePath()); // like the reference's pact directory
    if (!server.writePact(path, version, &error)) {
        io.err << "mock: cannot write " << path << ": " << error << '\n';
        return false;
    }
    io.out << "Wrote the exercised pact (" << specVersionLabel(version) << ") to " << path << '\n';
    io.out.flush();
    return true;
}

int summarise(const MockServer &server, Io &io)
{
    const JournalCounters c = server.counters();
    const QList<int> missing = server.missing();
    io.out << "\nSummary: " << c.total << " request(s): " << c.matched << " matched, " << c.mismatched
           << " mismatched, " << c.unexpected << " unexpected; " << missing.size() << " missing\n";
    for (const int i : missing) {
        const Interaction &interaction = server.pact().interactions[i];
        io.out << "  missing: \"" << interaction.description << "\" (" << interaction.request.method << ' '
               << interaction.request.path << ")\n";
    }
    const bool ok = c.mismatched == 0 && c.unexpected == 0 && missing.isEmpty();
    io.out << (ok ? "OK: every interaction was called and nothing else\n" : "FAILED\n");
    io.out.flush();
    return ok ? Success : Failure;
}

// Runs the server until a signal (then true) or a failure to listen (false).
bool serveUntilSignal(MockServer &server, Io &io)
{
    SignalBridge bridge({ SIGINT, SIGTERM });
    QEventLoop loop;
    bool listening = true;
    QObject::connect(&server, &MockServer::started, &loop, [&](const QUrl &url) {
        io.out << "Mock server listening on " << url.toString() << " (" << server.servedInteractions().size()
               << " interaction(s) of " << server.pact().consumer.name << " -> " << server.pact().provider.name
               << "); stop with Ctrl-C\n";
        io.out.flush();
    });
    QObject::connect(&server, &MockServer::failed, &loop, [&](const QString &error) {
        io.err << "mock: " << error << '\n';
        listening = false;
        loop.quit();
    });
    QObject::connect(&server, &MockServer::journalBatch, &loop,
        [&](const JournalBatch &batch) { printBatch(batch, server.pact(), io); });
    QObject::connect(&bridge, &SignalBridge::received, &loop, [&] { server.stop(); });
    QObject::connect(&server, &MockServer::stopped, &loop, &QEventLoop::quit); // after the last batch
    server.start();
    loop.exec();
    return listening;
}

} // namespace

int runMock(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    const MockOptions options;
    options.addTo(parser);
    if (const int rc = parseArguments(parser, arguments, io, 1, 1); rc >= 0)
        return rc;
    MockServerConfig config;
    QString problem;
    if (!readConfig(parser, options, &config, &problem)) {
        io.err << "mock: " << problem << '\n';
        return Usage;
    }
    const QString file = parser.positionalArguments().constFirst();
    const ReadResult read = PactReader::readFile(file);
    printDiagnostics(file, read.diagnostics, io.err, true);
    if (!read.ok())
        return Usage;
    MockServer server(*read.pact, config);
    if (server.servedInteractions().isEmpty()) {
        io.err << "mock: no HTTP interaction of '" << file << "' to serve (check --state/--description)\n";
        return Usage;
    }
    for (const InteractionOverlap &o : findOverlaps(*read.pact, config))
        io.err << "mock: warning: " << o.text(*read.pact) << '\n';
    io.err.flush();
    if (!serveUntilSignal(server, io))
        return Failure;
    const int verdict = summarise(server, io);
    if (verdict == Success && parser.isSet(options.writePact)) {
        const SpecVersion version = parser.value(options.pactVersion) == u"3" ? SpecVersion::V3 : SpecVersion::V4;
        if (!writeExercised(server, parser.value(options.writePact), version, io))
            return Failure;
    }
    return verdict;
}

} // namespace Pactbench::Cli
