// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/multimap.h>

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Pactbench {

/// What curlCommand() turns into a command line. A plain value.
struct CurlRequest
{
    QString method = QStringLiteral("GET");
    QUrl baseUrl; ///< scheme, host and port: "http://127.0.0.1:41399"
    QString target; ///< path and query as received, still encoded: "/users?id=1"
    Headers headers;
    QByteArray body;
    bool bodyTruncated = false; ///< the body is only the start of what was sent
};

/**
 * A POSIX shell command that sends the request again with curl: words single-quoted when
 * they hold anything but safe characters (a quote inside becomes '\''), `--head` for HEAD,
 * `-X` unless curl picks the method itself (GET, or POST with a body), `-k` for https (the mock
 * server's certificate is self-signed), one `-H` per header except the ones curl computes (Host,
 * Content-Length, Transfer-Encoding, Connection). A UTF-8 text body goes as `--data-raw` (no `@file`
 * meaning); any other body is piped in by `printf '\xNN…' | curl --data-binary @-` (NUL bytes
 * cannot be arguments). Without a Content-Type header, `-H 'Content-Type:'` stops curl adding its
 * form type. A truncated body gets a trailing `# body truncated` comment.
 */
QString curlCommand(const CurlRequest &request);

/// `word` as one POSIX shell word: itself when it only holds safe characters, else single-quoted.
QString shellQuote(const QString &word);

} // namespace Pactbench
