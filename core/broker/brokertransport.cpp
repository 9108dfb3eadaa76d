// SPDX-License-Identifier: MIT
#include "brokertransport.h"

#include "brokerreply.h"
#include "brokerretry.h"
#include "hallink.h"

#include <core/net/guardedfetch.h>
#include <core/net/origin.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace Pactbench {

using ErrorKind = BrokerError::Kind;

namespace {
const QString LimitHint = QStringLiteral("--max-response-size");
} // namespace

BrokerTransport::BrokerTransport(const BrokerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // GuardedFetch follows them
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

QSslConfiguration BrokerTransport::tlsConfiguration(const BrokerConnection &connection, const QList<QSslCertificate> &extraCas)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!connection.useSystemCaStore)
        ssl.setCaCertificates(extraCas); // also stops Qt loading the system's roots on demand
    else if (!extraCas.isEmpty())
        ssl.addCaCertificates(extraCas);
    if (connection.insecure || !connection.verifyTls)
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    return ssl;
}

void BrokerTransport::applyTls(QNetworkRequest &request) const
{
    if (request.url().scheme() == u"https")
        request.setSslConfiguration(tlsConfiguration(m_connection, m_caCertificates));
}

GuardedFetch *BrokerTransport::send(const Request &request, const Handler &handler, BrokerReplyBase *owner)
{
    return sendWith(request, handler, owner, std::make_shared<Stop>());
}

QByteArray BrokerTransport::credentialsFor(const QUrl &url) const
{
    // Links in the broker's documents may point anywhere: credentials stay with the broker's origin.
    return Origin::same(url, m_connection.baseUrl) ? m_connection.authorizationHeader() : QByteArray();
}

GuardedFetch *BrokerTransport::sendWith(const Request &request, const Handler &handler, BrokerReplyBase *owner,
    const std::shared_ptr<Stop> &stop, int attempt)
{
    if (!m_setupError.isEmpty()) {
        Response r;
        r.url = request.url;
        r.error = {ErrorKind::InvalidArgument, 0, describe(request), m_setupError, {}, {}};
        QTimer::singleShot(0, this, [handler, r] { handler(r); });
        return nullptr;
    }
    QNetworkRequest nr(request.url.adjusted(QUrl::RemoveUserInfo));
    nr.setRawHeader("Accept", "application/hal+json, application/json");
    nr.setRawHeader("User-Agent", "Pactbench");
    if (request.body) // the broker takes PATCHes of deployed/released versions as JSON merge patches
        nr.setHeader(QNetworkRequest::ContentTypeHeader, request.verb == "PATCH" ? QByteArrayLiteral("application/merge-patch+json")
                                                                                 : QByteArrayLiteral("application/json"));
    applyTls(nr);
    FetchRequest fr;
    fr.request = nr;
    fr.verb = request.verb;
    fr.body = request.body;
    fr.authorization = credentialsFor(request.url);
    if (Origin::same(request.url, m_connection.baseUrl)) // as the credentials: only to the broker's origin
        fr.originHeaders = m_connection.customHeaders;
    fr.observer = m_connection.observer;
    fr.maxBodyBytes = m_connection.maxResponseBytes;
    const QPointer<BrokerReplyBase> guardedOwner(owner);
    const auto done = [this, request, stop, handler, guardedOwner, attempt](const FetchResult &f) {
        if (!retryLater(f, request, handler, guardedOwner, stop, attempt))
            finishReply(f, request, *stop, handler);
    };
    GuardedFetch *fetch = GuardedFetch::start(m_nam, fr, done, this);
    auto *timer = new QTimer(fetch);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, fetch, [fetch, stop] {
        stop->timedOut = true;
        fetch->abort();
    });
    timer->start(m_connection.timeoutMs);
    if (owner) {
        connect(owner, &BrokerReplyBase::cancelRequested, fetch, [fetch, stop] {
            stop->cancelled = true;
            fetch->abort();
        });
    }
    return fetch;
}

