// SPDX-License-Identifier: MIT
#include "bodylines.h"

#include <ui/models/pactformat.h>

#include <ui/models/jsonpathlocator.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pactbench::BodyLines {

QString pretty(const QJsonValue &value)
{
    return PactFormat::jsonText(value);
}

QString pretty(const QByteArray &bytes, bool *isJson)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    const bool json = error.error == QJsonParseError::NoError && !doc.isNull();
    if (isJson)
        *isJson = json;
    if (!json)
        return QString::fromUtf8(bytes);
    return pretty(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
}

QStringList linePaths(const QString &text)
{
    return JsonPathLocator::linePaths(text);
}

bool isUnder(const QString &linePath, const QString &path)
{
    if (path.isEmpty() || path == u"$")
        return true;
    if (!linePath.startsWith(path))
        return false;
    if (linePath.size() == path.size())
        return true;
    const QChar next = linePath.at(path.size());
    return next == u'.' || next == u'[';
}

QList<int> linesOf(const QStringList &linePaths, const QString &path)
{
    QList<int> lines;
    for (int i = 0; i < linePaths.size(); ++i) {
        if (isUnder(linePaths.at(i), path))
            lines.append(i);
    }
    return lines;
}

int firstLineOf(const QStringList &linePaths, const QString &path)
{
    for (int i = 0; i < linePaths.size(); ++i) {
        if (isUnder(linePaths.at(i), path))
            return i;
    }
    return -1;
}

} // namespace Pactbench::BodyLines
