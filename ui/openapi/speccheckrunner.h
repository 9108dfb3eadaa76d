// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/pact.h>
#include <core/openapi/checker.h>
#include <core/openapi/spec/specloader.h>

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QThreadPool;
QT_END_NAMESPACE

namespace Pactbench {

class GuardedFetch;

/// What one check gave: the report, or why the document could not be used.
struct SpecCheckResult
{
    bool specLoaded = false;
    OpenApi::SpecError error; ///< when !specLoaded
    QString specTitle;
    QString specVersion;
    QList<OpenApi::SpecWarning> warnings;
    OpenApi::CheckReport report;
};

/**
 * Checks a pact against an OpenAPI document off the GUI thread. The document is loaded once per source
 * (a file on a worker thread; a URL fetched with GuardedFetch, its $refs read by the worker) and kept for
 * the next checks until the source changes or a reload is asked for. A newer check drops the result of an
 * older one: only the latest call of check() ever reports.
 */
class SpecCheckRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpecCheckRunner)

public:
    explicit SpecCheckRunner(QObject *parent = nullptr);
    ~SpecCheckRunner() override;

    /// Checks `pact` (a copy is taken) against the document at `source`; `reload` reads the document again.
    void check(const QString &source, const Pact &pact, const QString &pactFile, const OpenApi::CheckOptions &options,
        bool reload);
    /// Drops the check under way (its result never arrives).
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void started();
    void finished(const Pactbench::SpecCheckResult &result);

private:
    using Spec = std::shared_ptr<const OpenApi::Spec>;
    struct Job
    {
        QString source;
        Pact pact;
        QString pactFile;
        OpenApi::CheckOptions options;
        quint64 generation = 0;
    };
    void fetch(Job job);
    void runWorker(Job job, Spec spec, std::optional<QByteArray> bytes);
    void deliver(quint64 generation, const QString &source, Spec spec, const SpecCheckResult &result);

    std::shared_ptr<std::atomic<quint64>> m_generation;
    QThreadPool *m_pool;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<GuardedFetch> m_fetch;
    QString m_specSource; ///< what m_spec was loaded from
    Spec m_spec;
    bool m_running = false;
};

} // namespace Pactbench

Q_DECLARE_METATYPE(Pactbench::SpecCheckResult)
