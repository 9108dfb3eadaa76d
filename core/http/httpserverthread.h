// SPDX-License-Identifier: MIT
#pragma once

#include "httpresponder.h"
#include "httpserverconfig.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace Pactbench {

class HttpServer;

/**
 * Runs an HttpServer on its own thread, so a busy GUI never slows it. The handler runs on that
 * thread; the signals below arrive queued on the thread that created this object.
 *
 *     HttpServerThread server(handler);
 *     connect(&server, &HttpServerThread::started, this, [](const QUrl &url) { ... });
 *     server.start(config);   // asynchronous
 *     server.stop();          // synchronous; the destructor stops too
 */
class HttpServerThread : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServerThread)
public:
    explicit HttpServerThread(HttpHandler handler, QObject *parent = nullptr);
    ~HttpServerThread() override;

    /// Starts the thread if needed and listens there; answers with started() or failed().
    void start(const HttpServerConfig &config);
    /// Closes the listener and all connections; returns when done. Restartable.
    void stop();
    /// The thread the server and its handler run on (started by start()); objects the handler
    /// uses, such as timers, can be moved there.
    QThread *workerThread() { return &m_thread; }

Q_SIGNALS:
    void started(const QUrl &url);
    void failed(const QString &error);
    void stopped();

private:
    QThread m_thread;
    HttpServer *m_server; ///< lives on m_thread
};

} // namespace Pactbench
