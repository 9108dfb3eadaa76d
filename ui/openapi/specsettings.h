// SPDX-License-Identifier: MIT
#pragma once

#include <core/openapi/checker.h>

#include <QString>

namespace Pactbench {

class PactDocument;

/// The OpenAPI document a pact is checked against, and the check's options: remembered per pact in QSettings
/// (group "openapi/<hash of the pact's key>", the key as the verification panel's, VerifySettingsStore::keyOf).
struct SpecSettings
{
    QString source; ///< a file path or an http(s) URL; empty: none chosen yet
    OpenApi::CheckOptions options;

    bool operator==(const SpecSettings &o) const;
};

namespace SpecSettingsStore {

SpecSettings load(const PactDocument *document);
void save(const PactDocument *document, const SpecSettings &settings);
/// True when `source` names a URL (http or https), false for a file.
bool isUrl(const QString &source);

} // namespace SpecSettingsStore

} // namespace Pactbench
