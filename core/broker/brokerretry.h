// SPDX-License-Identifier: MIT
#pragma once

// When and how long BrokerTransport waits before it sends a failed request again.

#include "brokerconnection.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

#include <optional>

namespace Pactbench {

struct FetchResult;

namespace BrokerRetry {

/**
 * Whether an attempt failed in a way another attempt may cure: an answer 5xx, 408 (Request
 * Timeout) or 429 (Too Many Requests), or no answer because the connection was refused or closed
 * (a broker restarting). Not: other answers, TLS and DNS failures, our own timeout, a cancel.
 */
bool retryable(const FetchResult &fetch);

/**
 * A Retry-After value in whole seconds from `now`: delay-seconds ("120") or an HTTP date
 * (IMF-fixdate, RFC 850 or asctime form, as RFC 9110 lists them), rounded up; a date in the past
 * is 0. Nothing when absent or unreadable.
 */
std::optional<qint64> retryAfterSeconds(const QByteArray &value, const QDateTime &now);

/// How long to wait before retry number `retry` (1: the second attempt).
struct Wait
{
    qint64 seconds = 0; ///< ms rounded up to whole seconds
    qint64 ms = 0;
    bool fromRetryAfter = false; ///< the answer's Retry-After set it (429 and 503 only)
};

/**
 * The wait before retry number `retry`: `connection.firstRetryWaitMs` (1 s), then twice the last
 * (2, 4, 8 … s); an answer 429 or 503 with a readable Retry-After waits what it asks instead. Either
 * is capped at `connection.maxRetryWaitSeconds`.
 */
Wait wait(int retry, int status, const QByteArray &retryAfter, const QDateTime &now, const BrokerConnection &connection);

} // namespace BrokerRetry
} // namespace Pactbench
