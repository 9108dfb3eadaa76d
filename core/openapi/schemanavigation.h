// SPDX-License-Identifier: MIT
#pragma once

// Finding the schema of one place of a body or a parameter (for the matcher checks).

#include "checkcontext.h"

#include <core/matching/rules.h>

#include <optional>

namespace Pactbench::OpenApi {

/// The schema a rule path ("$.items[*].id") reaches in a body schema: through properties, items,
/// additionalProperties, and the parts of allOf/oneOf/anyOf (the first part that has the place).
SchemaInfo schemaAt(const QJsonValue &bodySchema, const RulePath &path, const QJsonObject &definitions);
/// One step of schemaAt: from `schema` ($refs resolved first) to a field `step`, or any element (`isIndex`),
/// or any value (empty `step`). The child as written (not resolved) and its location below `schema`
/// (".properties.id", ".allOf[1].items").
std::optional<std::pair<QJsonValue, QString>> childSchema(const QJsonValue &schema, const QString &step, bool isIndex,
                                                          const QJsonObject &definitions);
/// What the matcher checks need of the schema at a place: `schema` resolved, its types and sizes.
SchemaInfo placeInfo(const QJsonValue &schema, const QString &location, const QJsonObject &definitions);
SchemaInfo parameterSchemaInfo(const Parameter &parameter, const QJsonObject &definitions);

/// The media type (with a schema) whose schema the request body is checked against, as checkRequest picks it.
const MediaType *requestMedia(const CheckContext &c);
/// The response media type whose schema the response body is checked against (by the request's Accept).
const MediaType *responseMedia(const CheckContext &c, const Response *response);

/// The schema that governs the value at a schema error's instance path ("" or ".items.0.id").
SchemaInfo schemaAtInstance(const QJsonValue &bodySchema, const QString &instancePath, const QJsonObject &definitions);

/// A schema error's message with AJV's wording for types ("must be integer", "must be string,null"), found
/// from the schema at the error's place; other messages unchanged.
QString errorMessage(const SchemaError &error, const QJsonValue &schema, const QJsonObject &definitions);

/// A value path as a dotted suffix: ["$", "items", "0", "id"] → ".items.0.id".
QString dottedPath(const ValuePath &path);

} // namespace Pactbench::OpenApi
