// SPDX-License-Identifier: MIT
#include "setmatchingrulescommand.h"

#include <QCoreApplication>

namespace Pactbench {

SetMatchingRulesCommand::SetMatchingRulesCommand(
    PactDocument *document, int index, InteractionPart part, const MatchingRules &value)
    : InteractionCommand(document, index, withValue(current(document, index), part, value),
        QCoreApplication::translate("Pactbench::SetMatchingRulesCommand", "Edit %1 matching rules").arg(part.label()),
        {})
{ }

Interaction SetMatchingRulesCommand::withValue(
    Interaction interaction, InteractionPart part, const MatchingRules &value)
{
    if (part.existsIn(interaction))
        partRules(interaction, part) = value;
    return interaction;
}

} // namespace Pactbench
