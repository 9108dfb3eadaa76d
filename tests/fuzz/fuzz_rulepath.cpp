// SPDX-License-Identifier: MIT
// Rule paths: parsing, weights against a value path, rule selection by weight, re-rooting.
// Input: rule paths, one per line; the separator line `%%`; a value path, one step per line ("$", "a", "0").
#include "fuzzsupport.h"

#include <cstdio>
#include <cstdlib>

using namespace Pactbench;

namespace {

bool isPlainStep(const QString &step)
{
    if (step.isEmpty())
        return false;
    for (QChar c : step) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::quietQtMessages();
    const QList<QByteArray> parts = Fuzz::splitParts(data, size, 2);
    const QStringList rulePaths = QString::fromUtf8(parts.at(0)).split(u'\n');
    ValuePath valuePath = QString::fromUtf8(parts.at(1)).split(u'\n', Qt::SkipEmptyParts);
    if (valuePath.isEmpty() || valuePath.first() != u"$")
        valuePath.prepend(QStringLiteral("$"));

    RuleCategory category(RuleCategory::Kind::Body, {});
    RuleGroup group;
    group.rules.append(Rule{});
    for (const QString &text : rulePaths) {
        const RulePath path = RulePath::parse(text);
        (void)path.weight(valuePath);
        category.add(path, group);
    }
    (void)category.isDefined(valuePath);
    (void)category.best(valuePath);
    (void)category.typeMatcherDefined(valuePath);
    (void)category.directMatcherDefined(valuePath, {QStringLiteral("values"), QStringLiteral("each-value")});
    (void)category.withoutStarIndices().best(valuePath);
    (void)category.rerooted(valuePath.mid(0, valuePath.size() / 2 + 1)).isDefined(valuePath);

    // The display form of a value path made of plain steps is a rule path that selects it.
    const QString shown = pathToString(valuePath);
    bool plain = valuePath.size() <= 16;
    for (qsizetype i = 1; i < valuePath.size(); ++i)
        plain = plain && isPlainStep(valuePath.at(i));
    if (plain && RulePath::parse(shown).weight(valuePath) <= 0) {
        std::fprintf(stderr, "rule path '%s' does not select the value path it shows\n", qPrintable(shown));
        std::abort();
    }
    return 0;
}
