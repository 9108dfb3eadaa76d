// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/interaction.h>

#include <QList>
#include <QPointer>
#include <QUndoCommand>

namespace Pactbench {

class PactDocument;

/// Appends several interactions at `index` as one undo step (captured or imported ones); undo removes them all.
class AddInteractionsCommand : public QUndoCommand
{
public:
    AddInteractionsCommand(PactDocument *document, int index, const QList<Interaction> &interactions, const QString &text);
    /// Where the first interaction goes (the end of the pact when `index` was out of range).
    int index() const { return m_index; }

    void redo() override;
    void undo() override;

private:
    QPointer<PactDocument> m_document;
    int m_index;
    QList<Interaction> m_interactions;
};

} // namespace Pactbench
