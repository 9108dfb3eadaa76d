// SPDX-License-Identifier: MIT
#include "pacttreesync.h"

#include "pacttreenode.h"

namespace Pactbench {

namespace {

bool sameData(const PactTreeNode &a, const PactTreeNode &b)
{
    return a.name == b.name && a.detail == b.detail && a.toolTip == b.toolTip && a.jsonPath == b.jsonPath
        && a.matcherCount == b.matcherCount && a.matchedByRule == b.matchedByRule;
}

bool sameShapeNodes(const PactTreeNode *a, const PactTreeNode *b)
{
    if (a->kind != b->kind || a->childCount() != b->childCount())
        return false;
    for (int r = 0; r < a->childCount(); ++r) {
        if (!sameShapeNodes(a->child(r), b->child(r)))
            return false;
    }
    return true;
}

void copyNode(PactTreeNode *dst, const PactTreeNode *src, const PactTreeSync::ChangedRows &changed);

/// Copies `src` into row `row` of `parent` (and below), reporting the row when it changed.
void copyRow(PactTreeNode *parent, int row, const PactTreeNode *src, const PactTreeSync::ChangedRows &changed)
{
    PactTreeNode *d = parent->child(row);
    copyNode(d, src, changed);
    if (sameData(*d, *src))
        return;
    d->name = src->name;
    d->detail = src->detail;
    d->toolTip = src->toolTip;
    d->jsonPath = src->jsonPath;
    d->matcherCount = src->matcherCount;
    d->matchedByRule = src->matchedByRule;
    changed(parent, row, row);
}

void copyNode(PactTreeNode *dst, const PactTreeNode *src, const PactTreeSync::ChangedRows &changed)
{
    for (int r = 0; r < dst->childCount(); ++r)
        copyRow(dst, r, src->child(r), changed);
}

} // namespace

bool PactTreeSync::sameShape(const PactTreeNode *parent, const Nodes &fresh)
{
    if (parent->childCount() != int(fresh.size()))
        return false;
    for (int r = 0; r < parent->childCount(); ++r) {
        if (!sameShapeNodes(parent->child(r), fresh[size_t(r)].get()))
            return false;
    }
    return true;
}

void PactTreeSync::copyData(PactTreeNode *parent, const Nodes &fresh, const ChangedRows &changed)
{
    for (int r = 0; r < parent->childCount(); ++r)
        copyRow(parent, r, fresh[size_t(r)].get(), changed);
}

} // namespace Pactbench
