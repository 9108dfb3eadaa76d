// SPDX-License-Identifier: MIT
#include "recordingproxy.h"

#include "proxymessages.h"
#include "recordlog.h"
#include "upstreampool.h"

#include <core/http/httpserverthread.h>

#include <optional>

namespace Pactbench {

namespace {

using Result = HttpClientConnection::Result;

QString failureText(const Result &r, qint64 maxBytes)
{
    if (r.failure == HttpExchange::Failure::TooLarge)
        return u"the response is "_qs + ProxyMessages::overLimitText(maxBytes);
    if (r.failure != HttpExchange::Failure::None)
        return r.error.isEmpty() ? failureLabel(r.failure) : r.error;
    return {};
}

// On the server thread: forwards one request, records the exchange, answers the client.
void forward(const HttpServerRequest &request, const HttpResponder &responder, UpstreamPool *pool,
             const std::shared_ptr<RecordLog> &log)
{
    const UpstreamPool::Settings &s = pool->settings();
    const QString where = ProxyMessages::requestLine(request) + u" to "_qs
        + s.target.toString(QUrl::RemoveUserInfo);
    const qint64 maxBytes = s.maxBodyBytes;
    pool->send(ProxyMessages::upstreamRequest(request, s.target), [=](const Result &r) {
        QString error = failureText(r, maxBytes);
        std::optional<HttpResponse> response;
        if (error.isEmpty())
            response = ProxyMessages::capturedResponse(r, maxBytes, &error);
        if (!response) {
            const QString reason = u"Recording proxy: "_qs + where + u" failed: "_qs + error;
            log->failed(reason);
            responder.respond(ProxyMessages::badGateway(reason));
            return;
        }
        CapturedExchange exchange;
        exchange.request = ProxyMessages::capturedRequest(request);
        exchange.response = *response;
        log->record(std::move(exchange)); // before the answer: a client that got it finds it recorded
        responder.respond(ProxyMessages::clientResponse(r));
    });
}

std::optional<QHostAddress> bindAddress(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(host))
        return std::nullopt;
    return address;
}

} // namespace

RecordingProxy::RecordingProxy(QObject *parent)
    : QObject(parent)
    , m_log(std::make_shared<RecordLog>(this))
{
    createServer();
}

RecordingProxy::~RecordingProxy()
{
    m_log->setProxy(nullptr); // the server thread announces nothing more
    delete m_server; // never waits: the worker deletes the server, then the pool
}

void RecordingProxy::createServer()
{
    auto *pool = new UpstreamPool;
    const std::shared_ptr<RecordLog> log = m_log;
    m_server = new HttpServerThread(
        [pool, log](const HttpServerRequest &request, HttpResponder responder) { forward(request, responder, pool, log); },
        this);
    pool->moveToThread(m_server->workerThread());
    m_server->deleteWithServer(pool);
    m_pool = pool;
    connect(m_server, &HttpServerThread::started, this, [this](const QUrl &url) {
        m_url = url;
        Q_EMIT started(url);
    });
    connect(m_server, &HttpServerThread::failed, this, [this](const QString &error) {
        m_running = false;
        m_error = error;
        Q_EMIT failed(error);
    });
    connect(m_server, &HttpServerThread::stopped, this, [this] {
        m_running = false;
        m_url.clear();
        Q_EMIT stopped();
    });
}

QString RecordingProxy::checkConfig(const Config &config)
{
    const QString scheme = config.target.scheme().toLower();
    if (!config.target.isValid() || (scheme != u"http" && scheme != u"https") || config.target.host().isEmpty())
        return u"Recording proxy: the target must be an http or https URL with a host, not '"_qs
            + config.target.toString() + u'\'';
    if (!bindAddress(config.host))
        return u"Recording proxy: cannot listen on '"_qs + config.host + u"': not an IP address or localhost"_qs;
    if (config.maxBodyBytes <= 0)
        return QStringLiteral("Recording proxy: the body limit must be positive, not %1").arg(config.maxBodyBytes);
    if (config.timeoutMs < 0 || config.maxExchanges < 0)
        return QStringLiteral("Recording proxy: the timeout and the exchange limit cannot be negative");
    return {};
}

bool RecordingProxy::start(const Config &config)
{
    if (m_running) {
        m_error = QStringLiteral("Recording proxy: already running; stop it first");
        return false;
    }
    m_error = checkConfig(config);
    if (!m_error.isEmpty())
        return false;
    m_config = config;
    m_log->setMaxExchanges(config.maxExchanges);
    const UpstreamPool::Settings settings{ config.target, config.maxBodyBytes, config.timeoutMs,
                                           config.ignoreTlsErrors };
    UpstreamPool *pool = m_pool;
    QMetaObject::invokeMethod(pool, [pool, settings] { pool->setSettings(settings); }, Qt::QueuedConnection);
    HttpServerConfig server;
    server.bindAddress = *bindAddress(config.host);
    server.port = config.port;
    server.maxBodyBytes = config.maxBodyBytes;
    m_running = true;
    m_server->start(server); // after setSettings(): both are queued to the same thread
    return true;
}

void RecordingProxy::stop()
{
    if (!m_running)
        return;
    UpstreamPool *pool = m_pool;
    QMetaObject::invokeMethod(pool, [pool] { pool->abortAll(); }, Qt::QueuedConnection);
    m_server->stop();
}

QList<CapturedExchange> RecordingProxy::exchanges() const
{
    return m_log->exchanges();
}

qsizetype RecordingProxy::count() const
{
    return m_log->count();
}

int RecordingProxy::droppedCount() const
{
    return m_log->dropped();
}

void RecordingProxy::clear()
{
    m_log->clear();
}

} // namespace Pactbench
