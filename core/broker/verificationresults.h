// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace Pactbench {

/**
 * The verification results of one pact, as `POST pb:publish-verification-results` expects
 * (required: success, providerApplicationVersion; the rest optional, `testResults` free-form
 * in the shape Pact's reference verifier sends). The provider version's branch and tags are
 * not part of this body: record them once with BrokerClient::recordPacticipantVersion().
 */
struct VerificationResults
{
    /// One mismatch: attribute is method, path, status, query, header, body or metadata.
    struct Mismatch
    {
        QString attribute;
        QString identifier; ///< parameter/header name or JSON path; empty when not applicable
        QString description;
        /// What the pact expected and what the provider gave there, when known (Pactbench sends them;
        /// `testResults` is free-form, so a broker keeps them and other readers ignore them).
        QJsonValue expected = QJsonValue(QJsonValue::Undefined);
        QJsonValue actual = QJsonValue(QJsonValue::Undefined);
    };

    /// The outcome of one interaction.
    struct InteractionResult
    {
        QString interactionId; ///< `_id` (broker) or V4 key; empty when unknown
        QString interactionDescription;
        bool success = false;
        QList<Mismatch> mismatches;
        QStringList exceptions; ///< failures that are not mismatches (connection refused, …)
    };

    bool success = false;
    QString providerApplicationVersion;
    QString buildUrl;
    QString verifierName = QStringLiteral("Pactbench"); ///< `verifiedBy.implementation`
    QString verifierVersion; ///< `verifiedBy.version` (semver)
    QList<InteractionResult> testResults;

    QJsonObject toJson() const;
};

} // namespace Pactbench
