// SPDX-License-Identifier: MIT
#pragma once

#include "httpserverresponse.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Pactbench {

/**
 * Serialises an HttpServerResponse into HTTP/1.1 bytes, framing it for the request it answers.
 * Stateless; used by HttpConnection.
 */
class HttpResponseWriter
{
public:
    /// How the response must be framed.
    struct Framing
    {
        bool headRequest = false; ///< answer to HEAD: no body bytes
        bool close = false; ///< the connection closes after it: "Connection: close"
        bool keepAliveHeader = false; ///< HTTP/1.0 keep-alive: "Connection: keep-alive"
        QByteArrayView date; ///< value of the Date header (IMF-fixdate)
    };

    /// Appends status line, headers and (unless suppressed) body to out.
    static void write(QByteArray &out, const HttpServerResponse &response, const Framing &framing);
    /// Whether the handler asked to close the connection ("Connection: close").
    static bool asksToClose(const HttpServerResponse &response);
    /// The interim "100 Continue" response.
    static QByteArray continueResponse();
    /// Whether a response with this status may carry a body (not 1xx, 204, 304).
    static bool statusAllowsBody(int status) { return status >= 200 && status != 204 && status != 304; }

private:
    static void writeHeader(QByteArray &out, const QString &name, const QString &value);
    static bool isFramingHeader(const QString &name);
};

} // namespace Pactbench
