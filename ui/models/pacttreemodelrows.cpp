// SPDX-License-Identifier: MIT
// PactTreeModel: inserting and removing one interaction's row (the rest of the model is in
// pacttreemodel.cpp). Nodes hold interaction indexes, so the indexes after the edit are shifted.
#include "pacttreebuilder.h"
#include "pacttreemodel.h"
#include "pacttreenode.h"

#include <ui/document/pactdocument.h>

namespace Pactbench {

using Kind = PactTreeNode::Kind;

namespace {

/// Adds `delta` to every interaction index >= `from` in the subtree, or sets it to `to` exactly.
void shiftIndexes(PactTreeNode *node, int from, int delta)
{
    if (node->interaction >= from)
        node->interaction += delta;
    for (int r = 0; r < node->childCount(); ++r)
        shiftIndexes(node->child(r), from, delta);
}

void setIndex(PactTreeNode *node, int interaction)
{
    node->interaction = interaction;
    for (int r = 0; r < node->childCount(); ++r)
        setIndex(node->child(r), interaction);
}

/// The row in `group` an interaction with this index belongs at (groups keep file order).
int rowFor(const PactTreeNode *group, int interaction)
{
    int row = 0;
    while (row < group->childCount() && group->child(row)->interaction < interaction)
        ++row;
    return row;
}

} // namespace

PactTreeNode *PactTreeModel::groupNode(PactTreeNode *pact, InteractionKind kind, bool create)
{
    const int rank = PactTreeBuilder::groupRank(kind);
    int row = 0;
    for (; row < pact->childCount(); ++row) {
        const int other = PactTreeBuilder::groupRank(PactTreeBuilder::groupKind(pact->child(row)));
        if (other == rank)
            return pact->child(row);
        if (other > rank)
            break;
    }
    if (!create)
        return nullptr;
    beginInsertRows(indexForNode(pact), row, row);
    PactTreeNode *group = pact->insertChild(row, PactTreeBuilder::buildGroup(pact->document, kind));
    endInsertRows();
    return group;
}

void PactTreeModel::updateGroupRow(PactTreeNode *group)
{
    group->detail = QString::number(group->childCount());
    Q_EMIT dataChanged(indexForNode(group, NameColumn), indexForNode(group, DetailColumn));
}

void PactTreeModel::insertInteractionRow(PactDocument *document, int interaction)
{
    PactTreeNode *pact = pactNode(document);
    if (!pact || interaction < 0 || interaction >= document->pact().interactions.size())
        return;
    shiftIndexes(pact, interaction, 1);
    PactTreeNode *group = groupNode(pact, document->pact().interactions.at(interaction).kind, true);
    const int row = rowFor(group, interaction);
    beginInsertRows(indexForNode(group), row, row);
    group->insertChild(row, PactTreeBuilder::buildInteraction(document, interaction));
    endInsertRows();
    updateGroupRow(group);
    updateDocumentRow(document);
}

void PactTreeModel::removeInteractionRow(PactDocument *document, int interaction)
{
    PactTreeNode *node = interactionNode(document, interaction);
    if (!node)
        return;
    // The document no longer has this interaction: the node must not read it while it goes.
    setIndex(node, -1);
    PactTreeNode *pact = pactNode(document);
    shiftIndexes(pact, interaction + 1, -1);
    PactTreeNode *group = node->parent();
    beginRemoveRows(indexForNode(group), node->row(), node->row());
    group->removeChild(node->row());
    endRemoveRows();
    if (group->childCount() == 0) {
        beginRemoveRows(indexForNode(pact), group->row(), group->row());
        pact->removeChild(group->row());
        endRemoveRows();
    } else {
        updateGroupRow(group);
    }
    updateDocumentRow(document);
}

void PactTreeModel::setVerificationMark(const PactDocument *document, int interaction, Roles::VerificationMark mark)
{
    PactTreeNode *node = interactionNode(document, interaction);
    if (!node || node->verification == int(mark))
        return;
    node->verification = int(mark);
    Q_EMIT dataChanged(indexForNode(node, NameColumn), indexForNode(node, DetailColumn));
}

void PactTreeModel::clearVerificationMarks(const PactDocument *document)
{
    PactTreeNode *pact = pactNode(document);
    for (int g = 0; pact && g < pact->childCount(); ++g) {
        PactTreeNode *group = pact->child(g);
        for (int r = 0; r < group->childCount(); ++r)
            group->child(r)->verification = int(Roles::VerificationMark::None);
        if (group->childCount() > 0)
            Q_EMIT dataChanged(indexForNode(group->child(0), NameColumn),
                indexForNode(group->child(group->childCount() - 1), DetailColumn));
    }
}

void PactTreeModel::setEditImpacts(const PactDocument *document, const QHash<int, EditImpactMark> &marks)
{
    PactTreeNode *pact = pactNode(document);
    for (int g = 0; pact && g < pact->childCount(); ++g) {
        PactTreeNode *group = pact->child(g);
        for (int r = 0; r < group->childCount(); ++r) {
            PactTreeNode *node = group->child(r);
            const EditImpactMark mark = marks.value(node->interaction);
            if (node->editImpact == int(mark.impact) && node->editImpactText == mark.text)
                continue;
            node->editImpact = int(mark.impact);
            node->editImpactText = mark.text;
            Q_EMIT dataChanged(indexForNode(node, NameColumn), indexForNode(node, DetailColumn));
        }
    }
}

void PactTreeModel::setSpecCheckMarks(const PactDocument *document, const QHash<int, SpecCheckMark> &marks)
{
    PactTreeNode *pact = pactNode(document);
    for (int g = 0; pact && g < pact->childCount(); ++g) {
        PactTreeNode *group = pact->child(g);
        for (int r = 0; r < group->childCount(); ++r) {
            PactTreeNode *node = group->child(r);
            const SpecCheckMark mark = marks.value(node->interaction);
            if (node->specCheck == int(mark.mark) && node->specCheckText == mark.text)
                continue;
            node->specCheck = int(mark.mark);
            node->specCheckText = mark.text;
            Q_EMIT dataChanged(indexForNode(node, NameColumn), indexForNode(node, DetailColumn));
        }
    }
}

} // namespace Pactbench
