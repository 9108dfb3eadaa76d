// SPDX-License-Identifier: MIT
#pragma once

// Private to the reader: one interaction of each kind, V1–V4.

#include "interaction.h"
#include "readcontext.h"

namespace Pactbench::detail {

/// The keys every interaction may have, whatever its kind.
const QSet<QString> &commonInteractionKeys();
Interaction readHttpInteraction(const QJsonObject &json, const QString &path, ReadContext &ctx);
/// A V3 message or a V4 "Asynchronous/Messages" interaction.
Interaction readAsyncMessage(const QJsonObject &json, const QString &path, ReadContext &ctx);
/// A V4 interaction of any type (by its "type" member).
Interaction readV4Interaction(const QJsonObject &json, const QString &path, ReadContext &ctx);

} // namespace Pactbench::detail
