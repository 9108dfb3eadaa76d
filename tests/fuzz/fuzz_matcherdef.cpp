// SPDX-License-Identifier: MIT
// Matcher and generator definitions: a JSON object
//   {"matcher": {"match": "regex", "regex": "\\d+"}, "generator": {"type": "RandomInt", "min": 1},
//    "value": "12", "example": "34", "providerState": {"id": 5}, "mode": "provider"}
// The matcher is resolved and tried on the value; the generator runs (at a fixed time) and its value is
// tried with the matcher too, and with the matcher the generator promises to satisfy (RandomInt gives
// integers, Date gives dates in its format when that format is unambiguous …), which must pass.
#include "fuzzsupport.h"

#include <core/json/jsonreader.h>
#include <core/matching/generator.h>
#include <core/matching/matching.h>

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

using namespace Pactbench;

namespace {

Matcher matcherOf(const QJsonObject &json)
{
    Matcher m;
    m.attributes = json;
    m.type = json.value(u"match").toString();
    m.attributes.remove(QStringLiteral("match"));
    return m;
}

/// A Java date format whose fields all have a fixed width (yyyy, MM, HH, SSS …; no names, no optional parts):
/// what the generator writes in it can be read back unambiguously.
bool fixedWidthFormat(const QString &format)
{
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == u'\'') {
            const qsizetype close = format.indexOf(u'\'', i + 1);
            if (close < 0)
                return false;
            i = close + 1;
            continue;
        }
        if (c == u'[' || c == u']')
            return false;
        qsizetype count = 1;
        while (i + count < format.size() && format.at(i + count) == c)
            ++count;
        i += count;
        if (!c.isLetter())
            continue;
        const char l = c.unicode() < 128 ? char(c.unicode()) : 0;
        const bool ok = (l == 'y' && (count == 2 || count == 4)) || (l == 'S' && count <= 3)
            || (count == 2 && l != 0 && QByteArrayView("MdHms").contains(l));
        if (!ok)
            return false;
    }
    return true;
}

/// What a generated value must satisfy whatever the input's matcher says; nothing when unchecked.
std::optional<Matcher> promisedMatcher(const Generator &g, const GeneratorContext &context)
{
    const auto make = [](const char *type, const char *key = nullptr, const QString &value = {}) {
        QJsonObject json{{QStringLiteral("match"), QString::fromLatin1(type)}};
        if (key)
            json.insert(QString::fromLatin1(key), value);
        return matcherOf(json);
    };
    if (g.type == u"RandomInt")
        return make("integer");
    if (g.type == u"RandomDecimal")
        return make("number");
    if (g.type == u"RandomBoolean")
        return make("boolean");
    if (g.type == u"RandomHexadecimal")
        return make("regex", "regex", QStringLiteral("[0-9a-f]*"));
    if (g.type == u"RandomString")
        return make("regex", "regex", QStringLiteral("[A-Za-z0-9]*"));
    if (g.type != u"Date" && g.type != u"Time" && g.type != u"DateTime")
        return std::nullopt;
    // Dates in four-digit years, in a format without ambiguity (the default ones included).
    const QString expression = g.attributes.value(u"expression").toString();
    const std::optional<QDateTime> when
        = expression.isEmpty() ? context.now : evaluateDateExpression(expression, context.now);
    if (!when || when->date().year() < 1000 || when->date().year() > 9999)
        return std::nullopt;
    QString format = g.attributes.value(u"format").toString();
    if (format.isEmpty())
        format = g.type == u"Date" ? QStringLiteral("yyyy-MM-dd")
            : g.type == u"Time"    ? QStringLiteral("HH:mm:ss")
                                   : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    else if (!fixedWidthFormat(format))
        return std::nullopt;
    return make(g.type == u"Date" ? "date" : g.type == u"Time" ? "time" : "timestamp", "format", format);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::quietQtMessages();
    const JsonReadResult read = JsonReader::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!read.value.isObject())
        return 0;
    const QJsonObject input = read.value.toObject();
    const auto lexemesOf = [&](const char *key) {
        return read.lexemes.subtree(NumberLexemes::child(NumberLexemes::root(), QString::fromLatin1(key)));
    };
    const QJsonValue value = input.value(u"value");
    const QJsonValue example = input.value(u"example");

    const Matcher matcher = matcherOf(input.value(u"matcher").toObject());
    const Rule rule = Rule::fromJson(input.value(u"matcher").toObject());
    (void)rule.debugName();
    (void)rule.referenceName();
    MatchingRules rules;
    rules.add(QStringLiteral("body"), QStringLiteral("$"), RuleList{{matcher}, RuleLogic::And, {}});
    (void)ruleProblems(rules);
    (void)evaluateMatcher(matcher, value, lexemesOf("value"), example, lexemesOf("example"));
    if (value.isString())
        (void)evaluateMatcherOnText(matcher, value.toString().toUtf8(), example.toString().toUtf8());

    const QJsonObject generatorJson = input.value(u"generator").toObject();
    if (generatorJson.isEmpty())
        return 0;
    Generator generator{generatorJson.value(u"type").toString(), generatorJson};
    generator.attributes.remove(QStringLiteral("type"));
    GeneratorContext context;
    context.mode = input.value(u"mode").toString() == u"provider" ? GeneratorMode::Provider : GeneratorMode::Consumer;
    context.providerState = input.value(u"providerState").toObject();
    context.mockServerUrl = QStringLiteral("http://127.0.0.1:1234");
    context.now = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58, 999), Qt::UTC);
    QString error;
    const std::optional<QJsonValue> generated = generateValue(generator, value, context, &error);
    if (!generated)
        return 0;
    (void)evaluateMatcher(matcher, *generated, value);
    if (const std::optional<Matcher> promised = promisedMatcher(generator, context)) {
        const QStringList problems = evaluateMatcher(*promised, *generated);
        if (!problems.isEmpty()) {
            std::fprintf(stderr, "generator %s gave a value its own kind of matcher rejects: %s\n",
                qPrintable(generator.type), qPrintable(problems.join(u'\n')));
            std::abort();
        }
    }
    return 0;
}
