// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/diagnostic.h>

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Pactbench {

/**
 * One mismatch of a published test result. `testResults` is free-form: Pactbench and Pact's Rust
 * verifier (also behind pact-js, pact-python, …) send `{attribute, identifier, description}`,
 * pact-jvm adds `diff`; Pactbench adds `expected`/`actual`; pact_matching's own JSON says `type`,
 * `path`/`key`/`parameter` and `mismatch`. All are read into these fields.
 */
struct PublishedMismatch
{
    QString attribute; ///< method, path, status, query, header, body, metadata, or what the publisher wrote
    QString identifier; ///< header or parameter name, JSON path; empty when not given
    QString description;
    QJsonValue expected = QJsonValue(QJsonValue::Undefined); ///< only when the publisher sent it
    QJsonValue actual = QJsonValue(QJsonValue::Undefined); ///< only when the publisher sent it
    QString diff; ///< pact-jvm's body diff text

    bool operator==(const PublishedMismatch &) const = default;
};

/// An exception a publisher reported for an interaction (`{message, exceptionClass}`; Ruby: `{class, message}`).
struct PublishedException
{
    QString message;
    QString exceptionClass;

    bool operator==(const PublishedException &) const = default;
};

/// The published outcome of one interaction.
struct PublishedTestResult
{
    QString interactionId; ///< the broker's `_id` (Rust, JVM) or the V4 key (Pactbench); empty when not given
    QString interactionDescription;
    std::optional<QString> providerState; ///< pact-ruby's `interactionProviderState` (pairs with the description)
    std::optional<bool> success; ///< empty when the publisher did not say
    QList<PublishedMismatch> mismatches;
    QList<PublishedException> exceptions;
    QStringList unread; ///< parts in no known shape, as compact JSON text with their place

    bool operator==(const PublishedTestResult &) const = default;
};

/// Which shape `testResults` had.
enum class TestResultsShape {
    None, ///< absent or null: the publisher sent no details
    List, ///< an array of per-interaction objects (Pactbench, Pact Rust, pact-jvm, pact-js, …)
    RubyTests, ///< `{tests: [...], summary: ...}` from pact-ruby's RSpec formatter, one test per check
    Unknown, ///< something else: kept as text (`PublishedVerification::testResultsText`)
};

/**
 * A verification result as the broker serves it (`GET` a matrix row's verification link):
 * the broker's `VerificationDecorator` (providerName, providerApplicationVersion, success,
 * verificationDate, buildUrl, testResults, verifiedBy, `_links.pb:pact-version`) with
 * `testResults` read into typed values.
 */
struct PublishedVerification
{
    QUrl url; ///< `_links.self`, else where it was fetched from
    QUrl pactUrl; ///< `_links.pb:pact-version`: the pact content verified; empty when not given
    QString providerName;
    QString providerVersion;
    std::optional<bool> success;
    QDateTime verificationDate; ///< `verificationDate` (or `verifiedAt`, `createdAt`); invalid when none
    QString buildUrl;
    QString verifierName; ///< `verifiedBy.implementation`
    QString verifierVersion; ///< `verifiedBy.version`
    TestResultsShape shape = TestResultsShape::None;
    QList<PublishedTestResult> testResults;
    QString testResultsText; ///< Unknown shape: the whole `testResults` as JSON text (capped)
    /// What was left out or could not be read, in words ("testResults[3] is not an object: shown as text").
    QStringList notes;
};

/// Reads published verification documents and their `testResults`, whatever verifier wrote them.
namespace PublishedVerificationReader {

/// At most this many test results, and mismatches per result, are read; the rest is counted in a note.
constexpr int kMaxTestResults = 10000;
constexpr int kMaxMismatches = 1000;
/// Text of unread parts is cut after this many characters.
constexpr int kMaxUnreadText = 2000;

struct Result
{
    std::optional<PublishedVerification> verification;
    Diagnostic error; ///< set when `verification` is empty: not JSON (with line and column), not an object
};

/// Reads a verification document; `url` resolves relative links.
Result read(const QByteArray &json, const QUrl &url = {});
PublishedVerification fromJson(const QJsonObject &document, const QUrl &url = {});
/// Reads `testResults` alone, into `verification` (shape, results, text, notes).
void readTestResults(const QJsonValue &testResults, PublishedVerification *verification);

} // namespace PublishedVerificationReader

} // namespace Pactbench
