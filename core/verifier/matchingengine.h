// SPDX-License-Identifier: MIT
#pragma once

#include "verificationengine.h"

#include <memory>

namespace Pactbench {

struct Mismatch;

/// The verifier's engine backed by the matching engine (core/matching).
std::unique_ptr<VerificationEngine> createMatchingEngine();

/// A matching-engine mismatch in the reference verifier's report shape.
VerifierMismatch toVerifierMismatch(const Mismatch &mismatch);

} // namespace Pactbench
