// SPDX-License-Identifier: MIT
// Diff::diffPacts on OLD/NEW pairs: the highest impact and every change (impact, part, path), one
// row per rule of the impact table; and the regex inclusion rules on their own.

#include "pactfixtures.h"

#include <core/diff/pactdiff.h>
#include <core/diff/regexcompare.h>
#include <core/matching/matching.h>
#include <core/model/pactreader.h>
#include <core/model/pactwriter.h>

#include <QtTest>

using namespace Pactbench;
using namespace Pactbench::Test;

namespace {

const QByteArray kOrder = R"({"id":7,"name":"Bob","tags":["a","b"]})";
const QByteArray kGet = R"({"method":"GET","path":"/orders/7"})";

QByteArray get(const QByteArray &resp, const QByteArray &extra = {})
{
    return pactV4(http("get order", resp, kGet, extra));
}

QByteArray order(const QByteArray &rules = {}, const QByteArray &body = kOrder, const QByteArray &more = {})
{
    return get(response(body, rules, more));
}

QByteArray withRequest(const QByteArray &request)
{
    return pactV4(http("get order", response(kOrder), request));
}

const QByteArray kV3Http = R"({"consumer":{"name":"web"},"provider":{"name":"orders"},"metadata":{"pactSpecification":{"version":"3.0.0"}},
"interactions":[{"description":"get order","providerStates":[{"name":"order 7","params":{"id":7}}],
"request":{"method":"GET","path":"/orders/7","query":{"full":["yes"]},"headers":{"Accept":"application/json"}},
"response":{"status":200,"headers":{"Content-Type":"application/json"},"body":{"id":7,"name":"Bob"},
"matchingRules":{"body":{"$.id":{"matchers":[{"match":"integer"}]},"$.name":{"matchers":[{"match":"type"}]}},
"header":{"Content-Type":{"matchers":[{"match":"regex","regex":"application/json.*"}]}}}}}]})";

const QByteArray kV4Http = R"({"consumer":{"name":"web"},"provider":{"name":"orders"},"metadata":{"pactSpecification":{"version":"4.0"},"pactRust":{"version":"1.2.0"}},
"interactions":[{"type":"Synchronous/HTTP","description":"get order","key":"a1b2","providerStates":[{"name":"order 7","params":{"id":7}}],
"request":{"method":"GET","path":"/orders/7","query":{"full":["yes"]},"headers":{"Accept":["application/json"]}},
"response":{"status":200,"headers":{"Content-Type":["application/json"]},"body":{"content":{"name":"Bob","id":7},"contentType":"application/json","encoded":false},
"matchingRules":{"header":{"Content-Type":{"combine":"AND","matchers":[{"match":"regex","regex":"application/json.*"}]}},
"body":{"$.name":{"combine":"AND","matchers":[{"match":"type"}]},"$.id":{"combine":"AND","matchers":[{"match":"integer"}]}}}}}]})";

const QByteArray kV2Http = R"({"consumer":{"name":"web"},"provider":{"name":"orders"},"metadata":{"pactSpecification":{"version":"2.0.0"}},
"interactions":[{"description":"get order","providerState":"order 7",
"request":{"method":"GET","path":"/orders/7","query":"full=yes","headers":{"Accept":"application/json"}},
"response":{"status":200,"headers":{"Content-Type":"application/json"},"body":{"id":7,"name":"Bob"},
"matchingRules":{"$.body.id":{"match":"type"},"$.body.name":{"match":"type"},"$.headers.Content-Type":{"match":"regex","regex":"application/json.*"}}}}]})";

const QByteArray kV4OfV2 = R"({"consumer":{"name":"web"},"provider":{"name":"orders"},"metadata":{"pactSpecification":{"version":"4.0"}},
"interactions":[{"type":"Synchronous/HTTP","description":"get order","providerStates":[{"name":"order 7"}],
"request":{"method":"GET","path":"/orders/7","query":{"full":["yes"]},"headers":{"Accept":["application/json"]}},
"response":{"status":200,"headers":{"Content-Type":["application/json"]},"body":{"content":{"id":7,"name":"Bob"},"contentType":"application/json","encoded":false},
"matchingRules":{"body":{"$.id":{"combine":"AND","matchers":[{"match":"type"}]},"$.name":{"combine":"AND","matchers":[{"match":"type"}]}},
"header":{"Content-Type":{"combine":"AND","matchers":[{"match":"regex","regex":"application/json.*"}]}}}}}]})";

const QByteArray kV3Message = R"({"consumer":{"name":"web"},"provider":{"name":"orders"},"metadata":{"pactSpecification":{"version":"3.0.0"}},
"messages":[{"description":"order created","providerStates":[{"name":"an order"}],"contents":{"id":7,"at":"2024-01-31"},
"metaData":{"contentType":"application/json","topic":"orders"},"matchingRules":{"body":{"$.id":{"matchers":[{"match":"integer"}]}}}}]})";

