// SPDX-License-Identifier: MIT
#include "setgeneratorscommand.h"

#include <QCoreApplication>

namespace Pactbench {

SetGeneratorsCommand::SetGeneratorsCommand(
    PactDocument *document, int index, InteractionPart part, const Generators &value)
    : InteractionCommand(document, index, withValue(current(document, index), part, value),
        QCoreApplication::translate("Pactbench::SetGeneratorsCommand", "Edit %1 generators").arg(part.label()), {})
{ }

Interaction SetGeneratorsCommand::withValue(Interaction interaction, InteractionPart part, const Generators &value)
{
    if (part.existsIn(interaction))
        partGenerators(interaction, part) = value;
    return interaction;
}

} // namespace Pactbench
