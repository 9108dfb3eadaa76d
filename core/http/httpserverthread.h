// SPDX-License-Identifier: MIT
#pragma once

#include "httpresponder.h"
#include "httpserverconfig.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

class QThread;

namespace Pactbench {

class HttpServer;

/**
 * Runs an HttpServer on its own thread, so a busy GUI never slows it. The handler runs on that
 * thread; the signals below arrive queued on the thread that created this object. Nothing here
 * waits for the worker: start(), stop() and the destructor return at once, even while the handler
 * is busy with a request, so a window stays responsive.
 *
 *     HttpServerThread server(handler);
 *     connect(&server, &HttpServerThread::started, this, [](const QUrl &url) { ... });
 *     server.start(config);   // asynchronous: started() or failed()
 *     server.stop();          // asynchronous: stopped()
 *
 * The destructor hands the thread to ThreadReaper: the server (and the objects given to
 * deleteWithServer()) are deleted on the worker once its current request is answered, and the
 * application joins the thread at exit at the latest.
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
    /// Closes the listener and all connections on the worker; answers with stopped(). Restartable.
    void stop();
    /// The thread the server and its handler run on (started by start()); objects the handler
    /// uses, such as timers, can be moved there.
    QThread *workerThread() const { return m_thread; }
    /// Takes `object` (living on workerThread()): it is deleted on the worker after the server.
    void deleteWithServer(QObject *object);
    /// Keeps `anything` alive until the server and the objects above are gone (e.g. what the handler points to).
    void keepAlive(std::shared_ptr<const void> anything);

Q_SIGNALS:
    void started(const QUrl &url);
    void failed(const QString &error);
    void stopped();

private:
    QThread *m_thread; ///< owned until the destructor hands it to ThreadReaper
    HttpServer *m_server; ///< lives on m_thread
    std::vector<QObject *> m_owned; ///< live on m_thread
    std::vector<std::shared_ptr<const void>> m_keepAlive;
};

} // namespace Pactbench
