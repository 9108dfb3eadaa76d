// SPDX-License-Identifier: MIT
#pragma once

#include "verifier.h"

#include <QObject>

class QNetworkAccessManager;

namespace Pactbench {

/// Where pacts to verify come from: files, folders of *.json, URLs (with optional auth).
struct PactSources
{
    QStringList files;
    QStringList dirs;
    QStringList urls;
    QString user; ///< basic auth for URLs (with password)
    QString password;
    QString token; ///< bearer auth for URLs
    bool ignoreTlsErrors = false;
    int timeoutMs = 10000;
};

/**
 * Loads every source into verification targets. Unreadable or invalid sources are errors in
 * words (never silently dropped). URLs are fetched asynchronously; `loaded` fires once.
 */
class PactSourceLoader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PactSourceLoader)

public:
    explicit PactSourceLoader(QObject *parent = nullptr);
    ~PactSourceLoader() override;

    void load(const PactSources &sources);
    const QList<VerificationTarget> &targets() const { return m_targets; }
    const QStringList &errors() const { return m_errors; }

    /// Reads one pact from bytes, adding located errors to `errors`; false when unusable.
    static bool addPact(const QByteArray &json, const QString &origin, QList<VerificationTarget> *targets,
                        QStringList *errors);

Q_SIGNALS:
    void loaded();

private:
    void fetchNext();

    QNetworkAccessManager *m_nam;
    PactSources m_sources;
    QStringList m_pendingUrls;
    QList<VerificationTarget> m_targets;
    QStringList m_errors;
};

} // namespace Pactbench
