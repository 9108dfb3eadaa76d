// SPDX-License-Identifier: MIT
// One string value of the pact (path segment, query parameter, header) against its parameter's schema.
#include "checkcontext.h"
#include "schemanavigation.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace Pactbench::OpenApi {

namespace {

const QString kMultiSeparator = QStringLiteral("[multi-array-separator]");

QStringList typesOf(const QJsonObject &schema)
{
    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (type.isString())
        return {type.toString()};
    QStringList types;
    for (const QJsonValue &t : type.toArray())
        types.append(t.toString());
    return types;
}

/// AJV's coerceTypes for a string: kept when the schema allows strings (or names no type), else the first
/// type it converts to (number, integer, boolean, null), else left as is to fail.
QJsonValue coerce(const QString &text, const QStringList &types)
{
    if (types.isEmpty() || types.contains(QStringLiteral("string")))
        return text;
    for (const QString &type : types) {
        if (type == u"number" || type == u"integer") {
            bool ok = false;
            const double n = text.trimmed().toDouble(&ok);
            if (ok && !text.trimmed().isEmpty() && std::isfinite(n) && (type == u"number" || std::floor(n) == n))
                return n;
        } else if (type == u"boolean" && (text == u"true" || text == u"false")) {
            return text == u"true";
        } else if (type == u"null" && text.isEmpty()) {
            return QJsonValue(QJsonValue::Null);
        }
    }
    return text;
}

QString separatorFor(const Parameter &p)
{
    if (!p.collectionFormat.isEmpty()) {
        static const QHash<QString, QString> separators{{QStringLiteral("ssv"), QStringLiteral(" ")},
            {QStringLiteral("tsv"), QStringLiteral("\t")}, {QStringLiteral("pipes"), QStringLiteral("|")},
            {QStringLiteral("multi"), kMultiSeparator}};
        return separators.value(p.collectionFormat, QStringLiteral(","));
    }
    if (p.style == u"spaceDelimited")
        return QStringLiteral(" ");
    if (p.style == u"pipeDelimited")
        return QStringLiteral("|");
    if (p.style == u"form" && p.explode)
        return kMultiSeparator;
    return QStringLiteral(",");
}

/// SMV's expandArrays: an array schema splits the text by the collection format, recursively for its items.
QJsonValue expand(const QString &text, const QJsonValue &schemaValue, const QJsonObject &definitions, const QString &separator)
{
    const QJsonObject schema = resolveRef(schemaValue, definitions).toObject();
    if (schema.value(QStringLiteral("type")) != QStringLiteral("array"))
        return coerce(text, typesOf(schema));
    QJsonArray items;
    for (const QString &part : text.split(separator))
        items.append(expand(part, schema.value(QStringLiteral("items")), definitions, QStringLiteral(",")));
    return items;
}

/// The schema a parameter is checked with. swagger-mock-validator checks no OpenAPI 3 object or array
/// parameter (it uses {}); we check arrays, split by their style, and leave objects (deepObject …) unchecked.
QJsonValue parameterSchema(const CheckContext &c, const Parameter &p)
{
    if (c.spec.format == SpecFormat::Swagger2 || !p.schema.isObject())
        return p.schema.isObject() || p.schema.isBool() ? p.schema : QJsonValue(QJsonObject());
    const QString type = resolveRef(p.schema, c.schemas.definitions()).toObject().value(QStringLiteral("type")).toString();
    if (type == u"object")
        return QJsonObject();
    return p.schema;
}

} // namespace

std::shared_ptr<const SchemaCache::ParameterPlan> parameterPlan(const CheckContext &c, const Parameter &parameter)
{
    return c.schemas.parameterPlans.get(&parameter, [&] {
        auto plan = std::make_shared<SchemaCache::ParameterPlan>();
        plan->schema = parameterSchema(c, parameter);
        plan->compiled = c.schemas.get(SchemaCache::Use::Parameter, parameter.place.location, plan->schema);
        plan->info = parameterSchemaInfo(parameter, c.spec.definitions);
        plan->separator = separatorFor(parameter);
        const QJsonObject resolved = resolveRef(plan->schema, c.schemas.definitions()).toObject();
        plan->array = resolved.value(QStringLiteral("type")) == QStringLiteral("array");
        plan->types = typesOf(resolved);
        return std::shared_ptr<const SchemaCache::ParameterPlan>(std::move(plan));
    });
}

QList<SchemaError> checkParameterValue(const CheckContext &c, const Parameter &parameter, const QStringList &values, bool present)
{
    if (!present) {
        if (!parameter.required)
            return {};
        return {{QString(), QStringLiteral("must have required property '%1'").arg(parameter.name), QStringLiteral("required")}};
    }
    const QString text = values.join(kMultiSeparator);
    const std::shared_ptr<const SchemaCache::ParameterPlan> plan = parameterPlan(c, parameter);
    // Only an array's values are split: other parameters with the same schema share their answers.
    const QString separator = plan->array ? plan->separator : QString();
    return c.schemas.parameterResults.get({plan->compiled.get(), separator, text}, [&] {
        const QJsonValue value = plan->array ? expand(text, plan->schema, c.schemas.definitions(), plan->separator)
                                             : coerce(text, plan->types);
        return plan->compiled->validate(value);
    });
}

} // namespace Pactbench::OpenApi
