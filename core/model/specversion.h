// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Pactbench {

/// The Pact specification versions a pact file can declare.
enum class SpecVersion {
    Unknown, ///< no or unreadable version: readers treat it as V3, like Pact's reference
    V1,
    V1_1,
    V2,
    V3,
    V4,
};

/// Parses "1.0.0", "1.1", "2", "v3", "V4", "4.0" … ; Unknown when it does not name a version.
SpecVersion parseSpecVersion(const QString &text);
/// The form written into `metadata.pactSpecification.version` ("1.0.0" … "3.0.0", "4.0").
QString specVersionMetadataString(SpecVersion version);
/// A short label for people and the CLI: "V1", "V1.1", … "V4", "unknown".
QString specVersionLabel(SpecVersion version);
/// The version the reader applies when the file declares none.
SpecVersion effectiveVersion(SpecVersion declared);

} // namespace Pactbench
