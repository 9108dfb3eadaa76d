// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Pactbench {

/**
 * What to publish: pacts of one consumer version. Sent as the `/contracts/publish` body
 * (relation `pb:publish-contracts`), or, on brokers without it, as tag PUTs, a branch PUT and
 * one `PUT pb:publish-pact` per pact.
 */
struct PublishPactsRequest
{
    /// One pact file's content, published as is (UTF-8 JSON).
    struct Contract
    {
        QString consumerName;
        QString providerName;
        QByteArray content;
    };

    QString pacticipantName; ///< the consumer; every contract must have it as consumerName
    QString pacticipantVersionNumber; ///< the consumer application version
    QString branch;
    QStringList tags;
    QString buildUrl;
    QList<Contract> contracts;

    /// The `/contracts/publish` body (contents base64-encoded, empty optional fields left out).
    QJsonObject toJson() const;
    /// Why the request cannot be sent (missing version, mixed consumers, …); empty when fine.
    QString problem() const;
};

} // namespace Pactbench
