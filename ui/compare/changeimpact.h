// SPDX-License-Identifier: MIT
#pragma once

#include <core/diff/impact.h>

#include <QHash>
#include <QObject>

namespace Pactbench {

class DocumentJobs;
class DocumentManager;
class PactDocument;
class PactTreeModel;

/**
 * The impact of unsaved edits, live: for every open pact, what changed since it was read or saved
 * (core/diff, off the GUI thread a moment after each edit) marks the tree's interactions with their
 * impact (tint and tooltip) and gives a summary for the status bar ("2 breaking changes since the
 * last save"). An edit never waits for a comparison: a newer edit drops an older run.
 */
class ChangeImpact : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeImpact)

public:
    static constexpr int DelayMs = 250;

    ChangeImpact(DocumentManager *documents, PactTreeModel *tree, QObject *parent = nullptr);
    ~ChangeImpact() override;

    /// The last comparison of `document` with its saved form (empty before the first one).
    Diff::PactDiff diff(const PactDocument *document) const { return m_diffs.value(document); }
    /// ImpactFormat::summary of it; empty when nothing changed.
    QString summary(const PactDocument *document) const;

Q_SIGNALS:
    /// A new comparison of `document` arrived (the tree is marked already).
    void changed(Pactbench::PactDocument *document);

private:
    void take(PactDocument *document, const Diff::PactDiff &diff);

    PactTreeModel *m_tree;
    DocumentJobs *m_jobs;
    QHash<const PactDocument *, Diff::PactDiff> m_diffs;
};

} // namespace Pactbench
