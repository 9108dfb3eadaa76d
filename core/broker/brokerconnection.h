// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace Pactbench {

/**
 * How to reach a Pact Broker: base URL, credentials, TLS, timeout and response size limit. A plain
 * option struct (core never reads settings). The secrets it holds are never logged, printed or
 * written: messages name the credential kind only (describeAuth()). They are only ever sent to the
 * base URL's origin (scheme, host, port): not to links or redirects that lead elsewhere.
 */
struct BrokerConnection
{
    enum class Auth {
        None, ///< no Authorization header
        Basic, ///< `Authorization: Basic base64(username:password)`
        Bearer, ///< `Authorization: Bearer token`
    };

    QUrl baseUrl; ///< the broker's index, e.g. https://broker.example.com or https://host/broker
    Auth auth = Auth::None;
    QString username; ///< for Basic
    QString password; ///< for Basic; secret
    QString token; ///< for Bearer; secret
    bool verifyTls = true; ///< peer verification; turned off only by `insecure`
    bool insecure = false; ///< explicit opt-out of TLS verification (self-signed test brokers)
    QString caFile; ///< extra trusted CA certificates (PEM), added to the system ones
    int timeoutMs = 30000; ///< per request, from sending to the last byte
    /// Largest answer body read (64 MiB); a larger one stops the transfer with an InvalidResponse error.
    qint64 maxResponseBytes = 64 * 1024 * 1024;
    /**
     * Attempts per request (BrokerRetry): a 5xx, 408 or 429 answer, or a connection refused or closed
     * before an answer, is tried again until this many attempts were made (1: no retries). `verify
     * --retries N` sets N, as the reference verifier counts it.
     */
    int maxAttempts = 1;
    /// The length of one second of retry waits, in ms (tests shorten it; the waits are whole seconds).
    int retrySecondMs = 1000;
    /// The longest wait between attempts, back-off or Retry-After, in seconds.
    int maxRetryWaitSeconds = 64;

    /// Basic when a username is set, Bearer when a token is set (token wins), else None.
    static Auth authFor(const QString &username, const QString &token);
    /// "no credentials", "basic auth (username and password)" or "a bearer token": never a value.
    QString describeAuth() const;
    /// The `Authorization` header value, empty for Auth::None.
    QByteArray authorizationHeader() const;
    /// The secret values in use (for redaction), non-empty ones only.
    QStringList secrets() const;
    /// The base URL with user info removed, for messages.
    QString displayBaseUrl() const;
};

} // namespace Pactbench
