// SPDX-License-Identifier: MIT
#pragma once

#include "mismatch.h"

#include <core/model/diagnostic.h>
#include <core/model/interaction.h>
#include <core/model/specversion.h>

#include <QByteArray>
#include <optional>

namespace Pactbench {

/// Which part a pact-specification test case compares.
enum class PartKind { Request, Response, Message };

/**
 * One case of the official pact-specification test suite (`{match, comment, expected,
 * actual}`), read in a given version's format. Used by `pactbench-cli match`, the
 * conformance test and the benchmark.
 */
struct SpecCase
{
    PartKind kind = PartKind::Request;
    SpecVersion version = SpecVersion::V4;
    std::optional<bool> match; ///< the case's own verdict, when it gives one
    QString comment;
    HttpRequest expectedRequest, actualRequest;
    HttpResponse expectedResponse, actualResponse;
    MessageContents expectedMessage, actualMessage;
    Diagnostics diagnostics; ///< what reading the parts reported

    /// Reads a case (a UTF-8 BOM is skipped); nothing and `error` when it is unusable.
    static std::optional<SpecCase> read(const QByteArray &json, PartKind kind, SpecVersion version, QString *error);
    /// Guesses kind and version from a path like ".../v1.1/testcases/response/body/x.json".
    static bool guessFromPath(const QString &path, PartKind *kind, SpecVersion *version);
    /// Runs the engine on the case.
    MatchResult run() const;
};

} // namespace Pactbench
