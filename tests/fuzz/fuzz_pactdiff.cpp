// SPDX-License-Identifier: MIT
// Two pacts through core/diff: the input is OLD and NEW separated by a line "---8<---" (without it, the
// two halves). Whatever reads is compared both ways and formatted as text, JSON and markdown; a pact
// compared with itself has no differences.
#include "fuzzsupport.h"

#include <core/diff/diffformat.h>
#include <core/diff/pactdiff.h>
#include <core/model/pactreader.h>

#include <cstdio>
#include <cstdlib>

using namespace Pactbench;

namespace {

void formatAll(const Diff::PactDiff &diff)
{
    (void)Diff::toJson(diff);
    (void)Diff::formatText(diff);
    (void)Diff::formatMarkdown(diff);
}

void checkIdentity(const Pact &pact)
{
    const Diff::PactDiff same = Diff::diffPacts(pact, pact);
    if (!same.interactions.isEmpty()) {
        std::fprintf(stderr, "a pact compared with itself has differences:\n%s\n",
            qPrintable(Diff::formatText(same)));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::quietQtMessages();
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QByteArray separator("\n---8<---\n");
    const qsizetype at = text.indexOf(separator);
    const QByteArray first = at >= 0 ? text.left(at) : text.left(text.size() / 2);
    const QByteArray second = at >= 0 ? text.mid(at + separator.size()) : text.mid(text.size() / 2);
    const ReadResult oldRead = PactReader::read(first);
    const ReadResult newRead = PactReader::read(second);
    if (oldRead.ok())
        checkIdentity(*oldRead.pact);
    if (!oldRead.ok() || !newRead.ok())
        return 0;
    formatAll(Diff::diffPacts(*oldRead.pact, *newRead.pact));
    formatAll(Diff::diffPacts(*newRead.pact, *oldRead.pact));
    return 0;
}
