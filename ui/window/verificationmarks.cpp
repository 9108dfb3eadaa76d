// SPDX-License-Identifier: MIT
#include "verificationmarks.h"

#include <ui/models/pacttreemodel.h>
#include <ui/verify/verificationpanel.h>
#include <ui/verify/verificationresultsmodel.h>

namespace Pactbench {

namespace {

Roles::VerificationMark markFor(const QString &outcome)
{
    if (outcome == u"running")
        return Roles::VerificationMark::Running;
    if (outcome == u"passed")
        return Roles::VerificationMark::Passed;
    if (outcome == u"failed" || outcome == u"error")
        return Roles::VerificationMark::Failed;
    if (outcome == u"pending")
        return Roles::VerificationMark::PendingFailed;
    return Roles::VerificationMark::None; // skipped
}

} // namespace

VerificationMarks::VerificationMarks(VerificationPanel *panel, PactTreeModel *tree, QObject *parent)
    : QObject(parent), m_panel(panel), m_tree(tree)
{
    VerificationResultsModel *results = panel->resultsModel();
    connect(results, &QAbstractItemModel::modelReset, this, &VerificationMarks::clear);
    connect(results, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &where, int first, int last) {
        if (where.isValid() && !where.parent().isValid()) // interaction rows sit under the pact row
            markRows(first, last);
    });
    connect(results, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            if (topLeft.parent().isValid() && !topLeft.parent().parent().isValid())
                markRows(topLeft.row(), bottomRight.row());
        });
}

VerificationMarks::~VerificationMarks() = default;

void VerificationMarks::clear()
{
    PactDocument *next = m_panel->resultsDocument();
    if (m_marked && m_marked != next)
        m_tree->clearVerificationMarks(m_marked);
    m_marked = next;
    if (m_marked)
        m_tree->clearVerificationMarks(m_marked);
}

void VerificationMarks::markRows(int first, int last)
{
    PactDocument *document = m_panel->resultsDocument();
    if (!document)
        return;
    if (document != m_marked)
        clear();
    const VerificationResultsModel *results = m_panel->resultsModel();
    const QModelIndex pactRow = results->index(0, 0);
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = results->index(row, 0, pactRow);
        const int interaction = index.data(VerificationResultsModel::InteractionIndexRole).toInt();
        if (interaction >= 0)
            m_tree->setVerificationMark(
                document, interaction, markFor(index.data(VerificationResultsModel::OutcomeRole).toString()));
    }
}

} // namespace Pactbench
