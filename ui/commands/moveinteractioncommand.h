// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QUndoCommand>

namespace Pactbench {

class PactDocument;

/// Moves an interaction to another position in the pact's list; undo moves it back.
class MoveInteractionCommand : public QUndoCommand
{
public:
    MoveInteractionCommand(PactDocument *document, int from, int to);

    void redo() override;
    void undo() override;

private:
    QPointer<PactDocument> m_document;
    int m_from;
    int m_to;
};

} // namespace Pactbench
