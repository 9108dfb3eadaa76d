// SPDX-License-Identifier: MIT
#pragma once
// Shared by the check's tests: JSON written inline with ' for " (moc cannot read raw string literals).

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QtGlobal>

namespace Pactbench::OpenApi::Test {

/// The value of `text`, any JSON value, with ' for "; a malformed text stops the test program.
inline QJsonValue json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + QByteArray(text).replace('\'', '"') + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON %s: %s", text, qPrintable(error.errorString()));
    return doc.array().at(0);
}

} // namespace Pactbench::OpenApi::Test
