// SPDX-License-Identifier: MIT
#pragma once

#include "verifier.h"

#include <QObject>

class QNetworkAccessManager;

namespace Pactbench {

struct FetchResult;

/// Where pacts to verify come from: files, folders, URLs (with optional auth).
struct PactSources
{
    QStringList files;
    /**
     * Folders: every file in them (any name, hidden ones too, links followed; not sub-folders), as the
     * reference verifier reads a `-d` folder. A file that is not JSON is an error.
     */
    QStringList dirs;
    /**
     * When set, a folder's pact is verified only when its provider has exactly this name (a pact
     * without one counts as "provider", as in the reference); the others are skipped (skipped()).
     * Files and URLs are always verified.
     */
    QString dirProvider;
    QStringList urls; ///< `user:password@` in one is Basic auth for that URL's origin only (instead of user/token)
    QString user; ///< basic auth for URLs (with password)
    QString password;
    QString token; ///< bearer auth for URLs
    bool ignoreTlsErrors = false; ///< off in the CLI: --disable-ssl-verification is about the provider only
    int timeoutMs = 10000;
    qint64 maxBodyBytes = 64 * 1024 * 1024; ///< largest pact read from a URL (64 MiB); larger ones are errors
};

/**
 * Loads every source into verification targets. Unreadable or invalid sources are errors in
 * words (never silently dropped); no error or origin shows a URL's user info. URLs are fetched
 * asynchronously (GuardedFetch: credentials only for each URL's own origin, redirects elsewhere
 * followed without them, https → http refused, at most maxBodyBytes read); `loaded` fires once.
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
    /// Folder files left out because their provider is not PactSources::dirProvider, in words.
    const QStringList &skipped() const { return m_skipped; }

    /// Reads one pact from bytes, adding located errors to `errors`; false (and no target) when it has any
    /// error or invalid diagnostic.
    static bool addPact(const QByteArray &json, const QString &origin, QList<VerificationTarget> *targets,
                        QStringList *errors);

Q_SIGNALS:
    void loaded();

private:
    void fetchNext();
    QByteArray authorizationFor(const QUrl &url) const;
    void fetched(const QString &shown, const FetchResult &result);

    QNetworkAccessManager *m_nam;
    PactSources m_sources;
    QStringList m_pendingUrls;
    QList<VerificationTarget> m_targets;
    QStringList m_errors;
    QStringList m_skipped;
};

} // namespace Pactbench
