// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/multimap.h>

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QString>

namespace Pactbench {

/**
 * One request as HttpServer received it, fully read (body included). A plain value.
 *
 * The method is the verb exactly as sent, any RFC 9110 token ("GET", "get", "BREW", "X-Sync"):
 * verbs libhttp-parser does not know are parsed as a stand-in and handed out raw. A first
 * token that is not a token (or over 256 characters) is answered 400 and never reaches a handler.
 */
struct HttpServerRequest
{
    QString method; ///< as on the wire, e.g. "GET", "PROPFIND", "BREW", "get"
    QByteArray target; ///< raw request target, e.g. "/a%20b?x=1&x=2"
    QString path; ///< percent-decoded (UTF-8) path of the target, e.g. "/a b"
    QByteArray rawQuery; ///< the query of the target without '?', still encoded
    QueryParams query; ///< decoded query, in order, names may repeat
    Headers headers; ///< in order, names case-insensitive; trailers of chunked bodies are not kept
    QByteArray body; ///< decoded body (chunked transfer coding removed)
    int versionMajor = 1; ///< HTTP major version
    int versionMinor = 1; ///< HTTP minor version
    QHostAddress peerAddress; ///< client address
    quint16 peerPort = 0; ///< client port
    QDateTime received; ///< UTC time the request was complete

    bool isHead() const { return method == QLatin1String("HEAD"); }
    /// "HTTP/1.1" etc.
    QString httpVersion() const;
};

} // namespace Pactbench
