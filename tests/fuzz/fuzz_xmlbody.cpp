// SPDX-License-Identifier: MIT
// XML bodies: parsing (QXmlStreamReader), elements, attributes, text, rules on all of them.
// Input: rules as JSON (see fuzzsupport.h), the expected XML, the actual XML; separated by lines `%%`.
// Each side is also compared with itself, which must find no mismatch.
#include "fuzzsupport.h"

#include <core/matching/xmlbody.h>

#include <cstdio>
#include <cstdlib>

using namespace Pactbench;
using namespace Pactbench::detail;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::quietQtMessages();
    const QList<QByteArray> parts = Fuzz::splitParts(data, size, 3);
    const RuleCategory rules = Fuzz::rulesFromJson(parts.at(0));
    int checks = 0;
    for (const bool allowUnexpected : {false, true}) {
        for (const Mismatch &m : matchXmlBodies(parts.at(1), parts.at(2), rules, allowUnexpected, &checks))
            (void)m.toString();
    }
    // Without rules, a document is equal to itself (or unreadable on both sides).
    const QList<Mismatch> self = matchXmlBodies(parts.at(1), parts.at(1), RuleCategory(), false);
    for (const Mismatch &m : self) {
        if (!m.sentence.contains(QStringLiteral("Failed to parse"))) {
            std::fprintf(stderr, "an XML document differs from itself: %s\n", qPrintable(m.toString()));
            std::abort();
        }
    }
    return 0;
}
