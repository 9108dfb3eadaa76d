// SPDX-License-Identifier: MIT
#pragma once

#include <core/json/numberlexemes.h>
#include <core/matching/mismatch.h>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Pactbench {

/// The three kinds of problem the reference mock server's verify endpoint reports.
enum class MockProblemType {
    RequestMismatch, ///< "request-mismatch": a request came close to an interaction but did not match
    RequestNotFound, ///< "request-not-found": no interaction with that method and path
    MissingRequest, ///< "missing-request": an interaction was never called
};

/// "request-mismatch", "request-not-found", "missing-request".
QString mockProblemTypeName(MockProblemType type);

/// One problem found by a MockServer. A plain value.
struct MockProblem
{
    MockProblemType type = MockProblemType::RequestNotFound;
    int interactionIndex = -1; ///< the closest (RequestMismatch) or missing interaction in the pact; -1: none
    QString description; ///< that interaction's description
    QString method; ///< of the request received (or expected, for MissingRequest)
    QString path; ///< likewise
    QList<Mismatch> mismatches; ///< RequestMismatch: every mismatch against the closest interaction
    QJsonObject request; ///< RequestNotFound: the request received; MissingRequest: the request expected
    NumberLexemes requestLexemes; ///< the numbers of `request` as written (its body's), from its root
};

/// What MockServer::verify() found: every problem, in the order met, then the missing interactions.
struct MockVerification
{
    QList<MockProblem> problems;
    quint64 unrecorded = 0; ///< further mismatched/unexpected requests over MockServerConfig::maxRecordedProblems

    bool ok() const { return problems.isEmpty() && unrecorded == 0; }
};

} // namespace Pactbench
