// SPDX-License-Identifier: MIT
#include "postman.h"

#include <QJsonDocument>

namespace Pactbench::Import::Detail {

namespace {

/// The boundary of multipart bodies made from form-data fields.
const QString kBoundary = QStringLiteral("PactbenchFormBoundary7MA4YWxk");

void setContentType(HttpRequest &out, const QString &type)
{
    if (!out.headers.contains(QStringLiteral("Content-Type")))
        out.headers.append(QStringLiteral("Content-Type"), type);
}

QString rawLanguageType(const QString &language)
{
    static const QHash<QString, QString> types{{QStringLiteral("json"), QStringLiteral("application/json")},
                                               {QStringLiteral("xml"), QStringLiteral("application/xml")},
                                               {QStringLiteral("html"), QStringLiteral("text/html")},
                                               {QStringLiteral("javascript"), QStringLiteral("application/javascript")},
                                               {QStringLiteral("text"), QStringLiteral("text/plain")}};
    return types.value(language.toLower());
}

QString rawBody(const Node &body, const PostmanEnv &env, HttpRequest &out)
{
    const QString raw = env.resolve(body[QStringLiteral("raw")].string());
    if (raw.isEmpty())
        return {};
    const QString type = rawLanguageType(body[QStringLiteral("options")][QStringLiteral("raw")][QStringLiteral("language")].string());
    if (!type.isEmpty())
        setContentType(out, type);
    out.body = makeBody(raw.toUtf8(), out.contentTypeHeader());
    return {};
}

QString urlencodedBody(const Node &fields, const PostmanEnv &env, HttpRequest &out)
{
    QList<QPair<QString, QString>> pairs;
    for (qsizetype i = 0, n = fields.size(true); i < n; ++i) {
        const Node f = fields[i];
        if (!f[QStringLiteral("disabled")].boolean(false))
            pairs.append({env.resolve(f[QStringLiteral("key")].text()), env.resolve(f[QStringLiteral("value")].text())});
    }
    if (pairs.isEmpty())
        return {};
    setContentType(out, QStringLiteral("application/x-www-form-urlencoded"));
    out.body = makeBody(formEncode(pairs).toUtf8(), out.contentTypeHeader());
    return {};
}

QString formdataBody(const Node &fields, const PostmanEnv &env, HttpRequest &out)
{
    QByteArray content;
    for (qsizetype i = 0, n = fields.size(true); i < n; ++i) {
        const Node f = fields[i];
        if (f[QStringLiteral("disabled")].boolean(false))
            continue;
        const QString name = env.resolve(f[QStringLiteral("key")].text());
        if (f[QStringLiteral("type")].string() == QStringLiteral("file"))
            return QStringLiteral("form-data file field \"%1\": the file is not in the collection").arg(name);
        content += "--" + kBoundary.toLatin1() + "\r\nContent-Disposition: form-data; name=\"" + name.toUtf8() + "\"\r\n";
        const QString type = f[QStringLiteral("contentType")].string();
        if (!type.isEmpty())
            content += "Content-Type: " + type.toUtf8() + "\r\n";
        content += "\r\n" + env.resolve(f[QStringLiteral("value")].text()).toUtf8() + "\r\n";
    }
    if (content.isEmpty())
        return {};
    content += "--" + kBoundary.toLatin1() + "--\r\n";
    setContentType(out, QStringLiteral("multipart/form-data; boundary=") + kBoundary);
    out.body = makeBody(content, out.contentTypeHeader());
    return {};
}

QString graphqlBody(const Node &graphql, const PostmanEnv &env, HttpRequest &out)
{
    QJsonObject json{{QStringLiteral("query"), env.resolve(graphql[QStringLiteral("query")].string())}};
    const QString variables = env.resolve(graphql[QStringLiteral("variables")].string()).trimmed();
    if (!variables.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(variables.toUtf8());
        if (!doc.isObject())
            return QStringLiteral("GraphQL variables are not a JSON object");
        json.insert(QStringLiteral("variables"), doc.object());
    }
    setContentType(out, QStringLiteral("application/json"));
    out.body = Body::fromJson(json, out.contentTypeHeader());
    return {};
}

} // namespace

QString readPostmanBody(const Node &body, const PostmanEnv &env, HttpRequest &out)
{
    if (body.isMissing() || body[QStringLiteral("disabled")].boolean(false))
        return {};
    const QString mode = body[QStringLiteral("mode")].string();
    if (mode == QStringLiteral("raw") || mode.isEmpty())
        return rawBody(body, env, out);
    if (mode == QStringLiteral("urlencoded"))
        return urlencodedBody(body[QStringLiteral("urlencoded")], env, out);
    if (mode == QStringLiteral("formdata"))
        return formdataBody(body[QStringLiteral("formdata")], env, out);
    if (mode == QStringLiteral("graphql"))
        return graphqlBody(body[QStringLiteral("graphql")], env, out);
    if (mode == QStringLiteral("file")) {
        const Node content = body[QStringLiteral("file")][QStringLiteral("content")];
        if (content.isMissing())
            return QStringLiteral("body mode file: the file is not in the collection");
        out.body = makeBody(content.string().toUtf8(), out.contentTypeHeader());
        return {};
    }
    return QStringLiteral("unknown body mode \"%1\"").arg(mode);
}

} // namespace Pactbench::Import::Detail
