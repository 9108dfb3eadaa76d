// SPDX-License-Identifier: MIT
#include "pacttreenode.h"

#include <utility>

namespace Pactbench {

PactTreeNode::PactTreeNode(Kind k, PactDocument *doc, int interactionIndex)
    : kind(k), document(doc), interaction(interactionIndex)
{ }

PactTreeNode *PactTreeNode::child(int row) const
{
    if (row < 0 || row >= childCount())
        return nullptr;
    return m_children[size_t(row)].get();
}

PactTreeNode *PactTreeNode::appendChild(std::unique_ptr<PactTreeNode> child)
{
    return insertChild(childCount(), std::move(child));
}

PactTreeNode *PactTreeNode::insertChild(int row, std::unique_ptr<PactTreeNode> child)
{
    child->m_parent = this;
    PactTreeNode *raw = child.get();
    m_children.insert(m_children.begin() + row, std::move(child));
    renumberFrom(row);
    return raw;
}

void PactTreeNode::removeChild(int row)
{
    m_children.erase(m_children.begin() + row);
    renumberFrom(row);
}

std::vector<std::unique_ptr<PactTreeNode>> PactTreeNode::takeChildren()
{
    return std::exchange(m_children, {});
}

void PactTreeNode::clearChildren()
{
    m_children.clear();
}

const PactTreeNode *PactTreeNode::ancestor(Kind wanted) const
{
    for (const PactTreeNode *node = this; node; node = node->m_parent) {
        if (node->kind == wanted)
            return node;
    }
    return nullptr;
}

void PactTreeNode::renumberFrom(int row)
{
    for (int r = row; r < childCount(); ++r)
        m_children[size_t(r)]->m_row = r;
}

} // namespace Pactbench
