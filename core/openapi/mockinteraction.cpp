// SPDX-License-Identifier: MIT
#include "mockinteraction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace Pactbench::OpenApi {

namespace {

QJsonValue valueAt(const QJsonValue &root, const QString &dottedPath)
{
    QJsonValue current = root;
    for (const QString &part : dottedPath.split(u'.', Qt::SkipEmptyParts)) {
        if (current.isObject()) {
            current = current.toObject().value(part);
        } else if (current.isArray()) {
            bool ok = false;
            const int i = part.toInt(&ok);
            current = ok ? current.toArray().at(i) : QJsonValue(QJsonValue::Undefined);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

/// By lower-case name: each name's values joined by ",", located at the name as first spelled (one pass:
/// Headers::names() and values() would go through the headers once per name).
QMap<QString, MockValue> headerValues(const Headers &headers, const QString &location)
{
    QList<OrderedMultiMap::Entry> joined; // the first spelling of each name, its values so far
    for (const OrderedMultiMap::Entry &entry : headers.entries()) {
        const auto same = std::find_if(joined.begin(), joined.end(), [&](const OrderedMultiMap::Entry &j) {
            return j.first.compare(entry.first, headers.nameCaseSensitivity()) == 0;
        });
        if (same == joined.end())
            joined.append(entry);
        else
            same->second += u',' + entry.second;
    }
    QMap<QString, MockValue> out;
    for (const OrderedMultiMap::Entry &j : std::as_const(joined))
        out.insert(j.first.toLower(), {location + u'.' + j.first, j.second});
    return out;
}

} // namespace

MockValue MockInteraction::requestBodyAt(const QString &dottedPath) const
{
    return {requestBody.location + dottedPath, valueAt(requestBody.value, dottedPath)};
}

MockValue MockInteraction::responseBodyAt(const QString &dottedPath) const
{
    return {responseBody.location + dottedPath, valueAt(responseBody.value, dottedPath)};
}

QJsonValue bodyValue(const Body &body)
{
    if (body.state == Body::State::Missing)
        return QJsonValue(QJsonValue::Undefined);
    if (body.state == Body::State::Null)
        return QJsonValue(QJsonValue::Null);
    if (body.state == Body::State::Empty)
        return QString();
    if (body.encoding == Body::Encoding::Json)
        return body.json;
    if (body.encoding == Body::Encoding::JsonString) {
        const QJsonValue json = body.asJson();
        if (!json.isUndefined())
            return json;
    }
    return QString::fromUtf8(body.bytes);
}

bool isTruthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return false;
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0 && !std::isnan(value.toDouble());
    case QJsonValue::String:
        return !value.toString().isEmpty();
    default:
        return true;
    }
}

MockInteraction toMockInteraction(const Pact &pact, int index, const QString &pactFile)
{
    const Interaction &i = pact.interactions.at(index);
    MockInteraction m;
    m.source = &i;
    m.pactFile = pactFile;
    m.index = index;
    m.description = i.description;
    m.state = i.providerStates.isEmpty() ? QStringLiteral("[none]") : i.providerStates.first().name;
    m.location = QStringLiteral("[root].interactions[%1]").arg(index);
    m.method = i.request.method.toLower();
    m.path = {m.location + u".request.path", i.request.path};
    // Empty segments are dropped ("/pets/" is "/pets", as SMV has it); %-escapes are decoded.
    for (const QString &segment : i.request.path.split(u'/', Qt::SkipEmptyParts))
        m.segments.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    m.requestHeaders = headerValues(i.request.headers, m.location + u".request.headers");
    for (const QString &name : i.request.query.names()) {
        m.query.insert(name, i.request.query.values(name));
        m.queryLocations.insert(name, m.location + u".request.query." + name);
    }
    m.requestBody = {m.location + u".request.body", bodyValue(i.request.body)};
    m.status = i.response.status;
    m.statusValue = {m.location + u".response.status", i.response.status};
    m.responseHeaders = headerValues(i.response.headers, m.location + u".response.headers");
    m.responseBody = {m.location + u".response.body", bodyValue(i.response.body)};
    return m;
}

} // namespace Pactbench::OpenApi
