// SPDX-License-Identifier: MIT
#pragma once

// Small pact builders shared by the diff tests: inline V4 JSON, one interaction at a time.

#include <QByteArray>
#include <QString> // QStringBuilder: operator+ of byte arrays

namespace Pactbench::Test {

/// A V4 pact "web" → "orders" holding the given interactions (JSON objects, comma-separated).
inline QByteArray pactV4(const QByteArray &interactions, const QByteArray &implementation = "1.0.0")
{
    return QByteArray(R"({"consumer":{"name":"web"},"provider":{"name":"orders"},"metadata":{"pactSpecification":{"version":"4.0"},"pactRust":{"version":")")
        + implementation + R"("}},"interactions":[)" + interactions + "]}";
}

/// An HTTP response with a JSON body, its body rules (the inside of `"body": {…}`) and more keys.
inline QByteArray response(const QByteArray &body, const QByteArray &bodyRules = {}, const QByteArray &more = {})
{
    return QByteArray(R"({"status":200,"headers":{"Content-Type":["application/json"]},"body":{"content":)") + body
        + R"(,"contentType":"application/json","encoded":false},"matchingRules":{"body":{)" + bodyRules + "}}" + more + "}";
}

/// An HTTP interaction; `extra` goes in front of the request (providerStates, key, pending, …).
inline QByteArray http(const QByteArray &description, const QByteArray &response, const QByteArray &request = R"({"method":"GET","path":"/orders/7"})",
                       const QByteArray &extra = {})
{
    return QByteArray(R"({"type":"Synchronous/HTTP","description":")") + description + "\"," + extra + R"("request":)" + request
        + R"(,"response":)" + response + "}";
}

/// A rule list for a path: `"PATH":{"combine":"AND","matchers":[MATCHERS]}`.
inline QByteArray rule(const QByteArray &path, const QByteArray &matchers)
{
    return QByteArray("\"") + path + R"(":{"combine":"AND","matchers":[)" + matchers + "]}";
}

/// An asynchronous message with JSON contents, metadata and content rules.
inline QByteArray message(const QByteArray &description, const QByteArray &contents, const QByteArray &metadata = R"({"topic":"orders"})",
                          const QByteArray &contentRules = {})
{
    return QByteArray(R"({"type":"Asynchronous/Messages","description":")") + description + R"(","contents":{"content":)" + contents
        + R"(,"contentType":"application/json","encoded":false},"metadata":)" + metadata + R"(,"matchingRules":{"content":{)"
        + contentRules + "}}}";
}

} // namespace Pactbench::Test
