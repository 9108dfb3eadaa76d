// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace Pactbench::Origin {

/**
 * Where credentials may go: only to the origin — scheme, host (case-insensitive) and port, with
 * 80/443 filled in — they were given for. curl (since 7.83) and reqwest (the reference verifier's
 * client) follow the same rule and drop `Authorization` when a redirect changes any of the three.
 * 127.0.0.1 and localhost are different hosts.
 */
bool same(const QUrl &a, const QUrl &b);

/// What to do with one redirect.
enum class Redirect {
    KeepCredentials, ///< still the credentials' origin: follow as asked
    DropCredentials, ///< another host, port or scheme: follow without credentials
    Refuse, ///< https → http (a downgrade) or not http(s): do not follow
};

/// The redirect from `current` to `to`, for credentials given for `origin`.
Redirect redirect(const QUrl &origin, const QUrl &current, const QUrl &to);

/// The URL as messages show it: never with its user info (`user:password@`).
QString display(const QUrl &url);
/// A URL given as text, for messages: unchanged without user info; else without it when it parses
/// as a URL, or with what precedes an `@` before the first `/` after `://` replaced by `***`.
QString display(const QString &url);
/// `text` with the URL's password and user info replaced by `***` (for texts from Qt or a server).
QString redact(QString text, const QUrl &url);

} // namespace Pactbench::Origin
