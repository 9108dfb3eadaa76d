// SPDX-License-Identifier: MIT
#include "changelines.h"

#include <ui/models/jsonpathlocator.h>
#include <ui/verify/bodylines.h>

namespace Pactbench::ChangeLines {

namespace {

/// One name as a path step: ".name" or "['a name']".
QString step(const QString &name)
{
    return JsonPathLocator::join({ name }, { false }).mid(1);
}

/// The V4 keys of a part category: a body's example sits under "content".
QString categoryKeys(const QString &category)
{
    if (category == u"body")
        return QStringLiteral(".body.content");
    if (category == u"contents")
        return QStringLiteral(".contents.content");
    if (category == u"header")
        return QStringLiteral(".headers");
    return step(category);
}

/// The enclosing paths of `path`, nearest first: "$.a.b[0]" → "$.a.b", "$.a", "$".
QStringList parents(const QString &path)
{
    QStringList out;
    QString p = path;
    while (p.size() > 1) {
        const qsizetype dot = p.lastIndexOf(u'.');
        const qsizetype bracket = p.lastIndexOf(u'[');
        const qsizetype cut = qMax(dot, bracket);
        if (cut <= 0)
            break;
        p.truncate(cut);
        out.append(p);
    }
    out.append(QStringLiteral("$"));
    return out;
}

} // namespace

QString jsonPath(const Diff::Change &change)
{
    const QStringList segments = change.part.split(u'.');
    const QString side = segments.value(0);
    QString out = QStringLiteral("$");
    if (side == u"request" || side == u"response")
        out += u'.' + side;
    qsizetype next = 1;
    if (segments.value(1) == u"matchingRules" || segments.value(1) == u"generators") {
        out += u'.' + segments.value(1) + step(segments.value(2));
        return change.path.isEmpty() ? out : out + step(change.path);
    }
    const QString category = segments.value(next);
    if (category.isEmpty())
        return out;
    out += categoryKeys(category);
    if (change.path.isEmpty())
        return out;
    if (change.path.startsWith(u'$')) // a JSON path inside a body or contents
        return out + change.path.mid(1);
    return out + step(change.path); // a header, query parameter or metadata name
}

QList<int> lines(const QStringList &linePaths, const QString &path)
{
    QList<int> found = BodyLines::linesOf(linePaths, path);
    if (!found.isEmpty())
        return found;
    for (const QString &parent : parents(path)) {
        const int first = BodyLines::firstLineOf(linePaths, parent);
        if (first >= 0)
            return { first }; // the container's first line, not all of it
    }
    return {};
}

} // namespace Pactbench::ChangeLines
