// SPDX-License-Identifier: MIT
#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QTimer>
#include <QUrl>

namespace Pactbench {

namespace {

/// Errors that mean "there is no usable keychain here", as opposed to "no such entry".
bool isBackendFailure(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError || error == QKeychain::AccessDenied;
}

template<typename Job>
Job *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new Job(service, parent);
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    return job;
}

} // namespace

CredentialStore::CredentialStore(const QString &service, Backend backend, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_backend(backend)
{
    if (backend == Backend::Session)
        m_fallbackReason = QStringLiteral("session-only store requested");
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::brokerKey(const QString &baseUrl, const QString &kind, const QString &username)
{
    QString url = QUrl(baseUrl).toDisplayString(QUrl::RemoveUserInfo);
    while (url.endsWith(u'/'))
        url.chop(1);
    return u"broker:"_qs + url + u':' + kind + u':' + username;
}

void CredentialStore::fallBack(const QString &reason)
{
    if (m_backend == Backend::Session)
        return;
    m_backend = Backend::Session;
    m_fallbackReason = u"no usable keychain ("_qs + reason + u"); secrets are kept for this session only"_qs;
    Q_EMIT fellBackToSession(m_fallbackReason);
}

void CredentialStore::store(const QString &key, const QString &secret)
{
    // The session copy also serves reads while the keychain write is under way.
    m_session.insert(key, secret);
    if (m_backend == Backend::Session) {
        QTimer::singleShot(0, this, [this, key] { Q_EMIT stored(key, false); });
        return;
    }
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            fallBack(j->errorString());
        Q_EMIT stored(key, j->error() == QKeychain::NoError);
    });
    job->start();
}

void CredentialStore::read(const QString &key)
{
    if (m_backend == Backend::Session) {
        QTimer::singleShot(0, this, [this, key] { finishRead(key); });
        return;
    }
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            const QString secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
            Q_EMIT readFinished(key, secret, true);
            return;
        }
        if (isBackendFailure(j->error()))
            fallBack(j->errorString());
        finishRead(key);
    });
    job->start();
}

void CredentialStore::finishRead(const QString &key)
{
    const auto it = m_session.constFind(key);
    Q_EMIT readFinished(key, it == m_session.cend() ? QString() : *it, it != m_session.cend());
}

void CredentialStore::remove(const QString &key)
{
    m_session.remove(key);
    if (m_backend == Backend::Session) {
        QTimer::singleShot(0, this, [this, key] { Q_EMIT removed(key); });
        return;
    }
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        if (isBackendFailure(j->error()))
            fallBack(j->errorString());
        Q_EMIT removed(key);
    });
    job->start();
}

} // namespace Pactbench
