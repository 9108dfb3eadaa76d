// SPDX-License-Identifier: MIT
#pragma once

#include "interactioncommand.h"
#include "interactionpart.h"

namespace Pactbench {

/// Replaces the generators of a part.
class SetGeneratorsCommand : public InteractionCommand
{
public:
    SetGeneratorsCommand(PactDocument *document, int index, InteractionPart part, const Generators &value);

    static Interaction withValue(Interaction interaction, InteractionPart part, const Generators &value);
};

} // namespace Pactbench
