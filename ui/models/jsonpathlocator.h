// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Pactbench {

/**
 * JSON paths in the Pact form (`$.orders[0].id`, `$['a b']`, `[*]`, `.*`) for the body editor:
 * the path of the node under a text position, and the example value a path names in a body.
 */
class JsonPathLocator
{
public:
    /// The path of the JSON node at `position` in `text` (a key names its value); "$" at the root.
    static QString pathAt(const QString &text, int position);
    /// The path split into keys and indexes ("orders", "0", "*"); empty for "$"; {"?"} when unreadable.
    static QStringList split(const QString &path);
    /// The value `path` names in `root` (a wildcard takes the first element); undefined when none.
    static QJsonValue valueAt(const QJsonValue &root, const QString &path);
    /// "$" + `.key` or `['key']` per object key, `[n]` per index.
    static QString join(const QStringList &keys, const QList<bool> &isIndex);
};

} // namespace Pactbench
