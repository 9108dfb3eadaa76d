// SPDX-License-Identifier: MIT
#pragma once

// Private to the reader and writer: where a pact's number lexemes live in the model.

#include "pact.h"

namespace Pactbench::detail {

/// Where the reader found an interaction: its path in NumberLexemes form, and whether it had V4's shape.
struct InteractionOrigin
{
    QString path;
    bool v4Shape = false;
};

/**
 * Hands the lexemes of a whole file to the model objects that own them: each body (from its
 * content's root), each provider state, each interaction (the rest of it) and the pact (the rest).
 * `origins` has one entry per interaction of the pact, in order.
 */
void placeLexemes(Pact &pact, const NumberLexemes &file, const QList<InteractionOrigin> &origins);

/// The lexemes of the file PactWriter writes for `pact` as `version`, gathered from the model.
NumberLexemes gatherLexemes(const Pact &pact, SpecVersion version);

} // namespace Pactbench::detail