bool BrokerTransport::retryLater(const FetchResult &fetch, const Request &request, const Handler &handler,
    const QPointer<BrokerReplyBase> &owner, const std::shared_ptr<Stop> &stop, int attempt)
{
    if (attempt >= m_connection.maxAttempts || stop->cancelled || stop->timedOut || !BrokerRetry::retryable(fetch))
        return false;
    const BrokerRetry::Wait wait = BrokerRetry::wait(
        attempt, fetch.status, fetch.retryAfter, QDateTime::currentDateTimeUtc(), m_connection);
    if (stop->waitedMs + wait.ms > qint64(m_connection.maxRetryTotalSeconds) * 1000)
        return false; // the waits would pass the total cap: give the last answer now
    stop->waitedMs += wait.ms;
    const QString waitText = wait.ms % 1000 == 0 ? QString::number(wait.ms / 1000) : QString::number(wait.ms / 1000.0);
    const QString why = fetch.failure == FetchResult::Failure::None
        ? u"the broker answered "_qs + QString::number(fetch.status) + u" to "_qs + describe(request)
        : networkError(fetch, request, *stop).message;
    Q_EMIT retrying(redact(why + u"; trying again in "_qs + waitText
        + u" s"_qs + (wait.fromRetryAfter ? u", as its Retry-After asks"_qs : QString()) + u" (attempt "_qs
        + QString::number(attempt + 1) + u" of "_qs + QString::number(m_connection.maxAttempts) + u')'));
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    stop->waiting = timer;
    connect(timer, &QTimer::timeout, this, [this, timer, fetch, request, handler, owner, stop, attempt] {
        timer->deleteLater();
        stop->waiting = nullptr;
        if (stop->cancelled) {
            finishReply(fetch, request, *stop, handler); // Cancelled, from the stop
            return;
        }
        GuardedFetch *next = sendWith(request, handler, owner, stop, attempt + 1);
        if (m_indexStop == stop)
            m_indexFetch = next;
    });
    if (owner) {
        connect(owner, &BrokerReplyBase::cancelRequested, timer, [stop, timer] {
            stop->cancelled = true;
            timer->start(0);
        });
    }
    timer->start(int(std::min<qint64>(wait.ms * m_connection.retrySecondMs / 1000, std::numeric_limits<int>::max())));
    return true;
}

