// SPDX-License-Identifier: MIT
#include "proxymessages.h"

#include <core/json/jsonreader.h>
#include <core/net/bodyreader.h>
#include <core/verifier/contentdecoding.h>

#include <QStringDecoder>

#include <algorithm>

namespace Pactbench::ProxyMessages {

namespace {

bool named(const QString &name, QLatin1String wanted)
{
    return name.compare(wanted, Qt::CaseInsensitive) == 0;
}

// The tokens of every Connection header ("close", "keep-alive", "X-Custom").
QStringList connectionOptions(const Headers &headers)
{
    QStringList out;
    for (const QString &value : headers.values(QStringLiteral("Connection"))) {
        for (const QString &option : value.split(u','))
            out.append(option.trimmed());
    }
    return out;
}

std::optional<QString> validUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// The target's path without a trailing slash, percent-encoded ("" for "http://host:port").
QByteArray basePath(const QUrl &target)
{
    QByteArray path = target.path(QUrl::FullyEncoded).toUtf8();
    while (path.endsWith('/'))
        path.chop(1);
    return path;
}

// The client's path and query as received; for an absolute-form target (a client that treats us
// as an HTTP proxy) its path and query.
QByteArray rawPathAndQuery(const HttpServerRequest &request)
{
    const QByteArray &t = request.target;
    if (t.startsWith('/') || t == "*")
        return t;
    const QUrl url = QUrl::fromEncoded(t);
    QByteArray out = url.path(QUrl::FullyEncoded).toUtf8();
    if (out.isEmpty())
        out = "/";
    if (url.hasQuery())
        out += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    return out;
}

bool forwarded(const QString &name, const Headers &headers)
{
    return !isHopByHop(name, headers) && !named(name, QLatin1String("Host"))
        && !named(name, QLatin1String("Content-Length")) && !named(name, QLatin1String("Expect"));
}

} // namespace

bool isHopByHop(const QString &name, const Headers &headers)
{
    static const QLatin1String fixed[] = { QLatin1String("Connection"), QLatin1String("Keep-Alive"),
        QLatin1String("TE"), QLatin1String("Trailer"), QLatin1String("Transfer-Encoding"),
        QLatin1String("Upgrade") };
    for (const QLatin1String &f : fixed) {
        if (named(name, f))
            return true;
    }
    if (name.startsWith(QLatin1String("Proxy-"), Qt::CaseInsensitive))
        return true;
    const QStringList options = connectionOptions(headers);
    return std::any_of(options.begin(), options.end(),
        [&](const QString &o) { return name.compare(o, Qt::CaseInsensitive) == 0; });
}

WireRequest upstreamRequest(const HttpServerRequest &request, const QUrl &target)
{
    WireRequest w;
    QByteArray pathAndQuery = rawPathAndQuery(request);
    if (pathAndQuery != "*")
        pathAndQuery.prepend(basePath(target));
    QByteArray head = request.method.toLatin1() + ' ' + pathAndQuery + " HTTP/1.1\r\n";
    for (const auto &[name, value] : request.headers.entries()) {
        if (!forwarded(name, request.headers))
            continue;
        w.headers.append(name, value);
        head += name.toLatin1() + ": " + value.toUtf8() + "\r\n";
    }
    head += "Host: " + WireRequest::hostHeader(target) + "\r\n";
    const bool framed = request.headers.contains(QStringLiteral("Content-Length"))
        || request.headers.contains(QStringLiteral("Transfer-Encoding"));
    if (!request.body.isEmpty() || framed)
        head += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    w.bytes = head + "\r\n" + request.body;
    w.head = request.isHead();
    return w;
}

HttpServerResponse clientResponse(const HttpClientConnection::Result &result)
{
    HttpServerResponse r;
    r.status = result.status;
    for (const auto &[name, value] : result.headers.entries()) {
        if (!isHopByHop(name, result.headers))
            r.headers.append(name, value);
    }
    r.body = result.body;
    return r;
}

HttpServerResponse badGateway(const QString &reason)
{
    return HttpServerResponse::text(502, reason);
}

Body capturedBody(const QByteArray &bytes, const QString &contentType)
{
    if (bytes.isEmpty())
        return Body::missing();
    const QString type = contentType.isEmpty() ? detectContentType(bytes) : contentType;
    switch (contentKindOf(type)) {
    case ContentKind::Json: {
        const JsonReadResult json = JsonReader::read(bytes);
        if (!json.ok())
            return Body::fromBytes(bytes, contentType);
        Body b = Body::fromJson(json.value, contentType);
        b.lexemes = json.lexemes;
        return b;
    }
    case ContentKind::Xml:
    case ContentKind::Text:
    case ContentKind::Form:
        if (const std::optional<QString> text = validUtf8(bytes))
            return Body::fromText(*text, contentType);
        return Body::fromBytes(bytes, contentType);
    default:
        return Body::fromBytes(bytes, contentType);
    }
}

HttpRequest capturedRequest(const HttpServerRequest &request)
{
    HttpRequest r;
    r.method = request.method;
    r.path = request.path;
    r.hasQuery = request.target.contains('?');
    r.query = QueryParams::fromQueryString(QString::fromUtf8(request.rawQuery));
    r.headers = request.headers;
    r.body = capturedBody(request.body, request.headers.value(QStringLiteral("Content-Type")));
    return r;
}

std::optional<HttpResponse> capturedResponse(const HttpClientConnection::Result &result, qint64 maxBytes,
                                             QString *error)
{
    HttpResponse r;
    r.status = result.status;
    r.headers = result.headers;
    QByteArray body = result.body;
    const ContentDecoding::Coding coding = ContentDecoding::codingOf(result.headers);
    if (coding != ContentDecoding::Coding::Identity) {
        const ContentDecoding::Decoded d = ContentDecoding::decode(result.body, coding, maxBytes);
        if (d.status == ContentDecoding::Decoded::Status::TooLarge) {
            *error = u"the response, decoded from "_qs + ContentDecoding::name(coding) + u", is "_qs
                + overLimitText(maxBytes);
            return std::nullopt;
        }
        if (d.status == ContentDecoding::Decoded::Status::Ok) {
            body = d.body;
            r.headers.remove(QStringLiteral("Content-Encoding"));
            r.headers.remove(QStringLiteral("Content-Length"));
        }
    }
    r.body = capturedBody(body, r.headers.value(QStringLiteral("Content-Type")));
    return r;
}

QString overLimitText(qint64 maxBytes)
{
    return u"larger than the "_qs + BodyReader::formatBytes(maxBytes) + u" limit on recorded bodies"_qs;
}

QString requestLine(const HttpServerRequest &request)
{
    return request.method + u' ' + QString::fromUtf8(request.target);
}

} // namespace Pactbench::ProxyMessages
