// SPDX-License-Identifier: MIT
#include "speccheckrunner.h"

#include "specsettings.h"

#include <core/net/guardedfetch.h>

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QThreadPool>

namespace Pactbench {

namespace {

constexpr qint64 MaxSpecBytes = 64ll * 1024 * 1024;
constexpr int TransferTimeoutMs = 30000;

FetchRequest fetchRequest(const QString &location)
{
    FetchRequest request;
    request.request = QNetworkRequest(QUrl(location));
    request.request.setTransferTimeout(TransferTimeoutMs);
    request.maxBodyBytes = MaxSpecBytes;
    return request;
}

/// The problem with a fetch in words, or empty when it brought a 2xx answer.
QString fetchProblem(const FetchResult &result)
{
    if (result.failure != FetchResult::Failure::None)
        return result.errorText;
    if (result.status < 200 || result.status > 299)
        return SpecCheckRunner::tr("HTTP status %1").arg(result.status);
    return {};
}

/// A document a URL document refers to, read on the worker thread (its own network access, its own loop).
std::optional<QByteArray> fetchOnWorker(const QString &location, QString *error)
{
    QNetworkAccessManager nam;
    QEventLoop loop;
    FetchResult result;
    GuardedFetch::start(&nam, fetchRequest(location), [&](const FetchResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (const QString problem = fetchProblem(result); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return result.body;
}

std::shared_ptr<const OpenApi::Spec> loadSpec(const QString &source, const std::optional<QByteArray> &bytes,
    OpenApi::SpecError *error)
{
    std::optional<OpenApi::Spec> spec = bytes ? OpenApi::loadSpecBytes(*bytes, source, error, fetchOnWorker)
                                              : OpenApi::loadSpecFile(source, error);
    if (!spec)
        return nullptr;
    return std::make_shared<const OpenApi::Spec>(std::move(*spec));
}

} // namespace

SpecCheckRunner::SpecCheckRunner(QObject *parent)
    : QObject(parent), m_generation(std::make_shared<std::atomic<quint64>>(0)), m_pool(new QThreadPool(this))
{
    qRegisterMetaType<SpecCheckResult>();
    m_pool->setMaxThreadCount(1);
}

SpecCheckRunner::~SpecCheckRunner()
{
    cancel();
    m_pool->clear();
    m_pool->waitForDone();
}

void SpecCheckRunner::cancel()
{
    m_generation->fetch_add(1);
    if (m_fetch)
        m_fetch->abort();
    m_running = false;
}

void SpecCheckRunner::check(
    const QString &source, const Pact &pact, const QString &pactFile, const OpenApi::CheckOptions &options, bool reload)
{
    cancel();
    Job job{ source, pact, pactFile, options, m_generation->load() };
    m_running = true;
    Q_EMIT started();
    if (reload || source != m_specSource)
        m_spec.reset();
    if (m_spec)
        runWorker(std::move(job), m_spec, std::nullopt);
    else if (SpecSettingsStore::isUrl(source))
        fetch(std::move(job));
    else
        runWorker(std::move(job), nullptr, std::nullopt);
}

void SpecCheckRunner::fetch(Job job)
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    const QString source = job.source;
    m_fetch = GuardedFetch::start(m_nam, fetchRequest(source), [this, job = std::move(job)](const FetchResult &r) {
        if (m_generation->load() != job.generation)
            return;
        if (const QString problem = fetchProblem(r); !problem.isEmpty()) {
            SpecCheckResult result;
            result.error.file = job.source;
            result.error.message = problem;
            deliver(job.generation, job.source, nullptr, result);
            return;
        }
        runWorker(job, nullptr, r.body);
    }, this);
}

void SpecCheckRunner::runWorker(Job job, Spec spec, std::optional<QByteArray> bytes)
{
    // The destructor waits for the pool, so `this` outlives the worker; a newer check retires the generation.
    m_pool->start([this, counter = m_generation, job = std::move(job), spec, bytes = std::move(bytes)] {
        if (counter->load() != job.generation)
            return;
        SpecCheckResult result;
        Spec loaded = spec ? spec : loadSpec(job.source, bytes, &result.error);
        if (loaded && counter->load() == job.generation) {
            result.specLoaded = true;
            result.specTitle = loaded->title;
            result.specVersion = loaded->version;
            result.warnings = loaded->warnings;
            const OpenApi::Checker checker(*loaded, job.options);
            result.report = checker.check({ { &job.pact, job.pactFile } });
        }
        if (counter->load() != job.generation)
            return;
        QMetaObject::invokeMethod(
            this, [this, generation = job.generation, source = job.source, loaded, result] {
                deliver(generation, source, loaded, result);
            }, Qt::QueuedConnection);
    });
}

void SpecCheckRunner::deliver(quint64 generation, const QString &source, Spec spec, const SpecCheckResult &result)
{
    if (m_generation->load() != generation)
        return;
    m_specSource = source;
    m_spec = std::move(spec);
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace Pactbench
