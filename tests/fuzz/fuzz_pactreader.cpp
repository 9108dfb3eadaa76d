// SPDX-License-Identifier: MIT
// Whole pact files through PactReader (diagnostics, every spec version); what it accepts is written as
// Save would, which must read back (fuzz_pactroundtrip: and stay the same when saved again).
#include "fuzzsupport.h"

#include <core/model/pactreader.h>
#include <core/model/pactwriter.h>

#include <cstdio>
#include <cstdlib>

using namespace Pactbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::quietQtMessages();
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const ReadResult read = PactReader::read(text);
    for (const Diagnostic &d : read.diagnostics)
        (void)d.toString();
    if (!read.ok())
        return 0;
    // What Save writes for it reads back.
    const SpecVersion version = PactWriter::saveVersion(read.pact->specVersion);
    (void)PactWriter::writesBack(*read.pact, text);
    (void)PactWriter::lossReport(*read.pact, SpecVersion::V2);
    const QByteArray written = PactWriter::write(*read.pact, version);
    if (!PactReader::read(written).ok()) {
        std::fprintf(stderr, "a pact written by PactWriter does not read back:\n%s\n", written.constData());
        std::abort();
    }
    return 0;
}
