// SPDX-License-Identifier: MIT
#pragma once
// Shared by the mock panel tests: the test pact and one HTTP request waited for.

#include "../../mockserver/mocktesthelpers.h"
#include "../uitestutils.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

namespace MockPanelTest {

/// Three HTTP interactions: "get user" (state "user 1 exists"), "create user" (body and header
/// rules), "list orders" (state "orders exist"), and one message that is never served.
inline const char *pactJson()
{
    return R"({
  "consumer": {"name": "web"}, "provider": {"name": "api"},
  "interactions": [
    {"description": "get user", "providerState": "user 1 exists",
     "request": {"method": "GET", "path": "/users/1"},
     "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": {"id": 1, "name": "Bob"}}},
    {"description": "create user",
     "request": {"method": "POST", "path": "/users",
                 "headers": {"Content-Type": "application/json", "X-Trace": "abc-1"},
                 "body": {"name": "Bob", "age": 3},
                 "matchingRules": {
                   "body": {"$.age": {"matchers": [{"match": "integer"}]},
                            "$.name": {"matchers": [{"match": "regex", "regex": "^[A-Z][a-z]+$"}]}},
                   "header": {"X-Trace": {"matchers": [{"match": "regex", "regex": "^[a-z]+-[0-9]+$"}]}}}},
     "response": {"status": 201}},
    {"description": "list orders", "providerStates": [{"name": "orders exist"}],
     "request": {"method": "GET", "path": "/orders"},
     "response": {"status": 200, "body": []}}
  ],
  "metadata": {"pactSpecification": {"version": "3.0.0"}}
})";
}

inline Pactbench::Pact pact()
{
    return Pactbench::Test::pactFromJson(pactJson());
}

/// The mismatching request: header and two body fields break their rules.
inline QByteArray badUserBody()
{
    return QByteArrayLiteral("{\"name\": \"bob\", \"age\": \"x\"}");
}

/// Sends one request and waits for the answer; the status (0 when no HTTP answer came).
inline int send(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url,
    const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {})
{
    return MockTest::send(nam, method, url, headers, body).status;
}

} // namespace MockPanelTest
