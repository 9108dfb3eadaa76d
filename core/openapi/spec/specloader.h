// SPDX-License-Identifier: MIT
#pragma once

#include "openapispec.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace Pactbench::OpenApi {

/// Why a document could not be used at all: the file, the 1-based line and column when known, and the reason.
struct SpecError
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;
    QString toString() const; ///< "FILE:LINE:COLUMN: message" (parts left out when unknown)
};

/**
 * Reads a referenced document: `location` is a path (or URL) already resolved against the referring file.
 * Returns the bytes, or nullopt with `*error` set. The default reads local files up to the size limit.
 */
using DocumentReader = std::function<std::optional<QByteArray>(const QString &location, QString *error)>;

struct LoadLimits
{
    qint64 maxFileBytes = 64ll * 1024 * 1024; ///< per document
    int maxFiles = 256; ///< documents read in all, the root and those reached through $ref
    int maxDepth = 512; ///< nesting of YAML/JSON values
    qint64 maxNodes = 20'000'000; ///< values after YAML aliases are expanded ("billion laughs")
};

/**
 * Loads an OpenAPI 3.0/3.1 or Swagger 2.0 document (YAML or JSON; decided by content, not by name) and
 * every file its $refs reach (relative to the referring file), and normalizes it into a Spec.
 * Non-schema $refs (parameters, responses, request bodies, headers, security schemes, path items) are
 * resolved in place; a cycle among them is an error naming the chain. Schema $refs become
 * "#/definitions/KEY" so cyclic schemas stay valid. A document that is neither version is an error.
 */
std::optional<Spec> loadSpecFile(const QString &path, SpecError *error, const LoadLimits &limits = {});

/// As loadSpecFile, for bytes already read (from a URL, say): `name` is what errors and places call the
/// root document; relative $refs are read with `reader` against `name`.
std::optional<Spec> loadSpecBytes(const QByteArray &bytes, const QString &name, SpecError *error,
    const DocumentReader &reader = {}, const LoadLimits &limits = {});

} // namespace Pactbench::OpenApi