const QByteArray kV4Message = R"({"consumer":{"name":"web"},"provider":{"name":"orders"},"metadata":{"pactSpecification":{"version":"4.0"}},
"interactions":[{"type":"Asynchronous/Messages","description":"order created","providerStates":[{"name":"an order"}],
"contents":{"content":{"id":7,"at":"2024-01-31"},"contentType":"application/json","encoded":false},
"metadata":{"contentType":"application/json","topic":"orders"},"matchingRules":{"content":{"$.id":{"combine":"AND","matchers":[{"match":"integer"}]}}}}]})";

// The same pact as order() with type on $.name, laid out differently: indentation, key order, rule key spelling.
const QByteArray kReformatted = R"({
  "interactions": [ {
      "response": { "matchingRules": { "body": { "$['name']": { "matchers": [ { "match": "type" } ] } } },
                    "body": { "encoded": false, "contentType": "application/json", "content": { "tags": [ "a", "b" ], "name": "Bob", "id": 7 } },
                    "headers": { "Content-Type": [ "application/json" ] }, "status": 200 },
      "request": { "path": "/orders/7", "method": "GET" },
      "description": "get order", "type": "Synchronous/HTTP" } ],
  "metadata": { "pactSpecification": { "version": "4.0" } },
  "provider": { "name": "orders" }, "consumer": { "name": "web" }
})";

QByteArray sync(const QByteArray &request, const QByteArray &responses)
{
    return pactV4(QByteArray(R"({"type":"Synchronous/Messages","description":"quote","request":{"contents":{"content":)") + request
                  + R"(,"contentType":"application/json","encoded":false}},"response":[)" + responses + "]}");
}

QByteArray syncResponse(const QByteArray &content)
{
    return QByteArray(R"({"contents":{"content":)") + content + R"(,"contentType":"application/json","encoded":false}})";
}

Pact read(const QByteArray &json)
{
    const ReadResult r = PactReader::read(json);
    if (!r.ok())
        qFatal("fixture is not a pact: %s", json.constData());
    return *r.pact;
}

QStringList changesOf(const Diff::PactDiff &d)
{
    QStringList out;
    for (const Diff::InteractionDiff &i : d.interactions) {
        for (const Diff::Change &c : i.changes)
            out.append(QString(Diff::impactName(c.impact) + u' ' + c.part + u' ' + c.path).trimmed());
    }
    out.sort();
    return out;
}

} // namespace

class TestPactDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void impacts_data();
    void impacts();
    void renameKeepsStatus();
    void conversionsMeanTheSame();
    void safeNeverFailsOldExample();
    void regexInclusion_data();
    void regexInclusion();
};

