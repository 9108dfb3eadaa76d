// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Pactbench {

class PactDocument;

/**
 * One node of PactTreeModel. A node owns its children and knows its parent and its row.
 * It holds the texts it shows and where it lives (document, interaction, JSON path inside the
 * interaction as the V4 writer writes it), never a copy of pact data. Interaction nodes create
 * their part nodes only when first asked (`childrenLoaded`), so a 10,000-interaction pact costs
 * one small node per interaction until the user expands one.
 */
struct PactTreeNode
{
    enum class Kind {
        Root,
        Pact,
        Group, ///< interactions of one kind
        Interaction,
        ProviderStates,
        ProviderState,
        Comments,
        Request, ///< HTTP request, or the request message of a synchronous message
        Response, ///< HTTP response, or one response message of a synchronous message
        Query,
        QueryParameter,
        Headers,
        Header,
        Body, ///< HTTP body or message contents
        BodyField, ///< a member or element of a JSON body, with the rule that applies to it
        Metadata,
        MetadataEntry,
        MatchingRules,
        RuleList, ///< the matchers of one (category, key)
        Generators,
        Generator,
        Raw, ///< an interaction kind this version cannot show part by part
    };

    PactTreeNode(Kind kind, PactDocument *document, int interaction = -1);

    Kind kind;
    PactDocument *document = nullptr;
    int interaction = -1; ///< index in Pact::interactions; -1 above interactions
    QString name;
    QString detail;
    QString toolTip;
    QStringList jsonPath; ///< keys (array indexes as numbers) inside the interaction's V4 JSON
    int matcherCount = 0;
    bool matchedByRule = false;
    bool childrenLoaded = true; ///< false until an interaction's parts are created
    int verification = 0; ///< Roles::VerificationMark of an interaction node
    int editImpact = 0; ///< Roles::EditImpact of an interaction node
    QString editImpactText; ///< its changes in words (tooltip)
    int specCheck = 0; ///< Roles::SpecCheckMark of an interaction node
    QString specCheckText; ///< the check's findings in words (tooltip)

    PactTreeNode *parent() const { return m_parent; }
    int row() const { return m_row; }
    int childCount() const { return int(m_children.size()); }
    PactTreeNode *child(int row) const;
    /// Appends `child` and returns it.
    PactTreeNode *appendChild(std::unique_ptr<PactTreeNode> child);
    /// Inserts `child` at `row` (renumbers the rows after it) and returns it.
    PactTreeNode *insertChild(int row, std::unique_ptr<PactTreeNode> child);
    void removeChild(int row);
    /// Removes every child and hands them over (their parent pointers still name this node).
    std::vector<std::unique_ptr<PactTreeNode>> takeChildren();
    void clearChildren();
    /// The first ancestor (or this) of the kind, or null.
    const PactTreeNode *ancestor(Kind kind) const;

private:
    void renumberFrom(int row);

    PactTreeNode *m_parent = nullptr;
    int m_row = 0;
    std::vector<std::unique_ptr<PactTreeNode>> m_children;
};

} // namespace Pactbench
