// SPDX-License-Identifier: MIT
#pragma once

#include "impact.h"

#include <core/model/interaction.h>
#include <core/model/specversion.h>

namespace Pactbench::Diff {

/**
 * The changes between two paired interactions of the same kind: interaction fields (description,
 * provider states, pending, comments, plugin configuration, transport) and every part (an HTTP
 * request and response; a message; a synchronous message's request and responses). Empty when they
 * mean the same. In an interaction NEW marks pending, failures do not fail verification: its
 * breaking changes are lowered to review.
 */
QList<Change> diffInteraction(const Interaction &oldOne, SpecVersion oldVersion, const Interaction &newOne,
                              SpecVersion newVersion);

/// The changes of the parts only (request, response, message contents); used to recognise renames.
QList<Change> diffInteractionParts(const Interaction &oldOne, SpecVersion oldVersion, const Interaction &newOne,
                                   SpecVersion newVersion);

} // namespace Pactbench::Diff
