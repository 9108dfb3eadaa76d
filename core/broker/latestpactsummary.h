// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Pactbench {

/// One entry of `pb:latest-pact-versions`: the latest pact between a consumer and a provider.
struct LatestPactSummary
{
    QString consumer;
    QString consumerVersion;
    QString provider;
    QString createdAt;
    QUrl url; ///< the pact document (first `_links.self`: the latest pact of the pair)
    QUrl versionUrl; ///< the pact of exactly `consumerVersion` (second `_links.self`); empty when not given

    static LatestPactSummary fromJson(const QJsonObject &json, const QUrl &base);
};

} // namespace Pactbench
