// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/diagnostic.h>

#include <QHash>
#include <QObject>

namespace Pactbench {

class DocumentJobs;
class DocumentManager;
class PactDocument;
struct Pact;

/**
 * The overlap lint of every open pact: interactions the mock server never serves for their own
 * request because an earlier one matches it too (findOverlaps), as warnings located at the
 * interaction. It runs off the GUI thread, a moment after the last edit (DocumentJobs); a newer
 * edit drops the result of an older run. Results go to lintChanged() (the Diagnostics model shows them).
 */
class OverlapLint : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverlapLint)

public:
    /// How long after an edit the lint runs (ms): typing does not start a run per key.
    static constexpr int DelayMs = 300;
    /// At most this many overlaps are reported per pact (the last warning says so when reached).
    static constexpr int Limit = 100;

    explicit OverlapLint(DocumentManager *documents, QObject *parent = nullptr);
    ~OverlapLint() override;

    /// The warnings of the last finished run for `document`.
    Diagnostics diagnostics(const PactDocument *document) const { return m_results.value(document); }

    /// The lint of `pact`, on any thread.
    static Diagnostics lint(const Pact &pact);

Q_SIGNALS:
    void lintChanged(Pactbench::PactDocument *document, const Pactbench::Diagnostics &diagnostics);

private:
    void take(PactDocument *document, const Diagnostics &diagnostics);

    DocumentJobs *m_jobs;
    QHash<const PactDocument *, Diagnostics> m_results;
};

} // namespace Pactbench
