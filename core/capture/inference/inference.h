// SPDX-License-Identifier: MIT
#pragma once

#include "ruleproposal.h"

#include <core/model/body.h>
#include <core/model/multimap.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace Pactbench {

/// Bounds of the inference, each named in the note that says it was reached.
struct InferenceLimits
{
    qsizetype maxBodyBytes = 64 * 1024 * 1024; ///< a larger body gets no body proposals
    int maxDepth = 256; ///< deeper values are left exact
    int maxProposals = 10000; ///< per part; further places are left exact
};

/// What the inference says it could not do (a limit reached, a body it could not parse).
struct InferenceNotes
{
    QStringList messages;
};

/**
 * Matching-rule proposals for recorded traffic. Every function takes all the samples recorded
 * for one place of one kind of interaction (the builder groups exchanges by method, path shape
 * and status) and proposes rules that every sample satisfies; values that are the same in every
 * sample and look like constants or enums stay exact (no proposal).
 */
namespace Inference {

/// Proposals for bodies (JSON, or XML with Pact's XML paths); other content types get none.
QList<RuleProposal> bodyRules(const QList<Body> &samples, const QString &contentType, RuleProposal::Side side,
                              const InferenceLimits &limits = {}, InferenceNotes *notes = nullptr);
/// A `path` regex proposal when segments look like ids (numbers, UUIDs, long hex), else none.
QList<RuleProposal> pathRules(const QStringList &paths);
/// Query parameter proposals (category "query", key the parameter name).
QList<RuleProposal> queryRules(const QList<QueryParams> &samples);
/// The path with id-like segments replaced ("/orders/{id}/items"): exchanges of one shape are samples of one interaction kind.
QString pathShape(const QString &path);

} // namespace Inference

} // namespace Pactbench
