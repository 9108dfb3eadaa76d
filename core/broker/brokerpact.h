// SPDX-License-Identifier: MIT
#pragma once

#include "brokernotice.h"

#include <core/model/pactreader.h>

#include <QJsonObject>
#include <QUrl>
#include <optional>

namespace Pactbench {

/**
 * A pact fetched from a broker. The broker merges HAL keys (`_links`, `_embedded`, `createdAt`)
 * into the pact document; they are moved to `brokerKeys` before the pact is read with
 * PactReader, so `pact` is exactly the published contract and saving it writes no broker data.
 */
struct BrokerPact
{
    QUrl url; ///< where it was fetched from
    Pact pact; ///< valid when `diagnostics` has no Fatal entry
    Diagnostics diagnostics; ///< from PactReader
    QJsonObject brokerKeys; ///< the keys taken out: `_links`, `_embedded`, `createdAt`
    QUrl verificationResultsUrl; ///< `pb:publish-verification-results`; empty when the broker gave none
    QString consumerVersion; ///< from `pb:consumer-version`'s title/href when given
    // Set when the pact came through pacts-for-verification:
    QString shortDescription;
    std::optional<bool> pending;
    bool wip = false;
    QList<BrokerNotice> notices;

    bool isReadable() const { return !hasFatal(diagnostics); }
    /// The HAL links the broker attached.
    QJsonObject links() const { return brokerKeys.value(u"_links").toObject(); }

    /// Splits a broker pact document into broker keys and the pact, and reads the pact.
    static BrokerPact fromDocument(const QJsonObject &document, const QUrl &url);
    /// The top-level keys the broker adds to a pact document.
    static const QStringList &brokerOnlyKeys();
};

} // namespace Pactbench
