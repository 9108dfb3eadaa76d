// SPDX-License-Identifier: MIT
// Save, open, save: what PactReader accepts is written as Save would, read again and written again. The
// first save may normalise what was read (rules of a version-less file become V3 rules); from then on,
// saving what we wrote must give the same bytes (fuzz_pactreader checks reading and the first save).
#include "fuzzsupport.h"

#include <core/model/pactreader.h>
#include <core/model/pactwriter.h>

#include <cstdio>
#include <cstdlib>
#include <utility>

using namespace Pactbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::quietQtMessages();
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const ReadResult read = PactReader::read(text);
    if (!read.ok())
        return 0;
    const SpecVersion version = PactWriter::saveVersion(read.pact->specVersion);
    QByteArray written = PactWriter::write(*read.pact, version);
    QByteArray previous;
    for (int generation = 1; generation <= 2; ++generation) {
        const ReadResult again = PactReader::read(written);
        if (!again.ok()) {
            std::fprintf(stderr, "a pact written by PactWriter does not read back:\n%s\n", written.constData());
            std::abort();
        }
        previous = std::exchange(written, PactWriter::write(*again.pact, version));
        if (generation > 1 && written != previous) {
            std::fprintf(stderr, "saving a pact we wrote changes it again:\n%s\n", previous.constData());
            std::abort();
        }
    }
    return 0;
}