void TestPactDiff::impacts_data()
{
    QTest::addColumn<QByteArray>("oldPact");
    QTest::addColumn<QByteArray>("newPact");
    QTest::addColumn<QString>("maxImpact");
    QTest::addColumn<QStringList>("changes");

    const QByteArray typeName = rule("$.name", R"({"match":"type"})");
    const QByteArray two = http("get order", response(kOrder)) + "," + message("order created", R"({"id":7})");
    const QByteArray swapped = message("order created", R"({"id":7})") + "," + http("get order", response(kOrder));
    const QByteArray other = http("list orders", response("[]"), R"({"method":"GET","path":"/orders"})");

    // Nothing that matters.
    QTest::addRow("identical") << order() << order() << "none" << QStringList{};
    QTest::addRow("formatting, key order, rule key spelling") << order(typeName) << kReformatted << "none" << QStringList{};
    QTest::addRow("interaction order") << pactV4(two) << pactV4(swapped) << "none" << QStringList{};
    QTest::addRow("metadata implementation version") << pactV4(two, "1.0.0") << pactV4(two, "2.3.4") << "none" << QStringList{};
    QTest::addRow("V3 and its V4 form") << kV3Http << kV4Http << "none" << QStringList{};
    QTest::addRow("V2 and its V4 form") << kV2Http << kV4OfV2 << "none" << QStringList{};
    QTest::addRow("V3 message and its V4 form") << kV3Message << kV4Message << "none" << QStringList{};

    // Interactions.
    QTest::addRow("interaction added") << pactV4(http("get order", response(kOrder))) << pactV4(http("get order", response(kOrder)) + "," + other)
                                       << "breaking" << QStringList{u"breaking interaction"_qs};
    QTest::addRow("interaction removed") << pactV4(http("get order", response(kOrder)) + "," + other) << pactV4(http("get order", response(kOrder)))
                                         << "safe" << QStringList{u"safe interaction"_qs};
    QTest::addRow("pending interaction added") << pactV4(http("get order", response(kOrder)))
                                               << pactV4(http("get order", response(kOrder)) + "," + http("list orders", response("[]"), R"({"method":"GET","path":"/orders"})", R"("pending":true,)"))
                                               << "safe" << QStringList{u"safe interaction"_qs};
    QTest::addRow("renamed") << order() << pactV4(http("fetch order", response(kOrder))) << "cosmetic"
                             << QStringList{u"cosmetic interaction.description"_qs};
    QTest::addRow("paired by key, renamed and changed")
        << pactV4(http("get order", response(kOrder), kGet, R"("key":"k1",)"))
        << pactV4(http("fetch an order", response(R"({"id":7,"name":"Bob","tags":["a","b"],"email":"b@x"})"), kGet, R"("key":"k1",)"))
        << "breaking" << QStringList{u"breaking response.body $.email"_qs, u"cosmetic interaction.description"_qs};

    // Response bodies: extra keys allowed.
    QTest::addRow("response field added") << order() << order({}, R"({"id":7,"name":"Bob","tags":["a","b"],"email":"b@x"})")
                                          << "breaking" << QStringList{u"breaking response.body $.email"_qs};
    QTest::addRow("response field removed") << order() << order({}, R"({"id":7,"tags":["a","b"]})") << "safe"
                                            << QStringList{u"safe response.body $.name"_qs};
    QTest::addRow("example changed under equality") << order() << order({}, R"({"id":7,"name":"Alice","tags":["a","b"]})")
                                                    << "breaking" << QStringList{u"breaking response.body $.name"_qs};
    QTest::addRow("example changed under type") << order(typeName) << order(typeName, R"({"id":7,"name":"Alice","tags":["a","b"]})")
                                                << "cosmetic" << QStringList{u"cosmetic response.body $.name"_qs};
    const QByteArray capital = rule("$.name", R"({"match":"regex","regex":"^[A-Z][a-z]+$"})");
    QTest::addRow("example changed under a regex taking both") << order(capital) << order(capital, R"({"id":7,"name":"Alice","tags":["a","b"]})")
                                                               << "cosmetic" << QStringList{u"cosmetic response.body $.name"_qs};
    QTest::addRow("longer array under equality") << order() << order({}, R"({"id":7,"name":"Bob","tags":["a","b","c"]})")
                                                 << "breaking" << QStringList{u"breaking response.body $.tags"_qs};
    const QByteArray minOne = rule("$.tags", R"({"match":"type","min":1})");
    QTest::addRow("longer array under min type") << order(minOne) << order(minOne, R"({"id":7,"name":"Bob","tags":["a","b","c"]})")
                                                 << "cosmetic" << QStringList{u"cosmetic response.body $.tags"_qs};
    const QByteArray noBody = R"({"status":200,"headers":{"Content-Type":["application/json"]}})";
    const QByteArray minItems = rule("$.items", R"({"match":"type","min":1})");
    QTest::addRow("longer array with another item shape under type") << order(minItems, R"({"items":[{"a":1}]})")
                                                                    << order(minItems, R"({"items":[{"a":1},{"b":2}]})")
                                                                    << "breaking" << QStringList{u"breaking response.body $.items"_qs};
    QTest::addRow("response body removed") << get(response(kOrder)) << get(noBody) << "safe" << QStringList{u"safe response.body"_qs};
    QTest::addRow("response body added") << get(noBody) << get(response(kOrder)) << "breaking"
                                         << QStringList{u"breaking response.body"_qs};

    // Status and headers.
    QTest::addRow("status changed") << get(R"({"status":200})") << get(R"({"status":201})") << "breaking" << QStringList{u"breaking response.status"_qs};
    const QByteArray success = R"(,"matchingRules":{"status":{"combine":"AND","matchers":[{"match":"statusCode","status":"success"}]}})";
    QTest::addRow("status changed under statusCode") << get(QByteArray(R"({"status":200)") + success + "}") << get(QByteArray(R"({"status":201)") + success + "}")
                                                     << "cosmetic" << QStringList{u"cosmetic response.status"_qs};
    QTest::addRow("response header added") << get(R"({"status":200})") << get(R"({"status":200,"headers":{"X-Trace":["t1"]}})")
                                           << "breaking" << QStringList{u"breaking response.header X-Trace"_qs};
    QTest::addRow("response header removed") << get(R"({"status":200,"headers":{"X-Trace":["t1"]}})") << get(R"({"status":200})")
                                             << "safe" << QStringList{u"safe response.header X-Trace"_qs};
    QTest::addRow("response header name case") << get(R"({"status":200,"headers":{"X-Trace":["t1"]}})") << get(R"({"status":200,"headers":{"x-trace":["t1"]}})")
                                               << "none" << QStringList{};
    const QByteArray version = R"(,"matchingRules":{"header":{"X-Version":{"combine":"AND","matchers":[{"match":"regex","regex":"^\\d+$"}]}}})";
    QTest::addRow("header example changed under a regex") << get(QByteArray(R"({"status":200,"headers":{"X-Version":["1"]})") + version + "}")
                                                          << get(QByteArray(R"({"status":200,"headers":{"X-Version":["2"]})") + version + "}")
                                                          << "cosmetic" << QStringList{u"cosmetic response.header X-Version"_qs};

    // Matchers, compared as matchers.
    QTest::addRow("equality loosened to type") << order() << order(typeName) << "safe" << QStringList{u"safe response.matchingRules.body $.name"_qs};
    QTest::addRow("type tightened to equality") << order(typeName) << order() << "breaking"
                                                << QStringList{u"breaking response.matchingRules.body $.name"_qs};
    QTest::addRow("min raised") << order(minOne) << order(rule("$.tags", R"({"match":"type","min":2})")) << "breaking"
                                << QStringList{u"breaking response.matchingRules.body $.tags"_qs};
    QTest::addRow("min lowered") << order(rule("$.tags", R"({"match":"type","min":2})")) << order(minOne) << "safe"
                                 << QStringList{u"safe response.matchingRules.body $.tags"_qs};
    QTest::addRow("max lowered") << order(rule("$.tags", R"({"match":"type","max":5})")) << order(rule("$.tags", R"({"match":"type","max":3})"))
                                 << "breaking" << QStringList{u"breaking response.matchingRules.body $.tags"_qs};
    QTest::addRow("integer to number") << order(rule("$.id", R"({"match":"integer"})")) << order(rule("$.id", R"({"match":"number"})"))
                                       << "safe" << QStringList{u"safe response.matchingRules.body $.id"_qs};
    QTest::addRow("number to integer") << order(rule("$.id", R"({"match":"number"})")) << order(rule("$.id", R"({"match":"integer"})"))
                                       << "breaking" << QStringList{u"breaking response.matchingRules.body $.id"_qs};
    const QByteArray lower = R"({"id":7,"name":"bob","tags":["a","b"]})";
    QTest::addRow("regex provably narrower") << order(rule("$.name", R"({"match":"regex","regex":"^[a-z]+$"})"), lower)
                                             << order(rule("$.name", R"({"match":"regex","regex":"^[a-z]{1,3}$"})"), lower)
                                             << "breaking" << QStringList{u"breaking response.matchingRules.body $.name"_qs};
    QTest::addRow("regex provably wider") << order(rule("$.name", R"({"match":"regex","regex":"^[a-z]{1,3}$"})"), lower)
                                          << order(rule("$.name", R"({"match":"regex","regex":"^[a-z0-9]+$"})"), lower)
                                          << "safe" << QStringList{u"safe response.matchingRules.body $.name"_qs};
    QTest::addRow("regex alternative added") << order(rule("$.name", R"({"match":"regex","regex":"^(Bob|Ann)$"})"))
                                             << order(rule("$.name", R"({"match":"regex","regex":"^(Bob|Ann|Eve)$"})"))
                                             << "safe" << QStringList{u"safe response.matchingRules.body $.name"_qs};
    QTest::addRow("regex alternative removed") << order(rule("$.name", R"({"match":"regex","regex":"^(Bob|Ann)$"})"))
                                               << order(rule("$.name", R"({"match":"regex","regex":"^(Bob|Eve)$"})"))
                                               << "breaking" << QStringList{u"breaking response.matchingRules.body $.name"_qs};
    const QByteArray as = R"({"id":7,"name":"aa","tags":["a","b"]})";
    QTest::addRow("regex incomparable by the rules") << order(rule("$.name", R"({"match":"regex","regex":"^a+$"})"), as)
                                                     << order(rule("$.name", R"({"match":"regex","regex":"^(a|b)+$"})"), as)
                                                     << "review" << QStringList{u"review response.matchingRules.body $.name"_qs};
    const QByteArray digits = R"({"id":7,"name":"123","tags":["a","b"]})";
    QTest::addRow("regex rewritten, same meaning") << order(rule("$.name", R"({"match":"regex","regex":"^\\d+$"})"), digits)
                                                   << order(rule("$.name", R"({"match":"regex","regex":"^[0-9]+$"})"), digits)
                                                   << "cosmetic" << QStringList{u"cosmetic response.matchingRules.body $.name"_qs};
    const QByteArray item = R"({"item":{"code":"ABC"}})";
    QTest::addRow("new matcher under a cascading type") << order(rule("$.item", R"({"match":"type"})"), item)
                                                        << order(rule("$.item", R"({"match":"type"})") + "," + rule("$.item.code", R"({"match":"regex","regex":"^[A-Z]{3}$"})"), item)
                                                        << "breaking" << QStringList{u"breaking response.matchingRules.body $.item.code"_qs};
    const QByteArray address = R"({"address":{"street":"Main"}})";
    QTest::addRow("cascading type removed: members tightened") << order(rule("$.address", R"({"match":"type"})"), address) << order({}, address)
                                                               << "breaking" << QStringList{u"breaking response.matchingRules.body $.address"_qs};
    QTest::addRow("cascading type added: members loosened") << order({}, address) << order(rule("$.address", R"({"match":"type"})"), address)
                                                             << "safe" << QStringList{u"safe response.matchingRules.body $.address"_qs};
    QTest::addRow("AND loosened to OR") << order(R"("$.name":{"combine":"AND","matchers":[{"match":"regex","regex":"^[A-Z][a-z]+$"},{"match":"type"}]})")
                                        << order(R"("$.name":{"combine":"OR","matchers":[{"match":"regex","regex":"^[A-Z][a-z]+$"},{"match":"type"}]})")
                                        << "safe" << QStringList{u"safe response.matchingRules.body $.name"_qs};

    // What the consumer sends: any change is breaking.
    QTest::addRow("request path") << withRequest(kGet) << withRequest(R"({"method":"GET","path":"/orders/8"})") << "breaking"
                                  << QStringList{u"breaking request.path"_qs};
    QTest::addRow("request method") << withRequest(kGet) << withRequest(R"({"method":"POST","path":"/orders/7"})") << "breaking"
                                    << QStringList{u"breaking request.method"_qs};
    QTest::addRow("request query") << withRequest(R"({"method":"GET","path":"/orders/7","query":{"full":["yes"]}})")
                                   << withRequest(R"({"method":"GET","path":"/orders/7","query":{"full":["no"]}})") << "breaking"
                                   << QStringList{u"breaking request.query full"_qs};
    QTest::addRow("request header added") << withRequest(kGet) << withRequest(R"({"method":"GET","path":"/orders/7","headers":{"X-Api-Key":["k"]}})")
                                          << "breaking" << QStringList{u"breaking request.header X-Api-Key"_qs};
    QTest::addRow("request method case") << withRequest(kGet) << withRequest(R"({"method":"get","path":"/orders/7"})")
                                         << "cosmetic" << QStringList{u"cosmetic request.method"_qs};
    QTest::addRow("request header name case") << withRequest(R"({"method":"GET","path":"/orders/7","headers":{"Accept":["application/json"]}})")
                                              << withRequest(R"({"method":"GET","path":"/orders/7","headers":{"accept":["application/json"]}})")
                                              << "none" << QStringList{};
    const QByteArray post = R"({"method":"POST","path":"/orders","headers":{"Content-Type":["application/json"]},"body":{"content":{"qty":%1},"contentType":"application/json","encoded":false}})";
    QTest::addRow("request body") << withRequest(QByteArray(post).replace("%1", "1")) << withRequest(QByteArray(post).replace("%1", "2"))
                                  << "breaking" << QStringList{u"breaking request.body $.qty"_qs};

    const QByteArray queryYes = R"({"method":"GET","path":"/orders/7","query":{"full":["yes"]}%1})";
    const QByteArray either = R"(,"matchingRules":{"query":{"full":{"combine":"AND","matchers":[{"match":"regex","regex":"^(yes|no)$"}]}}})";
    QTest::addRow("request matcher loosened") << withRequest(QByteArray(queryYes).replace("%1", "")) << withRequest(QByteArray(queryYes).replace("%1", either))
                                              << "breaking" << QStringList{u"breaking request.matchingRules.query full"_qs};
    QTest::addRow("request matcher tightened") << withRequest(QByteArray(queryYes).replace("%1", either)) << withRequest(QByteArray(queryYes).replace("%1", ""))
                                               << "safe" << QStringList{u"safe request.matchingRules.query full"_qs};
    const QByteArray eachValue = rule("$.attrs", R"({"match":"eachValue","rules":[{"match":"type"}]})");
    QTest::addRow("key added under a map matcher") << order(eachValue, R"({"attrs":{"colour":"red"}})")
                                                   << order(eachValue, R"({"attrs":{"colour":"red","size":"L"}})")
                                                   << "review" << QStringList{u"review response.body $.attrs.size"_qs};

    // Interaction fields.
    QTest::addRow("provider state renamed") << get(response(kOrder), R"("providerStates":[{"name":"order 7"}],)")
                                            << get(response(kOrder), R"("providerStates":[{"name":"order 7 exists"}],)")
                                            << "review" << QStringList{u"review interaction.providerStates"_qs};
    QTest::addRow("provider state parameters") << get(response(kOrder), R"("providerStates":[{"name":"order","params":{"id":7}}],)")
                                               << get(response(kOrder), R"("providerStates":[{"name":"order","params":{"id":8}}],)")
                                               << "review" << QStringList{u"review interaction.providerStates"_qs};
    const QByteArray gen = R"(,"generators":{"body":{"$.id":{"type":"RandomInt","min":0,"max":%1}}})";
    QTest::addRow("generator changed") << order({}, kOrder, QByteArray(gen).replace("%1", "10")) << order({}, kOrder, QByteArray(gen).replace("%1", "100"))
                                       << "review" << QStringList{u"review response.generators.body $.id"_qs};
    QTest::addRow("pending turned on") << get(response(kOrder)) << get(response(kOrder), R"("pending":true,)") << "cosmetic"
                                       << QStringList{u"cosmetic interaction.pending"_qs};
    QTest::addRow("pending turned off") << get(response(kOrder), R"("pending":true,)") << get(response(kOrder)) << "breaking"
                                        << QStringList{u"breaking interaction.pending"_qs};
    QTest::addRow("changed in a pending interaction") << get(response(kOrder), R"("pending":true,)")
                                                      << get(response(R"({"id":7,"name":"Bob","tags":["a","b"],"email":"b@x"})"), R"("pending":true,)")
                                                      << "review" << QStringList{u"review response.body $.email"_qs};
    QTest::addRow("comments") << get(response(kOrder), R"("comments":{"text":["one"]},)") << get(response(kOrder), R"("comments":{"text":["two"]},)")
                              << "cosmetic" << QStringList{u"cosmetic interaction.comments"_qs};

    // Messages and synchronous messages.
    QTest::addRow("message field added") << pactV4(message("order created", R"({"id":7})")) << pactV4(message("order created", R"({"id":7,"at":"now"})"))
                                         << "breaking" << QStringList{u"breaking message.contents $.at"_qs};
    QTest::addRow("message metadata removed") << pactV4(message("order created", R"({"id":7})", R"({"topic":"orders","kind":"created"})"))
                                              << pactV4(message("order created", R"({"id":7})")) << "safe"
                                              << QStringList{u"safe message.metadata kind"_qs};
    QTest::addRow("message metadata changed") << pactV4(message("order created", R"({"id":7})")) << pactV4(message("order created", R"({"id":7})", R"({"topic":"orders-v2"})"))
                                              << "breaking" << QStringList{u"breaking message.metadata topic"_qs};
    QTest::addRow("message example under a content rule") << pactV4(message("order created", R"({"id":7})", R"({"topic":"orders"})", rule("$.id", R"({"match":"integer"})")))
                                                          << pactV4(message("order created", R"({"id":8})", R"({"topic":"orders"})", rule("$.id", R"({"match":"integer"})")))
                                                          << "cosmetic" << QStringList{u"cosmetic message.contents $.id"_qs};
    QTest::addRow("sync message request and response") << sync(R"({"sku":"A-1"})", syncResponse(R"({"price":12})"))
                                                       << sync(R"({"sku":"B-2"})", syncResponse(R"({"price":12,"currency":"EUR"})"))
                                                       << "breaking"
                                                       << QStringList{u"breaking request.contents $.sku"_qs, u"breaking response[0].contents $.currency"_qs};
    QTest::addRow("sync message response added") << sync(R"({"sku":"A-1"})", syncResponse(R"({"price":12})"))
                                                 << sync(R"({"sku":"A-1"})", syncResponse(R"({"price":12})") + "," + syncResponse(R"({"price":13})"))
                                                 << "breaking" << QStringList{u"breaking response.messages [1]"_qs};
    QTest::addRow("sync message response field removed") << sync(R"({"sku":"A-1"})", syncResponse(R"({"price":12,"currency":"EUR"})"))
                                                         << sync(R"({"sku":"A-1"})", syncResponse(R"({"price":12})"))
                                                         << "safe" << QStringList{u"safe response[0].contents $.currency"_qs};
}

