// SPDX-License-Identifier: MIT
#pragma once

#include "openapispec.h"

#include <QJsonValue>

#include <functional>

namespace Pactbench::OpenApi {

/**
 * Converts one schema as the document wrote it into the dialect every Spec schema uses: JSON Schema
 * draft 7, as valijson reads it, with
 *  - `nullable: true` (3.0) as a type array with "null" (or, without `type`, `anyOf` with {"type":"null"});
 *  - boolean `exclusiveMinimum`/`exclusiveMaximum` (2.0, 3.0) as draft 7's numbers;
 *  - `pattern` renamed `x-pb-pattern` and `format` renamed `x-pb-format` (checked by our own constraints,
 *    with QRegularExpression and bounded, never std::regex);
 *  - 3.1's `const`, type arrays, `examples` kept; `$ref` siblings dropped for 2.0/3.0 (kept under allOf for 3.1);
 *  - Swagger 2's `x-nullable` read like `nullable`; `discriminator`, `xml`, `example(s)` and `x-*` left as is
 *    (valijson ignores unknown keywords);
 *  - `$ref`s rewritten by `rewriteRef` (the loader maps them to "#/definitions/KEY").
 */
QJsonValue convertSchema(
    const QJsonValue &schema, SpecFormat format, const std::function<QString(const QString &ref)> &rewriteRef);

} // namespace Pactbench::OpenApi
