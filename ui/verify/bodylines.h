// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pactbench::BodyLines {

/**
 * A body as the diff pane shows it: JSON pretty-printed with the keys in the same (sorted) order
 * on both sides, anything else as UTF-8 text. `isJson` tells which.
 */
QString pretty(const QByteArray &bytes, bool *isJson = nullptr);
QString pretty(const QJsonValue &value);
/// The JSON path (`$.a.b[0]`) each line of pretty-printed JSON belongs to (JsonPathLocator::pathAt).
QStringList linePaths(const QString &prettyJson);
/// True when `linePath` is `path` or lies under it (`$.a` covers `$.a.b` and `$.a[0]`, not `$.ab`).
bool isUnder(const QString &linePath, const QString &path);
/// The 0-based lines of `linePaths` that `path` covers.
QList<int> linesOf(const QStringList &linePaths, const QString &path);
/// The first of linesOf(); -1 when none.
int firstLineOf(const QStringList &linePaths, const QString &path);

} // namespace Pactbench::BodyLines
