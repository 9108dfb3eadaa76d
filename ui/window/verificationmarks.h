// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

namespace Pactbench {

class PactDocument;
class PactTreeModel;
class VerificationPanel;

/**
 * Carries the verification panel's results into the pact tree: each verified interaction gets
 * its mark (running, passed, failed, failed but pending) while the run goes on; a new run
 * clears the marks of the pact it verifies.
 */
class VerificationMarks : public QObject
{
    Q_OBJECT

public:
    VerificationMarks(VerificationPanel *panel, PactTreeModel *tree, QObject *parent = nullptr);
    ~VerificationMarks() override;
    Q_DISABLE_COPY_MOVE(VerificationMarks)

private:
    void markRows(int first, int last);
    void clear();

    VerificationPanel *m_panel;
    PactTreeModel *m_tree;
    QPointer<PactDocument> m_marked; ///< the pact whose rows carry marks
};

} // namespace Pactbench