void TestPactDiff::impacts()
{
    QFETCH(QByteArray, oldPact);
    QFETCH(QByteArray, newPact);
    QFETCH(QString, maxImpact);
    QFETCH(QStringList, changes);
    const Diff::PactDiff d = Diff::diffPacts(read(oldPact), read(newPact));
    QCOMPARE(changesOf(d), changes);
    QCOMPARE(Diff::impactName(d.maxImpact()), maxImpact);
    for (const Diff::InteractionDiff &i : d.interactions) {
        for (const Diff::Change &c : i.changes)
            QVERIFY2(!c.reason.isEmpty(), qPrintable(c.part + u" has no reason"_qs));
    }
}

void TestPactDiff::renameKeepsStatus()
{
    const Diff::PactDiff d = Diff::diffPacts(read(order()), read(pactV4(http("fetch order", response(kOrder)))));
    QCOMPARE(d.interactions.size(), 1);
    QCOMPARE(d.interactions.at(0).status, Diff::ChangeStatus::Renamed);
    QCOMPARE(d.interactions.at(0).oldDescription, u"get order"_qs);
    QCOMPARE(d.interactions.at(0).description, u"fetch order"_qs);
    // A changed response is not a rename: the old one is removed and the new one added.
    const Diff::PactDiff e = Diff::diffPacts(read(order()), read(pactV4(http("fetch order", response(R"({"id":8})")))));
    QCOMPARE(e.interactions.size(), 2);
    QCOMPARE(e.interactions.at(0).status, Diff::ChangeStatus::Added);
    QCOMPARE(e.interactions.at(1).status, Diff::ChangeStatus::Removed);
}

