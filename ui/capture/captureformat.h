// SPDX-License-Identifier: MIT
#pragma once

#include <core/capture/exchange.h>
#include <core/capture/inference/ruleproposal.h>

#include <QJsonValue>
#include <QString>

namespace Pactbench {

/// How the capture views word recorded exchanges and matcher proposals (the core keeps them typed).
namespace CaptureFormat {

/// "integer", "regex ^[0-9]+$", "type min 1", "timestamp yyyy-MM-dd'T'HH:mm:ss": the type, then its parameters.
QString matcher(const Matcher &matcher);
/// "request" / "response" (translated).
QString side(RuleProposal::Side side);
/// "body $.orders[*].id", "path", "query page", "header X-Request-Id".
QString place(const RuleProposal &proposal);
/// A JSON value on one line, strings without quotes; at most `maxChars` characters ("…" after).
QString example(const QJsonValue &value, int maxChars = 80);
/// "512 B", "3.2 KiB", "1.5 MiB".
QString size(qint64 bytes);
/// The path with its query, "/orders?page=2".
QString target(const HttpRequest &request);
/// A body's content type: the body's own, else the Content-Type header (without parameters); empty when none.
QString contentType(const Body &body, const QString &header);
/// The exchange as text: request line, headers, body; blank line; status, headers, body (binary as hex).
QString detail(const CapturedExchange &exchange);

} // namespace CaptureFormat

} // namespace Pactbench
