// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/generators.h>
#include <core/model/interaction.h>

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>

class QRandomGenerator;

namespace Pactbench {

struct RegexSyntax;

/// Who applies generators: the mock server (Consumer) or the verifier (Provider).
enum class GeneratorMode {
    Consumer, ///< mock server responses: MockServerURL applies, ProviderState does not
    Provider, ///< verifier requests: ProviderState applies, MockServerURL does not
};

/// What generators may draw on.
struct GeneratorContext
{
    GeneratorMode mode = GeneratorMode::Consumer;
    QJsonObject providerState; ///< values for `${name}` (state params, merged with the state-change response)
    QString mockServerUrl; ///< base URL of the running mock server, e.g. "http://127.0.0.1:1234"
    QDateTime now = QDateTime::currentDateTime(); ///< base of Date/Time/DateTime expressions
};

/**
 * One value from one generator (RandomInt, RandomDecimal, RandomHexadecimal, RandomString,
 * Regex, Uuid, Date, Time, DateTime, RandomBoolean, ProviderState, MockServerURL).
 * Nothing when the generator does not apply in the context's mode or cannot run
 * (`error` then says why, e.g. an unknown type or a missing provider-state value).
 */
std::optional<QJsonValue> generateValue(const Generator &generator, const QJsonValue &current,
                                        const GeneratorContext &context, QString *error = nullptr);

/// The part with every generator that applies in the context's mode applied (body, headers, query, path, status, metadata).
HttpRequest applyGenerators(const HttpRequest &request, const GeneratorContext &context);
HttpResponse applyGenerators(const HttpResponse &response, const GeneratorContext &context);
MessageContents applyGenerators(const MessageContents &message, const GeneratorContext &context);

/**
 * A string that the regex matches (for the Regex generator and for examples), drawn from the
 * pattern as RegexSyntax parsed and bounded it; nothing when the pattern is refused (`error` says why).
 */
std::optional<QString> generateFromRegex(const QString &pattern, QString *error = nullptr);
/// The same, drawing from `rng`: a generator seeded alike gives the same strings, run after run.
std::optional<QString> generateFromRegex(const QString &pattern, QRandomGenerator &rng, QString *error = nullptr);
/// The same from a pattern parsed once (nothing when `syntax` is not ok()), for many strings of one pattern.
std::optional<QString> generateFromRegex(const RegexSyntax &syntax, QRandomGenerator &rng);
/// Formats a date/time with a Java DateTimeFormatter pattern ("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").
QString formatJavaDateTime(const QDateTime &dateTime, const QString &pattern);
/// Applies a Pact date/time expression ("+ 1 day", "tomorrow @ 10 o'clock", "next week") to a base;
/// nothing (and `error` says why) if the expression is invalid or the date falls out of range.
std::optional<QDateTime> evaluateDateExpression(const QString &expression, const QDateTime &base,
    QString *error = nullptr);

} // namespace Pactbench
