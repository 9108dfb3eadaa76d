// SPDX-License-Identifier: MIT
#include "setmetadatacommand.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Pactbench {

SetMetadataCommand::SetMetadataCommand(
    PactDocument *document, int index, InteractionPart part, const QJsonObject &value)
    : InteractionCommand(document, index, withValue(current(document, index), part, value),
        QCoreApplication::translate("Pactbench::SetMetadataCommand", "Edit %1 metadata").arg(part.label()), {})
{ }

Interaction SetMetadataCommand::withValue(Interaction interaction, InteractionPart part, const QJsonObject &value)
{
    if (part.existsIn(interaction) && !part.isHttp())
        partMessage(interaction, part).metadata = value;
    return interaction;
}

} // namespace Pactbench
