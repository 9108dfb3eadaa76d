// SPDX-License-Identifier: MIT
#include "httpserverthread.h"

#include "httpserver.h"

namespace Pactbench {

HttpServerThread::HttpServerThread(HttpHandler handler, QObject *parent)
    : QObject(parent)
    , m_server(new HttpServer)
{
    m_thread.setObjectName(QStringLiteral("HttpServerThread"));
    m_server->setHandler(std::move(handler));
    m_server->moveToThread(&m_thread);
    connect(m_server, &HttpServer::started, this, &HttpServerThread::started);
    connect(m_server, &HttpServer::failed, this, &HttpServerThread::failed);
    connect(m_server, &HttpServer::stopped, this, &HttpServerThread::stopped);
}

HttpServerThread::~HttpServerThread()
{
    if (!m_thread.isRunning()) {
        delete m_server; // never started: it holds no sockets
        return;
    }
    HttpServer *server = m_server;
    QMetaObject::invokeMethod(server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void HttpServerThread::start(const HttpServerConfig &config)
{
    if (!m_thread.isRunning())
        m_thread.start();
    HttpServer *server = m_server;
    QMetaObject::invokeMethod(server, [server, config] { server->start(config); }, Qt::QueuedConnection);
}

void HttpServerThread::stop()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_server, &HttpServer::stop, Qt::BlockingQueuedConnection);
}

} // namespace Pactbench
