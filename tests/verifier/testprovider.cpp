// SPDX-License-Identifier: MIT
#include "testprovider.h"

#include <QJsonDocument>
#include <QTimer>

namespace Pactbench::Test {

HttpServerResponse jsonResponse(int status, const QByteArray &json)
{
    HttpServerResponse r;
    r.status = status;
    r.headers.append(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
    r.body = json;
    return r;
}

TestProvider::TestProvider(QObject *parent)
    : QObject(parent)
{
    m_server.setHandler([this](const HttpServerRequest &request, HttpResponder responder) { handle(request, responder); });
}

bool TestProvider::start(bool tls)
{
    HttpServerConfig config;
    config.idleTimeoutMs = 10000;
    config.tls = tls;
    return m_server.start(config);
}

void TestProvider::route(const QString &method, const QString &path, HttpServerResponse response)
{
    m_routes.insert(method + u' ' + path, response);
}

QList<QJsonObject> TestProvider::stateCalls() const
{
    QList<QJsonObject> out;
    for (const HttpServerRequest &r : m_requests) {
        if (r.path == u"/_pact/state")
            out.append(QJsonDocument::fromJson(r.body).object());
    }
    return out;
}

void TestProvider::handle(const HttpServerRequest &request, HttpResponder responder)
{
    m_requests.append(request);
    const HttpServerResponse response = answer(request);
    const int delayMs = m_delays.value(request.method + u' ' + request.path, 0);
    if (delayMs <= 0) {
        responder.respond(response);
        return;
    }
    QTimer::singleShot(delayMs, this, [responder, response] { responder.respond(response); });
}

HttpServerResponse TestProvider::answer(const HttpServerRequest &request)
{
    if (request.path == u"/_pact/state") {
        const int status = m_stateQueue.isEmpty() ? m_stateStatus : m_stateQueue.takeFirst();
        return jsonResponse(status, QJsonDocument(m_stateBody).toJson(QJsonDocument::Compact));
    }
    if (request.path == u"/_pact/message")
        return messageAnswer(request);
    const auto it = m_routes.find(request.method + u' ' + request.path);
    if (it == m_routes.end())
        return HttpServerResponse::text(404, QStringLiteral("no route"));
    return *it;
}

HttpServerResponse TestProvider::messageAnswer(const HttpServerRequest &request) const
{
    const QString description = QJsonDocument::fromJson(request.body).object().value(u"description").toString();
    const auto it = m_messages.find(description);
    if (it == m_messages.end())
        return HttpServerResponse::text(404, QStringLiteral("no message '%1'").arg(description));
    HttpServerResponse r;
    r.headers.append(QStringLiteral("Content-Type"), it->contentType);
    if (it->rawMetadataHeader)
        r.headers.append(QStringLiteral("Pact-Message-Metadata"), QString::fromLatin1(it->metadataHeader));
    else if (!it->metadata.isEmpty())
        r.headers.append(QStringLiteral("Pact-Message-Metadata"),
                         QString::fromLatin1(QJsonDocument(it->metadata).toJson(QJsonDocument::Compact).toBase64()));
    r.body = it->body;
    return r;
}

} // namespace Pactbench::Test
