// SPDX-License-Identifier: MIT
#include "schematransform.h"

#include <QJsonArray>
#include <QSet>

#include <functional>

namespace Pactbench::OpenApi {

namespace {

const QString kRef = QStringLiteral("$ref");
const QString kAllOf = QStringLiteral("allOf");
const QString kOneOf = QStringLiteral("oneOf");
const QString kAnyOf = QStringLiteral("anyOf");
const QString kProperties = QStringLiteral("properties");
const QString kPatternProperties = QStringLiteral("patternProperties");
const QString kAdditional = QStringLiteral("additionalProperties");
const QString kClosed = QStringLiteral("x-pb-allof-closed"); ///< marks our stand-in for unevaluatedProperties

using Visitor = std::function<void(QJsonObject &)>;

/// Post-order over the sub-schemas swagger-mock-validator's traversal visits.
QJsonValue traverse(const QJsonValue &schema, const Visitor &visit, int depth = 0)
{
    if (!schema.isObject() || depth > 256)
        return schema;
    QJsonObject o = schema.toObject();
    for (const QString &listKey : {kAllOf, kOneOf, kAnyOf}) {
        if (!o.value(listKey).isArray())
            continue;
        QJsonArray list = o.value(listKey).toArray();
        for (auto it = list.begin(); it != list.end(); ++it)
            *it = traverse(*it, visit, depth + 1);
        o.insert(listKey, list);
    }
    if (o.value(kProperties).isObject()) {
        QJsonObject properties = o.value(kProperties).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            it.value() = traverse(it.value(), visit, depth + 1);
        o.insert(kProperties, properties);
    }
    for (const QString &key : {QStringLiteral("not"), QStringLiteral("items"), kAdditional})
        if (o.value(key).isObject())
            o.insert(key, traverse(o.value(key), visit, depth + 1));
    visit(o);
    return o;
}

QJsonObject transformDefinitions(const QJsonObject &definitions, const Visitor &visit)
{
    QJsonObject out;
    for (auto it = definitions.begin(); it != definitions.end(); ++it)
        out.insert(it.key(), traverse(it.value(), visit));
    return out;
}

/// The names an allOf part declares (through $refs and nested combinators), or false when it admits any.
bool collectDeclared(const QJsonValue &part, const QJsonObject &definitions, QJsonObject *properties,
                     QJsonObject *patterns, int depth)
{
    const QJsonObject o = resolveRef(part, definitions).toObject();
    if (depth > 32)
        return false;
    const QJsonObject declared = o.value(kProperties).toObject();
    for (auto it = declared.begin(); it != declared.end(); ++it)
        properties->insert(it.key(), QJsonObject());
    const QJsonObject pp = o.value(kPatternProperties).toObject();
    for (auto it = pp.begin(); it != pp.end(); ++it)
        patterns->insert(it.key(), QJsonObject());
    for (const QString &listKey : {kAllOf, kOneOf, kAnyOf})
        for (const QJsonValue &sub : o.value(listKey).toArray())
            if (!collectDeclared(sub, definitions, properties, patterns, depth + 1))
                return false;
    return true;
}

/// One allOf part as swagger-mock-validator sees it after dereferencing: its own copy, without additionalProperties.
QJsonValue openPart(const QJsonValue &part, const QJsonObject &definitions)
{
    QJsonObject o = resolveRef(part, definitions).toObject();
    if (o.isEmpty() && !part.isObject())
        return part;
    o.remove(kAdditional);
    if (o.value(kClosed).toBool()) { // a nested allOf: only the outermost one closes
        o.remove(kClosed);
        o.remove(kAdditional);
        o.remove(kProperties);
        o.remove(kPatternProperties);
    }
    return o;
}

Visitor allOfVisitor(const QJsonObject &definitions)
{
    return [definitions](QJsonObject &o) {
        if (!o.value(kAllOf).isArray())
            return;
        QJsonArray parts = o.value(kAllOf).toArray();
        QJsonObject properties = o.value(kProperties).toObject();
        QJsonObject patterns = o.value(kPatternProperties).toObject();
        bool closable = true;
        for (auto it = parts.begin(); it != parts.end(); ++it) {
            closable = collectDeclared(*it, definitions, &properties, &patterns, 0) && closable;
            *it = openPart(*it, definitions);
        }
        o.insert(kAllOf, parts);
        if (!closable || o.contains(kAdditional))
            return;
        o.insert(kProperties, properties);
        if (!patterns.isEmpty())
            o.insert(kPatternProperties, patterns);
        o.insert(kAdditional, false);
        o.insert(kClosed, true);
    };
}

bool hasCombinator(const QJsonObject &o)
{
    return o.contains(kAllOf) || o.contains(kOneOf) || o.contains(kAnyOf);
}

void closeObject(QJsonObject &o)
{
    const QJsonValue additional = o.value(kAdditional);
    if ((additional.isUndefined() || additional == QJsonValue(true)) && !hasCombinator(o)
        && o.value(QStringLiteral("type")) == QStringLiteral("object"))
        o.insert(kAdditional, false);
}

QList<Visitor> responseVisitors(const ResponseSchemaOptions &options)
{
    QList<Visitor> visitors;
    if (!options.additionalPropertiesInResponse)
        visitors.append(closeObject);
    if (!options.requiredPropertiesInResponse)
        visitors.append([](QJsonObject &o) {
            if (!o.contains(kOneOf))
                o.remove(QStringLiteral("required"));
        });
    return visitors;
}

} // namespace

QJsonValue resolveRef(const QJsonValue &schema, const QJsonObject &definitions, QString *lastRef)
{
    // Called for every step of every schema walk: one lookup per $ref, no copy unless the name is escaped.
    constexpr QStringView prefix = u"#/definitions/";
    QJsonValue current = schema;
    for (int i = 0; i < 32 && current.isObject(); ++i) {
        const QJsonValue refValue = current[kRef];
        if (!refValue.isString())
            return current;
        const QString ref = refValue.toString();
        if (!ref.startsWith(prefix))
            return current;
        QString key = ref.sliced(prefix.size());
        if (key.contains(u'~'))
            key.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
        const auto found = definitions.constFind(key);
        if (found == definitions.constEnd())
            return current;
        current = *found;
        if (lastRef)
            *lastRef = ref;
    }
    return current;
}

SchemaDialect::SchemaDialect(const QJsonObject &definitions)
    : m_definitions(transformDefinitions(definitions, allOfVisitor(definitions)))
{
}

SchemaDialect::SchemaDialect(const QJsonObject &definitions, const ResponseSchemaOptions &options)
    : m_response(true)
    , m_options(options)
{
    QJsonObject defs = definitions;
    for (const Visitor &visit : responseVisitors(options))
        defs = transformDefinitions(defs, visit);
    m_definitions = transformDefinitions(defs, allOfVisitor(defs));
}

QJsonValue SchemaDialect::transform(const QJsonValue &schema) const
{
    QJsonValue out = schema;
    if (m_response)
        for (const Visitor &visit : responseVisitors(m_options))
            out = traverse(out, visit);
    return traverse(out, allOfVisitor(m_definitions));
}

} // namespace Pactbench::OpenApi
