// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/interaction.h>

#include <QList>
#include <QString>

namespace Pactbench {

/**
 * One HTTP request and its response as captured (recorded by the proxy or read from a HAR,
 * curl, WireMock or Postman file), before it becomes an interaction: the request and response
 * hold exactly what was seen (bodies as bytes with their content type; JSON bodies parsed), no
 * matching rules. `source` locates it for notes and errors ("orders.har: log.entries[3]",
 * "recorded #12").
 */
struct CapturedExchange
{
    HttpRequest request;
    HttpResponse response;
    QString source;
    /// A description the source gave (a Postman item's name, a WireMock stub's name), or empty:
    /// the builder then generates "GET /orders/7 → 200".
    QString description;
    /// Provider states the source gave (rare: a WireMock scenario state), in order.
    QList<ProviderState> providerStates;
};

/// What capturing or importing did that the user should know: something skipped, a secret
/// replaced, a header left out, two exchanges merged. `where` is the exchange's `source` or a
/// location in an input file ("curl.txt:4", "collection.json: item[2].response[0]").
struct CaptureNote
{
    enum class Kind {
        Skipped, ///< an input entry that gave no exchange (why in `message`)
        Redacted, ///< a secret value replaced by a placeholder and a regex matcher
        Dropped, ///< a hop-by-hop or volatile header left out
        Merged, ///< an exchange identical to an earlier one, kept once
        Info,
    };
    Kind kind = Kind::Info;
    QString where;
    QString message;

    bool operator==(const CaptureNote &o) const { return kind == o.kind && where == o.where && message == o.message; }
};

/// "skipped", "redacted", "dropped", "merged", "info".
QString captureNoteKindName(CaptureNote::Kind kind);
/// "WHERE: KIND: MESSAGE" on one line.
QString formatCaptureNote(const CaptureNote &note);

/// Exchanges read from one or more inputs, with the notes of reading them.
struct CaptureBatch
{
    QList<CapturedExchange> exchanges;
    QList<CaptureNote> notes;
};

} // namespace Pactbench
