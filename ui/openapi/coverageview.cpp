// SPDX-License-Identifier: MIT
#include "coverageview.h"

#include <QColor>
#include <QHeaderView>
#include <QTreeWidget>

namespace Pactbench {

namespace {

void markUncovered(QTreeWidgetItem *item)
{
    QFont font = item->font(0);
    font.setItalic(true);
    for (int c = 0; c < CoverageView::ColumnCount; ++c) {
        item->setFont(c, font);
        item->setForeground(c, QColor(0xc0, 0x39, 0x2b));
    }
}

QString countText(int interactions)
{
    return interactions > 0 ? QString::number(interactions) : CoverageView::tr("not covered");
}

} // namespace

void CoverageView::setup(QTreeWidget *tree)
{
    tree->setColumnCount(ColumnCount);
    tree->setHeaderLabels({ tr("Operation"), tr("Interactions") });
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(OperationColumn, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(InteractionsColumn, QHeaderView::ResizeToContents);
}

void CoverageView::fill(QTreeWidget *tree, const OpenApi::Coverage &coverage)
{
    tree->clear();
    for (const OpenApi::OperationCoverage &op : coverage.operations) {
        QString name = op.method.toUpper() + u' ' + op.pathName;
        if (!op.operationId.isEmpty())
            name += QStringLiteral("  (%1)").arg(op.operationId);
        auto *item = new QTreeWidgetItem(tree, { name, countText(op.interactions) });
        item->setData(InteractionsColumn, Qt::UserRole, op.interactions);
        if (op.interactions == 0)
            markUncovered(item);
        for (const OpenApi::ResponseCoverage &r : op.responses) {
            auto *child = new QTreeWidgetItem(item, { tr("response %1").arg(r.status), countText(r.interactions) });
            child->setData(InteractionsColumn, Qt::UserRole, r.interactions);
            if (r.interactions == 0)
                markUncovered(child);
        }
    }
    tree->expandAll();
}

QString CoverageView::summary(const OpenApi::Coverage &coverage)
{
    return tr("%1 of %2 operations, %3 of %4 responses covered")
        .arg(coverage.coveredOperations())
        .arg(coverage.operations.size())
        .arg(coverage.coveredResponses())
        .arg(coverage.totalResponses());
}

} // namespace Pactbench
