// SPDX-License-Identifier: MIT
#pragma once

#include "interactioncommand.h"
#include "interactionpart.h"

namespace Pactbench {

/// Replaces the matching rules of a part (add, change or remove a rule).
class SetMatchingRulesCommand : public InteractionCommand
{
public:
    SetMatchingRulesCommand(PactDocument *document, int index, InteractionPart part, const MatchingRules &value);

    static Interaction withValue(Interaction interaction, InteractionPart part, const MatchingRules &value);
};

} // namespace Pactbench
