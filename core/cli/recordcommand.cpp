// SPDX-License-Identifier: MIT
// pactbench-cli record --target URL [--host 127.0.0.1] [--port N] -o OUT [--consumer NAME] [--provider NAME]
//                      [--pact-version 3|4] [--no-matchers] [--secret-header NAME] [--secret-query NAME]
// A recording proxy in front of a real provider; on SIGINT/SIGTERM the traffic becomes a pact.
#include "captureoptions.h"
#include "commands.h"
#include "signalbridge.h"

#include <core/capture/pactbuilder.h>
#include <core/capture/record/recordingproxy.h>

#include <QCommandLineParser>
#include <QEventLoop>

#include <csignal>

namespace Pactbench::Cli {

namespace {

struct RecordOptions
{
    QCommandLineOption target{ QStringLiteral("target"),
        QStringLiteral("The provider to record: an http or https URL (its path is a base path)."), QStringLiteral("url") };
    QCommandLineOption host{ QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
        QStringLiteral("address"), QStringLiteral("127.0.0.1") };
    QCommandLineOption port{ QStringLiteral("port"), QStringLiteral("Port to listen on (default 0: a free one)."),
        QStringLiteral("port"), QStringLiteral("0") };
    QCommandLineOption insecure{ QStringLiteral("insecure"),
        QStringLiteral("Accept the target's TLS certificate without checking it (self-signed test servers).") };

    void addTo(QCommandLineParser &parser) const { parser.addOptions({ target, host, port, insecure }); }
};

bool readConfig(const QCommandLineParser &parser, const RecordOptions &o, RecordingProxy::Config *config, QString *problem)
{
    if (!parser.isSet(o.target)) {
        *problem = QStringLiteral("--target URL is required");
        return false;
    }
    config->target = QUrl(parser.value(o.target), QUrl::StrictMode);
    config->host = parser.value(o.host);
    bool ok = false;
    const uint port = parser.value(o.port).toUInt(&ok);
    if (!ok || port > 65535) {
        *problem = QStringLiteral("--port '%1' is not a port number").arg(parser.value(o.port));
        return false;
    }
    config->port = quint16(port);
    config->ignoreTlsErrors = parser.isSet(o.insecure);
    return true;
}

QString exchangeLine(const CapturedExchange &e)
{
    return QStringLiteral("[%1] %2").arg(e.source.section(u'#', -1), Capture::describe(e.request, e.response));
}

/// Proxies until a signal (true) or a failure to listen (false).
bool recordUntilSignal(RecordingProxy &proxy, const RecordingProxy::Config &config, Io &io)
{
    SignalBridge bridge({ SIGINT, SIGTERM });
    QEventLoop loop;
    bool listening = true;
    QObject::connect(&proxy, &RecordingProxy::started, &loop, [&](const QUrl &url) {
        io.out << "Recording proxy listening on " << url.toString() << " -> " << config.target.toString()
               << "; stop with Ctrl-C to write the pact\n";
        io.out.flush();
    });
    QObject::connect(&proxy, &RecordingProxy::failed, &loop, [&](const QString &error) {
        io.err << "record: " << error << '\n';
        listening = false;
        loop.quit();
    });
    QObject::connect(&proxy, &RecordingProxy::exchangeRecorded, &loop, [&](const CapturedExchange &e) {
        io.out << exchangeLine(e) << '\n';
        io.out.flush();
    });
    QObject::connect(&proxy, &RecordingProxy::forwardFailed, &loop, [&](const QString &reason) {
        io.err << "record: not recorded: " << reason << '\n';
        io.err.flush();
    });
    QObject::connect(&bridge, &SignalBridge::received, &loop, [&] { proxy.stop(); });
    QObject::connect(&proxy, &RecordingProxy::stopped, &loop, &QEventLoop::quit);
    if (!proxy.start(config)) {
        io.err << "record: " << proxy.errorString() << '\n';
        return false;
    }
    loop.exec();
    return listening;
}

} // namespace

int runRecord(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Record a pact from real traffic: a proxy in front of the provider (--target) forwards every request\n"
        "and records the exchange; on SIGINT/SIGTERM the exchanges become interactions (identical ones once,\n"
        "secrets replaced by placeholders with regex matchers, matchers inferred unless --no-matchers) and the\n"
        "pact is written atomically. Exit 0 when written, 1 when nothing was recorded, 2 on wrong arguments."));
    const RecordOptions ro;
    const CaptureCliOptions co;
    ro.addTo(parser);
    co.addTo(parser);
    if (const int rc = parseArguments(parser, arguments, io, 0, 0); rc >= 0)
        return rc;
    RecordingProxy::Config config;
    CaptureOptions options;
    QString problem;
    if (!readConfig(parser, ro, &config, &problem) || !co.read(parser, &options, &problem)) {
        io.err << "record: " << problem << '\n';
        return Usage;
    }
    RecordingProxy proxy;
    if (!recordUntilSignal(proxy, config, io))
        return Usage;
    CaptureBatch batch;
    batch.exchanges = proxy.exchanges();
    if (proxy.droppedCount() > 0)
        batch.notes.append({ CaptureNote::Kind::Skipped, {},
            QStringLiteral("%1 exchange(s) forwarded but not recorded: over the limit of %2 recorded exchanges")
                .arg(proxy.droppedCount())
                .arg(config.maxExchanges) });
    return writeCapturedPact(batch, options, parser.value(co.output), QStringLiteral("record"), io);
}

} // namespace Pactbench::Cli
