// SPDX-License-Identifier: MIT
#pragma once

#include <core/json/numberlexemes.h>

#include <core/model/interaction.h>

#include <QJsonValue>
#include <QString>

/// Short texts that describe pact parts in the tree and in tooltips, translated.
namespace Pactbench::PactFormat {

/// A JSON value in one line: strings bare, numbers and literals as written, containers compact.
QString value(const QJsonValue &value);
/// "1.2 KB", "12 bytes".
QString size(qint64 bytes);
/// "type", "regex ^\d+$", "type (min 1)", "datetime yyyy-MM-dd", joined by AND / OR.
QString ruleList(const RuleList &rules);
/// "RandomInt (min 1, max 99)".
QString generator(const Generator &generator);
/// "application/json, 1.2 KB", "empty", "null", "text/plain, 12 bytes (base64)".
QString body(const Body &body, const QString &contextContentType);
/// "GET /orders?status=open".
QString requestLine(const HttpRequest &request);
/// "GET /orders → 200", "application/json, 300 bytes", "request → 2 responses".
QString interactionSummary(const Interaction &interaction);
/// "id=42, status=shipped" from provider state parameters.
QString parameters(const QJsonObject &params);
/// "HTTP interactions", "Asynchronous messages", …
QString groupName(InteractionKind kind);
/**
 * A text translated with Qt's plural forms (`tr("%n interaction(s)", nullptr, n)`) as English reads it
 * when no translation gave its forms: "1 interaction", "3 interactions" (each "(s)" dropped or made "s").
 * Translated texts (German "1 Interaktion") have no "(s)" and come back unchanged.
 */
QString numerus(const QString &translated, qsizetype n);
/// "3 matchers", "1 matcher".
QString matcherCount(int count);
/// "2 generators".
QString generatorCount(int count);
/// A JSON value as text: objects and arrays indented, scalars as JSON (`"x"`, `3`); empty for undefined.
QString jsonText(const QJsonValue &value, const NumberLexemes *lexemes = nullptr);
/// "$.interactions[3].request.headers" for an interaction index and a path inside it.
QString jsonPath(int interaction, const QStringList &path);

} // namespace Pactbench::PactFormat
