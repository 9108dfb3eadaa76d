// SPDX-License-Identifier: MIT
// bench-http-server PORT [BODY_FILE] [--thread]: answers every request with the same JSON body
// (or the file's bytes) on 127.0.0.1:PORT, until SIGINT/SIGTERM. --thread runs the server on
// HttpServerThread as the GUI will. Prints the URL, then "ready".
#include <core/http/httpserver.h>
#include <core/http/httpserverthread.h>

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Pactbench;

namespace {
int signalPipe[2];

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &byte, 1);
}

HttpServerResponse fixedResponse(const QByteArray &body)
{
    HttpServerResponse response;
    response.headers.append(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
    response.body = body;
    return response;
}

QByteArray defaultBody()
{
    return QByteArrayLiteral("{\"id\":42,\"name\":\"Mary\",\"email\":\"mary@example.com\",\"roles\":[\"admin\",\"user\"],"
                             "\"active\":true,\"created\":\"2024-01-01T00:00:00Z\"}\n");
}

void quitOnSignals(QCoreApplication &app)
{
    if (::pipe(signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

void announce(const QUrl &url)
{
    std::printf("%s\nready\n", qPrintable(url.toString()));
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    HttpServerConfig config;
    config.port = quint16(args.value(1).toUInt());
    QByteArray body = defaultBody();
    if (args.size() > 2 && !args.at(2).startsWith(u'-')) {
        QFile file(args.at(2));
        if (!file.open(QIODevice::ReadOnly))
            return 2;
        body = file.readAll();
    }
    const HttpServerResponse response = fixedResponse(body);
    const HttpHandler handler = [response](const HttpServerRequest &, HttpResponder responder) { responder.respond(response); };
    quitOnSignals(app);
    if (args.contains(QStringLiteral("--thread"))) {
        HttpServerThread server(handler);
        QObject::connect(&server, &HttpServerThread::started, &app, announce);
        QObject::connect(&server, &HttpServerThread::failed, &app, [](const QString &e) {
            std::fprintf(stderr, "%s\n", qPrintable(e));
            QCoreApplication::exit(1);
        });
        server.start(config);
        return app.exec();
    }
    HttpServer server;
    server.setHandler(handler);
    if (!server.start(config)) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    announce(server.url());
    return app.exec();
}