void BrokerTransport::finishReply(
    const FetchResult &fetch, const Request &request, const Stop &stop, const Handler &handler)
{
    Response r;
    r.url = fetch.url.isEmpty() ? request.url : fetch.url;
    r.status = fetch.status;
    r.body = fetch.body;
    r.location = fetch.location;
    if (stop.timedOut || stop.cancelled || fetch.failure != FetchResult::Failure::None) {
        r.error = networkError(fetch, request, stop);
    } else if (r.status < 200 || r.status >= 300) {
        r.error = httpError(fetch, request);
    } else if (!r.body.trimmed().isEmpty() || request.needJson) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
        if (doc.isObject()) {
            r.json = doc.object();
        } else if (request.needJson) {
            const QString why = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                              : QStringLiteral("not a JSON object");
            r.error = {ErrorKind::InvalidResponse, r.status, describe(request),
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
    return QString::fromLatin1(request.verb) + u' ' + Origin::display(request.url);
}

BrokerError BrokerTransport::networkError(const FetchResult &fetch, const Request &request, const Stop &stop) const
{
    QString where = describe(request);
    if (fetch.redirects > 0)
        where += u", redirected to "_qs + Origin::display(fetch.url);
    if (stop.cancelled)
        return {ErrorKind::Cancelled, 0, where, u"cancelled ("_qs + where + u')', {}, {}};
    if (stop.timedOut) {
        return {ErrorKind::Timeout, 0, where,
                u"no answer from the broker within "_qs + QString::number(m_connection.timeoutMs / 1000.0)
                    + u" s ("_qs + where + u')',
                {}, {}};
    }
    switch (fetch.failure) {
    case FetchResult::Failure::TooLarge:
        return { ErrorKind::InvalidResponse, fetch.status, where,
            u"the broker's answer to "_qs + where + u" is "_qs
                + BodyReader::overLimitText(m_connection.maxResponseBytes, LimitHint),
            {}, {} };
    case FetchResult::Failure::RedirectRefused:
    case FetchResult::Failure::TooManyRedirects:
        return { ErrorKind::Unreachable, 0, where, u"cannot reach the broker ("_qs + where + u"): "_qs + fetch.errorText, {},
            {} };
    case FetchResult::Failure::None:
    case FetchResult::Failure::Network:
        break;
    }
    if (fetch.networkError == QNetworkReply::SslHandshakeFailedError) {
        return { ErrorKind::Tls, 0, where,
            u"TLS failure talking to the broker ("_qs + where + u"): "_qs + fetch.errorText
                + u"; use a CA file for private certificates"_qs,
            {}, {} };
    }
    QString why;
    switch (fetch.networkError) {
    case QNetworkReply::ConnectionRefusedError:
        why = QStringLiteral("connection refused");
        break;
    case QNetworkReply::HostNotFoundError:
        why = u"host '"_qs + fetch.url.host() + u"' not found"_qs;
        break;
    case QNetworkReply::RemoteHostClosedError:
        why = QStringLiteral("the connection was closed before an answer came");
        break;
    default:
        why = fetch.errorText;
    }
    return {ErrorKind::Unreachable, 0, where, u"cannot reach the broker ("_qs + where + u"): "_qs + why, {}, {}};
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

BrokerError BrokerTransport::httpError(const FetchResult &fetch, const Request &request) const
{
    const int status = fetch.status;
    const QJsonObject json = QJsonDocument::fromJson(fetch.body).object();
    BrokerError e{ErrorKind::Validation, status, describe(request), {}, BrokerError::parseErrors(json.value(u"errors")), {}};
    for (const QJsonValue &n : json.value(u"notices").toArray()) {
        const QJsonObject notice = n.toObject();
        const QString type = notice.value(u"type").toString();
        if (type == u"error" || type == u"danger")
            e.notices << notice.value(u"text").toString();
    }
    const QString code = QString::number(status);
    const QString where = u" ("_qs + e.resource + u')';
    // Credentials configured but not sent: the request (or a redirect) left the broker's origin.
    const bool withheld = m_connection.auth != BrokerConnection::Auth::None
        && (fetch.credentialsDropped || credentialsFor(request.url).isEmpty());
    if (status == 401) {
        e.kind = ErrorKind::Unauthorized;
        e.message = m_connection.auth == BrokerConnection::Auth::None
            ? QString(u"the broker requires credentials (401 Unauthorized); none were given"_qs + where)
            : withheld
            ? QString(u"the server requires credentials (401 Unauthorized); "_qs + m_connection.describeAuth()
                + u" is only sent to the broker's own origin"_qs + where)
            : QString(u"the broker refused "_qs + m_connection.describeAuth() + u" (401 Unauthorized)"_qs + where);
    } else if (status == 403) {
        e.kind = ErrorKind::Forbidden;
        e.message = u"the broker does not allow this with "_qs + m_connection.describeAuth() + u" (403 Forbidden)"_qs
            + where;
    } else if (status == 404) {
        e.kind = ErrorKind::NotFound;
        e.message = request.what + u" not found on the broker (404)"_qs + where;
    } else if (status == 409) {
        e.kind = ErrorKind::Conflict;
        e.message = u"the broker refused "_qs + request.what + u": conflict with what it already has (409)"_qs + where;
    } else if (status >= 500) {
        e.kind = ErrorKind::Server;
        const QString detail = serverMessage(json);
        e.message = u"the broker failed ("_qs + code + u')' + where + (detail.isEmpty() ? QString() : u": "_qs + detail);
    } else {
        e.message = u"the broker rejected "_qs + request.what + u" ("_qs + code + u')' + where;
    }
    if (status < 500 && e.fieldErrors.isEmpty() && !serverMessage(json).isEmpty())
        e.fieldErrors[QString()] << serverMessage(json);
    if (fetch.redirects > 0)
        e.message += u"; redirected to "_qs + Origin::display(fetch.url);
    if (fetch.credentialsDropped)
        e.message += u", another origin, so without credentials"_qs;
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
    const auto done = [this](const Response &r) {
        if (!r.error.isError())
            m_index = r.json;
        m_indexFetch = nullptr;
        m_indexStop.reset();
        const QList<IndexWaiter> waiters = std::exchange(m_indexWaiters, {});
        for (const IndexWaiter &w : waiters)
            w.handler(r.json, r.error);
    };
    m_indexStop = std::make_shared<Stop>();
    m_indexFetch = sendWith(request, done, nullptr, m_indexStop);
}

void BrokerTransport::abortIndexIfUnwanted()
{
    // Only when nobody waits any more: one cancelled call must not fail the others' index.
    const bool unwanted = std::all_of(m_indexWaiters.cbegin(), m_indexWaiters.cend(), [](const IndexWaiter &w) {
        return w.cancellable && (!w.owner || w.owner->isCancelled());
    });
    if (unwanted && m_indexStop && m_indexStop->waiting) {
        m_indexStop->cancelled = true; // between attempts: end the wait now, with a Cancelled error
        m_indexStop->waiting->start(0);
    } else if (unwanted && m_indexFetch) {
        m_indexStop->cancelled = true;
        m_indexFetch->abort();
    }
}

QUrl BrokerTransport::relation(const QJsonObject &index, const QString &rel, const QMap<QString, QString> &values,
                               BrokerError *error) const
{
    const HalLink link = HalLink::first(index, rel);
    if (!link.isValid()) {
        *error = {ErrorKind::MissingRelation, 0, rel,
                  u"the broker at "_qs + m_connection.displayBaseUrl() + u" does not offer '"_qs + rel
                      + u"' in its index (an older or restricted broker?)"_qs,
                  {}, {}};
        return {};
    }
    return link.expand(values, m_connection.baseUrl);
}

} // namespace Pactbench
