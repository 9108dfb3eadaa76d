// SPDX-License-Identifier: MIT
#pragma once

// A provider to record from (and to verify recorded pacts against), on 127.0.0.1. Its answers are
// stable: the same request always gets the same answer (but the Date header), so a pact recorded
// from it verifies against it later. The routes (table in captureprovider.cpp, routes()):
//
//   GET  /orders/{id}          200 application/json: an order (id, uuid, ISO dates, email, nested
//                              items); id ≥ 900: 404 application/problem+json
//   GET  /orders               200 application/json: {"status", "page" from the query, "orders": […]}
//   POST /orders               201 application/json: the posted JSON order with id 100 and status
//                              OPEN, Location: /orders/100; a body that is not a JSON object: 400 text
//   GET  /orders/{id}/invoice  200 application/xml
//   GET  /orders/{id}/summary  200 application/json, gzip-coded (Content-Encoding: gzip, Vary:
//                              Accept-Encoding) when the request's Accept-Encoding names gzip
//   GET  /images/logo.png      200 image/png: 64 bytes, zero bytes among them
//   GET  /fail                 500 text/plain
//   GET  /account              200 application/json with `Authorization: Bearer …`, else 401 JSON
//                              with WWW-Authenticate: Bearer
//   POST /login                200 application/json, Set-Cookie: session=…; Path=/; HttpOnly
//   GET  /slow?ms=N            200 text/plain after N ms (at most 10 s)
//   GET  /bytes?n=N            200 text/plain: N bytes "x" (at most 64 MiB)
//   any  /echo                 200 application/json: what arrived (method, target, headers, body)
//   anything else              404 text/plain

#include <core/http/httpserver.h>

#include <QList>
#include <QObject>

namespace Pactbench::Test {

class CaptureProvider : public QObject
{
    Q_OBJECT

public:
    struct Route
    {
        const char *method; ///< nullptr: any method
        const char *path; ///< segments; "{id}" matches a decimal number
        HttpServerResponse (*answer)(const HttpServerRequest &request, qint64 id);
    };

    explicit CaptureProvider(QObject *parent = nullptr);

    /// Listens on 127.0.0.1 (port 0: a free one).
    bool start(quint16 port = 0);
    void stop() { m_server.stop(); }
    QUrl url() const { return m_server.url(); }
    QString errorString() const { return m_server.errorString(); }

    /// The requests received (the last 1000), in order.
    const QList<HttpServerRequest> &requests() const { return m_requests; }
    void clear() { m_requests.clear(); }

    static const QList<Route> &routes();
    /// The answer to `request` (for /slow: the answer, without the wait).
    static HttpServerResponse answer(const HttpServerRequest &request);
    /// The JSON order of that id, as GET /orders/{id} answers it.
    static QByteArray orderJson(qint64 id);
    /// The bytes GET /images/logo.png answers.
    static QByteArray logoPng();
    /// `data` gzip-coded, as /orders/{id}/summary answers a client that accepts gzip.
    static QByteArray gzip(const QByteArray &data);

private:
    void handle(const HttpServerRequest &request, const HttpResponder &responder);

    HttpServer m_server;
    QList<HttpServerRequest> m_requests;
};

} // namespace Pactbench::Test
