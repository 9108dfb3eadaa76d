// SPDX-License-Identifier: MIT
#include "upstreampool.h"

namespace Pactbench {

using Result = HttpClientConnection::Result;

struct UpstreamPool::Call
{
    WireRequest request;
    Done done;
    bool reused = false; ///< the connection carrying it had answered before
    bool retried = false;
};

UpstreamPool::UpstreamPool(QObject *parent) : QObject(parent)
{ }

UpstreamPool::~UpstreamPool() = default; // connections are children: callbacks under way never run

void UpstreamPool::setSettings(const Settings &settings)
{
    dropIdle();
    m_settings = settings;
    m_open = true;
}

void UpstreamPool::send(const WireRequest &request, Done done)
{
    if (!m_open)
        return; // stopping: the request is dropped (the server closes its connection)
    auto call = std::make_shared<Call>();
    call->request = request;
    call->done = std::move(done);
    attempt(call, false);
}

void UpstreamPool::attempt(const CallPtr &call, bool fresh)
{
    HttpClientConnection *c = fresh ? nullptr : takeIdle();
    if (!c)
        c = new HttpClientConnection(m_settings.target, m_settings.ignoreTlsErrors, this);
    call->reused = c->reused();
    m_busy.append(c);
    c->send(call->request, m_settings.maxBodyBytes, m_settings.timeoutMs,
            [this, call, c](const Result &r) { finished(call, c, r); });
}

void UpstreamPool::finished(const CallPtr &call, HttpClientConnection *c, const Result &r)
{
    m_busy.removeOne(c);
    // A kept-alive connection the provider had closed (its idle timeout): once more on a new one.
    const bool retry = call->reused && !call->retried && r.failure == HttpExchange::Failure::Protocol
        && r.nothingReceived;
    if (c->isIdle() && !retry) {
        m_idle.append(c);
        if (m_idle.size() > MaxIdle)
            m_idle.takeFirst()->deleteLater();
    } else {
        c->deleteLater();
    }
    if (retry) {
        call->retried = true;
        attempt(call, true);
        return;
    }
    call->done(r);
}

HttpClientConnection *UpstreamPool::takeIdle()
{
    while (!m_idle.isEmpty()) {
        HttpClientConnection *c = m_idle.takeLast();
        if (c->isIdle())
            return c;
        c->deleteLater(); // the provider closed it meanwhile
    }
    return nullptr;
}

void UpstreamPool::dropIdle()
{
    for (HttpClientConnection *c : std::as_const(m_idle))
        c->deleteLater();
    m_idle.clear();
}

void UpstreamPool::abortAll()
{
    for (HttpClientConnection *c : std::exchange(m_busy, {})) {
        c->abort();
        c->deleteLater();
    }
    dropIdle();
    m_open = false;
}

} // namespace Pactbench
