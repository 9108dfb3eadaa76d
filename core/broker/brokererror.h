// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Pactbench {

/**
 * Why a broker call failed, typed so callers (CLI exit codes, GUI messages) need not parse text.
 * `message` is complete and readable on its own; it never contains a credential (the client
 * builds it from the credential *kind* and redacts any secret the server might echo).
 */
struct BrokerError
{
    enum class Kind {
        None, ///< no error
        InvalidArgument, ///< the call itself was unusable (no base URL, unreadable CA file, …)
        Unreachable, ///< connection refused, host not found, network down
        Timeout, ///< no complete answer within BrokerConnection::timeoutMs
        Tls, ///< handshake or certificate verification failed
        Unauthorized, ///< 401: credentials missing or refused
        Forbidden, ///< 403: credentials accepted but not allowed
        NotFound, ///< 404: the resource (named in `resource`) does not exist
        Conflict, ///< 409: e.g. a pact for this version with different content
        Validation, ///< other 4xx; the broker's `errors` object is in `fieldErrors`
        Server, ///< 5xx
        InvalidResponse, ///< body not JSON, not HAL, or missing what the call needs
        MissingRelation, ///< the broker's index lacks a relation this call needs
        Cancelled, ///< the caller cancelled the call (BrokerReplyBase::cancel()); not a broker failure
    };

    Kind kind = Kind::None;
    int httpStatus = 0; ///< 0 when no HTTP response arrived
    QString resource; ///< what was asked for: "GET http://broker/pacticipants", "pact Foo → Bar"
    QString message; ///< the whole explanation, for people
    QMap<QString, QStringList> fieldErrors; ///< the broker's `errors` object, field → messages
    QStringList notices; ///< notice texts that came with the error (409 diffs, …)

    bool isError() const { return kind != Kind::None; }
    /// message, then one indented line per field error and notice.
    QString toString() const;

    /// A short name for the kind: "unreachable", "timeout", "401 unauthorized", …
    static QString kindLabel(Kind kind);
    /// Reads a broker `errors` value (object of arrays/strings, or an array) into field → messages.
    static QMap<QString, QStringList> parseErrors(const QJsonValue &errors);
};

} // namespace Pactbench
