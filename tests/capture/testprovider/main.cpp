// SPDX-License-Identifier: MIT
// pactbench-captureprovider [--port N]: serves CaptureProvider's routes (see captureprovider.h) on
// 127.0.0.1, prints its URL on stdout, and serves until killed.
#include "captureprovider.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A provider to record pacts from, on 127.0.0.1."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (0: a free one)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(port);
    parser.process(app);
    bool ok = false;
    const uint number = parser.value(port).toUInt(&ok);
    if (!ok || number > 65535) {
        QTextStream(stderr) << "pactbench-captureprovider: --port must be 0..65535, not " << parser.value(port) << '\n';
        return 2;
    }
    Pactbench::Test::CaptureProvider provider;
    if (!provider.start(quint16(number))) {
        QTextStream(stderr) << "pactbench-captureprovider: " << provider.errorString() << '\n';
        return 1;
    }
    QTextStream(stdout) << provider.url().toString() << Qt::endl;
    return app.exec();
}
