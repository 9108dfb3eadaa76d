// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/multimap.h>

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Pactbench {

/// One HTTP request as sent on the wire and the response received (or why none was).
struct HttpExchange
{
    /// Why no (usable) response came back.
    enum class Failure {
        None,
        ConnectionRefused,
        HostNotFound,
        Timeout,
        Tls,
        Cancelled,
        Protocol, ///< garbage instead of HTTP, connection closed early …
        TooLarge, ///< the response body was over the limit (VerificationOptions::maxResponseBytes)
        Other,
    };

    QString method;
    QString url;
    Headers requestHeaders;
    QByteArray requestBody;

    int status = 0;
    Headers responseHeaders;
    QByteArray responseBody;

    Failure failure = Failure::None;
    QString error; ///< human text for the failure
    qint64 durationMs = 0;

    bool ok() const { return failure == Failure::None; }
    /// `curl -X … 'url' -H … --data-binary …`, for copying the request.
    QString toCurl() const;
};

QString failureLabel(HttpExchange::Failure failure);

} // namespace Pactbench

Q_DECLARE_METATYPE(Pactbench::HttpExchange)
