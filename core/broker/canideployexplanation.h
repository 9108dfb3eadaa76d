// SPDX-License-Identifier: MIT
#pragma once

#include "matrix.h"

#include <QList>
#include <QString>

namespace Pactbench {

/**
 * Why one matrix row (or one missing row) blocks a deployment, and what to do about it, in one
 * sentence each: "OrderWeb 1.4.2 has no verification by OrderService 2.0.1, the version deployed
 * to production" / "run OrderService's verification with the selector {deployedOrReleased: true}".
 */
struct BlockingReason
{
    enum class Kind {
        MissingVerification, ///< the pact has no verification by the provider version in question
        FailedVerification, ///< the verification failed
        PendingPact, ///< the verification failed or is missing, but the pact is pending for the provider
        NoVersionInTarget, ///< an integrated pacticipant has no version deployed/released/tagged there
        UnknownVersion, ///< the selected version, branch or tag does not exist in the broker
        Other, ///< a broker reason not recognised; `why` carries its text
    };
    Kind kind = Kind::Other;
    int row = -1; ///< index into Matrix::rows; -1 when the reason is not a row (e.g. NoVersionInTarget)
    QString consumer;
    QString provider;
    QString why;
    QString nextStep;

    bool operator==(const BlockingReason &) const = default;
};

/// The explained verdict of a can-i-deploy question.
struct CanIDeployExplanation
{
    std::optional<bool> deployable;
    QString verdict; ///< one sentence: "OrderWeb 1.4.2 cannot be deployed to production: 1 of 3 integrations is not verified."
    QList<BlockingReason> blocking;
};

/// Explains `matrix` as the answer to `query` (pure; no broker access).
CanIDeployExplanation explainCanIDeploy(const MatrixQuery &query, const Matrix &matrix);

} // namespace Pactbench
