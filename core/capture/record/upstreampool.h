// SPDX-License-Identifier: MIT
#pragma once

#include <core/verifier/httpclientconnection.h>
#include <core/verifier/wirerequest.h>

#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace Pactbench {

/**
 * The recording proxy's connections to the provider: one HttpClientConnection per request under
 * way (so concurrent requests never wait for each other), up to `MaxIdle` kept alive for the next
 * ones. A request on a kept-alive connection the provider closed before answering is sent once
 * more on a new connection. Lives on one thread (the proxy's server thread); `done` runs there,
 * exactly once per send() unless abortAll() came first (from the socket's signals, usually later).
 */
class UpstreamPool : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamPool)

public:
    struct Settings
    {
        QUrl target;
        qint64 maxBodyBytes = 64 * 1024 * 1024;
        int timeoutMs = 30000;
        bool ignoreTlsErrors = false;
    };
    using Done = std::function<void(const HttpClientConnection::Result &)>;

    static constexpr int MaxIdle = 32;

    explicit UpstreamPool(QObject *parent = nullptr);
    ~UpstreamPool() override;

    /// Replaces the settings (kept-alive connections to the former target are closed) and accepts requests.
    void setSettings(const Settings &settings);
    const Settings &settings() const { return m_settings; }

    void send(const WireRequest &request, Done done);
    /// Closes every connection; the `done` of requests under way never runs, and later send()s are
    /// dropped until setSettings().
    void abortAll();
    int inFlight() const { return int(m_busy.size()); }

private:
    struct Call;
    using CallPtr = std::shared_ptr<Call>;

    void attempt(const CallPtr &call, bool fresh);
    void finished(const CallPtr &call, HttpClientConnection *connection, const HttpClientConnection::Result &r);
    HttpClientConnection *takeIdle();
    void dropIdle();

    Settings m_settings;
    QList<HttpClientConnection *> m_idle; ///< most recently used last
    QList<HttpClientConnection *> m_busy;
    bool m_open = false;
};

} // namespace Pactbench
