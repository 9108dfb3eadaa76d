// SPDX-License-Identifier: MIT
#include "httpserverthread.h"

#include "httpserver.h"
#include "threadreaper.h"

#include <QThread>

namespace Pactbench {

HttpServerThread::HttpServerThread(HttpHandler handler, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_server(new HttpServer)
{
    m_thread->setObjectName(QStringLiteral("HttpServerThread"));
    m_server->setHandler(std::move(handler));
    m_server->moveToThread(m_thread);
    connect(m_server, &HttpServer::started, this, &HttpServerThread::started);
    connect(m_server, &HttpServer::failed, this, &HttpServerThread::failed);
    connect(m_server, &HttpServer::stopped, this, &HttpServerThread::stopped);
}

HttpServerThread::~HttpServerThread()
{
    disconnect(m_server, nullptr, this, nullptr);
    if (!m_thread->isRunning()) { // never started: nothing runs there, so delete here
        delete m_server;
        for (QObject *object : m_owned)
            delete object;
        m_keepAlive.clear();
        delete m_thread;
        return;
    }
    // The worker deletes the server, then the owned objects, when its loop ends (the documented
    // QThread::finished + deleteLater pattern: deferred deletes run as the thread finishes). What
    // they point to stays alive through the lambda's captures, released when the thread object goes.
    connect(m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    for (QObject *object : m_owned)
        connect(m_thread, &QThread::finished, object, &QObject::deleteLater);
    connect(m_thread, &QThread::destroyed, [keep = std::move(m_keepAlive)] { });
    m_thread->quit();
    ThreadReaper::adopt(m_thread);
}

void HttpServerThread::start(const HttpServerConfig &config)
{
    if (!m_thread->isRunning())
        m_thread->start();
    HttpServer *server = m_server;
    QMetaObject::invokeMethod(server, [server, config] { server->start(config); }, Qt::QueuedConnection);
}

void HttpServerThread::stop()
{
    if (m_thread->isRunning())
        QMetaObject::invokeMethod(m_server, &HttpServer::stop, Qt::QueuedConnection);
}

void HttpServerThread::deleteWithServer(QObject *object)
{
    m_owned.push_back(object);
}

void HttpServerThread::keepAlive(std::shared_ptr<const void> anything)
{
    m_keepAlive.push_back(std::move(anything));
}

} // namespace Pactbench
