// SPDX-License-Identifier: MIT
// The routes of CaptureProvider (documented in captureprovider.h) and their answers.
#include "captureprovider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <zlib.h>

namespace Pactbench::Test {

namespace {

HttpServerResponse withBody(int status, const QString &contentType, const QByteArray &body)
{
    HttpServerResponse r;
    r.status = status;
    r.headers.append(QStringLiteral("Content-Type"), contentType);
    r.body = body;
    return r;
}

HttpServerResponse json(int status, const QJsonValue &value, const QString &type = QStringLiteral("application/json"))
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return withBody(status, type, doc.toJson(QJsonDocument::Compact));
}


QJsonObject order(qint64 id)
{
    const QJsonArray items{
        QJsonObject{ { u"sku"_qs, u"A-100"_qs }, { u"quantity"_qs, 2 }, { u"price"_qs, 9.5 } },
        QJsonObject{ { u"sku"_qs, u"B-200"_qs }, { u"quantity"_qs, 1 }, { u"price"_qs, 20 } },
    };
    return QJsonObject{
        { u"id"_qs, id },
        { u"uuid"_qs, QStringLiteral("6f1c2d3e-4b5a-4c6d-8e9f-%1").arg(id, 12, 10, QLatin1Char('0')) },
        { u"status"_qs, u"OPEN"_qs },
        { u"createdAt"_qs, u"2026-01-02T03:04:05Z"_qs },
        { u"deliveryDate"_qs, u"2026-01-09"_qs },
        { u"customer"_qs, QJsonObject{ { u"name"_qs, u"Ada"_qs }, { u"email"_qs, u"ada@example.com"_qs } } },
        { u"items"_qs, items },
        { u"total"_qs, 39 },
    };
}

HttpServerResponse getOrder(const HttpServerRequest &, qint64 id)
{
    if (id >= 900)
        return json(404,
                    QJsonObject{ { u"type"_qs, u"about:blank"_qs }, { u"title"_qs, u"Not Found"_qs }, { u"status"_qs, 404 },
                                 { u"detail"_qs, QStringLiteral("No order %1").arg(id) } },
                    QStringLiteral("application/problem+json"));
    return withBody(200, QStringLiteral("application/json"), CaptureProvider::orderJson(id));
}

HttpServerResponse listOrders(const HttpServerRequest &request, qint64)
{
    return json(200, QJsonObject{ { u"status"_qs, request.query.value(u"status"_qs) },
                                  { u"page"_qs, request.query.value(u"page"_qs).toInt() },
                                  { u"orders"_qs, QJsonArray{ order(1), order(2) } } });
}

HttpServerResponse createOrder(const HttpServerRequest &request, qint64)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return HttpServerResponse::text(400, QStringLiteral("the body must be a JSON object"));
    QJsonObject created = doc.object();
    created.insert(u"id"_qs, 100);
    created.insert(u"status"_qs, u"OPEN"_qs);
    HttpServerResponse r = json(201, created);
    r.headers.append(QStringLiteral("Location"), QStringLiteral("/orders/100"));
    return r;
}

HttpServerResponse invoice(const HttpServerRequest &, qint64 id)
{
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<invoice id=\"" + QByteArray::number(id)
        + "\"><customer>ada@example.com</customer><total currency=\"EUR\">39.00</total></invoice>";
    return withBody(200, QStringLiteral("application/xml"), xml);
}

HttpServerResponse summary(const HttpServerRequest &request, qint64 id)
{
    const QByteArray body = QJsonDocument(QJsonObject{ { u"id"_qs, id }, { u"items"_qs, 2 }, { u"total"_qs, 39 },
                                                       { u"note"_qs, QString(200, u'z') } })
                                .toJson(QJsonDocument::Compact);
    HttpServerResponse r = withBody(200, QStringLiteral("application/json"), body);
    r.headers.append(QStringLiteral("Vary"), QStringLiteral("Accept-Encoding"));
    if (request.headers.value(u"Accept-Encoding"_qs).contains(u"gzip"_qs, Qt::CaseInsensitive)) {
        r.headers.append(QStringLiteral("Content-Encoding"), QStringLiteral("gzip"));
        r.body = CaptureProvider::gzip(body);
    }
    return r;
}

