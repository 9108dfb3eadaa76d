// SPDX-License-Identifier: MIT
#include "proxytestclient.h"

#include <QSignalSpy>
#include <QTcpSocket>

namespace Pactbench::Test {

bool startProxy(RecordingProxy &proxy, const RecordingProxy::Config &config)
{
    QSignalSpy started(&proxy, &RecordingProxy::started);
    if (!proxy.start(config))
        return false;
    return !started.isEmpty() || started.wait(10000);
}

QByteArray ClientReply::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

ClientReply sendRequest(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url,
                        const RawHeaders &headers, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    ClientReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError)
        out.error = reply->errorString();
    delete reply;
    return out;
}

QByteArray rawExchange(const QUrl &url, const QByteArray &request)
{
    // With the event loop running: the provider of the tests answers on this thread.
    QTcpSocket socket;
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(request); });
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(url.host(), quint16(url.port()));
    closed.wait(10000);
    return answer + socket.readAll();
}

} // namespace Pactbench::Test
