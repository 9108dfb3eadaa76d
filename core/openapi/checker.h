// SPDX-License-Identifier: MIT
#pragma once

#include "coverage.h"
#include "finding.h"
#include "spec/openapispec.h"

#include <core/model/pact.h>

#include <functional>
#include <memory>

namespace Pactbench::OpenApi {

struct CheckOptions
{
    /// Only the examples, as swagger-mock-validator checks them (no matcher findings).
    bool examplesOnly = false;
    /// swagger-mock-validator's options of the same names (both off by default there too): when off, a
    /// response body may not carry properties the schema does not declare, and `required` is not enforced.
    bool additionalPropertiesInResponse = false;
    bool requiredPropertiesInResponse = false;
};

struct PactInput
{
    const Pact *pact = nullptr;
    QString file; ///< as findings name it
};

struct CheckReport
{
    QList<Finding> findings; ///< by pact, then interaction, in check order
    Coverage coverage;
    int httpInteractions = 0;
    int skippedMessages = 0; ///< message interactions: checking them against AsyncAPI is out of scope
    bool ok() const; ///< no error
};

/**
 * Draws the samples the matcher checks try against schemas (regexes' generated strings, dates formatted),
 * which depend on the pacts alone, and keeps them for check(), until `stop` returns true: for a thread
 * that waits for the document to be read. Optional (check() draws what it lacks).
 */
void prepareMatcherSamples(const QList<PactInput> &pacts, const std::function<bool()> &stop);

/**
 * The engine: compiles every schema once (valijson), then checks each HTTP interaction of each pact
 * against the operation it reaches. Safe to call from a worker thread (it touches no shared state).
 */
class Checker
{
public:
    explicit Checker(const Spec &spec, CheckOptions options = {});
    ~Checker();
    Checker(const Checker &) = delete;
    Checker &operator=(const Checker &) = delete;

    CheckReport check(const QList<PactInput> &pacts) const;
    /**
     * Compiles the body schemas of every operation now, all request bodies together and all responses
     * together, so the definitions they share are parsed once (checks compile what they need anyway, one
     * schema at a time): run it on a worker thread while the pacts are read. Returns how many it compiled.
     */
    int precompile() const;
    QList<Finding> checkInteraction(const Pact &pact, int index, const QString &pactFile) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Pactbench::OpenApi
