// SPDX-License-Identifier: MIT
#include "changeimpact.h"

#include "impactformat.h"

#include <core/diff/pactdiff.h>
#include <ui/document/documentjobs.h>
#include <ui/document/pactdocument.h>
#include <ui/models/pacttreemodel.h>

namespace Pactbench {

ChangeImpact::ChangeImpact(DocumentManager *documents, PactTreeModel *tree, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
    , m_jobs(new DocumentJobs(
          documents,
          [](const Pact &current, const Pact &saved) { return QVariant::fromValue(Diff::diffPacts(saved, current)); },
          DelayMs, this))
{
    connect(m_jobs, &DocumentJobs::finished, this,
        [this](PactDocument *document, const QVariant &result) { take(document, result.value<Diff::PactDiff>()); });
    connect(m_jobs, &DocumentJobs::forgotten, this, [this](PactDocument *document) { m_diffs.remove(document); });
}

ChangeImpact::~ChangeImpact() = default;

QString ChangeImpact::summary(const PactDocument *document) const
{
    return ImpactFormat::summary(m_diffs.value(document));
}

void ChangeImpact::take(PactDocument *document, const Diff::PactDiff &diff)
{
    m_diffs.insert(document, diff);
    if (m_tree) {
        QHash<int, PactTreeModel::EditImpactMark> marks;
        for (const Diff::InteractionDiff &i : diff.interactions) {
            if (i.newIndex >= 0 && !i.changes.isEmpty())
                marks.insert(i.newIndex, { ImpactFormat::editImpact(i.impact()), ImpactFormat::interactionText(i) });
        }
        m_tree->setEditImpacts(document, marks);
    }
    Q_EMIT changed(document);
}

} // namespace Pactbench
