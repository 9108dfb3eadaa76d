// SPDX-License-Identifier: MIT
#pragma once

#include "interactioncommand.h"
#include "interactionpart.h"

namespace Pactbench {

/// Sets the body of a part; typing in the body editor merges into one step.
class SetBodyCommand : public InteractionCommand
{
public:
    SetBodyCommand(PactDocument *document, int index, InteractionPart part, const Body &value);

    static Interaction withValue(Interaction interaction, InteractionPart part, const Body &value);
};

} // namespace Pactbench
