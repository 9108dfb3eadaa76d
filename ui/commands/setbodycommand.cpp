// SPDX-License-Identifier: MIT
#include "setbodycommand.h"

#include <QCoreApplication>

namespace Pactbench {

SetBodyCommand::SetBodyCommand(PactDocument *document, int index, InteractionPart part, const Body &value)
    : InteractionCommand(document, index, withValue(current(document, index), part, value),
        QCoreApplication::translate("Pactbench::SetBodyCommand", "Edit %1 body").arg(part.label()),
        QStringLiteral("body:%1:%2").arg(int(part.kind)).arg(part.response))
{ }

Interaction SetBodyCommand::withValue(Interaction interaction, InteractionPart part, const Body &value)
{
    if (part.existsIn(interaction))
        partBody(interaction, part) = value;
    return interaction;
}

} // namespace Pactbench
