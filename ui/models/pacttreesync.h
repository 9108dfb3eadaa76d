// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <memory>
#include <vector>

namespace Pactbench {

struct PactTreeNode;

/**
 * Updates part nodes in place when an edit keeps their shape (same kinds, same child counts),
 * so views keep their selection and expansion while the user types. Only when the shape
 * changes (a header added, a rule removed) does the model remove and insert rows.
 */
class PactTreeSync
{
public:
    using Nodes = std::vector<std::unique_ptr<PactTreeNode>>;
    /// Called for every parent whose children's data changed (first and last row).
    using ChangedRows = std::function<void(PactTreeNode *parent, int first, int last)>;

    /// Whether `fresh` has the shape of `parent`'s children, recursively.
    static bool sameShape(const PactTreeNode *parent, const Nodes &fresh);
    /// Copies the data of `fresh` into `parent`'s children, reporting each changed row range.
    static void copyData(PactTreeNode *parent, const Nodes &fresh, const ChangedRows &changed);
};

} // namespace Pactbench
