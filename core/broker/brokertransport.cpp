// SPDX-License-Identifier: MIT
#include "brokertransport.h"

#include "brokerreply.h"
#include "hallink.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>

namespace Pactbench {

using Kind = BrokerError::Kind;

BrokerTransport::BrokerTransport(const BrokerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    // Credentials written into the URL become basic auth; the URL itself never carries them.
    if (!m_connection.baseUrl.userName().isEmpty() && m_connection.auth == BrokerConnection::Auth::None) {
        m_connection.auth = BrokerConnection::Auth::Basic;
        m_connection.username = m_connection.baseUrl.userName();
        m_connection.password = m_connection.baseUrl.password();
    }
    m_connection.baseUrl.setUserInfo({});
    if (m_connection.baseUrl.path().isEmpty())
        m_connection.baseUrl.setPath(QStringLiteral("/"));
    loadCaFile();
}

BrokerTransport::~BrokerTransport() = default;

void BrokerTransport::loadCaFile()
{
    if (!m_connection.baseUrl.isValid() || m_connection.baseUrl.scheme().isEmpty()
        || m_connection.baseUrl.host().isEmpty()) {
        m_setupError = QStringLiteral("no usable broker base URL (expected e.g. https://broker.example.com)");
        return;
    }
    if (m_connection.caFile.isEmpty())
        return;
    m_caCertificates = QSslCertificate::fromPath(m_connection.caFile, QSsl::Pem);
    if (m_caCertificates.isEmpty())
        m_setupError = u"cannot read CA certificates from '"_qs + m_connection.caFile + u"' (PEM expected)"_qs;
}

void BrokerTransport::applyTls(QNetworkRequest &request) const
{
    if (request.url().scheme() != u"https")
        return;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_caCertificates.isEmpty())
        ssl.addCaCertificates(m_caCertificates);
    if (m_connection.insecure || !m_connection.verifyTls)
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    request.setSslConfiguration(ssl);
}

QNetworkReply *BrokerTransport::send(const Request &request, const Handler &handler, BrokerReplyBase *owner)
{
    if (!m_setupError.isEmpty()) {
        Response r;
        r.url = request.url;
        r.error = {Kind::InvalidArgument, 0, describe(request), m_setupError, {}, {}};
        QTimer::singleShot(0, this, [handler, r] { handler(r); });
        return nullptr;
    }
    QNetworkRequest nr(request.url);
    nr.setRawHeader("Accept", "application/hal+json, application/json");
    nr.setRawHeader("User-Agent", "Pactbench");
    const QByteArray auth = m_connection.authorizationHeader();
    if (!auth.isEmpty())
        nr.setRawHeader("Authorization", auth);
    if (request.body)
        nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    applyTls(nr);
    QNetworkReply *reply = request.body ? m_nam->sendCustomRequest(nr, request.verb, *request.body)
                                        : m_nam->sendCustomRequest(nr, request.verb);
    // Credentials go only where the broker itself is: redirects to another host are refused.
    const QUrl origin = request.url;
    connect(reply, &QNetworkReply::redirected, reply, [reply, origin](const QUrl &to) {
        const bool sameHost = to.host() == origin.host() && to.port() == origin.port();
        const bool upgrade = origin.scheme() == u"http" && to.scheme() == u"https" && to.host() == origin.host();
        if (sameHost || upgrade) {
            Q_EMIT reply->redirectAllowed();
        } else {
            reply->setProperty("pactbenchRedirectRefused", to.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery));
            reply->abort();
        }
    });
    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_connection.timeoutMs);
    if (owner) {
        connect(owner, &BrokerReplyBase::cancelRequested, reply, [reply] {
            reply->setProperty("pactbenchCancelled", true);
            reply->abort();
        });
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, request, timedOut, handler] {
        finishReply(reply, request, *timedOut, handler);
    });
    return reply;
}

