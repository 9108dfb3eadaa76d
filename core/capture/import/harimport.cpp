// SPDX-License-Identifier: MIT
// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/): log.entries[] → exchanges.
#include "importcommon.h"

namespace Pactbench::Import {

using namespace Detail;

namespace {

struct HarContext
{
    QString name;
    CaptureBatch *batch = nullptr;
    OriginNote origins;
    int decodedResponses = 0; ///< responses whose Content-Encoding was left out (HAR keeps bodies decoded)

    void skip(const QString &where, const QString &why) const
    {
        batch->notes.append({CaptureNote::Kind::Skipped, where, why});
    }
};

Headers readHeaders(const Node &list)
{
    Headers headers;
    for (qsizetype i = 0, n = list.size(true); i < n; ++i) {
        const Node h = list[i];
        appendHeader(headers, h[QStringLiteral("name")].required().string(), h[QStringLiteral("value")].text());
    }
    return headers;
}

/// Why an entry cannot be used before its content is looked at, or empty.
QString unusableReason(const Node &entry, const UrlParts &url)
{
    const QString resourceType = entry[QStringLiteral("_resourceType")].text().toLower();
    if (url.scheme == QStringLiteral("ws") || url.scheme == QStringLiteral("wss") || resourceType == QStringLiteral("websocket"))
        return QStringLiteral("WebSocket entry");
    if (url.scheme != QStringLiteral("http") && url.scheme != QStringLiteral("https"))
        return QStringLiteral("not an HTTP(S) URL (%1)").arg(url.scheme.isEmpty() ? QStringLiteral("no scheme") : url.scheme + u':');
    const Node response = entry[QStringLiteral("response")];
    const int status = response[QStringLiteral("status")].required().integer(0);
    if (status == 0) {
        const QString error = response[QStringLiteral("_error")].text();
        return error.isEmpty() ? QStringLiteral("no response (status 0: the request failed, was blocked or cancelled)")
                               : QStringLiteral("no response (status 0: %1)").arg(error);
    }
    if (status < 100 || status > 999)
        return QStringLiteral("status %1 is not an HTTP status").arg(status);
    return {};
}

/// The request body of postData: its text, else its params form-encoded.
Body requestBody(const Node &postData, const QString &contentTypeHeader)
{
    if (postData.isMissing())
        return Body::missing();
    const QString mimeType = postData[QStringLiteral("mimeType")].string(contentTypeHeader);
    const Node text = postData[QStringLiteral("text")];
    if (!text.isMissing())
        return makeBody(text.string().toUtf8(), mimeType);
    const Node params = postData[QStringLiteral("params")];
    QList<QPair<QString, QString>> pairs;
    for (qsizetype i = 0, n = params.size(true); i < n; ++i)
        pairs.append({params[i][QStringLiteral("name")].required().string(), params[i][QStringLiteral("value")].text()});
    return makeBody(formEncode(pairs).toUtf8(), mimeType);
}

HttpRequest readRequest(const Node &request, const UrlParts &url)
{
    HttpRequest out;
    out.method = request[QStringLiteral("method")].required().string().toUpper();
    out.path = url.path;
    out.query = url.query;
    out.hasQuery = url.hasQuery;
    out.headers = readHeaders(request[QStringLiteral("headers")]);
    request[QStringLiteral("queryString")].size(true); // type-checked; the URL's query is the one sent, in its order
    out.body = requestBody(request[QStringLiteral("postData")], out.contentTypeHeader());
    return out;
}

/// The response; `why` says why it cannot be used (its body was not saved, bad base64).
HttpResponse readResponse(const Node &response, HarContext &ctx, QString *why)
{
    HttpResponse out;
    out.status = response[QStringLiteral("status")].integer(0);
    out.headers = readHeaders(response[QStringLiteral("headers")]);
    const Node content = response[QStringLiteral("content")];
    const Node text = content[QStringLiteral("text")];
    const QString mimeType = content[QStringLiteral("mimeType")].string(out.contentTypeHeader());
    if (text.isMissing()) {
        if (content[QStringLiteral("size")].number(0) > 0)
            *why = QStringLiteral("response body not saved (content.text missing)");
        return out;
    }
    QByteArray bytes = text.string().toUtf8();
    const QString encoding = content[QStringLiteral("encoding")].string();
    if (encoding == QStringLiteral("base64")) {
        const auto decoded = QByteArray::fromBase64Encoding(bytes, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *why = QStringLiteral("content.text is not valid base64");
            return out;
        }
        bytes = decoded.decoded;
    } else if (!encoding.isEmpty()) {
        *why = QStringLiteral("unknown content.encoding \"%1\"").arg(encoding);
        return out;
    }
    out.body = makeBody(bytes, mimeType);
    if (out.body.isPresent() && out.headers.contains(QStringLiteral("Content-Encoding"))) {
        out.headers.remove(QStringLiteral("Content-Encoding")); // the saved text is decoded
        ++ctx.decodedResponses;
    }
    return out;
}

void readEntry(const Node &entry, HarContext &ctx)
{
    const QString where = ctx.name + QStringLiteral(": ") + entry.path();
    const Node request = entry[QStringLiteral("request")].required();
    const Node response = entry[QStringLiteral("response")].required();
    const UrlParts url = splitUrl(request[QStringLiteral("url")].required().string());
    const QString reason = unusableReason(entry, url);
    if (!reason.isEmpty()) {
        ctx.skip(where, reason);
        return;
    }
    CapturedExchange exchange;
    exchange.request = readRequest(request, url);
    QString why;
    exchange.response = readResponse(response, ctx, &why);
    if (!why.isEmpty()) {
        ctx.skip(where, why);
        return;
    }
    ctx.origins.add(url.origin);
    exchange.source = where;
    exchange.description = entry[QStringLiteral("comment")].string().trimmed();
    ctx.batch->exchanges.append(std::move(exchange));
}

} // namespace

Result readHar(const QByteArray &data, const QString &name)
{
    return guarded(name, [&](CaptureBatch &batch) {
        const QJsonValue rootValue = parseJson(data);
        const Node root(rootValue, QString());
        if (!rootValue.isObject() || !root[QStringLiteral("log")].isObject())
            fail({}, QStringLiteral("not a HAR file: no \"log\" object at the top"));
        const Node entries = root[QStringLiteral("log")][QStringLiteral("entries")].required();
        HarContext ctx{name, &batch, {}, 0};
        for (qsizetype i = 0, n = entries.size(true); i < n; ++i) {
            if (!entries[i].isObject())
                fail(entries[i].path(), QStringLiteral("expected an object"));
            readEntry(entries[i], ctx);
        }
        ctx.origins.addTo(batch, name);
        if (ctx.decodedResponses > 0)
            batch.notes.append({CaptureNote::Kind::Dropped, name,
                                QStringLiteral("Content-Encoding left out of %1 response(s): HAR saves bodies decoded")
                                    .arg(ctx.decodedResponses)});
    });
}

} // namespace Pactbench::Import
