// SPDX-License-Identifier: MIT
#include "moveinteractioncommand.h"

#include <ui/document/pactdocument.h>

#include <QCoreApplication>

namespace Pactbench {

MoveInteractionCommand::MoveInteractionCommand(PactDocument *document, int from, int to)
    : QUndoCommand(QCoreApplication::translate("Pactbench::MoveInteractionCommand", "Move interaction"))
    , m_document(document)
    , m_from(from)
    , m_to(to)
{
    const int n = int(document->pact().interactions.size());
    setObsolete(from == to || from < 0 || to < 0 || from >= n || to >= n);
}

void MoveInteractionCommand::redo()
{
    if (m_document)
        m_document->moveInteraction(m_from, m_to);
}

void MoveInteractionCommand::undo()
{
    if (m_document)
        m_document->moveInteraction(m_to, m_from);
}

} // namespace Pactbench
