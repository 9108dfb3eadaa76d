// SPDX-License-Identifier: MIT
#pragma once

#include "interaction.h"
#include "specversion.h"

#include <core/json/numberlexemes.h>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Pactbench {

/// A pacticipant (consumer or provider): its name and any other keys the file gave.
struct Pacticipant
{
    QString name;
    QJsonObject extra;

    bool operator==(const Pacticipant &o) const { return name == o.name && extra == o.extra; }
    bool operator!=(const Pacticipant &o) const { return !(*this == o); }
};

/**
 * A pact: the contract between one consumer and one provider.
 *
 * `specVersion` is what the file declared (Unknown when it declared none). `metadata`
 * holds every metadata key except the specification version (implementation versions,
 * plugins, …), so they are written back unchanged. `extra` holds unknown top-level keys.
 */
struct Pact
{
    Pacticipant consumer;
    Pacticipant provider;
    SpecVersion specVersion = SpecVersion::Unknown;
    QJsonObject metadata;
    QList<Interaction> interactions;
    QJsonObject extra;
    /// Numbers of `metadata`, the pacticipants and `extra` as written (see NumberLexemes), from the root.
    NumberLexemes lexemes;
    /// Whether the file ended with a newline (Pact's reference writes none); Save keeps it so.
    bool trailingNewline = false;

    bool hasKind(InteractionKind kind) const;
    bool operator==(const Pact &o) const;
    bool operator!=(const Pact &o) const { return !(*this == o); }
};

} // namespace Pactbench
