// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Pactbench::OpenApi {

/// The Content-Type header's name as the checks key headers (lower case).
inline const QString kContentType = QStringLiteral("content-type");

/**
 * The first of `available` (media types as the document writes them) that `requested` (a Content-Type,
 * or an Accept list with q-values) matches, as swagger-mock-validator negotiates: exactly, then without
 * parameters, then ignoring a "+suffix" vendor prefix (application/vnd.x+json ~ application/json), then
 * wildcards in `available`, then wildcards in `requested`. Empty when none does.
 */
QString findMatchingType(const QString &requested, const QStringList &available);

/// Whether application/json negotiates with one of `available`.
bool isJsonAmong(const QStringList &available);

} // namespace Pactbench::OpenApi
