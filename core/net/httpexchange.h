// SPDX-License-Identifier: MIT
#pragma once

// One HTTP request and its answer as GuardedFetch saw it, for logs and traces (--log-level,
// OpenTelemetry spans). Never holds credentials: `Authorization`, `Proxy-Authorization` and
// `Cookie` values are "***", the URL has no user info.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

namespace Pactbench {

struct HttpHop
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    QByteArray method;
    QUrl url; ///< without user info
    int status = 0; ///< 0: no answer (see error)
    QString error; ///< why there was no answer (or the body was refused); empty otherwise
    QDateTime started; ///< UTC
    qint64 elapsedMs = 0;
    Headers requestHeaders; ///< as set on this hop's request (Qt adds Host, Connection …), secrets redacted
    Headers responseHeaders;
};

/// Called once per hop (a redirect is a hop of its own), from the event loop.
using HttpObserver = std::function<void(const HttpHop &)>;

/// `headers` with the values of Authorization, Proxy-Authorization and Cookie replaced by "***".
HttpHop::Headers redactedHeaders(const HttpHop::Headers &headers);

} // namespace Pactbench
