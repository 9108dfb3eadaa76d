// SPDX-License-Identifier: MIT
#pragma once

#include "spec/openapispec.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Pactbench::OpenApi {

enum class FindingType { Error, Warning };

/**
 * One result of checking a pact against the document. `code`, `type`, `message`, `source` and the two
 * detail blocks mean what swagger-mock-validator 14.5 means by them, so its users can switch unchanged.
 * `fromMatcher` marks what only a matching rule (not the example) shows: its message ends in "(matcher)".
 */
struct Finding
{
    QString code; ///< "request.body.incompatible", …
    FindingType type = FindingType::Error;
    QString message;
    QString source = QStringLiteral("spec-mock-validation");
    bool fromMatcher = false;

    // mockDetails
    QString pactFile;
    int interactionIndex = -1; ///< in the pact's interaction list
    QString interactionDescription;
    QString interactionState; ///< the first provider state's name, or "[none]"
    QString mockLocation; ///< "[root].interactions[0].response.body.name"
    QJsonValue mockValue;

    // specDetails
    QString specLocation; ///< "[root].paths./pets.get.responses.200.content.application/json.schema.properties.name"
    QString specFile;
    int specLine = 0;
    QString pathMethod; ///< lower case; empty when no operation was found
    QString pathName;
    QJsonValue specValue;
};

/// The error codes of swagger-mock-validator 14.5; every other code is a warning.
bool isErrorCode(const QString &code);

} // namespace Pactbench::OpenApi