HttpServerResponse logo(const HttpServerRequest &, qint64)
{
    return withBody(200, QStringLiteral("image/png"), CaptureProvider::logoPng());
}

HttpServerResponse fail(const HttpServerRequest &, qint64)
{
    return HttpServerResponse::text(500, QStringLiteral("internal error: the warehouse is unreachable"));
}

HttpServerResponse account(const HttpServerRequest &request, qint64)
{
    const QString auth = request.headers.value(u"Authorization"_qs);
    if (!auth.startsWith(u"Bearer "_qs) || auth.size() <= 7) {
        HttpServerResponse r = json(401, QJsonObject{ { u"error"_qs, u"unauthorized"_qs } });
        r.headers.append(QStringLiteral("WWW-Authenticate"), QStringLiteral("Bearer"));
        return r;
    }
    return json(200, QJsonObject{ { u"user"_qs, u"ada"_qs }, { u"email"_qs, u"ada@example.com"_qs } });
}

HttpServerResponse login(const HttpServerRequest &, qint64)
{
    HttpServerResponse r = json(200, QJsonObject{ { u"loggedIn"_qs, true } });
    r.headers.append(QStringLiteral("Set-Cookie"), QStringLiteral("session=s3cr3t-5e55-10n; Path=/; HttpOnly"));
    return r;
}

HttpServerResponse slow(const HttpServerRequest &, qint64)
{
    return HttpServerResponse::text(200, QStringLiteral("slow"));
}

HttpServerResponse bytes(const HttpServerRequest &request, qint64)
{
    const qint64 n = std::clamp<qint64>(request.query.value(u"n"_qs).toLongLong(), 0, 64 * 1024 * 1024);
    return withBody(200, QStringLiteral("text/plain"), QByteArray(n, 'x'));
}

HttpServerResponse echo(const HttpServerRequest &request, qint64)
{
    QJsonArray headers;
    for (const auto &[name, value] : request.headers.entries())
        headers.append(QJsonArray{ name, value });
    return json(200, QJsonObject{ { u"method"_qs, request.method }, { u"target"_qs, QString::fromUtf8(request.target) },
                                  { u"headers"_qs, headers }, { u"body"_qs, QString::fromUtf8(request.body) } });
}

} // namespace

const QList<CaptureProvider::Route> &CaptureProvider::routes()
{
    static const QList<Route> table{
        { "GET", "/orders/{id}", getOrder },
        { "GET", "/orders", listOrders },
        { "POST", "/orders", createOrder },
        { "GET", "/orders/{id}/invoice", invoice },
        { "GET", "/orders/{id}/summary", summary },
        { "GET", "/images/logo.png", logo },
        { "GET", "/fail", fail },
        { "GET", "/account", account },
        { "POST", "/login", login },
        { "GET", "/slow", slow },
        { "GET", "/bytes", bytes },
        { nullptr, "/echo", echo },
    };
    return table;
}

QByteArray CaptureProvider::orderJson(qint64 id)
{
    return QJsonDocument(order(id)).toJson(QJsonDocument::Compact);
}

QByteArray CaptureProvider::logoPng()
{
    QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489");
    for (int i = 0; png.size() < 64; ++i)
        png.append(char(i % 3 == 0 ? 0 : i * 7));
    return png;
}

QByteArray CaptureProvider::gzip(const QByteArray &data)
{
    z_stream s{};
    deflateInit2(&s, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&s, uLong(data.size()))) + 32, Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    deflate(&s, Z_FINISH);
    out.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    return out;
}

} // namespace Pactbench::Test
