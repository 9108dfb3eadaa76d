// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Pactbench {

/// A deployed version (`released` false) or released version resource of the broker.
struct DeployedVersion
{
    QString uuid;
    QString pacticipant;
    QString version;
    QString environment; ///< its name
    QString applicationInstance;
    bool released = false;
    bool current = true; ///< currentlyDeployed / currentlySupported
    QUrl url; ///< `_links.self`
    QJsonObject document; ///< as received (`--output json`)

    static DeployedVersion fromJson(const QJsonObject &json, const QUrl &base);
    bool operator==(const DeployedVersion &) const = default;
};

/// A pacticipant version with its branches, tags and where it is deployed or released (describe-version).
struct VersionDescription
{
    QString pacticipant;
    QString number;
    QString branch; ///< the latest of `branches`
    QStringList branches;
    QStringList tags;
    QStringList deployedTo; ///< environments it is currently deployed to
    QStringList releasedTo; ///< environments where its release is currently supported
    QUrl url;
    QJsonObject document; ///< the version resource as received

    /// Reads the broker's version document (no environments: those come from the environments' lists).
    static VersionDescription fromJson(const QJsonObject &json, const QUrl &base);
};

} // namespace Pactbench
