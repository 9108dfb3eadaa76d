// SPDX-License-Identifier: MIT
#include "addinteractionscommand.h"

#include <ui/document/pactdocument.h>

namespace Pactbench {

AddInteractionsCommand::AddInteractionsCommand(
    PactDocument *document, int index, const QList<Interaction> &interactions, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_index(index >= 0 && index <= document->pact().interactions.size() ? index
                                                                          : int(document->pact().interactions.size()))
    , m_interactions(interactions)
{ }

void AddInteractionsCommand::redo()
{
    if (!m_document)
        return;
    for (int i = 0; i < m_interactions.size(); ++i)
        m_document->insertInteraction(m_index + i, m_interactions.at(i));
}

void AddInteractionsCommand::undo()
{
    if (!m_document)
        return;
    for (int i = int(m_interactions.size()) - 1; i >= 0; --i)
        m_document->removeInteraction(m_index + i);
}

} // namespace Pactbench
