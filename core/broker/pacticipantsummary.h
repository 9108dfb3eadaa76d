// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Pactbench {

/// A pacticipant as listed by `pb:pacticipants`.
struct PacticipantSummary
{
    QString name;
    QString displayName;
    QString mainBranch;
    QString repositoryUrl;
    QString latestVersion; ///< `_embedded.latestVersion.number` when the broker embeds it
    QUrl url; ///< `_links.self`

    static PacticipantSummary fromJson(const QJsonObject &json, const QUrl &base);
};

} // namespace Pactbench
