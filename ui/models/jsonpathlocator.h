// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Pactbench {

/**
 * Where a position in JSON text is, as a Pact JSON path (`$.orders[0].id`, `$['a b']`): for the
 * body editor and the diff's line annotations. What a path selects in a value is core's business
 * (selectValuePaths in core/matching/rules.h), so the editors and the engine never disagree.
 */
class JsonPathLocator
{
public:
    /// The path of the JSON node at `position` in `text` (a key names its value); "$" at the root.
    static QString pathAt(const QString &text, int position);
    /// pathAt() of each line's first token (a key names its value, a closing bracket its
    /// container), in one pass over `text`: linear in its length.
    static QStringList linePaths(const QString &text);
    /// "$" + `.key` or `['key']` per object key, `[n]` per index.
    static QString join(const QStringList &keys, const QList<bool> &isIndex);
    /// The example value the rule path `path` names in `root` (its first match, as the matching
    /// engine reads the path); undefined when it names nothing.
    static QJsonValue valueAt(const QJsonValue &root, const QString &path);
};

} // namespace Pactbench
