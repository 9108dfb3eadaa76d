// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pactbench::OpenApi {

/// The schema that governs one place: $refs resolved, and what the matcher checks need from it.
struct SchemaInfo
{
    bool found = false;
    QJsonValue schema; ///< $ref resolved
    QString location; ///< below the body schema: ".properties.items.items"
    /// Names this schema among the document's (SchemaPlaces): places with one identity have one schema.
    /// Empty when the place was not found through SchemaPlaces.
    QString identity;
    QStringList types; ///< JSON types it allows ("integer", "number", "string", …); empty: any
    std::optional<qint64> minItems;
    std::optional<qint64> maxItems;
};

} // namespace Pactbench::OpenApi
