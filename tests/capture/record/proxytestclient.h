// SPDX-License-Identifier: MIT
#pragma once

// Helpers of the recording proxy's tests: starting a proxy and waiting for it; one request through
// QNetworkAccessManager, waited for; raw bytes over a socket for what QNetworkAccessManager would
// rewrite (Connection, Proxy-*).

#include <core/capture/record/recordingproxy.h>

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

namespace Pactbench::Test {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

struct ClientReply
{
    int status = 0; ///< 0: no HTTP answer
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QString error;

    /// The first value of the header, or empty.
    QByteArray header(const QByteArray &name) const;
};

/// Starts the proxy and waits for it to listen (10 s at most).
bool startProxy(RecordingProxy &proxy, const RecordingProxy::Config &config);

/// Sends the request and waits for the answer (20 s at most). HTTP/1.1 only; `headers` set as given
/// (an Accept-Encoding of the caller's stops QNetworkAccessManager's own decoding).
ClientReply sendRequest(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url,
                        const RawHeaders &headers, const QByteArray &body);

/// Writes `request` to url's host and port and reads until the server closes (10 s at most).
QByteArray rawExchange(const QUrl &url, const QByteArray &request);

} // namespace Pactbench::Test
