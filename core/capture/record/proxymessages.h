// SPDX-License-Identifier: MIT
#pragma once

#include <core/capture/exchange.h>
#include <core/http/httpserverrequest.h>
#include <core/http/httpserverresponse.h>
#include <core/verifier/httpclientconnection.h>
#include <core/verifier/wirerequest.h>

#include <QUrl>

#include <optional>

/**
 * What the recording proxy sends and records, as plain functions (no sockets, no threads): the
 * request forwarded to the provider, the answer the client gets, and the exchange recorded.
 */
namespace Pactbench::ProxyMessages {

/// Hop-by-hop headers (RFC 9110 §7.6.1): Connection, Keep-Alive, Proxy-*, TE, Trailer,
/// Transfer-Encoding, Upgrade; and any header the message's Connection header names.
bool isHopByHop(const QString &name, const Headers &headers);

/**
 * The request as the provider at `target` gets it: the client's method, the target's base path
 * followed by the client's raw path and query (not re-encoded), the client's headers in order but
 * hop-by-hop ones, Expect, Host and Content-Length; then `Host` of the target, `Content-Length`
 * when there is a body (or the client sent one), and the body.
 */
WireRequest upstreamRequest(const HttpServerRequest &request, const QUrl &target);

/// What the client gets: the provider's status, headers but hop-by-hop ones, and the body bytes as
/// received (a gzip body stays gzip with its Content-Encoding; the server frames it anew).
HttpServerResponse clientResponse(const HttpClientConnection::Result &result);

/// `502 Bad Gateway` with `reason` as text/plain.
HttpServerResponse badGateway(const QString &reason);

/**
 * A body as recorded: empty → missing; JSON content types (or none, when the bytes are JSON) →
 * parsed JSON with numbers as written, or the bytes when they are not valid JSON; text, XML and
 * form types → text when valid UTF-8; anything else → the exact bytes (binary kept). The content
 * type is the header's.
 */
Body capturedBody(const QByteArray &bytes, const QString &contentType);

/// The client's request as seen: method as sent, decoded path, query un-encoded in order, every
/// header as received, the body (see capturedBody()).
HttpRequest capturedRequest(const HttpServerRequest &request);

/**
 * The provider's response as recorded. A gzip or deflate body is decoded (and then Content-Encoding
 * and Content-Length, which describe the coded bytes, are left out); a decoded body over `maxBytes`
 * gives nullopt and `*error`. A body that is not valid in its coding is kept as received.
 */
std::optional<HttpResponse> capturedResponse(const HttpClientConnection::Result &result, qint64 maxBytes,
                                             QString *error);

/// "larger than the 64 MiB limit on recorded bodies".
QString overLimitText(qint64 maxBytes);

/// "GET /orders?x=1", for messages.
QString requestLine(const HttpServerRequest &request);

} // namespace Pactbench::ProxyMessages
