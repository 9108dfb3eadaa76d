// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Pactbench::OpenApi {

/// Which of the document's operations and responses the checked pacts exercise.
struct ResponseCoverage
{
    QString status; ///< as the document writes it: "200", "2XX", "default"
    int interactions = 0;
};

struct OperationCoverage
{
    QString method; ///< lower case
    QString pathName;
    QString operationId;
    int interactions = 0; ///< HTTP interactions that reached this operation
    QList<ResponseCoverage> responses;
};

struct Coverage
{
    QList<OperationCoverage> operations; ///< in document order
    int coveredOperations() const;
    int coveredResponses() const;
    int totalResponses() const;
};

} // namespace Pactbench::OpenApi
