// SPDX-License-Identifier: MIT
#pragma once

// A provider to verify against, on 127.0.0.1: HTTP routes, a state-change endpoint and a message
// endpoint, each of which a test can break. Every request it receives is recorded.

#include <core/http/httpserver.h>

#include <QJsonObject>
#include <QList>
#include <QMap>

namespace Pactbench::Test {

class TestProvider : public QObject
{
    Q_OBJECT

public:
    struct Message
    {
        QByteArray body;
        QString contentType = QStringLiteral("application/json");
        QJsonObject metadata; ///< sent base64-encoded in Pact-Message-Metadata
        bool rawMetadataHeader = false; ///< send `metadataHeader` as is instead
        QByteArray metadataHeader;
    };

    explicit TestProvider(QObject *parent = nullptr);

    /// Listens on 127.0.0.1, port 0; with `tls`, HTTPS with a generated self-signed certificate.
    bool start(bool tls = false);
    QUrl url() const { return m_server.url(); }

    /// Answers `method path` with this response.
    void route(const QString &method, const QString &path, HttpServerResponse response);
    /// Answers `method path` only after `delayMs` (for timeouts).
    void delay(const QString &method, const QString &path, int delayMs) { m_delays.insert(method + u' ' + path, delayMs); }
    /// The state-change endpoint is /_pact/state; it answers this status and body.
    void setStateResponse(int status, const QJsonObject &body = {}) { m_stateStatus = status; m_stateBody = body; }
    /// The next state-change calls answer these statuses, in order (then setStateResponse()'s again).
    void queueStateStatuses(const QList<int> &statuses) { m_stateQueue = statuses; }
    /// The message endpoint is /_pact/message; descriptions map to messages.
    void message(const QString &description, const Message &message) { m_messages.insert(description, message); }

    const QList<HttpServerRequest> &requests() const { return m_requests; }
    /// The JSON bodies POSTed to /_pact/state, in order.
    QList<QJsonObject> stateCalls() const;
    void clear() { m_requests.clear(); }

private:
    void handle(const HttpServerRequest &request, HttpResponder responder);
    HttpServerResponse answer(const HttpServerRequest &request);
    HttpServerResponse messageAnswer(const HttpServerRequest &request) const;

    HttpServer m_server;
    QMap<QString, HttpServerResponse> m_routes;
    QMap<QString, int> m_delays;
    QMap<QString, Message> m_messages;
    int m_stateStatus = 200;
    QList<int> m_stateQueue;
    QJsonObject m_stateBody;
    QList<HttpServerRequest> m_requests;
};

HttpServerResponse jsonResponse(int status, const QByteArray &json);

} // namespace Pactbench::Test
