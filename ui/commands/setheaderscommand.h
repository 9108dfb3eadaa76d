// SPDX-License-Identifier: MIT
#pragma once

#include "interactioncommand.h"
#include "interactionpart.h"

namespace Pactbench {

/// Replaces the headers of an HTTP request or response.
class SetHeadersCommand : public InteractionCommand
{
public:
    SetHeadersCommand(PactDocument *document, int index, InteractionPart part, const Headers &headers);

    static Interaction withHeaders(Interaction interaction, InteractionPart part, const Headers &headers);
};

} // namespace Pactbench
