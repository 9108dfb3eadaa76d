// SPDX-License-Identifier: MIT
#pragma once

// What the deployment commands print about their HTTP requests: --log-level lines and, with
// --enable-otel[-traces] and the stdout exporter, one OpenTelemetry-style span per request as a JSON
// line. Both on standard error, so that `-o json` output stays parseable.

#include <core/net/httpexchange.h>

#include <QString>
#include <QTextStream>

#include <optional>

namespace Pactbench::Cli {

enum class HttpLogLevel { Off, Error, Warn, Info, Debug, Trace };

/// off, none, error, warn, info, debug, trace; nothing for another word.
std::optional<HttpLogLevel> httpLogLevel(const QString &name);

struct HttpLogSettings
{
    HttpLogLevel level = HttpLogLevel::Off;
    bool spans = false; ///< a span JSON line per request (stdout exporter)
    bool jsonLogs = false; ///< --enable-otel-logs: the log lines as JSON log records
};

/// "GET http://host/path -> 200 (12 ms)"; at Trace followed by "  > name: value" / "  < name: value" lines.
QString httpLogText(const HttpHop &e, HttpLogLevel level);
/// {"name":"HTTP GET","start":"…Z","duration_ms":12,"http.method":"GET","url":"…","status":200}
QByteArray httpSpanJson(const HttpHop &e);
/// The observer that writes both to `err`; null when the settings print nothing.
HttpObserver httpLogger(const HttpLogSettings &settings, QTextStream &err);

} // namespace Pactbench::Cli
