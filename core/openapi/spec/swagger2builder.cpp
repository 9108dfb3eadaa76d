// SPDX-License-Identifier: MIT
// Swagger 2.0 operations: basePath, parameters (schema keywords on the parameter itself; body and formData
// parameters as the request body, one media type per consumes), responses × produces, security.
#include "builders.h"

#include <QJsonArray>

namespace Pactbench::OpenApi::detail {

namespace {

/// A parameter as written, its $ref followed.
struct RawParameter
{
    QString name;
    QString in;
    Node node;
    QString location;
};

/// The keywords a Swagger 2 parameter, header or items object shares with JSON Schema.
QJsonObject keywordSchema(const QJsonObject &o)
{
    static const QStringList keywords{ u"type"_qs, u"format"_qs, u"items"_qs, u"default"_qs, u"maximum"_qs,
        u"minimum"_qs, u"maxLength"_qs, u"minLength"_qs, u"pattern"_qs, u"maxItems"_qs, u"minItems"_qs,
        u"uniqueItems"_qs, u"enum"_qs, u"multipleOf"_qs, u"exclusiveMaximum"_qs, u"exclusiveMinimum"_qs,
        u"x-nullable"_qs, u"$ref"_qs };
    QJsonObject schema;
    for (const QString &k : keywords) {
        if (o.contains(k))
            schema.insert(k, k == u"items"_qs ? QJsonValue(keywordSchema(o.value(k).toObject())) : o.value(k));
    }
    return schema;
}

QString collectionFormatOf(const QJsonObject &o)
{
    if (o.value(u"type"_qs).toString() != u"array"_qs)
        return QString();
    return o.value(u"collectionFormat"_qs).toString(u"csv"_qs);
}

class Swagger2Builder
{
public:
    explicit Swagger2Builder(LoadContext &ctx) : m_ctx(ctx), m_root(ctx.root())
    {
        m_basePath = m_root.object().value(u"basePath"_qs).toString();
        while (m_basePath.endsWith(u'/'))
            m_basePath.chop(1);
        m_consumes = stringList(ctx, m_root.child(u"consumes"_qs), u"[root].consumes"_qs);
        m_produces = stringList(ctx, m_root.child(u"produces"_qs), u"[root].produces"_qs);
        m_security = securityRequirements(ctx, m_root.child(u"security"_qs), u"[root].security"_qs, schemes());
    }

    bool build(Operation &op, const Node &node, const PathItem &item)
    {
        const QString loc = op.place.location;
        op.fullPaths = QStringList{ m_basePath + op.pathName };
        const QStringList consumes = node.has(u"consumes"_qs)
            ? stringList(m_ctx, node.child(u"consumes"_qs), loc + u".consumes"_qs)
            : m_consumes;
        op.produces = node.has(u"produces"_qs) ? stringList(m_ctx, node.child(u"produces"_qs), loc + u".produces"_qs)
                                               : m_produces;
        const QList<RawParameter> params
            = merged(rawParameters(item.field(u"parameters"_qs), item.location + u".parameters"_qs),
                rawParameters(node.child(u"parameters"_qs), loc + u".parameters"_qs));
        QList<RawParameter> form;
        for (const RawParameter &p : params) {
            if (p.in == u"body"_qs)
                body(op, p, consumes);
            else if (p.in == u"formData"_qs)
                form.append(p);
            else
                op.parameters.append(parameter(p));
        }
        if (!form.isEmpty() && !op.hasRequestBody)
            formBody(op, form, consumes);
        op.consumes = op.hasRequestBody ? QStringList() : consumes;
        for (const MediaType &mt : std::as_const(op.requestBody.content))
            op.consumes.append(mt.name);
        responses(op, node.child(u"responses"_qs), loc + u".responses"_qs);
        op.security = node.has(u"security"_qs)
            ? securityRequirements(m_ctx, node.child(u"security"_qs), loc + u".security"_qs, schemes())
            : m_security;
        return true;
    }

private:
    Node schemes() const { return m_root.child(u"securityDefinitions"_qs); }

    QList<RawParameter> rawParameters(const Node &list, const QString &location)
    {
        QList<RawParameter> out;
        if (list.isAbsent())
            return out;
        if (!list.value.isArray()) {
            m_ctx.warn(u"expected a list of parameters, found %1"_qs.arg(describeType(list.value)),
                m_ctx.place(location, list));
            return out;
        }
        static const QStringList kinds{ u"body"_qs, u"formData"_qs, u"path"_qs, u"query"_qs, u"header"_qs };
        const qsizetype count = list.value.toArray().size();
        for (qsizetype i = 0; i < count; ++i) {
            const QString pLocation = location + u'[' + QString::number(i) + u']';
            const std::optional<Node> target = m_ctx.follow(list.at(i), pLocation);
            if (!target || !m_ctx.expectObject(*target, pLocation))
                continue;
            const QString name = target->object().value(u"name"_qs).toString();
            const QString in = target->object().value(u"in"_qs).toString();
            if (name.isEmpty() || !kinds.contains(in)) {
                m_ctx.warn(u"a parameter needs a name and an `in` of body, formData, path, query or header; "
                           "this one is ignored"_qs,
                    m_ctx.place(pLocation, *target));
                continue;
            }
            out.append({ name, in, *target, pLocation });
        }
        return out;
    }

