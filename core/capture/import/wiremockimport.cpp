// SPDX-License-Identifier: MIT
#include "wiremock.h"

#include <QDir>
#include <QFileInfo>

namespace Pactbench::Import {

using namespace Detail;

namespace {

struct Stub
{
    QString where;
    CaptureBatch *batch = nullptr;
    WireMockInput *input = nullptr;

    void info(const QString &message) const { batch->notes.append({CaptureNote::Kind::Info, where, message}); }
};

/// The first key of a matcher object other than modifiers ("caseInsensitive"): "equalTo", "matches", …
QString matcherName(const Node &matcher)
{
    for (const QString &key : matcher.keys()) {
        if (key != QStringLiteral("caseInsensitive"))
            return key;
    }
    return QStringLiteral("(none)");
}

/// The example values a matcher gives: equalTo's value, hasExactly/includes' equalTo values; none for others.
std::optional<QStringList> exampleValues(const Node &matcher)
{
    if (matcher.has(QStringLiteral("equalTo")))
        return QStringList{matcher[QStringLiteral("equalTo")].text()};
    if (matcher[QStringLiteral("absent")].boolean(false))
        return QStringList{};
    for (const QString &key : {QStringLiteral("hasExactly"), QStringLiteral("includes")}) {
        const Node list = matcher[key];
        if (list.isMissing())
            continue;
        QStringList values;
        for (qsizetype i = 0, n = list.size(true); i < n; ++i) {
            if (!list[i].has(QStringLiteral("equalTo")))
                return std::nullopt;
            values.append(list[i][QStringLiteral("equalTo")].text());
        }
        return values;
    }
    return std::nullopt;
}

/// name → matcher objects ("queryParameters", "headers", "cookies") → (name, value) pairs; others noted.
QList<QPair<QString, QString>> matchedValues(const Node &matchers, const QString &what, const Stub &stub)
{
    QList<QPair<QString, QString>> out;
    for (const QString &name : matchers.keys()) {
        const Node matcher = matchers[name];
        matcher.object(); // type check
        const std::optional<QStringList> values = exampleValues(matcher);
        if (!values) {
            stub.info(QStringLiteral("%1 \"%2\": matcher \"%3\" gives no example value; left out")
                          .arg(what, name, matcherName(matcher)));
            continue;
        }
        for (const QString &v : *values)
            out.append({name, v});
    }
    return out;
}

/// The path and query of the request, or why there is no example URL.
QString readUrl(const Node &request, HttpRequest &out)
{
    if (request.has(QStringLiteral("url"))) {
        const UrlParts parts = splitUrl(request[QStringLiteral("url")].string());
        out.path = parts.path;
        out.query = parts.query;
        out.hasQuery = parts.hasQuery;
        return {};
    }
    if (request.has(QStringLiteral("urlPath"))) {
        out.path = splitUrl(request[QStringLiteral("urlPath")].string()).path;
        return {};
    }
    if (request.has(QStringLiteral("urlPathTemplate"))) {
        QString path = request[QStringLiteral("urlPathTemplate")].string();
        const Node params = request[QStringLiteral("pathParameters")];
        for (const QString &name : params.keys()) {
            const std::optional<QStringList> v = exampleValues(params[name]);
            if (v && v->size() == 1)
                path.replace(u'{' + name + u'}', v->first());
        }
        if (path.contains(u'{'))
            return QStringLiteral("urlPathTemplate \"%1\": no equalTo value for every path parameter").arg(path);
        out.path = splitUrl(path).path;
        return {};
    }
    for (const QString &key : {QStringLiteral("urlPattern"), QStringLiteral("urlPathPattern")}) {
        if (request.has(key))
            return QStringLiteral("%1 \"%2\": a regex gives no example path").arg(key, request[key].string());
    }
    return QStringLiteral("no URL: the stub matches every URL");
}

Body requestBody(const Node &patterns, const QString &contentType, const Stub &stub)
{
    for (qsizetype i = 0, n = patterns.size(true); i < n; ++i) {
        const Node p = patterns[i];
        const Node json = p[QStringLiteral("equalToJson")];
        if (!json.isMissing()) {
            const QString type = contentType.isEmpty() ? QStringLiteral("application/json") : contentType;
            if (json.isString())
                return makeBody(json.string().toUtf8(), type);
            return Body::fromJson(json.value(), type);
        }
        for (const QString &key : {QStringLiteral("equalTo"), QStringLiteral("equalToXml")}) {
            if (p.has(key))
                return makeBody(p[key].string().toUtf8(), contentType);
        }
        if (p.has(QStringLiteral("binaryEqualTo")))
            return Body::fromBytes(QByteArray::fromBase64(p[QStringLiteral("binaryEqualTo")].string().toLatin1()),
                                   contentType.isEmpty() ? QStringLiteral("application/octet-stream") : contentType);
    }
    if (patterns.size() > 0)
        stub.info(QStringLiteral("body pattern \"%1\" gives no example body; left out").arg(matcherName(patterns[0])));
    return Body::missing();
}

QString readRequest(const Node &request, HttpRequest &out, const Stub &stub)
{
    const QString method = request[QStringLiteral("method")].string(QStringLiteral("ANY")).toUpper();
    if (method == QStringLiteral("ANY"))
        return QStringLiteral("method ANY: the stub matches every method, no example request");
    out.method = method;
    const QString why = readUrl(request, out);
    if (!why.isEmpty())
        return why;
    const auto query = matchedValues(request[QStringLiteral("queryParameters")], QStringLiteral("query parameter"), stub);
    for (const auto &[name, value] : query)
        out.query.append(name, value);
    out.hasQuery = out.hasQuery || !query.isEmpty();
    for (const auto &[name, value] : matchedValues(request[QStringLiteral("headers")], QStringLiteral("header"), stub))
        appendHeader(out.headers, name, value);
    const Node auth = request[QStringLiteral("basicAuthCredentials")];
    if (!auth.isMissing())
        out.headers.append(QStringLiteral("Authorization"), basicAuthorization(auth[QStringLiteral("username")].string(),
                                                                                auth[QStringLiteral("password")].string()));
    QStringList cookies;
    for (const auto &[name, value] : matchedValues(request[QStringLiteral("cookies")], QStringLiteral("cookie"), stub))
        cookies.append(name + u'=' + value);
    if (!cookies.isEmpty())
        out.headers.append(QStringLiteral("Cookie"), cookies.join(QStringLiteral("; ")));
    out.body = requestBody(request[QStringLiteral("bodyPatterns")], out.contentTypeHeader(), stub);
    return {};
}

QString responseBody(const Node &response, HttpResponse &out, const Stub &stub)
{
    const QString type = out.contentTypeHeader();
    if (response.has(QStringLiteral("jsonBody"))) {
        out.body = Body::fromJson(response[QStringLiteral("jsonBody")].value(), type.isEmpty() ? QStringLiteral("application/json") : type);
    } else if (response.has(QStringLiteral("body"))) {
        out.body = makeBody(response[QStringLiteral("body")].string().toUtf8(), type);
    } else if (response.has(QStringLiteral("base64Body"))) {
        const auto decoded = QByteArray::fromBase64Encoding(response[QStringLiteral("base64Body")].string().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return QStringLiteral("base64Body is not valid base64");
        out.body = makeBody(decoded.decoded, type);
    } else if (response.has(QStringLiteral("bodyFileName"))) {
        QString why;
        const QByteArray bytes = readBodyFile(response[QStringLiteral("bodyFileName")].string(), *stub.input, &why);
        if (!why.isEmpty())
            return why;
        out.body = makeBody(bytes, type);
    }
    return {};
}

/// Why the response gives no example (a fault, a proxy), or empty.
QString responseSkipReason(const Node &response)
{
    if (response.has(QStringLiteral("fault")))
        return QStringLiteral("fault response (%1): no HTTP response").arg(response[QStringLiteral("fault")].string());
    if (response.has(QStringLiteral("proxyBaseUrl")))
        return QStringLiteral("proxy stub: its responses come from %1").arg(response[QStringLiteral("proxyBaseUrl")].string());
    return {};
}

QString readResponse(const Node &response, HttpResponse &out, const Stub &stub)
{
    out.status = response[QStringLiteral("status")].integer(200);
    const Node headers = response[QStringLiteral("headers")];
    for (const QString &name : headers.keys()) {
        const Node value = headers[name];
        if (!value.isArray()) {
            appendHeader(out.headers, name, value.text());
            continue;
        }
        for (qsizetype i = 0, n = value.size(true); i < n; ++i)
            appendHeader(out.headers, name, value[i].text());
    }
    const Node transformers = response[QStringLiteral("transformers")];
    for (qsizetype i = 0, n = transformers.size(true); i < n; ++i) {
        if (transformers[i].string() == QStringLiteral("response-template"))
            stub.info(QStringLiteral("response template: {{…}} expressions kept as written"));
    }
    return responseBody(response, out, stub);
}

void readStub(const Node &node, Stub &stub)
{
    if (!node.isObject())
        fail(node.path(), QStringLiteral("expected an object (a stub mapping)"));
    if (++stub.input->stubs > MaxEntries)
        fail(node.path(), QStringLiteral("more than the limit of 100,000 entries"));
    CapturedExchange exchange;
    const Node response = node[QStringLiteral("response")].required();
    QString why = responseSkipReason(response);
    if (why.isEmpty())
        why = readRequest(node[QStringLiteral("request")].required(), exchange.request, stub);
    if (why.isEmpty())
        why = readResponse(response, exchange.response, stub);
    if (!why.isEmpty()) {
        stub.batch->notes.append({CaptureNote::Kind::Skipped, stub.where, why});
        return;
    }
    exchange.source = stub.where;
    exchange.description = node[QStringLiteral("name")].string().trimmed();
    const QString scenario = node[QStringLiteral("scenarioName")].string();
    const QString state = node[QStringLiteral("requiredScenarioState")].string();
    if (!scenario.isEmpty() && !state.isEmpty()) {
        ProviderState ps;
        ps.name = scenario + QStringLiteral(": ") + state;
        ps.params = QJsonObject{{QStringLiteral("scenario"), scenario}, {QStringLiteral("state"), state}};
        exchange.providerStates.append(ps);
    }
    stub.batch->exchanges.append(std::move(exchange));
}

} // namespace

namespace Detail {

void readWireMockDocument(const QByteArray &data, const QString &name, WireMockInput &input, CaptureBatch &batch)
{
    if (data.size() > MaxInputBytes)
        fail({}, QStringLiteral("the input has %1 bytes: more than the limit of 256 MiB").arg(data.size()));
    const QJsonValue rootValue = parseJson(data);
    const Node root(rootValue, QString());
    if (rootValue.isObject() && root.has(QStringLiteral("mappings"))) {
        const Node mappings = root[QStringLiteral("mappings")];
        for (qsizetype i = 0, n = mappings.size(true); i < n; ++i) {
            Stub stub{name + QStringLiteral(": ") + mappings[i].path(), &batch, &input};
            readStub(mappings[i], stub);
        }
        return;
    }
    if (!rootValue.isObject() || !root.has(QStringLiteral("request")))
        fail({}, QStringLiteral("not a WireMock stub mapping: no \"request\" or \"mappings\" at the top"));
    Stub stub{name, &batch, &input};
    readStub(root, stub);
}

} // namespace Detail

Result readWireMock(const QByteArray &data, const QString &name, const QString &filesDir)
{
    return guarded(name, [&](CaptureBatch &batch) {
        WireMockInput input;
        input.filesDir = filesDir.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(filesDir).absoluteFilePath());
        readWireMockDocument(data, name, input, batch);
    });
}

} // namespace Pactbench::Import
