// SPDX-License-Identifier: MIT
#include "mockserver.h"

#include "journalpublisher.h"
#include "mockrequesthandler.h"

#include <core/http/httpserverthread.h>
#include <core/model/pactwriter.h>

#include <QThread>

namespace Pactbench {

namespace {

HttpServerConfig httpConfig(const MockServerConfig &config)
{
    HttpServerConfig out = config.http;
    out.bindAddress = config.bindAddress;
    out.port = config.port;
    out.tls = config.tls;
    return out;
}

} // namespace

MockServer::MockServer(const Pact &pact, const MockServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_journal(std::make_shared<Journal>(config.journalCapacity))
    , m_handler(std::make_shared<MockRequestHandler>(pact, config, m_journal.get()))
    , m_http(new HttpServerThread([handler = m_handler](const HttpServerRequest &request,
                                      HttpResponder responder) { handler->handle(request, responder); },
          this))
    , m_publisher(new JournalPublisher(m_journal.get(), config.publishIntervalMs))
{
    m_publisher->moveToThread(m_http->workerThread());
    m_http->deleteWithServer(m_publisher);
    m_http->keepAlive(m_journal); // the handler and the publisher point to it
    m_handler->setPublisher(m_publisher);
    connect(m_publisher, &JournalPublisher::batchReady, this, &MockServer::journalBatch);
    connect(m_publisher, &JournalPublisher::finished, this, &MockServer::onStopped);
    connect(m_http, &HttpServerThread::started, this, &MockServer::onStarted);
    connect(m_http, &HttpServerThread::failed, this, &MockServer::failed);
}

MockServer::~MockServer()
{
    disconnect(m_publisher, nullptr, this, nullptr);
    delete m_http; // returns at once; the worker deletes the server and the publisher when it is free
}

void MockServer::start()
{
    m_http->start(httpConfig(m_config));
}

void MockServer::onStarted(const QUrl &url)
{
    m_url = url;
    m_running = true;
    m_handler->setUrl(url.toString());
    Q_EMIT started(url);
}

void MockServer::stop()
{
    if (!m_http->workerThread()->isRunning()) { // never started
        QMetaObject::invokeMethod(this, &MockServer::onStopped, Qt::QueuedConnection);
        return;
    }
    m_http->stop();
    // Queued after the stop on the same thread: the last batch, then finished() -> stopped().
    QMetaObject::invokeMethod(m_publisher, &JournalPublisher::finish, Qt::QueuedConnection);
}

void MockServer::onStopped()
{
    m_running = false;
    Q_EMIT stopped();
}

const Pact &MockServer::pact() const
{
    return m_handler->pact();
}

const QList<int> &MockServer::servedInteractions() const
{
    return m_handler->served();
}

quint64 MockServer::callCount(int interaction) const
{
    return m_handler->callCount(interaction);
}

QList<int> MockServer::missing() const
{
    return m_handler->missing();
}

MockVerification MockServer::verify() const
{
    return m_handler->verify();
}

Pact MockServer::exercisedPact() const
{
    return m_handler->exercisedPact();
}

bool MockServer::writePact(const QString &path, SpecVersion version, QString *error, bool evenIfNotOk) const
{
    if (!evenIfNotOk) {
        const MockVerification v = verify();
        if (!v.ok()) {
            if (error)
                *error = tr("not written: the mock server found %n problem(s)", nullptr,
                    int(v.problems.size() + qsizetype(v.unrecorded)));
            return false;
        }
    }
    return PactWriter::writeFile(path, exercisedPact(), version, error);
}

void MockServer::reset()
{
    m_journal->clear();
    m_handler->reset();
}

} // namespace Pactbench
