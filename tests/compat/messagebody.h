// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/interaction.h>

namespace Pactbench::Compat {

struct World;

/// A message's contents from a cell ("file: x", "JSON: …", a fixture name without "file:", text); content type in the
/// metadata too.
void setMessageBody(const World &w, const QString &cell, MessageContents &message);
/// "Some Text" → string, "JSON: {…}" → that JSON value.
QJsonValue metadataValue(const QString &cell);
/// A key/value table (header row "key | value") into metadata.
QJsonObject metadataTable(const QList<QStringList> &table);
/// Whether the actual contents are the document a cell names (JSON compared as JSON, others as bytes).
bool sameDocument(const World &w, const Body &actual, const QString &cell);

} // namespace Pactbench::Compat
