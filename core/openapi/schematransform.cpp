// SPDX-License-Identifier: MIT
#include "schematransform.h"

#include <QJsonArray>
#include <QSet>

#include <functional>
#include <optional>

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

/// Changes one schema object in place; true when it changed anything.
using Visitor = std::function<bool(QJsonObject &)>;

/**
 * Post-order over the sub-schemas swagger-mock-validator's traversal visits. The schema with its changes,
 * or nothing when neither the visitor nor any sub-schema changed it: most of a document stays as it is,
 * shared, instead of every object being rebuilt key by key (three passes over every definition).
 */
std::optional<QJsonObject> traverse(const QJsonValue &schema, const Visitor &visit, int depth = 0)
{
    if (!schema.isObject() || depth > 256)
        return std::nullopt;
    QJsonObject o = schema.toObject();
    bool changed = false;
    for (const QString &listKey : {kAllOf, kOneOf, kAnyOf}) {
        const QJsonValue listValue = o.value(listKey);
        if (!listValue.isArray())
            continue;
        QJsonArray list = listValue.toArray();
        bool listChanged = false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (std::optional<QJsonObject> part = traverse(list.at(i), visit, depth + 1)) {
                list.replace(i, *part);
                listChanged = true;
            }
        }
        if (listChanged) {
            o.insert(listKey, list);
            changed = true;
        }
    }
    if (const QJsonValue propertiesValue = o.value(kProperties); propertiesValue.isObject()) {
        const QJsonObject properties = propertiesValue.toObject();
        QJsonObject changedProperties = properties;
        bool propertiesChanged = false;
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            if (std::optional<QJsonObject> property = traverse(it.value(), visit, depth + 1)) {
                changedProperties.insert(it.key(), *property);
                propertiesChanged = true;
            }
        }
        if (propertiesChanged) {
            o.insert(kProperties, changedProperties);
            changed = true;
        }
    }
    for (const QString &key : {QStringLiteral("not"), QStringLiteral("items"), kAdditional}) {
        if (std::optional<QJsonObject> sub = traverse(o.value(key), visit, depth + 1)) {
            o.insert(key, *sub);
            changed = true;
        }
    }
    if (visit(o))
        changed = true;
    return changed ? std::optional<QJsonObject>(o) : std::nullopt;
}

/// `schema` as the visitor leaves it.
QJsonValue transformed(const QJsonValue &schema, const Visitor &visit)
{
    std::optional<QJsonObject> changed = traverse(schema, visit);
    return changed ? QJsonValue(*changed) : schema;
}

QJsonObject transformDefinitions(const QJsonObject &definitions, const Visitor &visit)
{
    QJsonObject out = definitions;
    for (auto it = definitions.constBegin(); it != definitions.constEnd(); ++it) {
        if (std::optional<QJsonObject> changed = traverse(it.value(), visit))
            out.insert(it.key(), *changed);
    }
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
            return false;
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
            return true;
        o.insert(kProperties, properties);
        if (!patterns.isEmpty())
            o.insert(kPatternProperties, patterns);
        o.insert(kAdditional, false);
        o.insert(kClosed, true);
        return true;
    };
}

bool hasCombinator(const QJsonObject &o)
{
    return o.contains(kAllOf) || o.contains(kOneOf) || o.contains(kAnyOf);
}

bool closeObject(QJsonObject &o)
{
    const QJsonValue additional = o.value(kAdditional);
    if ((additional.isUndefined() || additional == QJsonValue(true)) && !hasCombinator(o)
        && o.value(QStringLiteral("type")) == QStringLiteral("object")) {
        o.insert(kAdditional, false);
        return true;
    }
    return false;
}

/// The response rules, as one visitor: closing reads and writes only additionalProperties (and reads type and the
/// combinators), dropping `required` only `required` (reading oneOf), so one pass does both.
Visitor responseVisitor(const ResponseSchemaOptions &options)
{
    return [options](QJsonObject &o) {
        bool changed = !options.additionalPropertiesInResponse && closeObject(o);
        if (!options.requiredPropertiesInResponse && !o.contains(kOneOf) && o.contains(QStringLiteral("required"))) {
            o.remove(QStringLiteral("required"));
            changed = true;
        }
        return changed;
    };
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
    const QJsonObject defs = transformDefinitions(definitions, responseVisitor(options));
    m_definitions = transformDefinitions(defs, allOfVisitor(defs));
}

QJsonValue SchemaDialect::transform(const QJsonValue &schema) const
{
    const QJsonValue out = m_response ? transformed(schema, responseVisitor(m_options)) : schema;
    return transformed(out, allOfVisitor(m_definitions));
}

} // namespace Pactbench::OpenApi
