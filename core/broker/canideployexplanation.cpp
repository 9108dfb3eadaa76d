// SPDX-License-Identifier: MIT
#include "canideployexplanation.h"

#include <QMap>
#include <QRegularExpression>
#include <algorithm>

namespace Pactbench {

namespace {

using ReasonKind = BlockingReason::Kind;

QString place(const MatrixQuery &query)
{
    if (!query.toEnvironment.isEmpty())
        return query.toEnvironment;
    if (!query.toTag.isEmpty())
        return u"the environment tagged "_qs + query.toTag;
    return {};
}

/// "the version deployed to production" / "the latest version tagged prod" / "" for a counterpart's version.
QString counterpartRole(const MatrixQuery &query)
{
    if (!query.toEnvironment.isEmpty())
        return u"the version deployed to "_qs + query.toEnvironment;
    if (!query.toTag.isEmpty())
        return u"the latest version tagged "_qs + query.toTag;
    return {};
}

QString subject(const MatrixQuery &query)
{
    QStringList parts;
    for (const MatrixSelector &s : query.selectors)
        parts << s.describe();
    return parts.join(u" with "_qs);
}

bool selected(const MatrixQuery &query, const QString &name)
{
    for (const MatrixSelector &s : query.selectors) {
        if (s.pacticipant == name)
            return true;
    }
    return false;
}

/// The version of `pacticipant` a broker reason names in brackets ("… of Bar currently in production (2.0.1)").
QString versionInReasons(const Matrix &matrix, const QString &pacticipant)
{
    const QRegularExpression re(u"of "_qs + QRegularExpression::escape(pacticipant) + u"\\b[^()\\n]*\\(([^()\\n]+)\\)"_qs);
    const QRegularExpressionMatch m = re.match(matrix.summary.reason);
    if (!m.hasMatch() || m.captured(1).startsWith(u"no "))
        return {};
    return m.captured(1);
}

bool pendingNotice(const Matrix &matrix, const MatrixRow &row)
{
    for (const BrokerNotice &n : matrix.notices) {
        if (n.text.contains(u"pending", Qt::CaseInsensitive) && n.text.contains(row.consumer) && n.text.contains(row.provider))
            return true;
    }
    return false;
}

QString named(const QString &pacticipant, const QString &version)
{
    return version.isEmpty() ? pacticipant : pacticipant + u' ' + version;
}

QString selectedVersion(const MatrixQuery &query, const QString &name)
{
    for (const MatrixSelector &s : query.selectors) {
        if (s.pacticipant == name)
            return s.version;
    }
    return {};
}

/// Pacticipants the broker's reasons say have no version in the target: name → target in words.
QMap<QString, QString> missingInTarget(const Matrix &matrix)
{
    static const QRegularExpression re(
        u"(?:a version|the latest version) of (.+?) (?:currently in (\\S+)|with tag (\\S+)) \\((?:no version is currently recorded|no such version exists)"_qs);
    QMap<QString, QString> out;
    for (const QString &line : matrix.summary.reason.split(u'\n', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = re.match(line);
        if (m.hasMatch() && !line.startsWith(u"Ignoring: "))
            out.insert(m.captured(1), m.captured(2).isEmpty() ? u"the environment tagged "_qs + m.captured(3) : m.captured(2));
    }
    return out;
}

BlockingReason missingTarget(const MatrixQuery &query, const QString &who, const QString &target, int row)
{
    const bool byTag = target.startsWith(u"the environment tagged "_qs);
    return BlockingReason{ReasonKind::NoVersionInTarget, row, {}, who,
                          who + u" has no version in "_qs + target + u", and "_qs + subject(query) + u" needs one there"_qs,
                          byTag ? QString(u"tag the version of "_qs + who + u" that runs there with "_qs + target.mid(23))
                                : QString(u"deploy "_qs + who + u" to "_qs + target + u" first and record it: pactbench-cli broker record-deployment --pacticipant "_qs
                                          + who + u" --version VERSION --environment "_qs + target)};
}

BlockingReason rowReason(const MatrixQuery &query, const Matrix &matrix, const MatrixRow &row, int index)
{
    const bool deployingProvider = selected(query, row.provider) && !selected(query, row.consumer);
    const QMap<QString, QString> absent = missingInTarget(matrix);
    if (!row.hasVerification() && !deployingProvider && absent.contains(row.provider)) {
        BlockingReason r = missingTarget(query, row.provider, absent.value(row.provider), index);
        r.consumer = row.consumer;
        return r;
    }
    BlockingReason r;
    r.row = index;
    r.consumer = row.consumer;
    r.provider = row.provider;
    const QString consumer = named(row.consumer, row.consumerVersion.number);
    QString providerVersion = row.providerVersion.number;
    if (providerVersion.isEmpty())
        providerVersion = selected(query, row.provider) ? selectedVersion(query, row.provider) : versionInReasons(matrix, row.provider);
    const QString provider = named(row.provider, providerVersion);
    const QString role = counterpartRole(query);
    // The role ("the version deployed to production") belongs to the side that is not being deployed.
    const QString consumerPart = deployingProvider && !role.isEmpty() ? consumer + u", "_qs + role + u',' : consumer;
    const QString providerPart = !deployingProvider && !role.isEmpty() ? provider + u", "_qs + role : provider;
    if (pendingNotice(matrix, row)) {
        r.kind = ReasonKind::PendingPact;
        r.why = u"the pact of "_qs + consumer + u" is pending for "_qs + row.provider + u" and "_qs
            + (row.hasVerification() ? QString(u"its verification by "_qs + provider + u" failed"_qs) : QString(u"has no verification by "_qs + provider));
        r.nextStep = u"the pact is pending: a failure does not fail "_qs + row.provider + u"'s build, so implement what "_qs + row.consumer
            + u" expects in "_qs + row.provider + u", verify it with the selector {deployedOrReleased: true} and publish the results"_qs;
        return r;
    }
    if (!row.hasVerification()) {
        r.kind = ReasonKind::MissingVerification;
        r.why = consumerPart + u" has no verification by "_qs
            + (providerVersion.isEmpty() ? u"any version of "_qs + row.provider : providerPart);
        r.nextStep = deployingProvider
            ? QString(u"run "_qs + row.provider + u"'s verification with the selector {deployedOrReleased: true} and publish the results as "_qs + provider)
            : QString(u"run "_qs + row.provider + u"'s verification"_qs + (providerVersion.isEmpty() ? QString() : u" of "_qs + providerVersion)
                      + u" against the pact of "_qs + consumer
                      + u" (the broker's contract_requiring_verification_published webhook can trigger it) and publish the results"_qs);
        return r;
    }
    r.kind = ReasonKind::FailedVerification;
    r.why = provider + u" failed its verification of "_qs + consumer + u"'s pact"_qs
        + (row.verifiedAt.isValid() ? u" on "_qs + row.verifiedAt.toUTC().toString(Qt::ISODate) : QString())
        + (role.isEmpty() ? QString() : u"; "_qs + (deployingProvider ? consumer : provider) + u" is "_qs + role);
    const QString where = row.verificationUrl.isEmpty() ? QString() : u" (see "_qs + row.verificationUrl.toString() + u')';
    r.nextStep = deployingProvider
        ? QString(u"fix "_qs + row.provider + u" so that it honours "_qs + row.consumer + u"'s pact again"_qs + where + u", then verify and publish again"_qs)
        : QString(u"change "_qs + row.consumer + u" so that its pact matches what "_qs + provider + u" provides, or have "_qs + row.provider
                  + u" support it and deploy it first"_qs + where);
    return r;
}

/// Reasons that are no row: a selected version that does not exist, an integrated pacticipant missing in the target.
QList<BlockingReason> reasonsWithoutRow(const MatrixQuery &query, const Matrix &matrix, const QList<BlockingReason> &rows)
{
    static const QList<QRegularExpression> unknownVersion{
        QRegularExpression(u"^No pacts or verifications have been published for (?:version .+ of )?(?<who>.+)$"_qs),
        QRegularExpression(u"^No version with tag .+ exists for (?<who>.+)$"_qs),
        QRegularExpression(u"^No version of (?<who>.+?) (?:from branch .+|from the main branch) exists$"_qs),
        QRegularExpression(u"^No version of (?<who>.+?) is currently recorded as deployed or released in environment .+$"_qs)};
    QList<BlockingReason> out;
    for (const QString &line : matrix.summary.reason.split(u'\n', Qt::SkipEmptyParts)) {
        for (const QRegularExpression &re : unknownVersion) {
            const QRegularExpressionMatch m = re.match(line);
            if (!m.hasMatch())
                continue;
            const QString who = m.captured(u"who");
            out << BlockingReason{ReasonKind::UnknownVersion, -1, who, {}, line,
                                  u"check the version, branch or tag of "_qs + who
                                      + u", or publish its pacts or verification results first (the broker learns of versions from them)"_qs};
            break;
        }
    }
    const QMap<QString, QString> absent = missingInTarget(matrix);
    for (auto it = absent.cbegin(); it != absent.cend(); ++it) {
        const bool covered = std::any_of(rows.cbegin(), rows.cend(), [&it](const BlockingReason &r) { return r.provider == it.key(); });
        if (!covered)
            out << missingTarget(query, it.key(), it.value(), -1);
    }
    return out;
}

QString verdict(const MatrixQuery &query, const Matrix &matrix, const QList<BlockingReason> &blocking)
{
    const QString where = place(query);
    const QString to = where.isEmpty() ? QString() : u" to "_qs + where;
    const int total = matrix.summary.success + matrix.summary.failed + matrix.summary.unknown;
    const int open = matrix.summary.failed + matrix.summary.unknown;
    const QString of = QString::number(open) + u" of "_qs + QString::number(total)
        + (total == 1 ? u" integration "_qs : u" integrations "_qs) + (open == 1 ? u"is"_qs : u"are"_qs);
    if (matrix.summary.deployable == true)
        return subject(query) + u" can be deployed"_qs + to + u": "_qs
            + (total == 0   ? u"it has no integrations that need verifying."_qs
                   : total == 1 ? u"its one integration is verified."_qs
                                : u"all "_qs + QString::number(total) + u" integrations are verified."_qs);
    if (!matrix.summary.deployable && matrix.summary.failed > 0) {
        // The broker says "unknown" while results are missing, but a failed one already decides it.
        return subject(query) + u" cannot be deployed"_qs + to + u": "_qs + QString::number(matrix.summary.failed) + u" of "_qs
            + QString::number(total) + (total == 1 ? u" integration"_qs : u" integrations"_qs) + u" failed verification and "_qs
            + QString::number(matrix.summary.unknown) + (matrix.summary.unknown == 1 ? u" has"_qs : u" have"_qs)
            + u" no verification result yet."_qs;
    }
    if (!matrix.summary.deployable) {
        const int unknown = matrix.summary.unknown;
        return u"It is not known yet whether "_qs + subject(query) + u" can be deployed"_qs + to + u": "_qs + QString::number(unknown)
            + u" of "_qs + QString::number(total) + (total == 1 ? u" integration "_qs : u" integrations "_qs)
            + (unknown == 1 ? u"has"_qs : u"have"_qs) + u" no verification result yet."_qs;
    }
    if (open == 0)
        return subject(query) + u" cannot be deployed"_qs + to + u": "_qs + (blocking.isEmpty() ? matrix.summary.reason : blocking.first().why) + u'.';
    return subject(query) + u" cannot be deployed"_qs + to + u": "_qs + of + u" not verified."_qs;
}

} // namespace

CanIDeployExplanation explainCanIDeploy(const MatrixQuery &query, const Matrix &matrix)
{
    CanIDeployExplanation e;
    e.deployable = matrix.summary.deployable;
    for (int i = 0; i < matrix.rows.size(); ++i) {
        const MatrixRow &row = matrix.rows.at(i);
        if (!row.ignored && row.success != true)
            e.blocking << rowReason(query, matrix, row, i);
    }
    if (matrix.summary.deployable != true)
        e.blocking << reasonsWithoutRow(query, matrix, e.blocking);
    if (matrix.summary.deployable != true && e.blocking.isEmpty() && !matrix.summary.reason.isEmpty()) {
        e.blocking << BlockingReason{ReasonKind::Other, -1, {}, {}, matrix.summary.reason,
                                     u"read the broker's reason above; `pactbench-cli broker can-i-deploy --output json` shows the whole matrix"_qs};
    }
    e.verdict = verdict(query, matrix, e.blocking);
    return e;
}

} // namespace Pactbench