void BrokerTransport::finishReply(QNetworkReply *reply, const Request &request, bool timedOut, const Handler &handler)
{
    reply->deleteLater();
    Response r;
    r.url = request.url;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        r.body = reply->readAll();
    r.location = reply->rawHeader("Location");
    const bool redirectRefused = reply->property("pactbenchRedirectRefused").isValid();
    if (timedOut || r.status == 0 || redirectRefused) {
        r.error = networkError(reply, request, timedOut);
    } else if (r.status < 200 || r.status >= 300) {
        r.error = httpError(r.status, r.body, request);
    } else if (!r.body.trimmed().isEmpty() || request.needJson) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
        if (doc.isObject()) {
            r.json = doc.object();
        } else if (request.needJson) {
            const QString why = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                              : QStringLiteral("not a JSON object");
            r.error = {Kind::InvalidResponse, r.status, describe(request),
                       u"the broker's answer to "_qs + describe(request) + u" is not valid HAL JSON: "_qs + why,
                       {}, {}};
        }
    }
    // Servers may echo what they were sent; nothing secret leaves this class.
    r.error.message = redact(r.error.message);
    for (QStringList &messages : r.error.fieldErrors) {
        for (QString &m : messages)
            m = redact(m);
    }
    for (QString &n : r.error.notices)
        n = redact(n);
    handler(r);
}

QString BrokerTransport::describe(const Request &request) const
{
    return QString::fromLatin1(request.verb) + u' ' + request.url.toDisplayString(QUrl::RemoveUserInfo);
}

BrokerError BrokerTransport::networkError(QNetworkReply *reply, const Request &request, bool timedOut) const
{
    const QString where = describe(request);
    if (reply->property("pactbenchCancelled").toBool())
        return {Kind::Cancelled, 0, where, u"cancelled ("_qs + where + u')', {}, {}};
    if (timedOut) {
        return {Kind::Timeout, 0, where,
                u"no answer from the broker within "_qs + QString::number(m_connection.timeoutMs / 1000.0)
                    + u" s ("_qs + where + u')',
                {}, {}};
    }
    const QNetworkReply::NetworkError code = reply->error();
    if (code == QNetworkReply::SslHandshakeFailedError) {
        return {Kind::Tls, 0, where,
                u"TLS failure talking to the broker ("_qs + where + u"): "_qs + reply->errorString()
                    + u"; use a CA file for private certificates"_qs,
                {}, {}};
    }
    QString why;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        why = QStringLiteral("connection refused");
        break;
    case QNetworkReply::HostNotFoundError:
        why = u"host '"_qs + request.url.host() + u"' not found"_qs;
        break;
    case QNetworkReply::RemoteHostClosedError:
        why = QStringLiteral("the connection was closed before an answer came");
        break;
    case QNetworkReply::OperationCanceledError:
        why = u"redirected to "_qs + reply->property("pactbenchRedirectRefused").toString()
            + u"; not followed, so credentials stay with the broker"_qs;
        break;
    default:
        why = reply->errorString();
    }
    return {Kind::Unreachable, 0, where, u"cannot reach the broker ("_qs + where + u"): "_qs + why, {}, {}};
}

static QString serverMessage(const QJsonObject &json)
{
    const QJsonValue error = json.value(u"error");
    if (error.isObject())
        return error.toObject().value(u"message").toString();
    if (error.isString())
        return error.toString();
    return json.value(u"message").toString();
}

