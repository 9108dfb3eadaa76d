// SPDX-License-Identifier: MIT
#include "mockrun.h"

#include "stepregistry.h"
#include "world.h"

#include <core/mockserver/mockserver.h>
#include <core/model/pactreader.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

namespace Pactbench::Compat {

void startMockServer(World &w, const Pact &pact)
{
    w.consumer.pact = pact;
    w.consumer.server = std::make_unique<MockServer>(pact);
    QEventLoop loop;
    QString error;
    QObject::connect(w.consumer.server.get(), &MockServer::started, &loop, &QEventLoop::quit);
    QObject::connect(w.consumer.server.get(), &MockServer::failed, &loop, [&](const QString &e) {
        error = e;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    w.consumer.server->start();
    if (!w.consumer.server->isRunning() && error.isEmpty())
        loop.exec();
    check(w.consumer.server->isRunning(), QStringLiteral("the mock server did not start: ") + error);
}

void sendToMockServer(World &w, const HttpRequest &request)
{
    check(w.consumer.server && w.consumer.server->isRunning(), QStringLiteral("the mock server is not running"));
    QUrl url = w.consumer.server->url();
    url.setPath(request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query.toQueryString(), QUrl::StrictMode);
    QNetworkRequest req(url);
    for (const auto &[name, value] : request.headers.entries())
        req.setRawHeader(name.toUtf8(), value.toUtf8());
    QNetworkAccessManager manager;
    // QNetworkAccessManager reads a body after a HEAD answer unless it knows the verb is HEAD
    QNetworkReply *reply = request.method == u"HEAD"
        ? manager.head(req)
        : manager.sendCustomRequest(req, request.method.toUtf8(), request.body.content());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    check(reply->isFinished(), QStringLiteral("no answer from the mock server within 10 s"));
    w.consumer.lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    w.consumer.lastBody = reply->readAll();
    w.consumer.lastContentType = QString::fromUtf8(reply->rawHeader("Content-Type"));
    reply->deleteLater();
}

SpecVersion writeVersion(const World &w)
{
    return w.version == SpecVersion::V4 ? SpecVersion::V4 : SpecVersion::V3;
}

void finishConsumerTest(World &w)
{
    check(w.consumer.server != nullptr, QStringLiteral("no mock server was started"));
    w.consumer.server->stop();
    w.consumer.done = true;
    const QString path = QDir::temp().filePath(
        QStringLiteral("pactbench-compat-%1.json").arg(QUuid::createUuid().toString(QUuid::Id128)));
    QString error;
    if (w.consumer.server->writePact(path, writeVersion(w), &error)) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            w.consumer.writtenBytes = f.readAll();
        f.remove();
        w.consumer.pactWritten = true;
    }
}

Pact writtenPact(const World &w)
{
    check(w.consumer.pactWritten, QStringLiteral("no pact file was written"));
    const ReadResult r = PactReader::read(w.consumer.writtenBytes);
    check(r.ok(), QStringLiteral("the written pact file cannot be read"));
    return *r.pact;
}

} // namespace Pactbench::Compat
