// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>

namespace Pactbench::OpenApi {

/// One way a value failed its schema.
struct SchemaError
{
    /// Where in the value, in swagger-mock-validator's dotted form: "" for the value itself, ".items.0.name".
    QString instancePath;
    QString message; ///< what failed, in AJV's words where they are known ("must be string")
    QString keyword; ///< the failing keyword ("type", "required", "additionalProperties", …) when known
};

/**
 * A JSON Schema (the draft-7 dialect of schemaconvert.h) compiled once with valijson, its "#/definitions/"
 * references resolved against `definitions`. `x-pb-pattern` and `x-pb-format` are checked by our own
 * constraints (QRegularExpression with PCRE2's match limits; AJV's formats), never by std::regex.
 * A schema valijson refuses (a broken keyword) compiles to one that reports that problem for every value.
 * validate() is thread-safe; it remembers its answers for strings (a bounded number of them).
 */
class CompiledSchema
{
public:
    /// `definitions` must come from prepareDefinitions() (done once per set, not per schema).
    CompiledSchema(const QJsonValue &schema, const QJsonObject &definitions);
    /**
     * Compiles several schemas against the same definitions at once (each definition is parsed once for all
     * of them, not once per schema); the result is in the order of `schemas`. Same results as one by one.
     */
    static QList<std::shared_ptr<const CompiledSchema>> compileAll(const QList<QJsonValue> &schemas,
                                                                  const QJsonObject &definitions);
    /// The definitions in the form the compiled schemas expect (`type: integer` as our own constraint, since
    /// valijson's Qt adapter takes only 32-bit numbers for integers).
    static QJsonObject prepareDefinitions(const QJsonObject &definitions);
    ~CompiledSchema();
    CompiledSchema(const CompiledSchema &) = delete;
    CompiledSchema &operator=(const CompiledSchema &) = delete;

    /// The errors of `value`: only the innermost ones (not "property 'x' failed" around them), each once.
    QList<SchemaError> validate(const QJsonValue &value) const;
    bool accepts(const QJsonValue &value) const;
    /// Empty, or why valijson refused the schema.
    QString compileError() const;

private:
    CompiledSchema();
    QList<SchemaError> validateValue(const QJsonValue &value) const;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Pactbench::OpenApi
