// SPDX-License-Identifier: MIT
#include "schemavalidator.h"

#include "boundedmemo.h"

#include "formats.h"
#include "validationtarget.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/constraint_builder.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <cmath>
#include <map>
#include <string>

namespace Pactbench::OpenApi {

namespace {

using valijson::adapters::Adapter;
using valijson::constraints::Constraint;
using valijson::constraints::PolyConstraint;

/// Our constraints: valijson copies them with cloneInto(), so each keeps its state by value.
template<typename Derived>
class OwnConstraint : public PolyConstraint
{
private:
    Constraint *cloneInto(void *memory) const override { return new (memory) Derived(static_cast<const Derived &>(*this)); }
    size_t sizeOf() const override { return sizeof(Derived); }
};

void pushError(valijson::ValidationResults *results, const std::vector<std::string> &context, const QString &message)
{
    if (results)
        results->pushError(context, message.toStdString());
}

/// `x-pb-pattern`: JSON Schema's `pattern` (an unanchored search) with QRegularExpression.
class PatternConstraint : public OwnConstraint<PatternConstraint>
{
public:
    explicit PatternConstraint(const QString &pattern)
        : m_pattern(pattern)
        , m_regex(pattern)
        , m_valid(m_regex.isValid()) // asked once: each isValid() takes the expression's lock
    {
    }
    bool validate(const Adapter &target, const std::vector<std::string> &context, valijson::ValidationResults *results) const override
    {
        if (!target.isString() || !m_valid)
            return true; // an invalid pattern is the document's problem, reported by the loader
        if (m_regex.match(QString::fromStdString(target.asString())).hasMatch())
            return true;
        pushError(results, context, QStringLiteral("must match pattern \"%1\"").arg(m_pattern));
        return false;
    }

private:
    QString m_pattern;
    QRegularExpression m_regex;
    bool m_valid = false;
};

/// `x-pb-format`: `format`, as AJV's formats check it (formats.h).
class FormatConstraint : public OwnConstraint<FormatConstraint>
{
public:
    explicit FormatConstraint(const QString &format)
        : m_format(format)
    {
    }
    bool validate(const Adapter &target, const std::vector<std::string> &context, valijson::ValidationResults *results) const override
    {
        bool matches = true;
        if (target.isString())
            matches = m_format.matchesString(QString::fromStdString(target.asString()));
        else if (target.isNumber())
            matches = m_format.matchesNumber(target.getNumber());
        if (matches)
            return true;
        pushError(results, context, QStringLiteral("must match format \"%1\"").arg(m_format.format()));
        return false;
    }

private:
    FormatMatcher m_format;
};

/// `x-pb-integer`: `type: integer` for any whole number (valijson's Qt adapter knows only 32-bit ones).
class IntegerConstraint : public OwnConstraint<IntegerConstraint>
{
public:
    bool validate(const Adapter &target, const std::vector<std::string> &context, valijson::ValidationResults *results) const override
    {
        if (!target.isNumber())
            return true;
        const double n = target.getNumber();
        if (std::isfinite(n) && std::floor(n) == n)
            return true;
        pushError(results, context, QStringLiteral("must be integer"));
        return false;
    }
};

QString keywordString(const Adapter &value)
{
    std::string s;
    return value.asString(s) ? QString::fromStdString(s) : QString();
}

struct PatternBuilder : valijson::ConstraintBuilder
{
    Constraint *make(const Adapter &value) const override { return new PatternConstraint(keywordString(value)); }
};
struct FormatBuilder : valijson::ConstraintBuilder
{
    Constraint *make(const Adapter &value) const override { return new FormatConstraint(keywordString(value)); }
};
struct IntegerBuilder : valijson::ConstraintBuilder
{
    Constraint *make(const Adapter &) const override { return new IntegerConstraint; }
};

QJsonValue rewriteIntegers(const QJsonValue &schema);

QJsonValue rewriteTypes(QJsonObject o)
{
    const QJsonValue type = o.value(QStringLiteral("type"));
    QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
    if (type.isString() || type.isArray()) {
        if (types.contains(QStringLiteral("integer")) && !types.contains(QStringLiteral("number"))) {
            for (qsizetype i = 0; i < types.size(); ++i)
                if (types[i] == QStringLiteral("integer"))
                    types[i] = QStringLiteral("number");
            o.insert(QStringLiteral("type"), type.isArray() ? QJsonValue(types) : types.first());
            o.insert(QStringLiteral("x-pb-integer"), true);
        }
    }
    static const QSet<QString> valuesNotSchemas{QStringLiteral("enum"), QStringLiteral("const"), QStringLiteral("default"),
        QStringLiteral("example"), QStringLiteral("examples"), QStringLiteral("required")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!valuesNotSchemas.contains(it.key()) && (it.value().isObject() || it.value().isArray()))
            it.value() = rewriteIntegers(it.value());
    return o;
}

/// `type: integer` → `type: number` + `x-pb-integer`, everywhere in the schema.
QJsonValue rewriteIntegers(const QJsonValue &schema)
{
    if (schema.isObject())
        return rewriteTypes(schema.toObject());
    if (schema.isArray()) {
        QJsonArray a = schema.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            if (it->isObject() || it->isArray())
                *it = rewriteIntegers(*it);
        return a;
    }
    return schema;
}

QString instancePath(const std::vector<std::string> &context)
{
    QString path;
    for (size_t i = 1; i < context.size(); ++i) { // [0] is "<root>"
        QString part = QString::fromStdString(context[i]);
        if (part.startsWith(u'[') && part.endsWith(u']'))
            part = part.mid(1, part.size() - 2);
        path += u'.' + part;
    }
    return path;
}

bool isWrapper(const QString &message)
{
    static const QStringList prefixes{QStringLiteral("Failed to validate against schema associated with property name"),
        QStringLiteral("Failed to validate item #"), QStringLiteral("Failed to validate against additional properties schema"),
        QStringLiteral("Failed to validate against schema associated with pattern"),
        QStringLiteral("Failed to validate against dependent schema"), QStringLiteral("Failed to validate against child schema")};
    for (const QString &p : prefixes)
        if (message.startsWith(p))
            return true;
    return false;
}

SchemaError toError(const valijson::ValidationResults::Error &e)
{
    static const QRegularExpression required(QStringLiteral("^Missing required property '(.*)'\\.?$"));
    static const QRegularExpression additional(QStringLiteral("could not be validated using 'properties' or 'additionalProperties' constraints: '(.*)'\\.?$"));
    SchemaError error{instancePath(e.context), QString::fromStdString(e.description), {}};
    if (const auto m = required.match(error.message); m.hasMatch())
        error = {error.instancePath, QStringLiteral("must have required property '%1'").arg(m.captured(1)), QStringLiteral("required")};
    else if (const auto a = additional.match(error.message); a.hasMatch())
        error = {error.instancePath, QStringLiteral("must NOT have additional properties - %1").arg(a.captured(1)),
                 QStringLiteral("additionalProperties")};
    else if (error.message.startsWith(u"Value type not permitted"))
        error = {error.instancePath, QStringLiteral("must be of the type the schema names"), QStringLiteral("type")};
    else if (error.message.startsWith(u"Failed to match against any enum"))
        error = {error.instancePath, QStringLiteral("must be equal to one of the allowed values"), QStringLiteral("enum")};
    else if (error.message.startsWith(u"must match pattern"))
        error.keyword = QStringLiteral("pattern");
    else if (error.message.startsWith(u"must match format"))
        error.keyword = QStringLiteral("format");
    else if (error.message == u"must be integer")
        error.keyword = QStringLiteral("type");
    return error;
}

} // namespace

struct CompiledSchema::Private
{
    std::shared_ptr<const valijson::Schema> document; ///< the parsed document, shared by the schemas of a set
    const valijson::Subschema *root = nullptr; ///< this schema inside `document`
    QString compileError;
    /// validate() of strings, remembered: the matcher checks validate the same generated samples and
    /// parameter values against the same schema in interaction after interaction.
    mutable BoundedMemo<QString, QList<SchemaError>> stringErrors{2048};
};

namespace {

/// Parses `root` (a draft-7 document with our keywords) read through `adapter`; throws what valijson throws.
template<typename Adapter>
std::shared_ptr<const valijson::Schema> parseDocumentWith(const Adapter &adapter)
{
    auto schema = std::make_shared<valijson::Schema>();
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    // The parser owns (and deletes) its builders.
    parser.addConstraintBuilder("x-pb-pattern", new PatternBuilder);
    parser.addConstraintBuilder("x-pb-format", new FormatBuilder);
    parser.addConstraintBuilder("x-pb-integer", new IntegerBuilder);
    parser.populateSchema(adapter, *schema);
    return schema;
}

/// A schema of its own (a parameter's): read in place through the Qt adapter.
std::shared_ptr<const valijson::Schema> parseDocument(const QJsonValue &root)
{
    return parseDocumentWith(valijson::adapters::QtJsonAdapter(root));
}

/**
 * A document of many schemas and every definition (compileAll): copied once into RapidJSON's form first,
 * where valijson's parser finds each keyword of each schema by comparing bytes instead of looking it up in
 * a QJsonObject (a UTF-16 comparison per probe, a QJsonValue built per step): half the parse.
 */
std::shared_ptr<const valijson::Schema> parseLargeDocument(const QJsonValue &root)
{
    rapidjson::Document document;
    if (!detail::toValidationTarget(root, &document))
        return parseDocument(root);
    return parseDocumentWith(valijson::adapters::RapidJsonAdapter(document));
}

/// The subschemas of the root's `properties`, by name.
std::map<std::string, const valijson::Subschema *> propertySubschemas(const valijson::Schema &schema)
{
    std::map<std::string, const valijson::Subschema *> found;
    valijson::Subschema::ApplyFunction visit = [&found](const Constraint &constraint) {
        if (const auto *properties = dynamic_cast<const valijson::constraints::PropertiesConstraint *>(&constraint)) {
            properties->applyToProperties([&found](const auto &name, const valijson::Subschema *subschema) {
                found[std::string(name.c_str())] = subschema;
                return true;
            });
        }
        return true;
    };
    schema.apply(visit);
    return found;
}

} // namespace

CompiledSchema::CompiledSchema()
    : d(std::make_unique<Private>())
{
}

CompiledSchema::CompiledSchema(const QJsonValue &schema, const QJsonObject &definitions)
    : d(std::make_unique<Private>())
{
    QJsonValue root = rewriteIntegers(schema);
    if (root.isObject()) {
        QJsonObject o = root.toObject();
        o.insert(QStringLiteral("definitions"), definitions);
        root = o;
    }
    try {
        d->document = parseDocument(root);
        d->root = d->document.get();
    } catch (const std::exception &e) {
        d->compileError = QString::fromStdString(e.what());
    }
}

QList<std::shared_ptr<const CompiledSchema>> CompiledSchema::compileAll(const QList<QJsonValue> &schemas,
                                                                       const QJsonObject &definitions)
{
    // One document { definitions, properties: { "0": schema 0, … } }: valijson parses each definition once
    // for all of them (it reuses what a JSON pointer reaches), where a document per schema parses again every
    // definition it reaches. Schemas that are not objects, and every one when valijson refuses the document
    // (one broken schema), are compiled on their own, so only the broken one reports its problem.
    QList<std::shared_ptr<const CompiledSchema>> compiled(schemas.size());
    QJsonObject properties;
    for (qsizetype i = 0; i < schemas.size(); ++i) {
        if (schemas.at(i).isObject())
            properties.insert(QString::number(i), rewriteIntegers(schemas.at(i)));
    }
    std::shared_ptr<const valijson::Schema> document;
    std::map<std::string, const valijson::Subschema *> roots;
    try {
        document = parseLargeDocument(QJsonObject{{QStringLiteral("definitions"), definitions},
                                                  {QStringLiteral("properties"), properties}});
        roots = propertySubschemas(*document);
    } catch (const std::exception &) {
        roots.clear();
    }
    for (qsizetype i = 0; i < schemas.size(); ++i) {
        const auto it = roots.find(std::to_string(i));
        if (it == roots.end() || !it->second) {
            compiled[i] = std::make_shared<const CompiledSchema>(schemas.at(i), definitions);
            continue;
        }
        auto one = std::shared_ptr<CompiledSchema>(new CompiledSchema);
        one->d->document = document;
        one->d->root = it->second;
        compiled[i] = std::move(one);
    }
    return compiled;
}

CompiledSchema::~CompiledSchema() = default;

QJsonObject CompiledSchema::prepareDefinitions(const QJsonObject &definitions)
{
    return rewriteIntegers(definitions).toObject();
}

QString CompiledSchema::compileError() const
{
    return d->compileError;
}

QList<SchemaError> CompiledSchema::validate(const QJsonValue &value) const
{
    if (!d->compileError.isEmpty())
        return {{QString(), QStringLiteral("the schema cannot be used: %1").arg(d->compileError), QStringLiteral("schema")}};
    if (!value.isString())
        return validateValue(value);
    return d->stringErrors.get(value.toString(), [&] { return validateValue(value); });
}

QList<SchemaError> CompiledSchema::validateValue(const QJsonValue &value) const
{
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    valijson::ValidationResults results;
    rapidjson::Document document;
    const bool valid = detail::toValidationTarget(value, &document)
        ? validator.validate(*d->root, valijson::adapters::RapidJsonAdapter(document), &results)
        : validator.validate(*d->root, valijson::adapters::QtJsonAdapter(value), &results);
    if (valid)
        return {};
    QList<SchemaError> errors;
    QSet<QString> seen;
    valijson::ValidationResults::Error e;
    while (results.popError(e)) {
        const SchemaError error = toError(e);
        if (isWrapper(error.message) || seen.contains(error.instancePath + u'\n' + error.message))
            continue;
        seen.insert(error.instancePath + u'\n' + error.message);
        errors.append(error);
    }
    return errors;
}

bool CompiledSchema::accepts(const QJsonValue &value) const
{
    if (!d->compileError.isEmpty())
        return true;
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    rapidjson::Document document;
    return detail::toValidationTarget(value, &document)
        ? validator.validate(*d->root, valijson::adapters::RapidJsonAdapter(document), nullptr)
        : validator.validate(*d->root, valijson::adapters::QtJsonAdapter(value), nullptr);
}

} // namespace Pactbench::OpenApi
