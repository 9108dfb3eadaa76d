// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>

namespace Pactbench::OpenApi {

struct ResponseSchemaOptions
{
    bool additionalPropertiesInResponse = false;
    bool requiredPropertiesInResponse = false;
};

/**
 * swagger-mock-validator's reading of a schema, for the place it checks:
 *  - every use: OpenAPI's allOf is the union of its parts, so the parts' `additionalProperties` are
 *    dropped and the allOf schema itself admits only the properties its parts declare (SMV says this with
 *    draft 2019-09's `unevaluatedProperties: false`, which valijson lacks: here it is the union of the parts'
 *    `properties` and `patternProperties` with `additionalProperties: false`). A part that is a $ref is
 *    inlined (one copy) for this;
 *  - responses: unless `additionalPropertiesInResponse`, an object schema (`type: object` exactly, no
 *    allOf/oneOf/anyOf) with no or a `true` additionalProperties gets `additionalProperties: false` (a
 *    provider may send more than the consumer reads, but a pact that expects more than the schema
 *    declares is wrong); unless `requiredPropertiesInResponse`, `required` is dropped except beside oneOf.
 * Definitions are transformed the same way (once, by the constructor), since a $ref reaches them.
 */
class SchemaDialect
{
public:
    /// No definitions, nothing transformed but allOf (a placeholder to assign a dialect to).
    SchemaDialect() = default;
    /// For request bodies (the allOf rule only).
    explicit SchemaDialect(const QJsonObject &definitions);
    /// For response bodies.
    SchemaDialect(const QJsonObject &definitions, const ResponseSchemaOptions &options);

    /// The definitions, transformed once.
    const QJsonObject &definitions() const { return m_definitions; }
    /// One schema of a body, transformed (its $refs reach definitions()).
    QJsonValue transform(const QJsonValue &schema) const;

private:
    QJsonObject m_definitions;
    bool m_response = false;
    ResponseSchemaOptions m_options;
};

/// The schema a $ref-only schema names (following "#/definitions/KEY" chains, at most 32), else the schema itself.
/// `lastRef`, when given, is set to the last $ref followed (untouched when none is).
QJsonValue resolveRef(const QJsonValue &schema, const QJsonObject &definitions, QString *lastRef = nullptr);

} // namespace Pactbench::OpenApi
