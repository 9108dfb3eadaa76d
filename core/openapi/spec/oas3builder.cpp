// SPDX-License-Identifier: MIT
// OpenAPI 3.0 / 3.1 operations: servers, parameters, request bodies, responses, security.
#include "builders.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Pactbench::OpenApi::detail {

namespace {

/// The path part of a server URL, its variables replaced by their defaults; "" for none or "/".
QString serverBasePath(const Node &server)
{
    QString url = server.object().value(u"url"_qs).toString();
    const QJsonObject variables = server.object().value(u"variables"_qs).toObject();
    for (auto it = variables.begin(); it != variables.end(); ++it) {
        const QJsonValue def = it.value().toObject().value(u"default"_qs);
        if (def.isString())
            url.replace(u'{' + it.key() + u'}', def.toString());
    }
    static const QRegularExpression schemeAndHost(u"^([A-Za-z][A-Za-z0-9+.-]*:)?//[^/?#]*"_qs);
    url.remove(schemeAndHost);
    url.truncate(std::min(url.indexOf(u'?') < 0 ? url.size() : url.indexOf(u'?'),
        url.indexOf(u'#') < 0 ? url.size() : url.indexOf(u'#')));
    if (!url.isEmpty() && !url.startsWith(u'/'))
        url.prepend(u'/');
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

class Oas3Builder
{
public:
    explicit Oas3Builder(LoadContext &ctx)
        : m_ctx(ctx)
        , m_root(ctx.root())
        , m_security(securityRequirements(ctx, m_root.child(u"security"_qs), u"[root].security"_qs, schemes()))
    { }

    bool build(Operation &op, const Node &node, const PathItem &item)
    {
        const QString loc = op.place.location;
        op.fullPaths = fullPaths(op.pathName, node, item);
        op.parameters = mergeParameters(parameters(item.field(u"parameters"_qs), item.location + u".parameters"_qs),
            parameters(node.child(u"parameters"_qs), loc + u".parameters"_qs));
        if (node.has(u"requestBody"_qs))
            requestBody(op, node.child(u"requestBody"_qs), loc + u".requestBody"_qs);
        responses(op, node.child(u"responses"_qs), loc + u".responses"_qs);
        op.security = node.has(u"security"_qs)
            ? securityRequirements(m_ctx, node.child(u"security"_qs), loc + u".security"_qs, schemes())
            : m_security;
        return true;
    }

private:
    Node schemes() const { return m_root.child(u"components"_qs).child(u"securitySchemes"_qs); }

    QStringList fullPaths(const QString &pathName, const Node &node, const PathItem &item)
    {
        Node servers = node.child(u"servers"_qs);
        if (!servers.value.isArray())
            servers = item.field(u"servers"_qs);
        if (!servers.value.isArray())
            servers = m_root.child(u"servers"_qs);
        QStringList out;
        const qsizetype count = servers.value.toArray().size();
        for (qsizetype i = 0; i < count; ++i) {
            const QString full = serverBasePath(servers.at(i)) + pathName;
            if (!out.contains(full))
                out.append(full);
        }
        if (out.isEmpty())
            out.append(pathName);
        return out;
    }

    QList<Parameter> parameters(const Node &list, const QString &location)
    {
        QList<Parameter> out;
        if (list.isAbsent())
            return out;
        if (!list.value.isArray()) {
            m_ctx.warn(u"expected a list of parameters, found %1"_qs.arg(describeType(list.value)),
                m_ctx.place(location, list));
            return out;
        }
        const qsizetype count = list.value.toArray().size();
        for (qsizetype i = 0; i < count; ++i) {
            if (std::optional<Parameter> p = parameter(list.at(i), location + u'[' + QString::number(i) + u']'))
                out.append(*p);
        }
        return out;
    }

    std::optional<Parameter> parameter(const Node &node, const QString &location)
    {
        const std::optional<Node> target = m_ctx.follow(node, location);
        if (!target || !m_ctx.expectObject(*target, location))
            return std::nullopt;
        const QJsonObject o = target->object();
        const std::optional<ParamIn> in = paramInFromString(o.value(u"in"_qs).toString());
        if (o.value(u"name"_qs).toString().isEmpty() || !in) {
            m_ctx.warn(u"a parameter needs a name and an `in` of path, query, header or cookie; this one is ignored"_qs,
                m_ctx.place(location, *target));
            return std::nullopt;
        }
        Parameter p = valueOf(*target, location, *in);
        p.name = o.value(u"name"_qs).toString();
        p.required = o.value(u"required"_qs).toBool() || *in == ParamIn::Path;
        return p;
    }

    /// What parameters and headers share: schema (or content), style, explode, raw and place.
    Parameter valueOf(const Node &target, const QString &location, ParamIn in)
    {
        const QJsonObject o = target.object();
        Parameter p;
        p.in = in;
        p.raw = target.value;
        p.place = m_ctx.place(location, target);
        p.schema = QJsonObject();
        if (o.contains(u"schema"_qs)) {
            p.schema = m_ctx.schema(target.child(u"schema"_qs), location + u".schema"_qs);
        } else if (o.value(u"content"_qs).isObject()) {
            const QList<MediaType> content = mediaTypes(target.child(u"content"_qs), location + u".content"_qs);
            if (!content.isEmpty() && content.first().hasSchema)
                p.schema = content.first().schema;
        }
        const bool formByDefault = in == ParamIn::Query || in == ParamIn::Cookie;
        p.style = o.value(u"style"_qs).toString(formByDefault ? u"form"_qs : u"simple"_qs);
        p.explode = o.value(u"explode"_qs).toBool(p.style == u"form"_qs);
        return p;
    }

    QList<MediaType> mediaTypes(const Node &content, const QString &location)
    {
        QList<MediaType> out;
        forEachObjectMember(m_ctx, content, location, false, [&](const QString &name, const Node &node, const QString &mtLocation) {
            MediaType mt;
            mt.name = name;
            mt.place = m_ctx.place(mtLocation, node);
            mt.hasSchema = node.has(u"schema"_qs);
            if (mt.hasSchema)
                mt.schema = m_ctx.schema(node.child(u"schema"_qs), mtLocation + u".schema"_qs);
            out.append(mt);
        });
        return out;
    }

    void requestBody(Operation &op, const Node &node, const QString &location)
    {
        const std::optional<Node> target = m_ctx.follow(node, location);
        if (!target || !m_ctx.expectObject(*target, location))
            return;
        op.hasRequestBody = true;
        op.requestBody.required = target->object().value(u"required"_qs).toBool();
        op.requestBody.place = m_ctx.place(location, *target);
        op.requestBody.content = mediaTypes(target->child(u"content"_qs), location + u".content"_qs);
        for (const MediaType &mt : std::as_const(op.requestBody.content))
            op.consumes.append(mt.name);
    }

    void responses(Operation &op, const Node &node, const QString &location)
    {
        const auto readHeaders = [this](const Node &h, const QString &at) { return headers(h, at); };
        buildResponses(m_ctx, op, node, location, readHeaders, [&](Response &r, const Node &target, const QString &rLocation) {
            r.content = mediaTypes(target.child(u"content"_qs), rLocation + u".content"_qs);
            for (const MediaType &mt : std::as_const(r.content)) {
                if (!op.produces.contains(mt.name))
                    op.produces.append(mt.name);
            }
        });
    }

    QList<Parameter> headers(const Node &node, const QString &location)
    {
        QList<Parameter> out;
        forEachObjectMember(m_ctx, node, location, true, [&](const QString &name, const Node &target, const QString &hLocation) {
            Parameter h = valueOf(target, hLocation, ParamIn::Header);
            h.name = name;
            h.required = target.object().value(u"required"_qs).toBool();
            out.append(h);
        });
        return out;
    }

    LoadContext &m_ctx;
    Node m_root;
    SecurityRequirements m_security; ///< the document's, for operations without their own
};

} // namespace

void buildOpenApi3(LoadContext &ctx)
{
    Oas3Builder builder(ctx);
    buildOperations(
        ctx, [&](Operation &op, const Node &node, const PathItem &item) { return builder.build(op, node, item); });
}

} // namespace Pactbench::OpenApi::detail
