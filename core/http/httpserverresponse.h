// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/multimap.h>

#include <QByteArray>

namespace Pactbench {

/**
 * An answer given to an HttpResponder. The server frames it: it writes Content-Length itself
 * (for HEAD it keeps a Content-Length the handler gave, and sends no body), never
 * Transfer-Encoding, adds Date and Connection, and closes after it when the handler sets
 * "Connection: close".
 */
struct HttpServerResponse
{
    int status = 200; ///< 100..999
    QByteArray reason; ///< empty: the standard phrase of status
    Headers headers; ///< written in order
    QByteArray body; ///< sent as is

    /// A response with a short text/plain UTF-8 body.
    static HttpServerResponse text(int status, const QString &text);
    /// The standard reason phrase ("Not Found"), or "Unknown".
    static QByteArray standardReason(int status);
};

} // namespace Pactbench
