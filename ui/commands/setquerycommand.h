// SPDX-License-Identifier: MIT
#pragma once

#include "interactioncommand.h"

namespace Pactbench {

/// Replaces the query parameters of an HTTP request.
class SetQueryCommand : public InteractionCommand
{
public:
    SetQueryCommand(PactDocument *document, int index, const QueryParams &query);

    static Interaction withQuery(Interaction interaction, const QueryParams &query);
};

} // namespace Pactbench
