// SPDX-License-Identifier: MIT
#include "postman.h"

#include <QRegularExpression>
#include <QUrl>

namespace Pactbench::Import::Detail {

namespace {

constexpr int MaxVariableDepth = 10;
constexpr qsizetype MaxResolvedLength = 1024 * 1024;

QString key(const Node &kv)
{
    return kv.has(QStringLiteral("key")) ? kv[QStringLiteral("key")].text() : kv[QStringLiteral("id")].text();
}

bool disabled(const Node &kv)
{
    return kv[QStringLiteral("disabled")].boolean(false);
}

/// `name` of an auth attribute list ([{key, value}], v2.1) or object ({name: value}, v2.0).
QString authAttribute(const Node &attrs, const QString &name)
{
    if (attrs.isArray()) {
        for (qsizetype i = 0, n = attrs.size(true); i < n; ++i) {
            if (attrs[i][QStringLiteral("key")].text() == name)
                return attrs[i][QStringLiteral("value")].text();
        }
        return {};
    }
    return attrs[name].text();
}

} // namespace

QString PostmanEnv::resolve(const QString &text) const
{
    static const QRegularExpression variable(QStringLiteral("\\{\\{([^{}]+)\\}\\}"));
    QString out = text;
    for (int depth = 0; depth < MaxVariableDepth && out.contains(QStringLiteral("{{")); ++depth) {
        QString next;
        qsizetype last = 0;
        bool changed = false;
        auto it = variable.globalMatch(out);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            next += QStringView(out).mid(last, m.capturedStart() - last);
            const auto value = scope->variables.constFind(m.captured(1).trimmed());
            next += value != scope->variables.cend() ? *value : m.captured(0);
            changed = changed || value != scope->variables.cend();
            last = m.capturedEnd();
        }
        next += QStringView(out).mid(last);
        if (!changed || next.size() > MaxResolvedLength)
            break;
        out = next;
    }
    auto it = variable.globalMatch(out);
    while (it.hasNext())
        unresolved->insert(it.next().captured(1).trimmed());
    return out;
}

void addPostmanVariables(const Node &list, QHash<QString, QString> &variables)
{
    for (qsizetype i = 0, n = list.size(true); i < n; ++i) {
        if (!disabled(list[i]))
            variables.insert(key(list[i]), list[i][QStringLiteral("value")].text());
    }
}

