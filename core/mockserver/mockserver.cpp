// SPDX-License-Identifier: MIT
#include "mockserver.h"

#include "journalpublisher.h"
#include "mockrequesthandler.h"

#include <core/http/httpserverthread.h>
#include <core/model/pactwriter.h>

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
    , m_journal(config.journalCapacity)
    , m_handler(std::make_shared<MockRequestHandler>(pact, config, &m_journal))
    , m_http(new HttpServerThread([handler = m_handler](const HttpServerRequest &request,
                                      HttpResponder responder) { handler->handle(request, responder); },
          this))
    , m_publisher(new JournalPublisher(&m_journal, config.publishIntervalMs))
{
    m_publisher->moveToThread(m_http->workerThread());
    m_handler->setPublisher(m_publisher);
    connect(m_publisher, &JournalPublisher::batchReady, this, &MockServer::journalBatch);
    connect(m_http, &HttpServerThread::started, this, &MockServer::onStarted);
    connect(m_http, &HttpServerThread::failed, this, &MockServer::failed);
    connect(m_http, &HttpServerThread::stopped, this, [this] {
        m_running = false;
        Q_EMIT stopped();
    });
}

MockServer::~MockServer()
{
    m_http->stop();
    JournalPublisher *publisher = m_publisher;
    if (m_http->workerThread()->isRunning())
        QMetaObject::invokeMethod(
            publisher, [publisher] { delete publisher; }, Qt::BlockingQueuedConnection);
    else
        delete publisher;
    delete m_http; // quits the thread; the handler goes with the last lambda copy
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
    m_http->stop();
    m_running = false;
    if (m_http->workerThread()->isRunning()) {
        JournalPublisher *publisher = m_publisher;
        QMetaObject::invokeMethod(publisher, &JournalPublisher::flush, Qt::BlockingQueuedConnection);
    }
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
    m_journal.clear();
    m_handler->reset();
}

} // namespace Pactbench
