// SPDX-License-Identifier: MIT
#include "hallink.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Pactbench {

QUrl HalLink::expand(const QMap<QString, QString> &values, const QUrl &base) const
{
    static const QRegularExpression var(QStringLiteral("\\{(\\w+)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = var.globalMatch(href);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(href).mid(last, m.capturedStart() - last);
        const auto value = values.constFind(m.captured(1));
        if (value == values.cend())
            out += m.captured(0);
        else
            out += QString::fromLatin1(QUrl::toPercentEncoding(*value));
        last = m.capturedEnd();
    }
    out += QStringView(href).mid(last);
    const QUrl url(out, QUrl::TolerantMode);
    return base.isEmpty() ? url : base.resolved(url);
}

HalLink HalLink::fromJson(const QString &rel, const QJsonValue &value)
{
    HalLink link;
    link.rel = rel;
    if (value.isString()) {
        link.href = value.toString();
        return link;
    }
    const QJsonObject o = value.toObject();
    link.href = o.value(u"href").toString();
    link.title = o.value(u"title").toString();
    link.name = o.value(u"name").toString();
    link.templated = o.value(u"templated").toBool();
    return link;
}

QList<HalLink> HalLink::all(const QJsonObject &document, const QString &rel)
{
    const QJsonValue v = document.value(u"_links").toObject().value(rel);
    QList<HalLink> out;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            out << fromJson(rel, e);
    } else if (v.isObject() || v.isString()) {
        out << fromJson(rel, v);
    }
    return out;
}

HalLink HalLink::first(const QJsonObject &document, const QString &rel)
{
    const QList<HalLink> links = all(document, rel);
    return links.isEmpty() ? HalLink{rel, {}, {}, {}, false} : links.constFirst();
}

} // namespace Pactbench