BrokerError BrokerTransport::httpError(int status, const QByteArray &body, const Request &request) const
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    BrokerError e{Kind::Validation, status, describe(request), {}, BrokerError::parseErrors(json.value(u"errors")), {}};
    for (const QJsonValue &n : json.value(u"notices").toArray()) {
        const QJsonObject notice = n.toObject();
        const QString type = notice.value(u"type").toString();
        if (type == u"error" || type == u"danger")
            e.notices << notice.value(u"text").toString();
    }
    const QString code = QString::number(status);
    const QString where = u" ("_qs + e.resource + u')';
    if (status == 401) {
        e.kind = Kind::Unauthorized;
        e.message = m_connection.auth == BrokerConnection::Auth::None
            ? QString(u"the broker requires credentials (401 Unauthorized); none were given"_qs + where)
            : QString(u"the broker refused "_qs + m_connection.describeAuth() + u" (401 Unauthorized)"_qs + where);
    } else if (status == 403) {
        e.kind = Kind::Forbidden;
        e.message = u"the broker does not allow this with "_qs + m_connection.describeAuth() + u" (403 Forbidden)"_qs
            + where;
    } else if (status == 404) {
        e.kind = Kind::NotFound;
        e.message = request.what + u" not found on the broker (404)"_qs + where;
    } else if (status == 409) {
        e.kind = Kind::Conflict;
        e.message = u"the broker refused "_qs + request.what + u": conflict with what it already has (409)"_qs + where;
    } else if (status >= 500) {
        e.kind = Kind::Server;
        const QString detail = serverMessage(json);
        e.message = u"the broker failed ("_qs + code + u')' + where + (detail.isEmpty() ? QString() : u": "_qs + detail);
    } else {
        e.message = u"the broker rejected "_qs + request.what + u" ("_qs + code + u')' + where;
    }
    if (status < 500 && e.fieldErrors.isEmpty() && !serverMessage(json).isEmpty())
        e.fieldErrors[QString()] << serverMessage(json);
    return e;
}

QString BrokerTransport::redact(QString text) const
{
    for (const QString &secret : m_connection.secrets()) {
        if (secret.size() >= 3)
            text.replace(secret, QStringLiteral("***"));
    }
    return text;
}

void BrokerTransport::sendAll(const QList<Request> &requests,
                              const std::function<void(const QList<Response> &, const BrokerError &)> &done)
{
    auto results = std::make_shared<QList<Response>>();
    auto step = std::make_shared<std::function<void(qsizetype)>>();
    *step = [this, requests, results, done, step](qsizetype i) {
        if (i == requests.size()) {
            done(*results, {});
            *step = nullptr; // break the self-reference
            return;
        }
        send(requests.at(i), [results, done, step, i](const Response &r) {
            results->append(r);
            if (r.error.isError()) {
                done(*results, r.error);
                *step = nullptr;
                return;
            }
            (*step)(i + 1);
        });
    };
    (*step)(0);
}

void BrokerTransport::withIndex(const IndexHandler &handler, BrokerReplyBase *owner)
{
    if (m_index) {
        QTimer::singleShot(0, this, [this, handler] { handler(*m_index, {}); });
        return;
    }
    m_indexWaiters << IndexWaiter{handler, owner != nullptr, owner};
    if (owner)
        connect(owner, &BrokerReplyBase::cancelRequested, this, &BrokerTransport::abortIndexIfUnwanted);
    if (m_indexWaiters.size() > 1)
        return;
    const Request request{"GET", m_connection.baseUrl, {}, QStringLiteral("the broker index"), true};
    m_indexReply = send(request, [this](const Response &r) {
        if (!r.error.isError())
            m_index = r.json;
        m_indexReply = nullptr;
        const QList<IndexWaiter> waiters = std::exchange(m_indexWaiters, {});
        for (const IndexWaiter &w : waiters)
            w.handler(r.json, r.error);
    });
}

void BrokerTransport::abortIndexIfUnwanted()
{
    // Only when nobody waits any more: one cancelled call must not fail the others' index.
    const bool unwanted = std::all_of(m_indexWaiters.cbegin(), m_indexWaiters.cend(), [](const IndexWaiter &w) {
        return w.cancellable && (!w.owner || w.owner->isCancelled());
    });
    if (unwanted && m_indexReply) {
        m_indexReply->setProperty("pactbenchCancelled", true);
        m_indexReply->abort();
    }
}

QUrl BrokerTransport::relation(const QJsonObject &index, const QString &rel, const QMap<QString, QString> &values,
                               BrokerError *error) const
{
    const HalLink link = HalLink::first(index, rel);
    if (!link.isValid()) {
        *error = {Kind::MissingRelation, 0, rel,
                  u"the broker at "_qs + m_connection.displayBaseUrl() + u" does not offer '"_qs + rel
                      + u"' in its index (an older or restricted broker?)"_qs,
                  {}, {}};
        return {};
    }
    return link.expand(values, m_connection.baseUrl);
}

} // namespace Pactbench
