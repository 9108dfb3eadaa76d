// SPDX-License-Identifier: MIT
#pragma once

#include "brokernotice.h"

#include <QList>
#include <QUrl>
#include <optional>

namespace Pactbench {

/// One entry of the pacts-for-verification answer: where the pact is and how to treat it.
struct PactForVerification
{
    QUrl url; ///< `_links.self.href`, kept with its `/metadata/…` segment
    QString name; ///< `_links.self.name`: "Pact between Foo (1.0.0) and Bar"
    QString shortDescription; ///< why it was selected: "latest with tag prod"
    std::optional<bool> pending; ///< set only when includePendingStatus was asked
    bool wip = false; ///< a work-in-progress pact (always pending)
    QList<BrokerNotice> notices; ///< to print before/after verification

    static PactForVerification fromJson(const QJsonObject &json, const QUrl &base);
};

} // namespace Pactbench
