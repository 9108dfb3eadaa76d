// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/interaction.h>

#include <QPointer>
#include <QUndoCommand>

namespace Pactbench {

class PactDocument;

/// Removes an interaction; undo puts it back at its place.
class RemoveInteractionCommand : public QUndoCommand
{
public:
    RemoveInteractionCommand(PactDocument *document, int index);

    void redo() override;
    void undo() override;

private:
    QPointer<PactDocument> m_document;
    int m_index;
    Interaction m_interaction;
};

} // namespace Pactbench
