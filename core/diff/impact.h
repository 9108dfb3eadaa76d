// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Pactbench::Diff {

/**
 * What a difference between an OLD and a NEW pact means for a provider that honours OLD.
 * Ordered: a higher value is a bigger risk, so the highest impact of a set is its maximum.
 */
enum class Impact {
    None, ///< no difference at all (only for summaries: a Change never has it)
    Cosmetic, ///< verification cannot be affected (an example under a matcher that accepts both, comments, …)
    Safe, ///< every provider that passes OLD passes NEW, and the meaning changed (a field no longer expected, …)
    Review, ///< the tool cannot decide (incomparable regexes, provider states, generators); the reason says why
    Breaking, ///< some provider that passes verification of OLD can fail NEW
};

/// "none", "cosmetic", "safe", "review", "breaking".
QString impactName(Impact impact);
/// The impact of a name impactName() gives; false when `name` is none of them.
bool parseImpact(const QString &name, Impact *impact);

/// What happened to an interaction between OLD and NEW.
enum class ChangeStatus {
    Added, ///< only in NEW
    Removed, ///< only in OLD
    Renamed, ///< paired although its description changed (same key, or same request and response)
    Changed, ///< paired, with differences
};

/// "added", "removed", "renamed", "changed".
QString changeStatusName(ChangeStatus status);

/**
 * One located difference. `part` names the side and the category ("request.body", "response.header",
 * "message.metadata", "response.matchingRules.body", "interaction.pending", …); `path` is the JSON path,
 * the header, query or metadata name, or the matching-rule key (empty for the part as a whole).
 */
struct Change
{
    QString part;
    QString path;
    Impact impact = Impact::Cosmetic;
    QString reason; ///< one sentence
    QJsonValue oldValue = QJsonValue(QJsonValue::Undefined); ///< undefined: absent in OLD
    QJsonValue newValue = QJsonValue(QJsonValue::Undefined); ///< undefined: absent in NEW
};

/// The differences of one interaction (paired, or only on one side).
struct InteractionDiff
{
    QString description; ///< NEW's description (OLD's for a removed interaction)
    QString oldDescription; ///< OLD's, when it differs (renamed) or the interaction was removed
    QString key; ///< V4 key (NEW's, else OLD's), or empty
    QString kind; ///< "HTTP", "Message", "Sync message"
    ChangeStatus status = ChangeStatus::Changed;
    QList<Change> changes;
    int oldIndex = -1; ///< position in OLD's interactions, −1 when added
    int newIndex = -1; ///< position in NEW's interactions, −1 when removed

    /// The highest impact of its changes (None when it has none).
    Impact impact() const;
};

/// The semantic differences of two pacts; unchanged interactions are not listed.
struct PactDiff
{
    QString oldConsumer, oldProvider, newConsumer, newProvider;
    QList<InteractionDiff> interactions; ///< in NEW's order, removed ones after
    int pairedCount = 0; ///< interactions found in both
    int unchangedCount = 0; ///< of them, without any difference

    Impact maxImpact() const;
    /// Changes of that impact over every interaction.
    int count(Impact impact) const;
};

} // namespace Pactbench::Diff
