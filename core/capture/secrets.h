// SPDX-License-Identifier: MIT
#pragma once

#include "exchange.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Pactbench {

/**
 * The headers and query parameters whose values never enter a pact. Names compare without
 * case. A secret's value is replaced by a placeholder example that keeps its scheme
 * ("Bearer PLACEHOLDER"), and a regex matcher accepts any real value of that shape
 * ("^Bearer .+$"); the note says which names were replaced, never the values.
 */
struct SecretPolicy
{
    QStringList headers; ///< request headers, e.g. Authorization, Cookie, X-API-Key
    QStringList queryParameters; ///< e.g. api_key, access_token
    QString placeholder = QStringLiteral("REDACTED");

    /// Authorization, Proxy-Authorization, Cookie, X-API-Key, API-Key, X-Auth-Token, X-Access-Token,
    /// X-CSRF-Token, X-Amz-Security-Token; query api_key, apikey, api-key, key, access_token, token,
    /// auth, signature, X-Amz-Signature, X-Amz-Credential.
    static SecretPolicy defaults();
    bool isSecretHeader(const QString &name) const;
    bool isSecretQuery(const QString &name) const;
};

/// Replaces the secrets of `exchange` (request headers and query; a response's Set-Cookie values
/// too) by placeholders with regex matchers on `request`/`response` rules; adds a Redacted note per name.
void redactSecrets(CapturedExchange &exchange, const SecretPolicy &policy, QList<CaptureNote> *notes);

/// Whether a header is hop-by-hop or volatile and is left out of a captured interaction
/// (Connection, Keep-Alive, Transfer-Encoding, Date, Server, Content-Length, ETag, Host, …).
bool isVolatileHeader(const QString &name, bool response);

} // namespace Pactbench
