// SPDX-License-Identifier: MIT
// JSON bodies with matching rules: maps, lists, values, type/min/max, eachKey/eachValue/values,
// arrayContains, numbers as written (Integer vs Float).
// Input: rules as JSON (see fuzzsupport.h), the expected body, the actual body; separated by lines `%%`.
// Each side is also compared with itself without rules, which must find no mismatch.
#include "fuzzsupport.h"

#include <core/matching/jsonbody.h>

#include <cstdio>
#include <cstdlib>

using namespace Pactbench;
using namespace Pactbench::detail;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::quietQtMessages();
    const QList<QByteArray> parts = Fuzz::splitParts(data, size, 3);
    const RuleCategory rules = Fuzz::rulesFromJson(parts.at(0));
    QString error;
    const std::optional<JsonDoc> expected = JsonDoc::parse(parts.at(1), &error);
    const std::optional<JsonDoc> actual = JsonDoc::parse(parts.at(2), &error);
    if (expected && actual) {
        for (const bool allowUnexpected : {false, true}) {
            JsonComparer comparer(rules, allowUnexpected, *expected, *actual);
            for (const Mismatch &m : comparer.run())
                (void)m.toString();
        }
    }
    // Qt's QJsonObject cannot find a key that starts with U+FEFF (contains() is false for its own key):
    // such documents differ from themselves in Qt already.
    const auto qtFindsKeys = [](const QByteArray &text) {
        return !text.contains("\xEF\xBB\xBF") && !text.toLower().contains("\\ufeff");
    };
    for (const auto &[doc, text] : {std::pair{expected, parts.at(1)}, std::pair{actual, parts.at(2)}}) {
        if (!doc || !qtFindsKeys(text))
            continue;
        const RuleCategory none;
        const QList<Mismatch> self = JsonComparer(none, false, *doc, *doc).run();
        if (!self.isEmpty()) {
            std::fprintf(stderr, "a JSON body differs from itself: %s\n", qPrintable(self.first().toString()));
            std::abort();
        }
    }
    return 0;
}
