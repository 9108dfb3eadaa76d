// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace Pactbench {

/**
 * One consumer version selector of the pacts-for-verification request. Only the fields that are
 * set are sent, so `{"mainBranch": true}` stays exactly that. The named constructors build the
 * documented combinations; fromJson() accepts the reference verifier's
 * `--consumer-version-selectors` JSON and rejects unknown keys.
 */
struct ConsumerVersionSelector
{
    bool mainBranch = false; ///< the consumer's configured main branch
    QString branch; ///< a branch by name
    QString fallbackBranch; ///< used when `branch` does not exist (discouraged by the broker)
    bool matchingBranch = false; ///< the branch named like providerVersionBranch
    QString tag; ///< legacy: a tag by name
    QString fallbackTag; ///< legacy: used when `tag` does not exist
    std::optional<bool> latest; ///< with tag/branch: only the latest (sent when set)
    QString consumer; ///< restrict to one consumer
    bool deployed = false; ///< versions currently deployed (to `environment` when set)
    bool released = false; ///< versions currently released (to `environment` when set)
    bool deployedOrReleased = false; ///< versions deployed or released anywhere
    QString environment; ///< with deployed/released

    static ConsumerVersionSelector mainBranchSelector();
    static ConsumerVersionSelector branchSelector(const QString &branch, const QString &fallbackBranch = {});
    static ConsumerVersionSelector matchingBranchSelector();
    static ConsumerVersionSelector deployedOrReleasedSelector();
    static ConsumerVersionSelector deployedSelector(const QString &environment = {});
    static ConsumerVersionSelector releasedSelector(const QString &environment = {});
    static ConsumerVersionSelector tagSelector(const QString &tag, bool latest = true, const QString &fallbackTag = {});
    static ConsumerVersionSelector latestSelector();

    QJsonObject toJson() const;
    /// Reads a selector object; false with `error` set on an unknown key or a wrongly typed value.
    static bool fromJson(const QJsonObject &json, ConsumerVersionSelector *selector, QString *error);

    bool operator==(const ConsumerVersionSelector &o) const { return toJson() == o.toJson(); }
};

} // namespace Pactbench
