// SPDX-License-Identifier: MIT
#pragma once

#include <core/net/httpexchange.h>

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
    /// False: the system's CA certificates are not trusted, only caFile's (`--ssl-trust-store false`).
    bool useSystemCaStore = true;
    /// Sent with every request to the base URL's origin, as the credentials are (`--custom-header`);
    /// requests and redirects to another origin go without them. Names checked by isValidHeader().
    HttpHop::Headers customHeaders;
    HttpObserver observer; ///< told of every HTTP exchange (logs, traces); optional
    int timeoutMs = 30000; ///< per request, from sending to the last byte
    /// Largest answer body read (64 MiB); a larger one stops the transfer with an InvalidResponse error.
    qint64 maxResponseBytes = 64 * 1024 * 1024;
    /**
     * Attempts per request (BrokerRetry): a 5xx, 408 or 429 answer, or a connection refused or closed
     * before an answer, is tried again until this many attempts were made (1: no retries). `verify
     * --retries N` sets N, as the reference verifier counts it.
     */
    int maxAttempts = 1;
    /// The length of one second of retry waits, in ms (tests shorten it).
    int retrySecondMs = 1000;
    /// The first back-off wait, in ms; each later one doubles it (1000: 1, 2, 4 … s; 500: 0.5, 1, 2 … s).
    int firstRetryWaitMs = 1000;
    /// The longest wait between attempts, back-off or Retry-After, in seconds.
    int maxRetryWaitSeconds = 64;
    /// The most all waits of one request may add up to, in seconds; no retry whose wait would pass it.
    int maxRetryTotalSeconds = 24 * 3600;

    /// Basic when a username is set, Bearer when a token is set (token wins), else None.
    static Auth authFor(const QString &username, const QString &token);
    /// "no credentials", "basic auth (username and password)" or "a bearer token": never a value.
    QString describeAuth() const;
    /// The `Authorization` header value, empty for Auth::None.
    QByteArray authorizationHeader() const;
    /// The secret values in use (for redaction), non-empty ones only.
    QStringList secrets() const;
    /**
     * Whether `name: value` may be sent as a header: a non-empty RFC 9110 token for the name, a value
     * without CR, LF or NUL. False, with the reason in `problem`, otherwise.
     */
    static bool isValidHeader(const QByteArray &name, const QByteArray &value, QString *problem);
    /// The base URL with user info removed, for messages.
    QString displayBaseUrl() const;
};

} // namespace Pactbench
