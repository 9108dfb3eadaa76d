// SPDX-License-Identifier: MIT
// A pact and an OpenAPI document that disagree in known ways, for the OpenAPI panel's tests.
#pragma once

#include <QByteArray>

namespace Pactbench::Test {

/// GET /orders/{id} answers an object whose id is an integer; GET /orders a list; /customers is never called.
inline const QByteArray OrdersSpec = R"(openapi: 3.0.3
info:
  title: Orders
  version: "1"
paths:
  /orders/{id}:
    get:
      operationId: getOrder
      parameters:
        - name: id
          in: path
          required: true
          schema:
            type: integer
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  id:
                    type: integer
                  name:
                    type: string
        "404":
          description: missing
  /orders:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: array
                items:
                  type: object
                  properties:
                    id:
                      type: integer
  /customers:
    get:
      responses:
        "200":
          description: ok
)";

/// 0: id is a string (an error in the response body); 1: fine; 2: a message (skipped); 3: a path the
/// document does not have.
inline const QByteArray OrdersPact = R"({"consumer":{"name":"web"},"provider":{"name":"orders"},
  "metadata":{"pactSpecification":{"version":"4.0"}},"interactions":[
  {"type":"Synchronous/HTTP","description":"get order","request":{"method":"GET","path":"/orders/1"},
   "response":{"status":200,"headers":{"Content-Type":["application/json"]},
     "body":{"content":{"id":"one","name":"a"},"contentType":"application/json","encoded":false}}},
  {"type":"Synchronous/HTTP","description":"list orders","request":{"method":"GET","path":"/orders"},
   "response":{"status":200,"headers":{"Content-Type":["application/json"]},
     "body":{"content":[{"id":1}],"contentType":"application/json","encoded":false}}},
  {"type":"Asynchronous/Messages","description":"order created",
   "contents":{"content":{"id":1},"contentType":"application/json","encoded":false}},
  {"type":"Synchronous/HTTP","description":"get invoice","request":{"method":"GET","path":"/invoices/1"},
   "response":{"status":200}}]})";

} // namespace Pactbench::Test