namespace {

QString joinSegments(const Node &segments, QChar separator)
{
    if (!segments.isArray())
        return segments.text();
    QStringList parts;
    for (qsizetype i = 0, n = segments.size(true); i < n; ++i)
        parts.append(segments[i].isObject() ? segments[i][QStringLiteral("value")].text() : segments[i].text());
    return parts.join(separator);
}

/// The raw URL, or one made of host and path parts when there is none.
QString rawUrl(const Node &url)
{
    if (url.isString())
        return url.string();
    if (url.has(QStringLiteral("raw")))
        return url[QStringLiteral("raw")].string();
    QString raw = joinSegments(url[QStringLiteral("host")], u'.') + u'/' + joinSegments(url[QStringLiteral("path")], u'/');
    const QString protocol = url[QStringLiteral("protocol")].string();
    return protocol.isEmpty() ? raw : protocol + QStringLiteral("://") + raw;
}

/// Path variables (":id" segments) replaced by the URL's `variable` values.
QString withPathVariables(const QString &path, const Node &url, const PostmanEnv &env)
{
    if (!url.isObject() || !url.has(QStringLiteral("variable")))
        return path;
    QHash<QString, QString> values;
    addPostmanVariables(url[QStringLiteral("variable")], values);
    QStringList segments = path.split(u'/');
    for (QString &s : segments) {
        if (s.startsWith(u':') && values.contains(s.mid(1)))
            s = env.resolve(values.value(s.mid(1)));
    }
    return segments.join(u'/');
}

/// The URL's path and query (the `query` list when given: it knows disabled parameters).
void readUrl(const Node &url, const PostmanEnv &env, HttpRequest &out, OriginNote &origins)
{
    QString raw = env.resolve(rawUrl(url));
    static const QRegularExpression leadingVariable(QStringLiteral("^\\{\\{[^{}]+\\}\\}"));
    raw.remove(leadingVariable); // an unresolved {{baseUrl}}: the origin, not the path
    if (!raw.isEmpty() && !raw.contains(QStringLiteral("://")) && !raw.startsWith(u'/'))
        raw.prepend(QStringLiteral("http://"));
    UrlParts parts = splitUrl(raw);
    origins.add(parts.origin);
    parts.path = withPathVariables(parts.path, url, env);
    out.path = parts.path;
    out.query = parts.query;
    out.hasQuery = parts.hasQuery;
    if (!url.isObject() || !url.has(QStringLiteral("query")))
        return;
    const Node query = url[QStringLiteral("query")];
    out.query = QueryParams();
    for (qsizetype i = 0, n = query.size(true); i < n; ++i) {
        if (disabled(query[i]))
            continue;
        const Node value = query[i][QStringLiteral("value")];
        const auto decode = [&](const QString &s) { return QUrl::fromPercentEncoding(env.resolve(s).toUtf8()); };
        out.query.append(decode(key(query[i])), value.isMissing() ? QString() : decode(value.text()));
    }
    out.hasQuery = out.hasQuery || !out.query.isEmpty();
}

Headers readHeaders(const Node &list, const PostmanEnv &env)
{
    Headers headers;
    if (list.isString()) { // "Name: value" lines
        for (const QString &line : list.string().split(u'\n')) {
            const qsizetype colon = line.indexOf(u':');
            if (colon > 0)
                appendHeader(headers, env.resolve(line.left(colon).trimmed()), env.resolve(line.mid(colon + 1).trimmed()));
        }
        return headers;
    }
    for (qsizetype i = 0, n = list.size(true); i < n; ++i) {
        if (!disabled(list[i]))
            appendHeader(headers, env.resolve(key(list[i])), env.resolve(list[i][QStringLiteral("value")].text()));
    }
    return headers;
}

void applyAuth(const Node &auth, const PostmanEnv &env, HttpRequest &out)
{
    const QString type = auth[QStringLiteral("type")].string();
    const Node attrs = auth[type];
    const auto attr = [&](const QString &name) { return env.resolve(authAttribute(attrs, name)); };
    const auto setHeader = [&](const QString &name, const QString &value) {
        if (!out.headers.contains(name))
            out.headers.append(name, value);
    };
    if (type == QStringLiteral("noauth") || type.isEmpty())
        return;
    if (type == QStringLiteral("bearer")) {
        setHeader(QStringLiteral("Authorization"), QStringLiteral("Bearer ") + attr(QStringLiteral("token")));
    } else if (type == QStringLiteral("basic")) {
        setHeader(QStringLiteral("Authorization"), basicAuthorization(attr(QStringLiteral("username")), attr(QStringLiteral("password"))));
    } else if (type == QStringLiteral("apikey")) {
        const QString name = attr(QStringLiteral("key")), value = attr(QStringLiteral("value"));
        if (attr(QStringLiteral("in")) == QStringLiteral("query")) {
            out.query.append(name, value);
            out.hasQuery = true;
        } else if (!name.isEmpty()) {
            setHeader(name, value);
        }
    } else if (type == QStringLiteral("oauth2") && !attr(QStringLiteral("accessToken")).isEmpty()) {
        const QString prefix = attrs.isMissing() || authAttribute(attrs, QStringLiteral("headerPrefix")).isEmpty()
                                   ? QStringLiteral("Bearer") : attr(QStringLiteral("headerPrefix"));
        setHeader(QStringLiteral("Authorization"), prefix + u' ' + attr(QStringLiteral("accessToken")));
    } else {
        env.infos->append(QStringLiteral("auth type \"%1\" not applied: the request is imported without it").arg(type));
    }
}

} // namespace

QString readPostmanRequest(const Node &request, const PostmanEnv &env, HttpRequest &out, OriginNote &origins)
{
    if (request.isString()) {
        readUrl(request, env, out, origins);
        if (env.scope->auth.isObject())
            applyAuth(Node(env.scope->auth, env.scope->authPath), env, out);
        return {};
    }
    request.object();
    out.method = env.resolve(request[QStringLiteral("method")].string(QStringLiteral("GET"))).toUpper();
    readUrl(request[QStringLiteral("url")].required(), env, out, origins);
    out.headers = readHeaders(request[QStringLiteral("header")], env);
    const Node auth = request[QStringLiteral("auth")];
    if (auth.isObject())
        applyAuth(auth, env, out);
    else if (env.scope->auth.isObject())
        applyAuth(Node(env.scope->auth, env.scope->authPath), env, out);
    return readPostmanBody(request[QStringLiteral("body")], env, out);
}

} // namespace Pactbench::Import::Detail