    /// As mergeParameters: an operation parameter takes the place of the path item's of the same name and `in`.
    static QList<RawParameter> merged(const QList<RawParameter> &pathLevel, const QList<RawParameter> &own)
    {
        QList<RawParameter> out = pathLevel;
        for (const RawParameter &p : own) {
            const auto same = std::find_if(out.begin(), out.begin() + pathLevel.size(),
                [&](const RawParameter &o) { return o.in == p.in && o.name == p.name; });
            if (same != out.begin() + pathLevel.size())
                *same = p;
            else
                out.append(p);
        }
        return out;
    }

    Parameter parameter(const RawParameter &raw)
    {
        const QJsonObject o = raw.node.object();
        Parameter p;
        p.name = raw.name;
        p.in = *paramInFromString(raw.in);
        p.required = o.value(u"required"_qs).toBool() || p.in == ParamIn::Path;
        p.schema = m_ctx.schema(keywordSchema(o), raw.node.doc, raw.location);
        p.collectionFormat = collectionFormatOf(o);
        p.raw = raw.node.value;
        p.place = m_ctx.place(raw.location, raw.node);
        return p;
    }

    void body(Operation &op, const RawParameter &raw, const QStringList &consumes)
    {
        op.hasRequestBody = true;
        op.requestBody.required = raw.node.object().value(u"required"_qs).toBool();
        op.requestBody.place = m_ctx.place(raw.location, raw.node);
        MediaType mt;
        mt.place = op.requestBody.place;
        mt.hasSchema = raw.node.has(u"schema"_qs);
        if (mt.hasSchema)
            mt.schema = m_ctx.schema(raw.node.child(u"schema"_qs), raw.location + u".schema"_qs);
        op.requestBody.content.clear();
        for (const QString &name : consumes.isEmpty() ? QStringList{ u"application/json"_qs } : consumes) {
            mt.name = name;
            op.requestBody.content.append(mt);
        }
    }

    void formBody(Operation &op, const QList<RawParameter> &form, const QStringList &consumes)
    {
        QJsonObject properties;
        QJsonArray required;
        bool hasFile = false;
        for (const RawParameter &raw : form) {
            const QJsonObject o = raw.node.object();
            hasFile = hasFile || o.value(u"type"_qs).toString() == u"file"_qs;
            properties.insert(raw.name, m_ctx.schema(keywordSchema(o), raw.node.doc, raw.location));
            if (o.value(u"required"_qs).toBool())
                required.append(raw.name);
        }
        QJsonObject schema{ { u"type"_qs, u"object"_qs }, { u"properties"_qs, properties } };
        if (!required.isEmpty())
            schema.insert(u"required"_qs, required);
        static const QStringList formTypes{ u"application/x-www-form-urlencoded"_qs, u"multipart/form-data"_qs };
        QStringList names;
        for (const QString &c : consumes) {
            if (formTypes.contains(c.section(u';', 0, 0).trimmed().toLower()))
                names.append(c);
        }
        if (names.isEmpty())
            names.append(hasFile ? formTypes.at(1) : formTypes.at(0));
        op.hasRequestBody = true;
        op.requestBody.required = !required.isEmpty();
        op.requestBody.place = op.place;
        for (const QString &name : std::as_const(names))
            op.requestBody.content.append({ name, true, schema, op.place });
    }

    void responses(Operation &op, const Node &node, const QString &location)
    {
        const auto readHeaders = [this](const Node &h, const QString &at) { return headers(h, at); };
        buildResponses(m_ctx, op, node, location, readHeaders, [&](Response &r, const Node &target, const QString &rLocation) {
            if (target.has(u"schema"_qs)) {
                const QJsonValue schema = m_ctx.schema(target.child(u"schema"_qs), rLocation + u".schema"_qs);
                for (const QString &name : op.produces.isEmpty() ? QStringList{ QString() } : op.produces)
                    r.content.append({ name, true, schema, r.place });
            }
        });
    }

    QList<Parameter> headers(const Node &node, const QString &location)
    {
        QList<Parameter> out;
        forEachObjectMember(m_ctx, node, location, false, [&](const QString &name, const Node &h, const QString &hLocation) {
            Parameter p;
            p.name = name;
            p.in = ParamIn::Header;
            p.schema = m_ctx.schema(keywordSchema(h.object()), h.doc, hLocation);
            p.collectionFormat = collectionFormatOf(h.object());
            p.raw = h.value;
            p.place = m_ctx.place(hLocation, h);
            out.append(p);
        });
        return out;
    }

    LoadContext &m_ctx;
    Node m_root;
    QString m_basePath;
    QStringList m_consumes;
    QStringList m_produces;
    SecurityRequirements m_security;
};

} // namespace

void buildSwagger2(LoadContext &ctx)
{
    Swagger2Builder builder(ctx);
    buildOperations(
        ctx, [&](Operation &op, const Node &node, const PathItem &item) { return builder.build(op, node, item); });
}

} // namespace Pactbench::OpenApi::detail
