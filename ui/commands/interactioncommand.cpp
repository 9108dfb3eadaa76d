// SPDX-License-Identifier: MIT
#include "interactioncommand.h"

#include <ui/document/pactdocument.h>

namespace Pactbench {

InteractionCommand::InteractionCommand(PactDocument *document, int index, const Interaction &after, const QString &text,
    const QString &mergeKey, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_index(index)
    , m_before(current(document, index))
    , m_after(after)
    , m_mergeKey(mergeKey)
{
    if (m_before == m_after)
        setObsolete(true);
}

InteractionCommand::~InteractionCommand() = default;

Interaction InteractionCommand::current(const PactDocument *document, int index)
{
    return document->pact().interactions.value(index);
}

void InteractionCommand::redo()
{
    if (m_document)
        m_document->setInteraction(m_index, m_after);
}

void InteractionCommand::undo()
{
    if (m_document)
        m_document->setInteraction(m_index, m_before);
}

int InteractionCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : MergeId;
}

bool InteractionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const InteractionCommand *>(other);
    if (!next || next->m_mergeKey != m_mergeKey || next->m_document != m_document || next->m_index != m_index)
        return false;
    m_after = next->m_after;
    // Typing back to where it started leaves nothing to undo.
    setObsolete(m_before == m_after);
    return true;
}

} // namespace Pactbench
