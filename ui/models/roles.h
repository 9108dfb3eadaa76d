// SPDX-License-Identifier: MIT
#pragma once

#include <Qt>

namespace Pactbench::Roles {

/// Typed data the pact models give beside display text. Views and proxies read these, never the text.
enum Role : int {
    NodeKindRole = Qt::UserRole + 1, ///< int: PactTreeNode::Kind
    DocumentRole, ///< QObject*: the PactDocument the item belongs to
    InteractionIndexRole, ///< int: index in Pact::interactions, -1 above interactions
    InteractionKindRole, ///< int: InteractionKind of the interaction the item belongs to, -1 above
    JsonPathRole, ///< QString: where the item is in the V4 file, "$.interactions[3].request.headers"
    JsonTextRole, ///< QString: the item as the V4 writer writes it, indented; empty for groups
    FilterTextRole, ///< QString: what the filter box searches (description, states, method, path)
    PendingRole, ///< bool: the interaction is pending (V4)
    MatcherCountRole, ///< int: matchers of this item (interaction, part or rule list)
    MatchedByRuleRole, ///< bool: a header, query parameter or metadata key some matching rule applies to
    DetailRole, ///< QString: the detail column's text, also asked on column 0
    SeverityRole, ///< int: Diagnostic::Severity (diagnostics model)
    VerificationRole, ///< int: VerificationMark of the interaction's last verification (tree model)
    EditImpactRole, ///< int: EditImpact of the interaction's changes since the pact was saved (tree model)
    SpecCheckRole, ///< int: SpecCheckMark of the interaction's last check against an OpenAPI document (tree model)
};

/// How much the edits of an interaction since the last save matter to a provider (core/diff's Impact).
enum class EditImpact : int {
    None, ///< unchanged
    Cosmetic,
    Safe,
    Review,
    Breaking,
};

/// How the last verification of an interaction went, as the tree marks it.
enum class VerificationMark : int {
    None, ///< not verified (or the pact changed shape since)
    Running,
    Passed,
    Failed, ///< failed or errored, not pending
    PendingFailed, ///< failed, but pending: does not fail the build
};

/// What the last check of an interaction against the provider's OpenAPI document found, as the tree marks it.
enum class SpecCheckMark : int {
    None, ///< not checked, or nothing found
    Warning,
    Error,
};

} // namespace Pactbench::Roles
