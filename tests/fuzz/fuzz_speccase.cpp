// SPDX-License-Identifier: MIT
// Whole pact-specification test cases ({"match", "expected", "actual"}) through the matching engine:
// requests, responses and messages of every version, read as a pact would be, then matched, and matched
// again with the expected part's generators applied.
// Input: one byte choosing the part (request, response, message), the version and (bit 7) the generator
// mode, then the case's JSON.
#include "fuzzsupport.h"

#include <core/matching/generator.h>
#include <core/matching/matching.h>
#include <core/matching/speccase.h>

using namespace Pactbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::quietQtMessages();
    if (size < 1)
        return 0;
    static const SpecVersion versions[]
        = {SpecVersion::V1, SpecVersion::V1_1, SpecVersion::V2, SpecVersion::V3, SpecVersion::V4};
    const PartKind kind = PartKind(data[0] % 3);
    const SpecVersion version = versions[(data[0] / 3) % 5];
    QString error;
    const std::optional<SpecCase> specCase = SpecCase::read(
        QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1), kind, version, &error);
    if (!specCase)
        return 0;
    (void)specCase->run().score();
    // The expected part with its generators applied, matched against the actual one.
    GeneratorContext context;
    context.mode = data[0] & 0x80 ? GeneratorMode::Provider : GeneratorMode::Consumer;
    context.mockServerUrl = QStringLiteral("http://127.0.0.1:1234");
    context.now = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58, 999), Qt::UTC);
    switch (kind) {
    case PartKind::Request:
        (void)matchRequest(applyGenerators(specCase->expectedRequest, context), specCase->actualRequest, version);
        break;
    case PartKind::Response:
        (void)matchResponse(applyGenerators(specCase->expectedResponse, context), specCase->actualResponse, version);
        break;
    case PartKind::Message:
        (void)matchMessage(applyGenerators(specCase->expectedMessage, context), specCase->actualMessage, version);
        break;
    }
    return 0;
}
