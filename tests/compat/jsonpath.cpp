// SPDX-License-Identifier: MIT
#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Pactbench::Compat {

QJsonValue valueAt(const QJsonValue &root, const QString &path)
{
    static const QRegularExpression token(QStringLiteral("\\.([^.\\[]+)|\\[(\\d+)\\]|\\['([^']*)'\\]"));
    if (!path.startsWith(u'$'))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue current = root;
    qsizetype pos = 1;
    while (pos < path.size()) {
        const QRegularExpressionMatch m
            = token.match(path, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return QJsonValue(QJsonValue::Undefined);
        if (m.hasCaptured(2))
            current = current.toArray().at(m.captured(2).toInt());
        else
            current = current.toObject().value(m.hasCaptured(1) ? m.captured(1) : m.captured(3));
        if (current.isUndefined())
            return current;
        pos = m.capturedEnd();
    }
    return current;
}

} // namespace Pactbench::Compat
