// SPDX-License-Identifier: MIT
// Recorded traffic through core/capture: the input's first byte picks the format (HAR, curl lines,
// WireMock mappings, Postman collection: its value modulo 4), the rest is the file. What the importer
// gives goes through the builder (secrets, volatile headers, merging, matcher inference) and the pact
// is written as V3 and V4. Whatever the input: a located error or a pact, never a crash or hang; and
// the pact written reads back without a fatal diagnostic, its secrets' matchers accepting the values.
#include "fuzzsupport.h"

#include <core/capture/import/importer.h>
#include <core/capture/pactbuilder.h>
#include <core/model/pactreader.h>
#include <core/model/pactwriter.h>

#include <cstdio>
#include <cstdlib>

using namespace Pactbench;

namespace {

Import::Result readAs(uint8_t selector, const QByteArray &content)
{
    switch (selector % 4) {
    case 0:
        return Import::readHar(content, QStringLiteral("fuzz.har"));
    case 1:
        return Import::readCurl(content, QStringLiteral("fuzz.txt"));
    case 2:
        return Import::readWireMock(content, QStringLiteral("fuzz.json"));
    default:
        return Import::readPostman(content, QStringLiteral("fuzz.postman_collection.json"));
    }
}

void writeAndReadBack(const Pact &pact, SpecVersion version)
{
    const QByteArray text = PactWriter::write(pact, version);
    const ReadResult back = PactReader::read(text);
    if (!back.ok()) {
        std::fprintf(stderr, "a pact written from imported traffic does not read back:\n%s\n", text.constData());
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::quietQtMessages();
    if (size < 1)
        return 0;
    const QByteArray content(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const Import::Result r = readAs(data[0], content);
    if (!r.ok()) {
        if (r.error.isEmpty())
            std::abort();
        return 0;
    }
    for (const bool infer : {true, false}) {
        CaptureOptions options;
        options.inferMatchers = infer;
        options.limits.maxProposals = 2000;
        QList<CaptureNote> notes;
        const QList<CapturedInteraction> captured = Capture::interactions(r.batch.exchanges, options, &notes);
        if (captured.isEmpty())
            continue;
        const Pact pact = Capture::pact(captured, options);
        writeAndReadBack(pact, SpecVersion::V4);
        writeAndReadBack(pact, SpecVersion::V3);
    }
    return 0;
}