void TestPactDiff::conversionsMeanTheSame()
{
    // Every pact of the shared corpus against its V4 form (what `convert --to v4` writes): nothing changes.
    const QDir dir(QStringLiteral(PACTBENCH_SHARED_DIR "/corpus/files"));
    const QStringList files = dir.entryList({u"*.json"_qs}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() > 100, "the shared corpus is missing");
    int compared = 0;
    for (const QString &name : files) {
        const ReadResult original = PactReader::readFile(dir.filePath(name));
        if (!original.ok())
            continue;
        const ReadResult converted = PactReader::read(PactWriter::write(*original.pact, SpecVersion::V4));
        QVERIFY2(converted.ok(), qPrintable(name));
        const Diff::PactDiff d = Diff::diffPacts(*original.pact, *converted.pact);
        QVERIFY2(d.maxImpact() == Diff::Impact::None, qPrintable(name + u": "_qs + changesOf(d).join(u"; "_qs)));
        ++compared;
    }
    QVERIFY(compared > 100);
}

void TestPactDiff::safeNeverFailsOldExample()
{
    // Random OLD/NEW response pairs (fixed seed; body values and matchers, a header and its matcher, the
    // status and its matcher): whenever the diff says at most safe, OLD's example and random answers
    // that pass OLD must pass NEW; whenever OLD's example fails NEW, the diff must say breaking.
    const QList<QByteArray> names{"id", "name", "tags", "address"};
    const QList<QByteArray> rulePaths{"$.id", "$.name", "$.tags", "$.address", "$.address.city", "$.tags[*]"};
    const QList<QList<QByteArray>> values{{"7", "8", "7.5", "\"7\"", "0", "null"},
                                          {"\"Bob\"", "\"Ann\"", "\"bob\"", "42", "\"\"", "true"},
                                          {"[\"a\",\"b\"]", "[\"a\"]", "[\"a\",\"b\",\"c\"]", "[]", "[1,2]", "[\"a\",1]"},
                                          {"{\"city\":\"X\"}", "{\"city\":\"Y\",\"zip\":\"1\"}", "{}", "{\"city\":3}", "[]",
                                           "{\"city\":null}"}};
    const QList<QByteArray> matchers{"", R"({"match":"type"})", R"({"match":"integer"})", R"({"match":"number"})", R"({"match":"decimal"})",
                                     R"({"match":"regex","regex":"^[A-Za-z]+$"})", R"({"match":"regex","regex":"^[a-z]{1,3}$"})",
                                     R"({"match":"regex","regex":"^\\d+$"})", R"({"match":"type","min":1})", R"({"match":"type","min":2})",
                                     R"({"match":"type","max":2})", R"({"match":"type","min":1,"max":2})", R"({"match":"include","value":"o"})",
                                     R"({"match":"boolean"})", R"({"match":"null"})", R"({"match":"notEmpty"})", R"({"match":"equality"})",
                                     R"({"match":"type"},{"match":"regex","regex":"^[A-Z]"})"};
    // PACTBENCH_DIFF_SEED and PACTBENCH_DIFF_ROUNDS run other and more pairs (a longer hunt).
    const int seed = qEnvironmentVariableIsSet("PACTBENCH_DIFF_SEED") ? qEnvironmentVariableIntValue("PACTBENCH_DIFF_SEED") : 20261205;
    const int rounds = qEnvironmentVariableIsSet("PACTBENCH_DIFF_ROUNDS") ? qEnvironmentVariableIntValue("PACTBENCH_DIFF_ROUNDS") : 1500;
    QRandomGenerator random{quint32(seed)};
    const QList<QByteArray> headers{"1", "22", "abc"}; // X-Version; its size: absent
    const QList<QByteArray> headerMatchers{"", R"({"match":"regex","regex":"^\\d+$"})", R"({"match":"regex","regex":"^[a-z]+$"})",
                                           R"({"match":"regex","regex":"^\\d{1,2}$"})"};
    const QList<int> statuses{200, 201, 404};
    const QList<QByteArray> statusMatchers{"", R"({"match":"statusCode","status":"success"})", R"({"match":"statusCode","status":[200,201]})"};
    struct Side
    {
        QList<int> value; ///< per field: index in `values`, or its size for "absent"
        QList<int> matcher; ///< per rule path: index in `matchers`
        int header = 0, headerMatcher = 0, status = 0, statusMatcher = 0;
    };
    const auto pick = [&](int n) { return int(random.bounded(n)); };
    const auto text = [&](const Side &side) {
        QByteArrayList members, ruleList;
        for (qsizetype f = 0; f < names.size(); ++f) {
            if (side.value.at(f) < values.at(f).size())
                members.append("\"" + names.at(f) + "\":" + values.at(f).at(side.value.at(f)));
        }
        for (qsizetype r = 0; r < rulePaths.size(); ++r) {
            if (!matchers.at(side.matcher.at(r)).isEmpty())
                ruleList.append(rule(rulePaths.at(r), matchers.at(side.matcher.at(r))));
        }
        QByteArray more = R"(,"headers":{"Content-Type":["application/json"])";
        if (side.header < headers.size())
            more += R"(,"X-Version":[")" + headers.at(side.header) + "\"]";
        more += "}";
        QByteArray categories = "\"body\":{" + ruleList.join(',') + "}";
        if (!headerMatchers.at(side.headerMatcher).isEmpty())
            categories += R"(,"header":{"X-Version":{"combine":"AND","matchers":[)" + headerMatchers.at(side.headerMatcher) + "]}}";
        if (!statusMatchers.at(side.statusMatcher).isEmpty())
            categories += R"(,"status":{"combine":"AND","matchers":[)" + statusMatchers.at(side.statusMatcher) + "]}";
        return pactV4(http("get order", "{\"status\":" + QByteArray::number(statuses.at(side.status)) + more
                                            + R"(,"body":{"content":{)" + members.join(',')
                                            + R"(},"contentType":"application/json","encoded":false},"matchingRules":{)" + categories + "}}"));
    };
    int safeOnes = 0, breakingOnes = 0;
    for (int round = 0; round < rounds; ++round) {
        Side oldSide;
        for (qsizetype f = 0; f < names.size(); ++f)
            oldSide.value.append(pick(int(values.at(f).size()) + 1));
        for (qsizetype r = 0; r < rulePaths.size(); ++r) // mostly no rule, so that OLD's example usually fits them
            oldSide.matcher.append(pick(3) == 0 ? pick(int(matchers.size())) : 0);
        oldSide.header = pick(int(headers.size()) + 1);
        oldSide.headerMatcher = pick(2) == 0 ? pick(int(headerMatchers.size())) : 0;
        oldSide.status = pick(int(statuses.size()));
        oldSide.statusMatcher = pick(2) == 0 ? pick(int(statusMatchers.size())) : 0;
        Side newSide = oldSide; // one or two changes: a value (or its absence) or a matcher, of the body, a header or the status
        for (int k = 0; k < 1 + pick(2); ++k) {
            switch (pick(6)) {
            case 0:
            case 1: {
                const int f = pick(int(names.size()));
                newSide.value[f] = pick(int(values.at(f).size()) + 1);
                break;
            }
            case 2: newSide.matcher[pick(int(rulePaths.size()))] = pick(int(matchers.size())); break;
            case 3:
                if (pick(2) == 0)
                    newSide.header = pick(int(headers.size()) + 1);
                else
                    newSide.headerMatcher = pick(int(headerMatchers.size()));
                break;
            case 4: newSide.status = pick(int(statuses.size())); break;
            default: newSide.statusMatcher = pick(int(statusMatchers.size())); break;
            }
        }
        const QByteArray oldText = text(oldSide), newText = text(newSide);
        const Pact o = read(oldText), n = read(newText);
        const HttpResponse &oldResponse = o.interactions.at(0).response;
        if (!matchResponse(oldResponse, oldResponse).matched())
            continue; // an example its own matchers reject proves nothing
        const Diff::PactDiff d = Diff::diffPacts(o, n);
        const bool passes = matchResponse(n.interactions.at(0).response, oldResponse).matched();
        const QString pair = QString::fromUtf8(oldText + "\n" + newText);
        if (d.maxImpact() <= Diff::Impact::Safe) {
            ++safeOnes;
            QVERIFY2(passes, qPrintable(u"said "_qs + Diff::impactName(d.maxImpact()) + u" for\n"_qs + pair));
            // Other providers that pass OLD pass NEW too: random answers from the value pools.
            for (int t = 0; t < 40; ++t) {
                Side answer = oldSide;
                for (qsizetype f = 0; f < names.size(); ++f)
                    answer.value[f] = pick(int(values.at(f).size()) + 1);
                answer.header = pick(int(headers.size()) + 1);
                answer.status = pick(int(statuses.size()));
                const HttpResponse actual = read(text(answer)).interactions.at(0).response;
                if (matchResponse(oldResponse, actual).matched())
                    QVERIFY2(matchResponse(n.interactions.at(0).response, actual).matched(),
                             qPrintable(u"said "_qs + Diff::impactName(d.maxImpact()) + u", yet this answer fails NEW: "_qs
                                        + QString::fromUtf8(text(answer)) + u"\n"_qs + pair));
            }
        }
        if (!passes) {
            ++breakingOnes;
            QCOMPARE(d.maxImpact(), Diff::Impact::Breaking);
        }
    }
    QVERIFY2(safeOnes > 50 && breakingOnes > 50, qPrintable(QStringLiteral("%1 safe, %2 breaking").arg(safeOnes).arg(breakingOnes)));
}

