// SPDX-License-Identifier: MIT
#include "setquerycommand.h"

#include <QCoreApplication>

namespace Pactbench {

SetQueryCommand::SetQueryCommand(PactDocument *document, int index, const QueryParams &query)
    : InteractionCommand(document, index, withQuery(current(document, index), query),
        QCoreApplication::translate("Pactbench::SetQueryCommand", "Edit query"))
{ }

Interaction SetQueryCommand::withQuery(Interaction interaction, const QueryParams &query)
{
    interaction.request.query = query;
    // An emptied query that the file had stays an empty query; a new one is written from now on.
    interaction.request.hasQuery = interaction.request.hasQuery || !query.isEmpty();
    return interaction;
}

} // namespace Pactbench
