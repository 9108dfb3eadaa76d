// SPDX-License-Identifier: MIT
#pragma once

#include "interactioncommand.h"

namespace Pactbench {

/// Replaces the provider states (names and parameters) of an interaction.
class SetProviderStatesCommand : public InteractionCommand
{
public:
    SetProviderStatesCommand(PactDocument *document, int index, const QList<ProviderState> &states);

    static Interaction withStates(Interaction interaction, const QList<ProviderState> &states);
};

} // namespace Pactbench
