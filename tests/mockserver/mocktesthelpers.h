// SPDX-License-Identifier: MIT
#pragma once
// Shared by the mock server tests: pacts from JSON text, starting a server, one blocking HTTP call.

#include <core/mockserver/mockserver.h>
#include <core/model/pactreader.h>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

namespace MockTest {

inline Pactbench::Pact pactFromJson(const QByteArray &json)
{
    const Pactbench::ReadResult r = Pactbench::PactReader::read(json);
    if (!r.ok())
        qFatal("test pact does not read");
    return *r.pact;
}

/// Starts the server and waits for its URL (empty on failure).
inline QUrl start(Pactbench::MockServer &server)
{
    QSignalSpy started(&server, &Pactbench::MockServer::started);
    server.start();
    if (!started.wait(10000))
        return {};
    return started.first().first().toUrl();
}

struct Reply
{
    int status = 0;
    QString error; ///< what went wrong when no answer came (status 0)
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/// One request through QNetworkAccessManager, waiting at most timeoutMs for the answer (TLS errors ignored).
inline Reply send(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url,
    const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {}, int timeoutMs = 10000)
{
    QNetworkRequest request(url);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool answered = reply->isFinished() || finished.wait(timeoutMs);
    Reply out;
    if (!answered) {
        reply->abort();
        out.error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    } else if (reply->error() != QNetworkReply::NoError) {
        out.error = reply->errorString();
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return out;
}

inline bool hasCurl()
{
    return !QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty();
}

/// Runs curl (-sS, 10 s limit) without blocking the event loop; stdout + stderr.
inline QByteArray curl(const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("curl"),
        QStringList{ QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("10") } + args);
    p.closeWriteChannel();
    QSignalSpy done(&p, &QProcess::finished);
    done.wait(15000);
    if (exitCode)
        *exitCode = p.exitCode();
    return p.readAllStandardOutput() + p.readAllStandardError();
}

} // namespace MockTest
