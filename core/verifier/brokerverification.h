// SPDX-License-Identifier: MIT
#pragma once

#include "verifier.h"

#include <core/broker/brokerconnection.h>
#include <core/broker/brokerpact.h>
#include <core/broker/pactsforverificationrequest.h>
#include <core/broker/verificationresults.h>

namespace Pactbench {

/// Verifying the pacts a broker selects, and publishing the results back.
struct BrokerVerificationOptions
{
    BrokerConnection connection;
    PactsForVerificationRequest request; ///< provider name, selectors, pending, WIP
    bool publish = false;
    QString providerVersion;
    QString providerBranch;
    QStringList providerTags;
    QString buildUrl;
    bool ignoreNoPacts = false;
};

namespace BrokerVerification {

/// A verification target from a pact the broker selected: its notices (before verification) and pending flag.
VerificationTarget targetFrom(const BrokerPact &pact);
/// The results of the interactions of target `pactIndex`, in the shape the broker expects.
VerificationResults resultsFor(int pactIndex, const QList<InteractionResult> &results, const BrokerVerificationOptions &options,
                               const QString &verifierVersion);

} // namespace BrokerVerification

} // namespace Pactbench
