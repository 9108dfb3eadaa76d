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
 * The method is the verb exactly as sent: libhttp-parser accepts only the exact, upper-case
 * spellings of its fixed list (GET … PROPFIND … M-SEARCH … SOURCE), so its name for the parsed
 * method is byte for byte what the client wrote. Anything else was answered 400 and never
 * reaches a handler.
 */
struct HttpServerRequest
{
    QString method; ///< as on the wire, e.g. "GET", "PROPFIND"
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
