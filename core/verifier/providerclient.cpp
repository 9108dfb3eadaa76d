// SPDX-License-Identifier: MIT
#include "providerclient.h"

#include <core/net/bodyreader.h>
#include <core/net/origin.h>

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Pactbench {

namespace {

HttpExchange::Failure failureOf(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
        return HttpExchange::Failure::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return HttpExchange::Failure::HostNotFound;
    case QNetworkReply::TimeoutError:
        return HttpExchange::Failure::Timeout;
    case QNetworkReply::OperationCanceledError:
        return HttpExchange::Failure::Cancelled;
    case QNetworkReply::SslHandshakeFailedError:
        return HttpExchange::Failure::Tls;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return HttpExchange::Failure::Protocol;
    default:
        return HttpExchange::Failure::Other;
    }
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

ProviderClient::ProviderClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
}

ProviderClient::~ProviderClient() = default;

QUrl ProviderClient::requestUrl(const QUrl &base, const QString &path, const QueryParams &query)
{
    QUrl url = base;
    QString basePath = base.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::DecodedMode);
    if (!query.isEmpty())
        url.setQuery(query.toQueryString(), QUrl::StrictMode);
    else
        url.setQuery(QString());
    return url;
}

void ProviderClient::send(const QString &method, const QUrl &url, const Headers &headers, const QByteArray &body,
                          Callback done)
{
    HttpExchange exchange;
    exchange.method = method.toUpper();
    exchange.url = url.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo); // shown in reports
    exchange.requestHeaders = headers;
    exchange.requestBody = body;

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_timeoutMs);
    if (!headers.contains(QStringLiteral("Accept-Encoding")))
        exchange.requestHeaders.append(QStringLiteral("Accept-Encoding"), QStringLiteral("identity"));
    if (!headers.contains(QStringLiteral("User-Agent")))
        exchange.requestHeaders.append(QStringLiteral("User-Agent"), QStringLiteral("pactbench"));
    for (const QString &name : exchange.requestHeaders.names())
        request.setRawHeader(name.toUtf8(), exchange.requestHeaders.values(name).join(QStringLiteral(", ")).toUtf8());

    const qint64 started = nowMs();
    QNetworkReply *reply = m_nam->sendCustomRequest(request, exchange.method.toLatin1(), body);
    new BodyReader(reply, m_maxBodyBytes); // a child of the reply
    if (m_ignoreTls)
        connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, exchange, started, done] { finish(reply, exchange, started, done); });
}

void ProviderClient::finish(QNetworkReply *reply, HttpExchange exchange, qint64 startedMs, const Callback &done)
{
    exchange.durationMs = nowMs() - startedMs;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    auto *reader = reply->findChild<BodyReader *>(QString(), Qt::FindDirectChildrenOnly);
    if (reader->overLimit()) {
        exchange.status = status.toInt();
        exchange.failure = HttpExchange::Failure::TooLarge;
        exchange.error = QStringLiteral("%1 %2: the response is %3")
                             .arg(exchange.method, exchange.url,
                                 BodyReader::overLimitText(reader->maxBytes(), QStringLiteral("--max-response-size")));
    } else if (status.isValid()) {
        exchange.status = status.toInt();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            exchange.responseHeaders.append(QString::fromLatin1(name), QString::fromUtf8(value));
        exchange.responseBody = reader->takeBody();
    } else {
        exchange.failure = failureOf(reply->error());
        // Qt reports a transfer timeout as a cancelled operation: tell them apart.
        if (exchange.failure == HttpExchange::Failure::Cancelled && !m_cancelling)
            exchange.failure = HttpExchange::Failure::Timeout;
        exchange.error
            = QStringLiteral("%1 %2: %3")
                  .arg(exchange.method, exchange.url, Origin::redact(reply->errorString(), reply->request().url()));
    }
    reply->deleteLater();
    done(exchange);
}

void ProviderClient::cancelAll()
{
    m_cancelling = true;
    const auto replies = m_nam->findChildren<QNetworkReply *>();
    for (QNetworkReply *r : replies) {
        if (r->isRunning())
            r->abort();
    }
    m_cancelling = false;
}

} // namespace Pactbench
