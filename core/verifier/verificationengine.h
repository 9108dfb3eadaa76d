// SPDX-License-Identifier: MIT
#pragma once

#include "verificationresult.h"

#include <core/model/interaction.h>
#include <core/model/specversion.h>

namespace Pactbench {

/**
 * What the verifier needs from the matching engine: the request to send (generators applied in
 * provider mode, with the values the state-change calls returned) and the comparison of what came
 * back. Kept behind this interface so the network orchestration is tested on its own.
 */
class VerificationEngine
{
public:
    virtual ~VerificationEngine() = default;

    virtual HttpRequest prepareRequest(const Interaction &interaction, const QJsonObject &stateValues,
                                       SpecVersion version) const = 0;
    virtual QList<VerifierMismatch> compareResponse(const HttpResponse &expected, const HttpResponse &actual,
                                                    SpecVersion version) const = 0;
    virtual QList<VerifierMismatch> compareMessage(const MessageContents &expected, const MessageContents &actual,
                                                   SpecVersion version) const = 0;
};

} // namespace Pactbench
