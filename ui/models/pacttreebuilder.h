// SPDX-License-Identifier: MIT
#pragma once

#include "pacttreenode.h"

#include <core/model/interaction.h>

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace Pactbench {

class PactDocument;

/**
 * Creates the nodes of PactTreeModel from a document: the pact node with its groups and
 * interaction nodes at once, the parts of an interaction on demand.
 */
class PactTreeBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Pactbench::PactTreeBuilder)

public:
    using Nodes = std::vector<std::unique_ptr<PactTreeNode>>;

    /// The pact node, its kind groups (only the kinds present) and one unloaded node per interaction.
    static std::unique_ptr<PactTreeNode> buildPact(PactDocument *document);
    /// An unloaded interaction node for interaction `index` of the document.
    static std::unique_ptr<PactTreeNode> buildInteraction(PactDocument *document, int index);
    /// An empty group node for interactions of `kind`.
    static std::unique_ptr<PactTreeNode> buildGroup(PactDocument *document, InteractionKind kind);
    /// Where the group of `kind` goes among a pact's groups (HTTP, messages, synchronous messages, other).
    static int groupRank(InteractionKind kind);
    /// The kind whose group is named `groupName` (the group's own name).
    static InteractionKind groupKind(const PactTreeNode *group);
    /// Sets the pact node's texts (names, version, origin, dirty mark).
    static void updatePactNode(PactTreeNode *node);
    /// Sets an interaction node's texts.
    static void updateInteractionNode(PactTreeNode *node);
    /// The part nodes of an interaction node.
    static Nodes buildParts(const PactTreeNode *interactionNode);

private:
    static void addProviderStates(PactTreeNode *parent, const Interaction &interaction);
    static void addComments(PactTreeNode *parent, const Interaction &interaction);
    static void addRequest(PactTreeNode *parent, const HttpRequest &request);
    static void addResponse(PactTreeNode *parent, const HttpResponse &response);
    static void addMessageParts(PactTreeNode *parent, const MessageContents &message, const QStringList &path);
    static void addQuery(PactTreeNode *parent, const HttpRequest &request, const QStringList &path);
    static void addHeaders(
        PactTreeNode *parent, const Headers &headers, const MatchingRules &rules, const QStringList &path);
    static void addMetadata(PactTreeNode *parent, const MessageContents &message, const QStringList &path);
    static void addBody(PactTreeNode *parent, const Body &body, const QString &contextType, const MatchingRules &rules,
        const QStringList &path);
    static void addRules(PactTreeNode *parent, const MatchingRules &rules, const QStringList &path);
    /// The members / elements of a JSON body below `parent` (at most a few hundred), each with its rule.
    static void addBodyFields(PactTreeNode *parent, const QJsonValue &value, const QStringList &valuePath,
        const MatchingRules::Category &rules, int *budget);
    static void addGenerators(PactTreeNode *parent, const Generators &generators, const QStringList &path);
    static PactTreeNode *addNode(PactTreeNode *parent, PactTreeNode::Kind kind, const QString &name,
        const QString &detail, const QStringList &path);
};

} // namespace Pactbench
