// SPDX-License-Identifier: MIT
#pragma once

#include "interactioncommand.h"

#include <QVariant>

namespace Pactbench {

/// Sets one scalar field of an interaction; typing into the same field merges.
class SetFieldCommand : public InteractionCommand
{
public:
    enum class Field {
        Description, ///< QString
        Key, ///< QString
        Pending, ///< bool
        Comments, ///< QJsonObject
        Method, ///< QString (HTTP request)
        Path, ///< QString (HTTP request)
        Status, ///< int (HTTP response)
    };

    SetFieldCommand(PactDocument *document, int index, Field field, const QVariant &value);

    static QString fieldName(Field field);
    static Interaction withField(Interaction interaction, Field field, const QVariant &value);
};

} // namespace Pactbench
