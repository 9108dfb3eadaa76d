// SPDX-License-Identifier: MIT
#pragma once

#include "interactioncommand.h"
#include "interactionpart.h"

#include <QJsonObject>

namespace Pactbench {

/// Replaces the metadata of a message part.
class SetMetadataCommand : public InteractionCommand
{
public:
    SetMetadataCommand(PactDocument *document, int index, InteractionPart part, const QJsonObject &value);

    static Interaction withValue(Interaction interaction, InteractionPart part, const QJsonObject &value);
};

} // namespace Pactbench
