// SPDX-License-Identifier: MIT
// OpenAPI's schema dialects (Swagger 2.0, 3.0, 3.1) into the draft-7 one valijson reads. Only schema
// keywords are renamed: the names under `properties` and the values of `enum`, `default`, `example`… stay.
#include "schemaconvert.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace Pactbench::OpenApi {

namespace {

using RefRewriter = std::function<QString(const QString &ref)>;

const QSet<QString> &singleSchemaKeywords()
{
    static const QSet<QString> keys{ u"additionalProperties"_qs, u"additionalItems"_qs, u"not"_qs, u"contains"_qs,
        u"propertyNames"_qs, u"if"_qs, u"then"_qs, u"else"_qs, u"unevaluatedProperties"_qs, u"unevaluatedItems"_qs };
    return keys;
}

const QSet<QString> &schemaMapKeywords()
{
    static const QSet<QString> keys{ u"properties"_qs, u"patternProperties"_qs, u"definitions"_qs, u"$defs"_qs,
        u"dependentSchemas"_qs };
    return keys;
}

const QSet<QString> &schemaListKeywords()
{
    static const QSet<QString> keys{ u"allOf"_qs, u"anyOf"_qs, u"oneOf"_qs, u"prefixItems"_qs };
    return keys;
}

const QSet<QString> &countKeywords()
{
    static const QSet<QString> keys{ u"minLength"_qs, u"maxLength"_qs, u"minItems"_qs, u"maxItems"_qs,
        u"minProperties"_qs, u"maxProperties"_qs };
    return keys;
}

/// Keywords whose malformed values would make valijson refuse the whole schema: dropped when malformed.
bool wellFormed(const QString &key, const QJsonValue &v)
{
    if (countKeywords().contains(key))
        return v.isDouble() && v.toDouble() >= 0 && v.toDouble() == double(qint64(v.toDouble()));
    if (key == u"minimum"_qs || key == u"maximum"_qs)
        return v.isDouble();
    if (key == u"multipleOf"_qs)
        return v.isDouble() && v.toDouble() > 0;
    if (key == u"uniqueItems"_qs)
        return v.isBool();
    if (key == u"enum"_qs)
        return v.isArray();
    if (key == u"required"_qs) {
        if (!v.isArray())
            return false;
        const QJsonArray a = v.toArray();
        return std::all_of(a.begin(), a.end(), [](const QJsonValue &e) { return e.isString(); });
    }
    if (schemaMapKeywords().contains(key))
        return v.isObject();
    if (schemaListKeywords().contains(key))
        return v.isArray() && !v.toArray().isEmpty();
    return true;
}

bool isTypeName(const QString &t)
{
    static const QSet<QString> names{ u"array"_qs, u"boolean"_qs, u"integer"_qs, u"null"_qs, u"number"_qs, u"object"_qs,
        u"string"_qs };
    return names.contains(t);
}

/// `type` with only draft 7's type names (Swagger's "file" and typos dropped): undefined when none is left.
QJsonValue cleanType(const QJsonValue &type)
{
    if (type.isString())
        return isTypeName(type.toString()) ? type : QJsonValue(QJsonValue::Undefined);
    QJsonArray out;
    const QJsonArray in = type.toArray();
    for (const QJsonValue &t : in) {
        if (t.isString() && isTypeName(t.toString()) && !out.contains(t))
            out.append(t);
    }
    return out.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(out);
}

class Converter
{
public:
    Converter(SpecFormat format, const RefRewriter &rewrite) : m_format(format), m_rewrite(rewrite) { }

    QJsonValue convert(const QJsonValue &schema) const
    {
        if (schema.isBool())
            return schema;
        if (!schema.isObject())
            return QJsonObject();
        const QJsonObject in = schema.toObject();
        if (in.value(u"$ref"_qs).isString())
            return reference(in);
        return convertObject(in);
    }

private:
    QJsonValue reference(const QJsonObject &in) const
    {
        const QString ref = in.value(u"$ref"_qs).toString();
        const QJsonObject refOnly{ { u"$ref"_qs, m_rewrite ? m_rewrite(ref) : ref } };
        if (m_format != SpecFormat::OpenApi31 || in.size() == 1)
            return refOnly;
        QJsonObject siblings = in;
        siblings.remove(u"$ref"_qs);
        QJsonObject out = convertObject(siblings).toObject(); // 3.1: never wrapped by nullable()
        QJsonArray all = out.value(u"allOf"_qs).toArray();
        all.prepend(refOnly);
        out.insert(u"allOf"_qs, all);
        return out;
    }