void TestPactDiff::regexInclusion_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("result"); // Diff::Inclusion
    const int yes = int(Diff::Inclusion::Yes), no = int(Diff::Inclusion::No), unknown = int(Diff::Inclusion::Unknown);
    QTest::addRow("same") << u"^\\d+$"_qs << u"^\\d+$"_qs << yes;
    QTest::addRow("class widened") << u"^[a-f]+$"_qs << u"^[a-z]+$"_qs << yes;
    QTest::addRow("class narrowed") << u"^[a-z]+$"_qs << u"^[a-f]+$"_qs << no;
    QTest::addRow("count widened") << u"^\\d{2,4}$"_qs << u"^\\d{1,}$"_qs << yes;
    QTest::addRow("count narrowed") << u"^\\d+$"_qs << u"^\\d{1,3}$"_qs << no;
    QTest::addRow("finite enum inside") << u"OPEN|SHIPPED"_qs << u"^(OPEN|SHIPPED|CLOSED)$"_qs << yes;
    QTest::addRow("anything") << u"^[A-Z]{3}-\\d{4}$"_qs << u".*"_qs << yes;
    QTest::addRow("dot does not take a newline") << u"^[\\s\\S]+$"_qs << u"^.+$"_qs << no;
    QTest::addRow("back-reference: unknown") << u"^(a)\\1$"_qs << u"^(a|b)+$"_qs << unknown;
    QTest::addRow("look-ahead: unknown") << u"^a+$"_qs << u"^(?=a)(a|b)+$"_qs << unknown;
    QTest::addRow("group of a class: unknown") << u"^a+$"_qs << u"^(a|b)+$"_qs << unknown;
}

void TestPactDiff::regexInclusion()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, result);
    const Diff::RegexInclusion r = Diff::regexIncluded(a, b);
    QCOMPARE(int(r.result), result);
    if (r.result == Diff::Inclusion::No) {
        QVERIFY(QRegularExpression(u"\\A(?:"_qs + a + u")\\z"_qs).match(r.witness).hasMatch());
        QVERIFY(!QRegularExpression(u"\\A(?:"_qs + b + u")\\z"_qs).match(r.witness).hasMatch());
    }
}

QTEST_APPLESS_MAIN(TestPactDiff)
#include "tst_pactdiff.moc"
