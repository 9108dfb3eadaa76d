// SPDX-License-Identifier: MIT
// bench-capture-proxy TARGET_URL: a RecordingProxy in front of TARGET_URL on 127.0.0.1 (a free port);
// prints its URL on stdout once it listens and forwards until killed. The recorded exchanges are
// counted and cleared every second (memory stays flat under a long load); the count goes to stderr
// at exit (SIGTERM/SIGINT).
#include <core/capture/record/recordingproxy.h>

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace {

int signalPipe[2];

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &c, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        QTextStream(stderr) << "usage: bench-capture-proxy TARGET_URL\n";
        return 2;
    }
    Pactbench::RecordingProxy proxy;
    Pactbench::RecordingProxy::Config config;
    config.target = QUrl(QString::fromLocal8Bit(argv[1]));
    qint64 recorded = 0;
    QObject::connect(&proxy, &Pactbench::RecordingProxy::started, &app,
                     [](const QUrl &url) { QTextStream(stdout) << url.toString() << Qt::endl; });
    QObject::connect(&proxy, &Pactbench::RecordingProxy::failed, &app, [](const QString &error) {
        QTextStream(stderr) << "bench-capture-proxy: " << error << '\n';
        QCoreApplication::exit(1);
    });
    QTimer drain;
    QObject::connect(&drain, &QTimer::timeout, &app, [&] {
        recorded += proxy.count();
        proxy.clear();
    });
    drain.start(1000);
    if (::pipe(signalPipe) != 0)
        return 1;
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    QSocketNotifier quitNotifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&quitNotifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    if (!proxy.start(config)) {
        QTextStream(stderr) << "bench-capture-proxy: " << proxy.errorString() << '\n';
        return 2;
    }
    const int code = app.exec();
    QTextStream(stderr) << "bench-capture-proxy: recorded " << recorded + proxy.count() << " exchanges\n";
    return code;
}
