// SPDX-License-Identifier: MIT
#include "messagebody.h"

#include "fixtures.h"
#include "mockrun.h"
#include "stepregistry.h"

#include <QJsonObject>

namespace Pactbench::Compat {

void setMessageBody(const World &w, const QString &cell, MessageContents &message)
{
    QString c = unescapeQuotes(cell);
    if (!c.contains(u':') && !c.contains(u' ') && !c.isEmpty() && c.endsWith(QLatin1String(".json")))
        c = QStringLiteral("file: ") + c;
    Headers headers;
    setBody(w, c, message.contents, headers);
    const QString type = headers.value(QStringLiteral("Content-Type"));
    message.contents.contentType = type;
    message.metadata.insert(QStringLiteral("contentType"), type);
}

QJsonValue metadataValue(const QString &cell)
{
    const QString c = unescapeQuotes(cell);
    if (c.startsWith(QLatin1String("JSON:")))
        return parseValue(c.mid(5).trimmed());
    return c;
}

QJsonObject metadataTable(const QList<QStringList> &table)
{
    QJsonObject metadata;
    for (qsizetype row = 1; row < table.size(); ++row)
        metadata.insert(table.at(row).value(0), metadataValue(table.at(row).value(1)));
    return metadata;
}

bool sameDocument(const World &w, const Body &actual, const QString &cell)
{
    MessageContents expected;
    setMessageBody(w, cell, expected);
    if (expected.contents.encoding == Body::Encoding::Json)
        return actual.asJson() == expected.contents.json;
    return actual.content() == expected.contents.content();
}

} // namespace Pactbench::Compat
