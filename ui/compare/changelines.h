// SPDX-License-Identifier: MIT
#pragma once

#include <core/diff/impact.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace Pactbench::ChangeLines {

/**
 * Where a change sits in its interaction's V4 JSON, as the diff views' line paths name it:
 * ("response.body", "$.items[0].qty") → "$.response.body.content.items[0].qty",
 * ("request.header", "Accept") → "$.request.headers.Accept",
 * ("response.matchingRules.body", "$.name") → "$.response.matchingRules.body['$.name']",
 * ("message.contents", "$.f") → "$.contents.content.f".
 */
QString jsonPath(const Diff::Change &change);
/// The lines of `linePaths` under `path`; when none, those of the nearest enclosing path that has some.
QList<int> lines(const QStringList &linePaths, const QString &path);

} // namespace Pactbench::ChangeLines
