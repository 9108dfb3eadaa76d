// SPDX-License-Identifier: MIT
// Small pacts for the verification panel tests, built as JSON text.
#pragma once

#include <core/model/pactreader.h>

#include <QByteArray>
#include <QList>
#include <QtTest>

namespace Pactbench::Test {

/// One HTTP interaction: GET `path` answered 200 with `body`; `rules` the response's body rules (JSON object text).
inline QByteArray httpInteraction(const QByteArray &description, const QByteArray &path, const QByteArray &body,
    const QByteArray &rules = "{}", const QByteArray &state = {})
{
    QByteArray states = state.isEmpty() ? QByteArray("[]") : "[{\"name\": \"" + state + "\"}]";
    return "{\"description\": \"" + description + "\", \"providerStates\": " + states
        + ", \"request\": {\"method\": \"GET\", \"path\": \"" + path
        + "\"}, \"response\": {\"status\": 200, \"headers\": {\"Content-Type\": \"application/json\"}, \"body\": "
        + body + ", \"matchingRules\": {\"body\": " + rules + "}}}";
}

inline Pact pactWith(
    const QList<QByteArray> &interactions, const QByteArray &consumer = "web", const QByteArray &provider = "orders")
{
    QByteArray json = "{\"consumer\": {\"name\": \"" + consumer + "\"}, \"provider\": {\"name\": \"" + provider
        + "\"}, \"interactions\": [";
    for (int i = 0; i < interactions.size(); ++i)
        json += (i ? "," : "") + interactions.at(i);
    json += "], \"metadata\": {\"pactSpecification\": {\"version\": \"3.0.0\"}}}";
    ReadResult result = PactReader::read(json);
    if (!result.ok())
        qFatal("test pact does not load: %s", json.constData());
    return *result.pact;
}

} // namespace Pactbench::Test
