// SPDX-License-Identifier: MIT
// Postman collections v2.1 (and v2.0): every saved example of every request, through folders.
#include "postman.h"

namespace Pactbench::Import {

using namespace Detail;

namespace {

/// Folders nest at most this deep.
constexpr int MaxFolderDepth = 64;

struct PostmanContext
{
    QString name;
    CaptureBatch *batch = nullptr;
    QSet<QString> unresolved;
    OriginNote origins;
    int entries = 0;

    void note(CaptureNote::Kind kind, const QString &path, const QString &message) const
    {
        batch->notes.append({kind, name + QStringLiteral(": ") + path, message});
    }
    void count(const QString &path)
    {
        if (++entries > MaxEntries)
            fail(path, QStringLiteral("more than the limit of 100,000 entries"));
    }
};

Headers responseHeaders(const Node &list, const PostmanEnv &env)
{
    Headers headers;
    if (list.isString()) {
        for (const QString &line : list.string().split(u'\n')) {
            const qsizetype colon = line.indexOf(u':');
            if (colon > 0)
                appendHeader(headers, line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
        }
        return headers;
    }
    for (qsizetype i = 0, n = list.size(true); i < n; ++i) {
        if (!list[i][QStringLiteral("disabled")].boolean(false))
            appendHeader(headers, env.resolve(list[i][QStringLiteral("key")].text()), env.resolve(list[i][QStringLiteral("value")].text()));
    }
    return headers;
}

/// The saved example's response, or why it cannot be used.
QString readResponse(const Node &example, const PostmanEnv &env, HttpResponse &out)
{
    const Node code = example[QStringLiteral("code")];
    if (code.isMissing())
        return QStringLiteral("saved example has no status code");
    out.status = code.integer(0);
    out.headers = responseHeaders(example[QStringLiteral("header")], env);
    QString type = out.contentTypeHeader();
    if (type.isEmpty() && example[QStringLiteral("_postman_previewlanguage")].string() == QStringLiteral("json"))
        type = QStringLiteral("application/json");
    out.body = makeBody(example[QStringLiteral("body")].string().toUtf8(), type);
    return {};
}

QString describe(const QString &itemName, const QString &exampleName)
{
    if (exampleName.isEmpty() || exampleName == itemName)
        return itemName;
    return itemName.isEmpty() ? exampleName : itemName + QStringLiteral(" (") + exampleName + u')';
}

void readExample(const Node &item, const Node &example, const PostmanScope &scope, PostmanContext &ctx)
{
    ctx.count(example.path());
    QStringList infos;
    const PostmanEnv env{&scope, &ctx.unresolved, &infos};
    CapturedExchange exchange;
    const Node original = example[QStringLiteral("originalRequest")];
    QString why = readPostmanRequest(original.isMissing() ? item[QStringLiteral("request")] : original, env,
                                     exchange.request, ctx.origins);
    if (why.isEmpty())
        why = readResponse(example, env, exchange.response);
    if (!why.isEmpty()) {
        ctx.note(CaptureNote::Kind::Skipped, example.path(), why);
        return;
    }
    for (const QString &info : infos)
        ctx.note(CaptureNote::Kind::Info, example.path(), info);
    exchange.source = ctx.name + QStringLiteral(": ") + example.path();
    exchange.description = describe(item[QStringLiteral("name")].text().trimmed(), example[QStringLiteral("name")].text().trimmed());
    ctx.batch->exchanges.append(std::move(exchange));
}

/// The scope inside a folder or item: its variables and auth over the outer ones.
PostmanScope innerScope(const Node &node, const PostmanScope &outer)
{
    PostmanScope scope = outer;
    addPostmanVariables(node[QStringLiteral("variable")], scope.variables);
    const Node auth = node[QStringLiteral("auth")];
    if (auth.isObject()) {
        scope.auth = auth.value();
        scope.authPath = auth.path();
    }
    return scope;
}

void readItems(const Node &items, const PostmanScope &scope, PostmanContext &ctx, int depth)
{
    if (depth > MaxFolderDepth)
        fail(items.path(), QStringLiteral("folders nested more than the limit of 64 deep"));
    for (qsizetype i = 0, n = items.size(true); i < n; ++i) {
        const Node item = items[i];
        if (!item.isObject())
            fail(item.path(), QStringLiteral("expected an object (a request or a folder)"));
        ctx.count(item.path());
        if (item.has(QStringLiteral("item"))) {
            readItems(item[QStringLiteral("item")], innerScope(item, scope), ctx, depth + 1);
            continue;
        }
        if (!item.has(QStringLiteral("request"))) {
            ctx.note(CaptureNote::Kind::Skipped, item.path(), QStringLiteral("neither a request nor a folder"));
            continue;
        }
        const Node examples = item[QStringLiteral("response")];
        if (examples.size(true) == 0) {
            ctx.note(CaptureNote::Kind::Skipped, item.path(), QStringLiteral("no saved example response"));
            continue;
        }
        const PostmanScope inner = innerScope(item, scope);
        for (qsizetype j = 0, m = examples.size(); j < m; ++j)
            readExample(item, examples[j], inner, ctx);
    }
}

void checkSchema(const Node &root)
{
    if (!root.isObject() || !root[QStringLiteral("info")].isObject())
        fail({}, QStringLiteral("not a Postman collection: no \"info\" object at the top"));
    const Node schema = root[QStringLiteral("info")][QStringLiteral("schema")];
    const QString url = schema.string();
    if (url.contains(QStringLiteral("/collection/v1")))
        fail(schema.path(), QStringLiteral("Postman collection v1 is not supported: export the collection as v2.1"));
    if (!url.contains(QStringLiteral("/collection/v2.1")) && !url.contains(QStringLiteral("/collection/v2.0")))
        fail(schema.path(), url.isEmpty() ? QStringLiteral("missing: not a Postman collection v2.1")
                                          : QStringLiteral("\"%1\" is not the Postman collection v2.1 schema").arg(url));
    root[QStringLiteral("item")].required().size(true);
}

} // namespace

Result readPostman(const QByteArray &data, const QString &name)
{
    return guarded(name, [&](CaptureBatch &batch) {
        if (data.size() > MaxInputBytes)
            fail({}, QStringLiteral("the input has %1 bytes: more than the limit of 256 MiB").arg(data.size()));
        const Node root(parseJson(data), QString());
        checkSchema(root);
        PostmanContext ctx;
        ctx.name = name;
        ctx.batch = &batch;
        readItems(root[QStringLiteral("item")], innerScope(root, PostmanScope{}), ctx, 0);
        if (!ctx.unresolved.isEmpty()) {
            QStringList names(ctx.unresolved.cbegin(), ctx.unresolved.cend());
            names.sort();
            for (QString &n : names)
                n = QStringLiteral("{{") + n + QStringLiteral("}}");
            batch.notes.append({CaptureNote::Kind::Info, name,
                                QStringLiteral("variables without a value in the collection, kept as written: %1")
                                    .arg(names.join(QStringLiteral(", ")))});
        }
        ctx.origins.addTo(batch, name);
    });
}

} // namespace Pactbench::Import
