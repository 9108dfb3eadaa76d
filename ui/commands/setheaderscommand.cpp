// SPDX-License-Identifier: MIT
#include "setheaderscommand.h"

#include <QCoreApplication>

namespace Pactbench {

SetHeadersCommand::SetHeadersCommand(PactDocument *document, int index, InteractionPart part, const Headers &headers)
    : InteractionCommand(document, index, withHeaders(current(document, index), part, headers),
        QCoreApplication::translate("Pactbench::SetHeadersCommand", "Edit %1 headers").arg(part.label()))
{ }

Interaction SetHeadersCommand::withHeaders(Interaction interaction, InteractionPart part, const Headers &headers)
{
    if (part.kind == InteractionPart::Kind::Request)
        interaction.request.headers = headers;
    else if (part.kind == InteractionPart::Kind::Response)
        interaction.response.headers = headers;
    return interaction;
}

} // namespace Pactbench
