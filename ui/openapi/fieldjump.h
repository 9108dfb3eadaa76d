// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/interaction.h>

#include <QString>

namespace Pactbench {

class InteractionEditor;

/**
 * A finding's place in the pact ("[root].interactions[3].response.body.items.0.id", swagger-mock-validator's
 * mockLocation) taken to the interaction editor: its tab, then the field — the body editor's cursor on the
 * node's line, the headers or query table (on the row of the name), the path or the status.
 */
namespace FieldJump {

/// Where a mockLocation points inside an interaction.
struct Target
{
    QString tab; ///< the editor's tab objectName ("requestTab", "responseTab", "generalTab")
    QString area; ///< "body", "headers", "query", "path", "method", "status"; empty: the interaction
    QString name; ///< a header or query parameter name
    QString bodyPath; ///< for a body: its JSON path ("$.items[0].id"), "$" for the whole body
};

/// Parses `mockLocation` (for `interaction`, whose body tells array indexes from keys).
Target parse(const QString &mockLocation, const Interaction &interaction);
/// The editor shows the target's tab and puts the focus (and the body's cursor) on the field.
/// The editor must show the interaction already. False when only the tab could be shown.
bool reveal(InteractionEditor *editor, const Target &target);

} // namespace FieldJump

} // namespace Pactbench
