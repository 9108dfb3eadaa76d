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

    QString toString() const;
    bool operator==(const Loss &o) const
    {
        return interactionIndex == o.interactionIndex && field == o.field && reason == o.reason;
    }
};

using LossReport = QList<Loss>;

/**
 * Writes pacts as V3 or V4 JSON that Pact's reference tools read. Output is deterministic:
 * keys sorted, two-space indentation, so writing an unchanged pact twice gives the same bytes.
 * Writing V3 returns the loss report of everything V3 cannot hold; nothing is dropped silently.
 */
class PactWriter
{
public:
    /// V3 or V4 (V1, V1.1 and V2 are read-only).
    static bool canWrite(SpecVersion version);
    static QJsonObject toJson(const Pact &pact, SpecVersion version, LossReport *losses = nullptr);
    static QByteArray write(const Pact &pact, SpecVersion version, LossReport *losses = nullptr);
    /// What writing `version` would lose, without writing.
    static LossReport lossReport(const Pact &pact, SpecVersion version);
    /**
     * Writes atomically (QSaveFile): the target is replaced only once everything is on disk.
     * Returns false with `error` set when the file cannot be written.
     */
    static bool writeFile(const QString &path, const Pact &pact, SpecVersion version, QString *error = nullptr,
                          LossReport *losses = nullptr);

    /// Parts on their own, in a version's format.
    static QJsonObject requestToJson(const HttpRequest &request, SpecVersion version);
    static QJsonObject responseToJson(const HttpResponse &response, SpecVersion version);
    static QJsonObject interactionToJson(const Interaction &interaction, SpecVersion version);
};

} // namespace Pactbench
