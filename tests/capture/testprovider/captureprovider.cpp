// SPDX-License-Identifier: MIT
#include "captureprovider.h"

#include <QTimer>

namespace Pactbench::Test {

namespace {

constexpr int MaxKeptRequests = 1000;
constexpr int MaxDelayMs = 10000;

// Whether `path` has the route's segments; "{id}" takes a decimal number into *id.
bool matches(const char *pattern, const QString &path, qint64 *id)
{
    const QStringList want = QString::fromLatin1(pattern).split(u'/');
    const QStringList got = path.split(u'/');
    if (want.size() != got.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want[i] == u"{id}") {
            bool ok = false;
            *id = got[i].toLongLong(&ok);
            if (!ok || *id < 0)
                return false;
        } else if (want[i] != got[i]) {
            return false;
        }
    }
    return true;
}

} // namespace

CaptureProvider::CaptureProvider(QObject *parent) : QObject(parent)
{
    m_server.setHandler([this](const HttpServerRequest &request, HttpResponder responder) { handle(request, responder); });
}

bool CaptureProvider::start(quint16 port)
{
    HttpServerConfig config;
    config.port = port;
    config.maxBodyBytes = 64 * 1024 * 1024;
    return m_server.start(config);
}

HttpServerResponse CaptureProvider::answer(const HttpServerRequest &request)
{
    for (const Route &route : routes()) {
        qint64 id = 0;
        if (route.method && request.method != QLatin1String(route.method))
            continue;
        if (matches(route.path, request.path, &id))
            return route.answer(request, id);
    }
    return HttpServerResponse::text(404, u"No route for "_qs + request.method + u' ' + request.path);
}

void CaptureProvider::handle(const HttpServerRequest &request, const HttpResponder &responder)
{
    m_requests.append(request);
    if (m_requests.size() > MaxKeptRequests)
        m_requests.removeFirst();
    const HttpServerResponse response = answer(request);
    if (request.path != u"/slow") {
        responder.respond(response);
        return;
    }
    const int ms = std::clamp(request.query.value(u"ms"_qs).toInt(), 0, MaxDelayMs);
    QTimer::singleShot(ms, this, [responder, response] { responder.respond(response); });
}

} // namespace Pactbench::Test
