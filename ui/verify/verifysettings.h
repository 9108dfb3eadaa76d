// SPDX-License-Identifier: MIT
#pragma once

#include <core/verifier/verificationoptions.h>

#include <QString>

namespace Pactbench {

class PactDocument;

/**
 * What the verification panel's form holds for one pact, remembered per pact in QSettings
 * (group "verification/<hash of the pact's key>"). Extra headers whose name looks like a secret
 * (Authorization, Cookie, anything with token, secret, password or key) are kept in memory for
 * the session only and never written to the settings file.
 */
struct VerifySettings
{
    QString providerBaseUrl = QStringLiteral("http://127.0.0.1:8080");
    QString stateChangeUrl;
    bool stateChangeTeardown = false;
    QString messagePath; ///< appended to the base URL; empty: the base URL itself
    QString headers; ///< "Name: value" per line
    QString filterDescription;
    QString filterState;
    QString filterConsumer;
    int timeoutMs = 5000;
    QString providerVersion; ///< for publishing to a broker
    QString providerBranch;

    bool operator==(const VerifySettings &o) const = default;
};

namespace VerifySettingsStore {

/// The stable key of a document: its origin, or "new:consumer|provider" for a pact never saved.
QString keyOf(const PactDocument *document);
/// True for header names whose values are kept in memory only.
bool isSecretHeader(const QString &name);
/// The settings remembered for `key` (defaults when none), with this session's secret headers.
VerifySettings load(const QString &key);
/// Remembers `settings` for `key`: secret header lines go to memory, the rest to QSettings.
void save(const QString &key, const VerifySettings &settings);

} // namespace VerifySettingsStore

/// The verifier options for these settings (filter and provider); false with `error` set when a URL is unusable.
bool toVerificationOptions(const VerifySettings &settings, VerificationOptions *options, QString *error);

} // namespace Pactbench
