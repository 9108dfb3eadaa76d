// SPDX-License-Identifier: MIT
#include "removeinteractioncommand.h"

#include <ui/document/pactdocument.h>

#include <QCoreApplication>

namespace Pactbench {

RemoveInteractionCommand::RemoveInteractionCommand(PactDocument *document, int index)
    : m_document(document), m_index(index), m_interaction(document->pact().interactions.value(index))
{
    setText(QCoreApplication::translate("Pactbench::RemoveInteractionCommand", "Delete “%1”")
                .arg(m_interaction.description));
}

void RemoveInteractionCommand::redo()
{
    if (m_document)
        m_document->removeInteraction(m_index);
}

void RemoveInteractionCommand::undo()
{
    if (m_document)
        m_document->insertInteraction(m_index, m_interaction);
}

} // namespace Pactbench
