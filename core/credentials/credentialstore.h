// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace Pactbench {

/**
 * Keeps broker secrets (passwords, tokens) out of settings files: in the desktop's keychain
 * through QtKeychain when one answers, otherwise only in memory for this session. The fallback
 * is never silent: isPersistent() turns false and fallbackReason() says why, so a GUI can tell
 * the user that the secret will be asked again next time. QtKeychain's own plain-text fallback
 * is never enabled. Keys are plain names (brokerKey() builds them); values never leave this class
 * except through `readFinished`.
 */
class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    enum class Backend {
        Keychain, ///< try the system keychain first (falls back to Session when it fails)
        Session, ///< memory only, for this process (tests, headless CI, "do not remember")
    };

    explicit CredentialStore(const QString &service = QStringLiteral("pactbench"), Backend backend = Backend::Keychain,
                             QObject *parent = nullptr);
    ~CredentialStore() override;

    /// True while secrets go to the system keychain; false once in session-only mode.
    bool isPersistent() const { return m_backend == Backend::Keychain; }
    /// Why secrets are kept only for the session (empty while the keychain works).
    QString fallbackReason() const { return m_fallbackReason; }

    /// Stores asynchronously; `stored(key, persistent)` follows.
    void store(const QString &key, const QString &secret);
    /// Reads asynchronously; `readFinished(key, secret, found)` follows.
    void read(const QString &key);
    /// Removes from the keychain and the session; `removed(key)` follows.
    void remove(const QString &key);

    /// "broker:<base URL without user info>:<kind>:<username>", a stable key for a broker credential.
    static QString brokerKey(const QString &baseUrl, const QString &kind, const QString &username = {});

Q_SIGNALS:
    void stored(const QString &key, bool persistent);
    void readFinished(const QString &key, const QString &secret, bool found);
    void removed(const QString &key);
    /// The keychain failed; from now on secrets are kept for the session only.
    void fellBackToSession(const QString &reason);

private:
    void fallBack(const QString &reason);
    void finishRead(const QString &key);

    QString m_service;
    Backend m_backend;
    QString m_fallbackReason;
    QHash<QString, QString> m_session;
};

} // namespace Pactbench
