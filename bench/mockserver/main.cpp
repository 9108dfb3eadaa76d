// SPDX-License-Identifier: MIT
// bench-mock-server PORT PACT.json: serves the pact with MockServer on 127.0.0.1:PORT (journal
// on, batches published to this thread and dropped), until SIGINT/SIGTERM. Prints the URL, then
// "ready", and at exit the journal counters.
#include <core/cli/signalbridge.h>
#include <core/mockserver/mockserver.h>
#include <core/model/pactreader.h>

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

using namespace Pactbench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bench-mock-server PORT PACT.json\n");
        return 2;
    }
    const ReadResult read = PactReader::readFile(args[2]);
    if (!read.ok()) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args[2]));
        return 2;
    }
    MockServerConfig config;
    config.port = quint16(args[1].toUInt());
    MockServer server(*read.pact, config);
    quint64 batches = 0;
    QObject::connect(&server, &MockServer::journalBatch, &app, [&batches] { ++batches; });
    QObject::connect(&server, &MockServer::started, &app, [](const QUrl &url) {
        std::printf("%s\nready\n", qPrintable(url.toString()));
        std::fflush(stdout);
    });
    QObject::connect(&server, &MockServer::failed, &app, [](const QString &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        QCoreApplication::exit(1);
    });
    Cli::SignalBridge bridge({ SIGINT, SIGTERM });
    QObject::connect(&bridge, &Cli::SignalBridge::received, &app, &QCoreApplication::quit);
    server.start();
    const int rc = app.exec();
    server.stop();
    const JournalCounters c = server.counters();
    std::printf("requests %llu matched %llu mismatched %llu unexpected %llu batches %llu\n", c.total, c.matched,
        c.mismatched, c.unexpected, batches);
    return rc;
}
