// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/pact.h>

#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Pactbench::OpenApi {

/// One value of the pact, with swagger-mock-validator's location for it.
struct MockValue
{
    QString location;
    QJsonValue value{QJsonValue::Undefined}; ///< undefined when absent
    bool present() const { return !value.isUndefined(); }
};

/**
 * An HTTP interaction as the checks see it (swagger-mock-validator's "parsed mock"): header names in lower
 * case with their values joined by ",", query values by name, bodies as JSON values (text content as a
 * string, V4 bodies decoded), and where each part is in the pact file.
 */
struct MockInteraction
{
    const Interaction *source = nullptr;
    QString pactFile;
    int index = -1;
    QString description;
    QString state; ///< the first provider state's name, or "[none]"
    QString location; ///< "[root].interactions[3]"
    QString method; ///< lower case
    MockValue path;
    QStringList segments; ///< the path's non-empty segments
    QMap<QString, MockValue> requestHeaders; ///< by lower-case name
    QMap<QString, QStringList> query; ///< by name, every value in order
    QMap<QString, QString> queryLocations;
    MockValue requestBody;
    int status = 200;
    MockValue statusValue;
    QMap<QString, MockValue> responseHeaders;
    MockValue responseBody;

    MockValue whole() const { return {location, QJsonValue(QJsonValue::Undefined)}; }
    /// The value at a dotted path below a body (".items.0.name"), with its location.
    MockValue requestBodyAt(const QString &dottedPath) const;
    MockValue responseBodyAt(const QString &dottedPath) const;
};

/// A body's value as swagger-mock-validator reads it: JSON as JSON, anything else as text; undefined when absent.
QJsonValue bodyValue(const Body &body);
/// JavaScript's truthiness: false for undefined, null, false, 0, NaN and "".
bool isTruthy(const QJsonValue &value);

MockInteraction toMockInteraction(const Pact &pact, int index, const QString &pactFile);

} // namespace Pactbench::OpenApi