    QJsonValue convertObject(const QJsonObject &in) const
    {
        QJsonObject out;
        for (auto it = in.begin(); it != in.end(); ++it)
            keyword(it.key(), it.value(), out);
        exclusiveBounds(in, out);
        if (m_format == SpecFormat::OpenApi31 && out.contains(u"prefixItems"_qs))
            prefixItems(out);
        const QString nullableKey = m_format == SpecFormat::Swagger2 ? u"x-nullable"_qs : u"nullable"_qs;
        if (m_format != SpecFormat::OpenApi31 && in.value(nullableKey).toBool())
            return nullable(out);
        return out;
    }

    void keyword(const QString &key, const QJsonValue &v, QJsonObject &out) const
    {
        if (!wellFormed(key, v))
            return;
        if (key == u"pattern"_qs || key == u"format"_qs) {
            out.insert(u"x-pb-"_qs + key, v);
        } else if (key == u"type"_qs) {
            const QJsonValue t = cleanType(v);
            if (!t.isUndefined())
                out.insert(key, t);
        } else if (key == u"exclusiveMinimum"_qs || key == u"exclusiveMaximum"_qs) {
            if (v.isDouble())
                out.insert(key, v); // 3.1's numbers; booleans: exclusiveBounds()
        } else if ((key == u"nullable"_qs && m_format == SpecFormat::OpenApi30)
            || (key == u"x-nullable"_qs && m_format == SpecFormat::Swagger2)) {
            return; // see nullable()
        } else if (key == u"$id"_qs || key == u"$schema"_qs || key == u"$anchor"_qs || key == u"$dynamicAnchor"_qs) {
            return; // a base URI would move where valijson looks for "#/definitions/…"
        } else if (singleSchemaKeywords().contains(key)) {
            if (v.isObject() || v.isBool())
                out.insert(key, convert(v));
        } else if (key == u"items"_qs) {
            out.insert(key, v.isArray() ? QJsonValue(convertList(v.toArray())) : convert(v));
        } else if (schemaMapKeywords().contains(key)) {
            QJsonObject map;
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                map.insert(it.key(), convert(it.value()));
            out.insert(key, map);
        } else if (schemaListKeywords().contains(key)) {
            out.insert(key, convertList(v.toArray()));
        } else if (!out.contains(key)) {
            out.insert(key, v);
        }
    }

    QJsonArray convertList(const QJsonArray &list) const
    {
        QJsonArray out;
        for (const QJsonValue &s : list)
            out.append(convert(s));
        return out;
    }

    /// Boolean exclusiveMinimum/Maximum (2.0, 3.0) as draft 7's numbers, taking the bound's value.
    static void exclusiveBounds(const QJsonObject &in, QJsonObject &out)
    {
        for (const auto &[key, bound] : { std::pair{ u"exclusiveMinimum"_qs, u"minimum"_qs },
                 std::pair{ u"exclusiveMaximum"_qs, u"maximum"_qs } }) {
            if (in.value(key).toBool() && in.value(bound).isDouble())
                out.insert(key, out.take(bound));
        }
    }

    /// 2020-12's prefixItems + items as draft 7's items array + additionalItems.
    static void prefixItems(QJsonObject &out)
    {
        const QJsonValue rest = out.value(u"items"_qs);
        out.insert(u"items"_qs, out.take(u"prefixItems"_qs));
        if (!rest.isUndefined() && !rest.isArray())
            out.insert(u"additionalItems"_qs, rest);
    }

    static QJsonValue nullable(QJsonObject out)
    {
        const QJsonValue type = out.value(u"type"_qs);
        if (type.isString()) {
            out.insert(u"type"_qs, QJsonArray{ type, u"null"_qs });
            return out;
        }
        if (type.isArray()) {
            QJsonArray types = type.toArray();
            if (!types.contains(u"null"_qs))
                types.append(u"null"_qs);
            out.insert(u"type"_qs, types);
            return out;
        }
        return QJsonObject{ { u"anyOf"_qs, QJsonArray{ out, QJsonObject{ { u"type"_qs, u"null"_qs } } } } };
    }

    SpecFormat m_format;
    const RefRewriter &m_rewrite;
};

} // namespace

QJsonValue convertSchema(
    const QJsonValue &schema, SpecFormat format, const std::function<QString(const QString &ref)> &rewriteRef)
{
    return Converter(format, rewriteRef).convert(schema);
}

} // namespace Pactbench::OpenApi
