// SPDX-License-Identifier: MIT
#include "writerparts.h"

namespace Pactbench::detail {

QJsonObject withExtra(const QJsonObject &extra, const QJsonObject &known)
{
    QJsonObject out = extra;
    for (auto it = known.begin(); it != known.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QJsonObject withEmptyAsRead(QJsonObject o, const QJsonObject &emptyAsRead, EmptyCategories categories)
{
    for (auto it = emptyAsRead.begin(); it != emptyAsRead.end(); ++it) {
        const bool listsCategories = it.value().isObject() && !it.value().toObject().isEmpty();
        const QJsonValue here = o.value(it.key());
        if (listsCategories && categories == EmptyCategories::Drop)
            continue;
        if (here.isUndefined())
            o.insert(it.key(), it.value());
        else if (listsCategories && here.isObject())
            o.insert(it.key(), withEmptyAsRead(here.toObject(), it.value().toObject(), categories));
    }
    return o;
}

} // namespace Pactbench::detail
