// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"
#include "pact.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace Pactbench {

/// What reading a pact gives: the pact (absent when a Fatal diagnostic stopped it) and every diagnostic.
struct ReadResult
{
    std::optional<Pact> pact;
    Diagnostics diagnostics;
    /**
     * Set by readers that compared the file with what Save would write for it (PactLoader): the
     * file is not laid out the way Pact's reference writes pacts, so Save rewrites all of it.
     */
    bool rewritesOnSave = false;

    bool ok() const { return pact.has_value(); }
};

/// How a pact is read.
struct ReadOptions
{
    /**
     * Keep each number's text where Qt's value would lose it (`10.0`, `1e3`), so that saving writes it
     * back as read. Only for callers that never write the pact (checks, reports) may this be off: it
     * spares one scan of the text.
     */
    bool numberSpellings = true;
};

/**
 * Reads pact files of every version (V1, V1.1, V2, V3, V4; HTTP, asynchronous and
 * synchronous messages) with the tolerance of Pact's reference implementation, keeping
 * unknown keys so that writing the pact back loses nothing.
 */
class PactReader
{
public:
    /// Reads JSON text (a UTF-8 BOM is skipped). Syntax errors are located by line:column.
    static ReadResult read(const QByteArray &json, const ReadOptions &options = {});
    /// Reads an already parsed pact object.
    static ReadResult read(const QJsonObject &root);
    /// Reads a pact object with the lexemes of its numbers (JsonReader), which the model keeps.
    static ReadResult read(const QJsonObject &root, const NumberLexemes &lexemes);
    /// Reads a file; an unreadable file is a Fatal diagnostic.
    static ReadResult readFile(const QString &path, const ReadOptions &options = {});

    /// Reads one part in a version's format (spec test cases give parts on their own).
    static HttpRequest readRequest(const QJsonObject &json, SpecVersion version, Diagnostics *diagnostics = nullptr);
    static HttpResponse readResponse(const QJsonObject &json, SpecVersion version,
                                     Diagnostics *diagnostics = nullptr);
    static MessageContents readMessage(const QJsonObject &json, SpecVersion version,
                                       Diagnostics *diagnostics = nullptr);
    /// The warning reading gives for an HTTP method ("'GET X' is not a standard HTTP method"); empty when standard.
    static QString methodWarning(const QString &method);
};

/// 1-based line and column of a byte offset in UTF-8 text (column counts characters).
QPair<int, int> lineColumnOf(const QByteArray &text, qsizetype offset);

} // namespace Pactbench
