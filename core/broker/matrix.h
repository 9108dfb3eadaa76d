// SPDX-License-Identifier: MIT
#pragma once

#include "brokernotice.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace Pactbench {

/**
 * One `q[]` selector of the broker's matrix (`/matrix?q[][pacticipant]=…`): a pacticipant and at
 * most one way to pick its version(s). With none set, every version of the pacticipant is meant.
 */
struct MatrixSelector
{
    QString pacticipant;
    QString version; ///< `q[][version]`: one version number
    QString branch; ///< `q[][branch]`
    QString tag; ///< `q[][tag]`; with `latest`, the latest version with this tag
    bool latest = false; ///< `q[][latest]=true`
    bool mainBranch = false; ///< `q[][mainBranch]=true`
    QString environment; ///< `q[][environment]`: the versions deployed/released there

    /// In words: "OrderWeb 1.4.2", "the latest OrderWeb with tag prod", "OrderWeb on branch main".
    QString describe() const;

    bool operator==(const MatrixSelector &) const = default;
};

/// Which rows `ignore[]` takes out of the verdict: a pacticipant, optionally only one of its versions.
struct MatrixIgnore
{
    QString pacticipant;
    QString version;

    bool operator==(const MatrixIgnore &) const = default;
};

/**
 * A whole matrix or can-i-deploy question. `toEnvironment` / `toTag` make it "can the selected
 * versions go there" (`environment=` / `latest=true&tag=` on `/matrix`); `latestBy` is `cvp` or
 * `cvpv` (empty: every row).
 */
struct MatrixQuery
{
    QList<MatrixSelector> selectors;
    QString toEnvironment;
    QString toTag;
    std::optional<bool> latest; ///< top-level `latest=` (with `toTag`)
    QString latestBy;
    QList<MatrixIgnore> ignore;
    int limit = 0; ///< `limit=` when > 0

    /**
     * The `/matrix` query string: `q[][pacticipant]=…` and each selector's fields in order, then
     * `ignore[]`, `tag`, `latestby`, `environment`, `latest`, `limit` (the reference client's order);
     * values percent-encoded.
     */
    QString toQueryString() const;
    /// Empty when the query can be sent, else what is wrong ("selector 2 has no pacticipant").
    QString problem() const;

    bool operator==(const MatrixQuery &) const = default;
};

/// A pacticipant version as a matrix row shows it.
struct MatrixVersion
{
    QString number; ///< empty for a provider row without a verification
    QString branch;
    QStringList tags;
    QUrl url; ///< the version resource

    bool operator==(const MatrixVersion &) const = default;
};

/// One row: a pact between a consumer version and a provider, and its verification by a provider version if any.
struct MatrixRow
{
    QString consumer;
    MatrixVersion consumerVersion;
    QString provider;
    MatrixVersion providerVersion;
    QUrl consumerUrl;
    QUrl providerUrl;
    QDateTime pactCreatedAt;
    QUrl pactUrl;
    std::optional<bool> success; ///< empty: no verification result
    QDateTime verifiedAt;
    QUrl verificationUrl;
    bool ignored = false; ///< taken out of the verdict by `ignore[]`

    bool hasVerification() const { return success.has_value(); }
    bool operator==(const MatrixRow &) const = default;
};

/// The broker's summary: the verdict (`deployable` null when it cannot say), its reason, the counts.
struct MatrixSummary
{
    std::optional<bool> deployable;
    QString reason;
    int success = 0;
    int failed = 0;
    int unknown = 0;
    int ignored = 0;

    bool operator==(const MatrixSummary &) const = default;
};

/// A matrix or can-i-deploy answer: the summary, the notices, the rows in the broker's order.
struct Matrix
{
    MatrixSummary summary;
    QList<BrokerNotice> notices;
    QList<MatrixRow> rows;
    QJsonObject document; ///< the broker's document as received (`--output json` prints it)

    /// Reads the broker's document; `base` resolves relative links.
    static Matrix fromJson(const QJsonObject &json, const QUrl &base);
};

} // namespace Pactbench
