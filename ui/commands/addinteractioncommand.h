// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/interaction.h>

#include <QPointer>
#include <QUndoCommand>

namespace Pactbench {

class PactDocument;

/// Inserts an interaction (a new one, or a copy for "duplicate"); undo removes it again.
class AddInteractionCommand : public QUndoCommand
{
public:
    AddInteractionCommand(PactDocument *document, int index, const Interaction &interaction, const QString &text);

    /// A fresh interaction of `kind` (HTTP: "GET /" → 200; a message; a synchronous exchange with one
    /// response) with a description not yet used in the pact.
    static Interaction newInteraction(const PactDocument *document, InteractionKind kind);
    /// A copy of interaction `index` with " (copy)" appended to its description and no key.
    static Interaction duplicateOf(const PactDocument *document, int index);

    void redo() override;
    void undo() override;
    int index() const { return m_index; }

private:
    QPointer<PactDocument> m_document;
    int m_index;
    Interaction m_interaction;
};

} // namespace Pactbench
