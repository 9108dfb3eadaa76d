// SPDX-License-Identifier: MIT
#pragma once

// A spec and a pact written inline, checked, and the findings as "code@description" strings.

#include <core/model/pactreader.h>
#include <core/openapi/checker.h>
#include <core/openapi/spec/specloader.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

namespace Pactbench::Test {

/// A V3 pact of the given interactions (JSON objects as text, joined with commas).
inline QByteArray pactOf(const QString &interactions)
{
    return QStringLiteral(R"({"consumer":{"name":"C"},"provider":{"name":"P"},"interactions":[%1],)"
                          R"("metadata":{"pactSpecification":{"version":"3.0.0"}}})").arg(interactions).toUtf8();
}

/// "code@description" per finding, "+m" appended for matcher findings; sorted.
inline QStringList findingKeys(const QList<OpenApi::Finding> &findings)
{
    QStringList keys;
    for (const OpenApi::Finding &f : findings)
        keys.append(f.code + u'@' + f.interactionDescription + (f.fromMatcher ? u"+m"_qs : QString()));
    keys.sort();
    return keys;
}

/// Checks `pact` against `spec` (YAML or JSON text); fails the test when either cannot be read.
/// A finding that only names why nothing could be checked.
inline OpenApi::Finding unreadable(const QString &code)
{
    OpenApi::Finding f;
    f.code = code;
    return f;
}

inline QList<OpenApi::Finding> check(const QByteArray &spec, const QByteArray &pact, OpenApi::CheckOptions options = {})
{
    OpenApi::SpecError error;
    const std::optional<OpenApi::Spec> s = OpenApi::loadSpecBytes(spec, u"spec.yaml"_qs, &error);
    if (!s) {
        qWarning().noquote() << "spec:" << error.toString();
        return {unreadable(u"spec-unreadable"_qs)};
    }
    const ReadResult r = PactReader::read(pact);
    if (!r.ok()) {
        qWarning() << "pact unreadable";
        return {unreadable(u"pact-unreadable"_qs)};
    }
    const OpenApi::Checker checker(*s, options);
    return checker.check({{&*r.pact, u"pact.json"_qs}}).findings;
}

} // namespace Pactbench::Test
