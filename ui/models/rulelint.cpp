// SPDX-License-Identifier: MIT
#include "rulelint.h"

#include "jsonpathlocator.h"
#include <core/matching/matching.h>

#include <QCoreApplication>
#include <QJsonDocument>

namespace Pactbench {

namespace {

bool isBodyCategory(const QString &category)
{
    return category == u"body" || category == u"content";
}

QString exampleText(const QJsonValue &value)
{
    return value.isString() ? value.toString()
                            : QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson());
}

/// The body's JSON value, read once per lint (a body kept as text would otherwise be parsed per rule).
struct LintContext
{
    const Interaction &interaction;
    InteractionPart part;
    QJsonValue body;
};

QJsonValue exampleIn(const LintContext &ctx, const QString &category, const QString &key)
{
    if (!isBodyCategory(category))
        return RuleLint::exampleFor(ctx.interaction, ctx.part, category, key);
    return JsonPathLocator::valueAt(ctx.body, key.isEmpty() ? QStringLiteral("$") : key);
}

void checkList(const LintContext &ctx, const QString &category, const QString &key, const RuleList &list,
    QList<RuleLintItem> *items)
{
    const QJsonValue example = exampleIn(ctx, category, key);
    const bool checkable = isBodyCategory(category) || category == u"header" || category == u"query";
    if (checkable && example.isUndefined()) {
        items->append({ category, key,
            isBodyCategory(category)
                ? QCoreApplication::translate("Pactbench::RuleLint", "the path matches nothing in the body")
                : QCoreApplication::translate("Pactbench::RuleLint", "no such name in this part") });
        return;
    }
    for (const Matcher &m : list.matchers) {
        if (m.type != u"regex" || example.isUndefined() || example.isObject() || example.isArray())
            continue;
        if (!evaluateMatcher(m, example, example).isEmpty())
            items->append({ category, key,
                QCoreApplication::translate("Pactbench::RuleLint", "the example “%1” does not match its own regex %2")
                    .arg(example.isString() ? example.toString() : exampleText(example),
                        m.attributes.value(QStringLiteral("regex")).toString()) });
    }
}

} // namespace

QJsonValue RuleLint::exampleFor(
    const Interaction &interaction, InteractionPart part, const QString &category, const QString &key)
{
    if (isBodyCategory(category))
        return JsonPathLocator::valueAt(
            partBody(interaction, part).asJson(), key.isEmpty() ? QStringLiteral("$") : key);
    if (part.kind == InteractionPart::Kind::Request || part.kind == InteractionPart::Kind::Response) {
        const Headers &headers
            = part.kind == InteractionPart::Kind::Request ? interaction.request.headers : interaction.response.headers;
        if (category == u"header")
            return headers.contains(key) ? QJsonValue(headers.value(key)) : QJsonValue(QJsonValue::Undefined);
        if (category == u"query" && part.kind == InteractionPart::Kind::Request)
            return interaction.request.query.contains(key) ? QJsonValue(interaction.request.query.value(key))
                                                           : QJsonValue(QJsonValue::Undefined);
        if (category == u"path")
            return interaction.request.path;
        if (category == u"status")
            return interaction.response.status;
    } else if (category == u"metadata") {
        const QJsonObject metadata = partMessage(interaction, part).metadata;
        return metadata.contains(key) ? metadata.value(key) : QJsonValue(QJsonValue::Undefined);
    }
    return QJsonValue::Undefined;
}

QList<RuleLintItem> RuleLint::check(const Interaction &interaction, InteractionPart part)
{
    QList<RuleLintItem> items;
    if (!part.existsIn(interaction))
        return items;
    const MatchingRules &rules = partRules(interaction, part);
    for (const Mismatch &problem : ruleProblems(rules))
        items.append({ QString(), problem.path, problem.sentence });
    const bool bodyRules = rules.hasCategory(QStringLiteral("body")) || rules.hasCategory(QStringLiteral("content"));
    const LintContext ctx{ interaction, part, bodyRules ? partBody(interaction, part).asJson() : QJsonValue() };
    const auto &all = rules.all();
    for (auto category = all.begin(); category != all.end(); ++category) {
        for (auto list = category->begin(); list != category->end(); ++list)
            checkList(ctx, category.key(), list.key(), list.value(), &items);
    }
    return items;
}

} // namespace Pactbench
