// SPDX-License-Identifier: MIT
#pragma once

#include "pact.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace Pactbench {

/// One thing a target version cannot express, named by interaction and field.
struct Loss
{
    int interactionIndex = -1; ///< -1 for the pact as a whole
    QString interaction; ///< the interaction's description
    QString field; ///< "pending", "comments", "request.body.contentTypeHint", …
    QString reason;
    /// Written all the same: a note on who can read the file, not something left out of it.
    bool written = false;

    QString toString() const;
    bool operator==(const Loss &o) const
    {
        return interactionIndex == o.interactionIndex && field == o.field && reason == o.reason;
    }
};

using LossReport = QList<Loss>;

/**
 * Writes pacts the way Pact's reference implementation (pact_models + serde_json) writes them:
 * keys sorted, two-space indentation, serde's number spelling, so a reference-written pact that
 * nobody changed is written back byte for byte. Numbers keep the text they were read with where
 * Qt's value cannot give it back (NumberLexemes in the model). Writing an older version returns
 * the loss report of everything that version cannot hold; nothing is dropped silently.
 */
class PactWriter
{
public:
    /// V1, V1.1, V2 (HTTP interactions only, in the reference's V2 form), V3 or V4.
    static bool canWrite(SpecVersion version);
    /**
     * The version File › Save and `pactbench-cli convert` (without --to) write a pact read as
     * `read` in: its own when it can be written, else V3 (a file that named no version).
     */
    static SpecVersion saveVersion(SpecVersion read);
    static QJsonObject toJson(const Pact &pact, SpecVersion version, LossReport *losses = nullptr);
    static QByteArray write(const Pact &pact, SpecVersion version, LossReport *losses = nullptr);
    /**
     * Whether saving `pact` (read from `text`, nothing changed) in its save version gives `text`
     * back byte for byte: false for files laid out otherwise (4-space indentation, unsorted keys).
     */
    static bool writesBack(const Pact &pact, const QByteArray &text);
    /// What writing `version` would lose, without writing.
    static LossReport lossReport(const Pact &pact, SpecVersion version);
    /**
     * Writes through OutputFile: a regular file is replaced atomically only once everything is on
     * disk, a device or FIFO is written in place. Returns false with `error` set when it cannot.
     */
    static bool writeFile(const QString &path, const Pact &pact, SpecVersion version, QString *error = nullptr,
                          LossReport *losses = nullptr);

    /// Parts on their own, in a version's format.
    static QJsonObject requestToJson(const HttpRequest &request, SpecVersion version);
    static QJsonObject responseToJson(const HttpResponse &response, SpecVersion version);
    static QJsonObject interactionToJson(const Interaction &interaction, SpecVersion version);
    /**
     * Interaction `index` of `pact` exactly as writing the pact as `version` lays it out (the V2
     * form too), with the lexemes of its numbers from the interaction's root: what Save writes of it.
     */
    static QJsonObject interactionToJson(
        const Pact &pact, qsizetype index, SpecVersion version, NumberLexemes *lexemes);
};

} // namespace Pactbench
