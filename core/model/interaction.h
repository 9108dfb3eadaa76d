// SPDX-License-Identifier: MIT
#pragma once

#include "body.h"
#include "generators.h"
#include "matchingrules.h"
#include "multimap.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Pactbench {

/// A provider state: its name and its parameters (V3+).
struct ProviderState
{
    QString name;
    QJsonObject params;
    QJsonObject extra; ///< unknown keys
    /// Numbers of `params` and `extra` as written (see NumberLexemes), by path from the state object.
    NumberLexemes lexemes{};

    bool operator==(const ProviderState &o) const
    {
        return name == o.name && params == o.params && extra == o.extra && lexemes == o.lexemes;
    }
    bool operator!=(const ProviderState &o) const { return !(*this == o); }
};

/// The request of an HTTP interaction.
struct HttpRequest
{
    QString method = QStringLiteral("GET");
    QString path = QStringLiteral("/");
    QueryParams query; ///< un-encoded, in file order
    bool hasQuery = false; ///< whether the file gave a query at all (an empty one counts)
    Headers headers;
    Body body;
    MatchingRules matchingRules;
    Generators generators;
    QJsonObject extra; ///< unknown keys
    /// Known keys the file gave as null, [] or {} (and empty rule categories): Save writes them back while still empty.
    QJsonObject emptyAsRead;

    /// The Content-Type header, or empty.
    QString contentTypeHeader() const { return headers.value(QStringLiteral("Content-Type")); }
    QString effectiveContentType() const { return body.effectiveContentType(contentTypeHeader()); }
    bool operator==(const HttpRequest &o) const;
    bool operator!=(const HttpRequest &o) const { return !(*this == o); }
};

/// The response of an HTTP interaction.
struct HttpResponse
{
    int status = 200;
    Headers headers;
    Body body;
    MatchingRules matchingRules;
    Generators generators;
    QJsonObject extra; ///< unknown keys
    /// Known keys the file gave as null, [] or {} (and empty rule categories): Save writes them back while still empty.
    QJsonObject emptyAsRead;

    QString contentTypeHeader() const { return headers.value(QStringLiteral("Content-Type")); }
    QString effectiveContentType() const { return body.effectiveContentType(contentTypeHeader()); }
    bool operator==(const HttpResponse &o) const;
    bool operator!=(const HttpResponse &o) const { return !(*this == o); }
};

/// A message (asynchronous message, or one side of a synchronous message exchange).
struct MessageContents
{
    Body contents;
    QJsonObject metadata;
    MatchingRules matchingRules; ///< contents rules under "body" or "content", as the file wrote them
    Generators generators;
    QJsonObject extra; ///< unknown keys
    /// Known keys the file gave as null, [] or {} (and empty rule categories): Save writes them back while still empty.
    QJsonObject emptyAsRead;

    /// `metadata.contentType` (or `content-type`), or empty.
    QString metadataContentType() const;
    QString effectiveContentType() const { return contents.effectiveContentType(metadataContentType()); }
    bool operator==(const MessageContents &o) const;
    bool operator!=(const MessageContents &o) const { return !(*this == o); }
};

/// The three kinds of interaction a pact can hold.
enum class InteractionKind {
    SynchronousHttp, ///< "Synchronous/HTTP": a request and its response
    AsynchronousMessage, ///< "Asynchronous/Messages": one message
    SynchronousMessages, ///< "Synchronous/Messages": a request message and its response messages (V4)
    Unsupported, ///< a V4 type this version does not know: kept whole in `extra`, written back as read
};

/// "Synchronous/HTTP", "Asynchronous/Messages", "Synchronous/Messages".
QString interactionKindTypeName(InteractionKind kind);
/// A short label for people: "HTTP", "Message", "Sync message".
QString interactionKindLabel(InteractionKind kind);

/**
 * One interaction of a pact. The fields that apply depend on kind: `request`/`response`
 * for HTTP, `message` for asynchronous messages, `messageRequest`/`messageResponses` for
 * synchronous messages. The V4-only fields (key, pending, comments, plugin configuration,
 * interaction markup, transport) are kept whatever the version read.
 */
struct Interaction
{
    InteractionKind kind = InteractionKind::SynchronousHttp;
    QString description;
    QList<ProviderState> providerStates;
    QString key; ///< V4 interaction key, or empty
    bool pending = false; ///< V4
    QJsonObject comments; ///< V4 comments (`text`, `testname`, …)
    QJsonObject pluginConfiguration; ///< V4, opaque
    QJsonObject interactionMarkup; ///< V4, opaque
    QString transport; ///< V4 `transport` ("http", "https", "grpc", …), or empty

    HttpRequest request;
    HttpResponse response;
    MessageContents message;
    MessageContents messageRequest;
    QList<MessageContents> messageResponses;

    QJsonObject extra; ///< unknown keys
    /// Known keys the file gave as null, [] or {} (and empty rule categories): Save writes them back while still empty.
    QJsonObject emptyAsRead;
    /**
     * Numbers as written (see NumberLexemes) everywhere in the interaction but its bodies and
     * provider states (which keep their own): comments, plugin blocks, markup, metadata, rules,
     * unknown keys. Paths start at the interaction object as the file laid it out.
     */
    NumberLexemes lexemes{};

    bool isHttp() const { return kind == InteractionKind::SynchronousHttp; }
    bool isMessage() const { return kind != InteractionKind::SynchronousHttp; }
    QStringList providerStateNames() const;
    /// Matching rules and generators of every part, counted.
    int matcherCount() const;
    int generatorCount() const;

    bool operator==(const Interaction &o) const;
    bool operator!=(const Interaction &o) const { return !(*this == o); }
};

} // namespace Pactbench
