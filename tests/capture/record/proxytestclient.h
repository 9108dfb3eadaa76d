// SPDX-License-Identifier: MIT
#pragma once

// Helpers of the recording proxy's tests: starting a proxy and waiting for it; one request through
// QNetworkAccessManager, waited for; raw bytes over a socket for what QNetworkAccessManager would
// rewrite (Connection, Proxy-*).

#include "captureprovider.h"

#include <core/capture/record/recordingproxy.h>

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

#include <memory>

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

/**
 * What every proxy test holds: the capture test provider, a proxy (not started) and a client.
 * Call setUpProxy() from init() (QVERIFY it) and tearDownProxy() from cleanup().
 */
class ProxyTestBase
{
protected:
    bool setUpProxy(QObject *parent)
    {
        m_provider = std::make_unique<CaptureProvider>();
        if (!m_provider->start())
            return false;
        m_proxy = std::make_unique<RecordingProxy>();
        m_nam = new QNetworkAccessManager(parent);
        return true;
    }
    void tearDownProxy()
    {
        delete m_nam;
        m_nam = nullptr;
        m_proxy.reset();
        m_provider.reset();
    }
    /// A configuration with the provider as target.
    RecordingProxy::Config config() const
    {
        RecordingProxy::Config c;
        c.target = m_provider->url();
        return c;
    }
    /// The proxy's URL with this path and query.
    QUrl at(const QString &pathAndQuery) const { return QUrl(m_proxy->url().toString() + pathAndQuery); }

    std::unique_ptr<CaptureProvider> m_provider;
    std::unique_ptr<RecordingProxy> m_proxy;
    QNetworkAccessManager *m_nam = nullptr;
};

} // namespace Pactbench::Test
