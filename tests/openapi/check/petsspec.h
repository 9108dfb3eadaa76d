// SPDX-License-Identifier: MIT
#pragma once

// The OpenAPI 3.0 document most check tests use: pets, with security, parameters, ranges and defaults.

#include <QByteArray>

namespace Pactbench::Test {

inline QByteArray petsSpec()
{
    return R"(openapi: 3.0.3
info: {title: Pets, version: "1"}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
    key: {type: apiKey, in: header, name: X-Api-Key}
  schemas:
    Pet:
      type: object
      required: [id, name]
      properties:
        id: {type: integer, format: int64}
        name: {type: string}
        tag: {type: string, nullable: true}
        kind: {type: string, enum: [cat, dog]}
        tags: {type: array, items: {type: string}, minItems: 1, maxItems: 3}
        born: {type: string, format: date}
        code: {type: string, pattern: '^[A-Z]{3}$'}
        attrs: {type: object, additionalProperties: {type: string}}
    NewPet:
      type: object
      required: [name]
      properties:
        name: {type: string, minLength: 1}
        born: {type: string, format: date}
        tags: {type: array, items: {type: string}, maxItems: 3}
        code: {type: string, enum: [AAA, BBB]}
paths:
  /pets:
    get:
      parameters:
        - {name: limit, in: query, schema: {type: integer, maximum: 100}}
        - {name: X-Trace, in: header, required: false, schema: {type: string, format: uuid}}
      responses:
        "200":
          description: ok
          headers: {X-Total: {schema: {type: integer}}}
          content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}
        default: {description: err, content: {application/json: {schema: {type: object}}}}
    post:
      security: [{bearer: []}, {key: []}]
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/NewPet'}}}
      responses:
        "201": {description: created, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
        "4XX": {description: bad}
  /pets/{id}:
    parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
    get:
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
  /pets/mine:
    get:
      responses: {"200": {description: ok}}
)";
}

} // namespace Pactbench::Test
