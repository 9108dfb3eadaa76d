// SPDX-License-Identifier: MIT
#include "pact.h"

namespace Pactbench {

bool Pact::hasKind(InteractionKind kind) const
{
    for (const Interaction &i : interactions) {
        if (i.kind == kind)
            return true;
    }
    return false;
}

bool Pact::operator==(const Pact &o) const
{
    return consumer == o.consumer && provider == o.provider && metadata == o.metadata && interactions == o.interactions
        && extra == o.extra && lexemes == o.lexemes;
}

} // namespace Pactbench
