// SPDX-License-Identifier: MIT
#include "setproviderstatescommand.h"

#include <QCoreApplication>

namespace Pactbench {

SetProviderStatesCommand::SetProviderStatesCommand(
    PactDocument *document, int index, const QList<ProviderState> &states)
    : InteractionCommand(document, index, withStates(current(document, index), states),
        QCoreApplication::translate("Pactbench::SetProviderStatesCommand", "Edit provider states"))
{ }

Interaction SetProviderStatesCommand::withStates(Interaction interaction, const QList<ProviderState> &states)
{
    interaction.providerStates = states;
    return interaction;
}

} // namespace Pactbench
