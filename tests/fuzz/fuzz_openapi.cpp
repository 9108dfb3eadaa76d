// SPDX-License-Identifier: MIT
// An OpenAPI document (YAML or JSON) and a pact through core/openapi: the input is SPEC and PACT as two
// parts (fuzzsupport's separator); without a pact part, a fixed pact of several kinds of interaction is
// used. The document is loaded (its $refs to other files read nothing), then the pact is checked in both
// modes and the report formatted. Whatever the input: a located error or a report, never a crash or hang.
#include "fuzzsupport.h"

#include <core/model/pactreader.h>
#include <core/openapi/checker.h>
#include <core/openapi/findingformat.h>
#include <core/openapi/spec/specloader.h>

using namespace Pactbench;

namespace {

const QByteArray kDefaultPact = R"({"consumer":{"name":"C"},"provider":{"name":"P"},
"metadata":{"pactSpecification":{"version":"3.0.0"}},"interactions":[
{"description":"list","request":{"method":"GET","path":"/pets","query":{"limit":["5"]},"headers":{"Accept":"application/json"}},
 "response":{"status":200,"headers":{"Content-Type":"application/json"},"body":[{"id":1,"name":"a","tags":["x"]}],
 "matchingRules":{"body":{"$[*].id":{"matchers":[{"match":"integer"}]},"$[*].name":{"matchers":[{"match":"regex","regex":"[a-z]+"}]}}}}},
{"description":"create","request":{"method":"POST","path":"/pets/1","headers":{"Content-Type":"application/json","Authorization":"Bearer x"},
 "body":{"name":"a","born":"2020-01-02"},"matchingRules":{"body":{"$.born":{"matchers":[{"match":"date","date":"yyyy-MM-dd"}]}}}},
 "response":{"status":201,"body":{"id":1}}},
{"description":"missing","request":{"method":"DELETE","path":"/pets/x"},"response":{"status":404}}]})";

void checkBoth(const OpenApi::Spec &spec, const Pact &pact)
{
    for (const bool examplesOnly : {true, false}) {
        OpenApi::CheckOptions options;
        options.examplesOnly = examplesOnly;
        const OpenApi::CheckReport report = OpenApi::Checker(spec, options).check({{&pact, QStringLiteral("pact.json")}});
        (void)OpenApi::toJson(report, true);
        (void)OpenApi::formatText(report, true);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::quietQtMessages();
    const QList<QByteArray> parts = Fuzz::splitParts(data, size, 2);
    OpenApi::SpecError error;
    const OpenApi::DocumentReader noFiles = [](const QString &, QString *why) -> std::optional<QByteArray> {
        *why = QStringLiteral("no other files while fuzzing");
        return std::nullopt;
    };
    OpenApi::LoadLimits limits;
    limits.maxFileBytes = 1 << 20;
    limits.maxNodes = 200'000;
    const std::optional<OpenApi::Spec> spec = OpenApi::loadSpecBytes(parts.at(0), QStringLiteral("spec.yaml"), &error, noFiles, limits);
    if (!spec) {
        (void)error.toString();
        return 0;
    }
    const ReadResult pact = PactReader::read(parts.at(1).trimmed().isEmpty() ? kDefaultPact : parts.at(1));
    if (pact.ok())
        checkBoth(*spec, *pact.pact);
    return 0;
}
