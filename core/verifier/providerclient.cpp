// SPDX-License-Identifier: MIT
#include "providerclient.h"

#include "contentdecoding.h"
#include "httpclientconnection.h"
#include "wirerequest.h"

#include <core/net/bodyreader.h>

#include <QDateTime>

namespace Pactbench {

using Failure = HttpExchange::Failure;
using Result = HttpClientConnection::Result;

struct ProviderClient::Call
{
    HttpExchange exchange; ///< what is sent; the response is filled in at the end
    QUrl url;
    WireRequest wire;
    Callback done;
    qint64 startedMs = 0;
    HttpClientConnection *connection = nullptr; ///< while a connection carries it
    bool reused = false; ///< the connection carrying it had answered before
    QString firstError; ///< after a retry: why the kept-alive connection failed
};

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString limitText(qint64 maxBytes)
{
    return BodyReader::overLimitText(maxBytes, QStringLiteral("--max-response-size"));
}

// A kept-alive connection the provider closed before answering (it had timed it out): once more on a new one.
bool worthRetry(bool reused, const QString &firstError, const Result &r)
{
    return reused && firstError.isEmpty() && r.failure == Failure::Protocol && r.nothingReceived;
}

// The response body decoded as its Content-Encoding says, or why it cannot be.
void decodeInto(HttpExchange &e, QByteArray body, qint64 maxBytes)
{
    const ContentDecoding::Coding coding = ContentDecoding::codingOf(e.responseHeaders);
    const ContentDecoding::Decoded d = ContentDecoding::decode(body, coding, maxBytes);
    const QString prefix = e.method + u' ' + e.url + u": "_qs;
    const QString coded = ContentDecoding::name(coding);
    switch (d.status) {
    case ContentDecoding::Decoded::Status::Ok:
        e.responseBody = d.body;
        return;
    case ContentDecoding::Decoded::Status::TooLarge:
        e.failure = Failure::TooLarge;
        e.error = prefix + u"the response, decoded from "_qs + coded + u", is "_qs + limitText(maxBytes);
        return;
    case ContentDecoding::Decoded::Status::Corrupt:
        e.failure = Failure::Protocol;
        e.error = prefix + u"the response body is not valid "_qs + coded + u" (Content-Encoding): "_qs + d.error;
        return;
    }
}

HttpExchange exchangeOf(const HttpExchange &sent, const Result &r, const QString &firstError, qint64 maxBytes)
{
    HttpExchange e = sent;
    const QString prefix = e.method + u' ' + e.url + u": "_qs;
    e.status = r.status;
    if (r.failure == Failure::TooLarge) {
        e.failure = r.failure;
        e.error = prefix + u"the response is "_qs + limitText(maxBytes);
    } else if (r.failure != Failure::None && !firstError.isEmpty()) {
        e.failure = Failure::Protocol; // the first failure, as it happened
        e.error = prefix + firstError + u" (a kept-alive connection); on a new connection: "_qs + r.error;
    } else if (r.failure != Failure::None) {
        e.failure = r.failure;
        e.error = prefix + r.error;
    } else {
        e.responseHeaders = r.headers;
        decodeInto(e, r.body, maxBytes);
    }
    return e;
}

} // namespace

ProviderClient::ProviderClient(QObject *parent) : QObject(parent)
{ }

ProviderClient::~ProviderClient() = default; // connections are children: callbacks under way never run

void ProviderClient::setIgnoreTlsErrors(bool ignore)
{
    if (ignore != m_ignoreTls)
        dropIdle(); // a connection kept under the other rule is not reused
    m_ignoreTls = ignore;
}

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

void ProviderClient::send(
    const QString &method, const QUrl &url, const Headers &headers, const QByteArray &body, Callback done)
{
    auto call = std::make_shared<Call>();
    call->exchange.method = method.toUpper();
    call->exchange.url = url.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo); // shown in reports
    call->exchange.requestHeaders = headers;
    call->exchange.requestBody = body;
    call->url = url;
    call->done = std::move(done);
    call->startedMs = nowMs();
    m_calls.append(call);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
        failLater(call, Failure::Other, QStringLiteral("not an http or https URL"));
        return;
    }
    call->wire = WireRequest::build(method, url, headers, body);
    if (!call->wire.error.isEmpty()) {
        failLater(call, Failure::Other, call->wire.error);
        return;
    }
    call->exchange.requestHeaders = call->wire.headers;
    attempt(call, false);
}

void ProviderClient::attempt(const CallPtr &call, bool fresh)
{
    const QString origin = HttpClientConnection::originKey(call->url);
    HttpClientConnection *c = fresh ? nullptr : takeIdle(origin);
    if (!c)
        c = new HttpClientConnection(call->url, m_ignoreTls, this);
    call->connection = c;
    call->reused = c->reused();
    c->send(call->wire, m_maxBodyBytes, m_timeoutMs, [this, call, c](const Result &r) {
        call->connection = nullptr;
        if (worthRetry(call->reused, call->firstError, r)) {
            call->firstError = r.error;
            c->deleteLater();
            attempt(call, true);
            return;
        }
        if (c->isIdle())
            park(c);
        else
            c->deleteLater();
        finish(call, exchangeOf(call->exchange, r, call->firstError, m_maxBodyBytes));
    });
}

void ProviderClient::failLater(const CallPtr &call, Failure failure, const QString &error)
{
    call->exchange.failure = failure;
    call->exchange.error = call->exchange.method + u' ' + call->exchange.url + u": "_qs + error;
    // Never from inside send(): callers may not expect their callback yet.
    QMetaObject::invokeMethod(
        this, [this, call] { finish(call, call->exchange); }, Qt::QueuedConnection);
}

void ProviderClient::finish(const CallPtr &call, HttpExchange exchange)
{
    if (!m_calls.removeOne(call))
        return; // cancelled meanwhile: its callback ran then
    exchange.durationMs = nowMs() - call->startedMs;
    call->done(exchange);
}

void ProviderClient::cancelAll()
{
    const QList<CallPtr> calls = std::exchange(m_calls, {});
    for (const CallPtr &call : calls) {
        if (call->connection) {
            call->connection->abort();
            call->connection->deleteLater();
            call->connection = nullptr;
        }
        HttpExchange e = call->exchange;
        e.failure = Failure::Cancelled;
        e.error = e.method + u' ' + e.url + u": cancelled"_qs;
        e.durationMs = nowMs() - call->startedMs;
        call->done(e);
    }
}

HttpClientConnection *ProviderClient::takeIdle(const QString &origin)
{
    HttpClientConnection *c = m_idle.take(origin);
    if (c && !c->isIdle()) {
        c->deleteLater(); // the provider closed it meanwhile
        return nullptr;
    }
    return c;
}

void ProviderClient::park(HttpClientConnection *connection)
{
    HttpClientConnection *&slot = m_idle[connection->origin()];
    if (slot && slot != connection)
        slot->deleteLater(); // one idle connection per origin: the newer one stays
    slot = connection;
}

void ProviderClient::dropIdle()
{
    for (HttpClientConnection *c : std::as_const(m_idle))
        c->deleteLater();
    m_idle.clear();
}

} // namespace Pactbench
