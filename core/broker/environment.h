// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Pactbench {

/// An environment resource of the broker (`pb:environments`).
struct Environment
{
    QString uuid;
    QString name;
    QString displayName;
    bool production = false;
    QUrl url; ///< `_links.self`
    QUrl currentlyDeployedUrl; ///< `pb:currently-deployed-deployed-versions`, when given
    QUrl currentlySupportedUrl; ///< `pb:currently-supported-released-versions`, when given

    static Environment fromJson(const QJsonObject &json, const QUrl &base);
    bool operator==(const Environment &) const = default;
};

} // namespace Pactbench
