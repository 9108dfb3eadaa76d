// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/multimap.h>

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Pactbench {

/// A request to the provider as it goes on the wire, built as the reference verifier (`pact verifier`
/// 18.1.2, reqwest/hyper) builds it: the request line, the pact's headers (names as written, one line
/// per value), then what the reference adds when the pact has no header of that name — `accept: */*`,
/// `user-agent: pact_verifier/1.4.7`, `accept-encoding: gzip,deflate`, `host` — and `content-length`
/// only when there is a body. Nothing else: no Connection, no Accept-Language, nothing from the
/// machine's locale. A pact's Content-Length cuts the body to it and a pact's `Transfer-Encoding:
/// chunked` sends it in chunks, as hyper does.
struct WireRequest
{
    /// What the reference sends when the pact does not say (captured from it).
    static constexpr auto DefaultAccept = "*/*";
    static constexpr auto DefaultUserAgent = "pact_verifier/1.4.7";
    static constexpr auto DefaultAcceptEncoding = "gzip,deflate";

    QByteArray bytes; ///< request line, header section and body; empty when error is set
    /// The headers sent, but for Host and Content-Length when we derived them from the URL and body.
    Headers headers;
    bool head = false; ///< a HEAD request: its response has no body
    QString error; ///< why the request cannot be sent (a header name or value HTTP does not allow)

    static WireRequest build(const QString &method, const QUrl &url, const Headers &headers, const QByteArray &body);

    /// "host:port", the port left out when it is the scheme's; IPv6 addresses in brackets.
    static QByteArray hostHeader(const QUrl &url);
    /// The path (dot segments removed, "/" when empty) and query, percent-encoded, as Qt's own client sent them.
    static QByteArray target(const QUrl &url);
};

} // namespace Pactbench
