// SPDX-License-Identifier: MIT
#pragma once

#include "mockproblem.h"

#include <core/http/httpserverresponse.h>
#include <core/model/interaction.h>

#include <QJsonObject>

namespace Pactbench {

/**
 * The JSON and HTTP shapes of mock-server problems, as Pact's reference mock server writes them:
 * the 500 answer with `X-Pact: Request-Mismatch` or `X-Pact: Unexpected-Request`, and the
 * `{"mismatches": [...]}` body of its verify endpoint (422), with mismatch objects typed
 * `MethodMismatch`, `PathMismatch`, `QueryMismatch` (`parameter`), `HeaderMismatch` (`key`),
 * `BodyTypeMismatch`, `BodyMismatch` (`path`).
 */
class MismatchResponse
{
public:
    /// The 500 answer to a request that matched nothing; `target` is the raw request target.
    static HttpServerResponse build(const MockProblem &problem, const QByteArray &target, bool cors);
    /// `Request-Mismatch` or `Unexpected-Request`, the X-Pact value and the start of "error".
    static QString matchKey(const MockProblem &problem);
    /// One problem as in the verify endpoint's list.
    static QJsonObject problemToJson(const MockProblem &problem);
    /// One mismatch: {"type", "mismatch", "expected", "actual", and "parameter"/"key"/"path"}.
    static QJsonObject mismatchToJson(const Mismatch &mismatch);
    /// {"mismatches": [...]} with every problem (the body of the reference's 422).
    static QJsonObject verificationToJson(const MockVerification &verification);
    /// A received request as the reference lists it: method, path, query, headers (lower-case names), body.
    static QJsonObject actualRequestToJson(const HttpRequest &request);
};

} // namespace Pactbench
