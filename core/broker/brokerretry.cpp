// SPDX-License-Identifier: MIT
#include "brokerretry.h"

#include <core/net/guardedfetch.h>

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace Pactbench::BrokerRetry {

bool retryable(const FetchResult &fetch)
{
    switch (fetch.failure) {
    case FetchResult::Failure::None:
        return fetch.status >= 500 || fetch.status == 408 || fetch.status == 429;
    case FetchResult::Failure::Network:
        switch (fetch.networkError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::TemporaryNetworkFailureError:
            return true;
        default:
            return false;
        }
    case FetchResult::Failure::TooLarge:
    case FetchResult::Failure::RedirectRefused:
    case FetchResult::Failure::TooManyRedirects:
        return false;
    }
    return false;
}

namespace {

std::optional<QDateTime> httpDate(const QString &text)
{
    // RFC 9110 5.6.7: IMF-fixdate, then the obsolete RFC 850 and asctime forms; always GMT.
    static const QString formats[] = {
        QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"),
        QStringLiteral("dddd, dd-MMM-yy hh:mm:ss 'GMT'"),
        QStringLiteral("ddd MMM d hh:mm:ss yyyy"),
    };
    const QString simplified = text.simplified(); // asctime pads single-digit days with a space
    for (const QString &format : formats) {
        QDateTime t = QLocale::c().toDateTime(simplified, format);
        if (!t.isValid())
            continue;
        if (format.contains(u"yy") && !format.contains(u"yyyy") && t.date().year() < 1970)
            t = t.addYears(100); // two-digit years: 1900 + yy from Qt, but RFC 850 dates are recent
        t.setTimeZone(QTimeZone::utc());
        return t;
    }
    return std::nullopt;
}

} // namespace

std::optional<qint64> retryAfterSeconds(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (std::all_of(trimmed.cbegin(), trimmed.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        bool ok = false;
        const qint64 seconds = trimmed.toLongLong(&ok);
        return ok ? std::optional<qint64>(seconds) : std::optional<qint64>(std::numeric_limits<qint64>::max());
    }
    const std::optional<QDateTime> when = httpDate(QString::fromLatin1(trimmed));
    if (!when)
        return std::nullopt;
    const qint64 ms = now.msecsTo(*when);
    return ms <= 0 ? 0 : (ms + 999) / 1000;
}

Wait wait(int retry, int status, const QByteArray &retryAfter, const QDateTime &now, const BrokerConnection &connection)
{
    const qint64 cap = std::max(0, connection.maxRetryWaitSeconds);
    if (status == 429 || status == 503) {
        if (const std::optional<qint64> asked = retryAfterSeconds(retryAfter, now)) {
            const qint64 seconds = std::min(*asked, cap);
            return {seconds, seconds * 1000, true};
        }
    }
    const int doublings = std::clamp(retry - 1, 0, 40);
    const qint64 ms = std::min(qint64(std::max(1, connection.firstRetryWaitMs)) << doublings, cap * 1000);
    return {(ms + 999) / 1000, ms, false};
}

} // namespace Pactbench::BrokerRetry
