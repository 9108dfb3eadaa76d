// SPDX-License-Identifier: MIT
#include "schemanavigation.h"

#include "mediatypes.h"

#include <QJsonArray>

namespace Pactbench::OpenApi {

namespace {

QStringList typesOf(const QJsonObject &schema, const QJsonObject &definitions, int depth = 0)
{
    const QJsonValue type = schema.value(u"type"_qs);
    QStringList types;
    if (type.isString())
        types.append(type.toString());
    for (const QJsonValue &t : type.toArray())
        types.append(t.toString());
    if (!types.isEmpty() || depth > 8)
        return types;
    // No type of its own: the union of oneOf/anyOf branches, when each names one.
    for (const QString &key : {u"oneOf"_qs, u"anyOf"_qs}) {
        for (const QJsonValue &branch : schema.value(key).toArray()) {
            const QStringList b = typesOf(resolveRef(branch, definitions).toObject(), definitions, depth + 1);
            if (b.isEmpty())
                return {};
            for (const QString &t : b)
                if (!types.contains(t))
                    types.append(t);
        }
    }
    return types;
}

} // namespace

SchemaInfo placeInfo(const QJsonValue &schema, const QString &location, const QJsonObject &definitions)
{
    SchemaInfo info;
    info.found = true;
    info.schema = resolveRef(schema, definitions);
    info.location = location;
    const QJsonObject o = info.schema.toObject();
    info.types = typesOf(o, definitions);
    if (o.contains(u"minItems"_qs))
        info.minItems = o.value(u"minItems"_qs).toInteger();
    if (o.contains(u"maxItems"_qs))
        info.maxItems = o.value(u"maxItems"_qs).toInteger();
    return info;
}

namespace {

std::optional<std::pair<QJsonValue, QString>> child(const QJsonValue &schema, const QString &step, bool isIndex,
                                                    const QJsonObject &definitions, int depth)
{
    const QJsonObject o = resolveRef(schema, definitions).toObject();
    if (depth > 16)
        return std::nullopt;
    if (isIndex) {
        if (const QJsonValue items = o.value(u"items"); items.isObject())
            return std::make_pair(items, u".items"_qs);
    } else {
        if (!step.isEmpty()) {
            const QJsonObject properties = o.value(u"properties").toObject();
            if (const auto found = properties.constFind(step); found != properties.constEnd())
                return std::make_pair(found.value(), u".properties."_qs + step);
        }
        if (const QJsonValue additional = o.value(u"additionalProperties"); additional.isObject())
            return std::make_pair(additional, u".additionalProperties"_qs);
    }
    for (const QString &key : {u"allOf"_qs, u"oneOf"_qs, u"anyOf"_qs}) {
        const QJsonArray parts = o.value(key).toArray();
        for (qsizetype i = 0; i < parts.size(); ++i)
            if (auto found = child(parts.at(i), step, isIndex, definitions, depth + 1))
                return std::make_pair(found->first, QStringLiteral(".%1[%2]").arg(key).arg(i) + found->second);
    }
    return std::nullopt;
}

} // namespace

std::optional<std::pair<QJsonValue, QString>> childSchema(const QJsonValue &schema, const QString &step, bool isIndex,
                                                          const QJsonObject &definitions)
{
    return child(schema, step, isIndex, definitions, 0);
}

SchemaInfo schemaAt(const QJsonValue &bodySchema, const RulePath &path, const QJsonObject &definitions)
{
    QJsonValue current = bodySchema;
    QString location;
    for (const PathToken &t : path.tokens) {
        if (t.kind == PathToken::Kind::Root)
            continue;
        const bool isIndex = t.kind == PathToken::Kind::Index || t.kind == PathToken::Kind::StarIndex;
        const auto next = childSchema(current, t.kind == PathToken::Kind::Field ? t.name : QString(), isIndex, definitions);
        if (!next)
            return {};
        current = next->first;
        location += next->second;
    }
    return placeInfo(current, location, definitions);
}

SchemaInfo parameterSchemaInfo(const Parameter &parameter, const QJsonObject &definitions)
{
    return placeInfo(parameter.schema, QString(), definitions);
}

const MediaType *requestMedia(const CheckContext &c)
{
    if (!c.operation || !c.operation->hasRequestBody)
        return nullptr;
    const QString contentType = c.mock.requestHeaders.value(u"content-type"_qs).value.toString();
    QStringList names;
    for (const MediaType &m : c.operation->requestBody.content)
        names.append(m.name);
    const QString chosen = findMatchingType(contentType.isEmpty() ? u"application/json"_qs : contentType, names);
    for (const MediaType &m : c.operation->requestBody.content)
        if (m.name == chosen && m.hasSchema)
            return &m;
    return nullptr;
}

const MediaType *responseMedia(const CheckContext &c, const Response *response)
{
    if (!response)
        return nullptr;
    QStringList names;
    for (const MediaType &m : response->content)
        names.append(m.name);
    const QString accept = c.mock.requestHeaders.value(u"accept"_qs).value.toString();
    const QString chosen = findMatchingType(accept.isEmpty() ? u"application/json"_qs : accept, names);
    for (const MediaType &m : response->content)
        if (!chosen.isEmpty() && (m.name == chosen || chosen == u"*/*") && m.hasSchema)
            return &m;
    return nullptr;
}

SchemaInfo schemaAtInstance(const QJsonValue &bodySchema, const QString &instancePath, const QJsonObject &definitions)
{
    RulePath path;
    path.tokens.append({PathToken::Kind::Root, {}, 0});
    for (const QString &part : instancePath.split(u'.', Qt::SkipEmptyParts)) {
        bool isIndex = false;
        const qint64 index = part.toLongLong(&isIndex);
        path.tokens.append(isIndex ? PathToken{PathToken::Kind::Index, {}, index} : PathToken{PathToken::Kind::Field, part, 0});
    }
    return schemaAt(bodySchema, path, definitions);
}

QString errorMessage(const SchemaError &error, const QJsonValue &schema, const QJsonObject &definitions)
{
    if (error.keyword != u"type" || error.message == u"must be integer")
        return error.message;
    const SchemaInfo info = schemaAtInstance(schema, error.instancePath, definitions);
    return info.found && !info.types.isEmpty() ? u"must be "_qs + info.types.join(u',') : error.message;
}

QString dottedPath(const ValuePath &path)
{
    QString out;
    for (qsizetype i = 1; i < path.size(); ++i)
        out += u'.' + path.at(i);
    return out;
}

} // namespace Pactbench::OpenApi
