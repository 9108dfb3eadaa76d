// SPDX-License-Identifier: MIT
#pragma once

#include <core/openapi/coverage.h>

#include <QCoreApplication>

QT_BEGIN_NAMESPACE
class QTreeWidget;
QT_END_NAMESPACE

namespace Pactbench {

/// The Coverage tab: the document's operations ("GET /pets") with their interaction counts, their responses
/// below; what no interaction exercises is marked "not covered" (red, italic).
class CoverageView
{
    Q_DECLARE_TR_FUNCTIONS(Pactbench::CoverageView)

public:
    enum Column { OperationColumn, InteractionsColumn, ColumnCount };
    /// Sets up `tree`'s columns (once).
    static void setup(QTreeWidget *tree);
    /// Shows `coverage` in `tree` (replacing what it showed).
    static void fill(QTreeWidget *tree, const OpenApi::Coverage &coverage);
    /// "2 of 5 operations, 3 of 9 responses covered".
    static QString summary(const OpenApi::Coverage &coverage);
};

} // namespace Pactbench
