// SPDX-License-Identifier: MIT
#include "generator.h"

#include "rules.h"

#include <core/json/jsonnumber.h>
#include <core/json/jsonreader.h>
#include <core/model/generatorcheck.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace Pactbench {

namespace {

QRandomGenerator *rng()
{
    return QRandomGenerator::global();
}

QString randomFrom(const QString &alphabet, qint64 size)
{
    QString out;
    out.reserve(qsizetype(size));
    for (qint64 i = 0; i < size; ++i)
        out += alphabet.at(int(rng()->bounded(int(alphabet.size()))));
    return out;
}

qint64 intAttr(const QJsonObject &a, const char *key, qint64 fallback)
{
    // checkGenerator() has bounded the value already.
    return generatorInteger(a, QLatin1String(key)).value_or(fallback);
}

QJsonValue randomDecimal(qint64 digits)
{
    digits = qMax(digits, qint64(2));
    QString s = randomFrom(QStringLiteral("123456789"), 1) + randomFrom(QStringLiteral("0123456789"), digits - 1);
    const int dot = int(rng()->bounded(1, int(digits)));
    s.insert(dot, u'.');
    return QJsonValue(s.toDouble());
}

QString uuidText(const QString &format)
{
    const QUuid u = QUuid::createUuid();
    if (format == u"simple")
        return u.toString(QUuid::Id128);
    if (format == u"upper-case-hyphenated")
        return u.toString(QUuid::WithoutBraces).toUpper();
    if (format == u"URN")
        return QStringLiteral("urn:uuid:") + u.toString(QUuid::WithoutBraces);
    return u.toString(QUuid::WithoutBraces);
}

QJsonValue dateValue(const Generator &g, const GeneratorContext &ctx, QString *error)
{
    const QString expression = g.attributes.value(u"expression").toString();
    QDateTime when = ctx.now;
    if (!expression.isEmpty()) {
        QString problem;
        const auto evaluated = evaluateDateExpression(expression, ctx.now, &problem);
        if (!evaluated) {
            if (error)
                *error = QStringLiteral("%1 generator: expression '%2': %3").arg(g.type, expression, problem);
            return QJsonValue(QJsonValue::Undefined);
        }
        when = *evaluated;
    }
    QString format = g.attributes.value(u"format").toString();
    if (format.isEmpty()) {
        format = g.type == u"Date" ? QStringLiteral("yyyy-MM-dd")
            : g.type == u"Time"    ? QStringLiteral("HH:mm:ss")
                                   : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    }
    return formatJavaDateTime(when, format);
}

/// "${id}" → the value of id (keeping its JSON type); "/users/${id}" → text with it substituted.
QJsonValue providerStateValue(const Generator &g, const GeneratorContext &ctx, QString *error)
{
    const QString expression = g.attributes.value(u"expression").toString();
    static const QRegularExpression var(QStringLiteral("\\$\\{([^}]+)\\}"));
    const QRegularExpressionMatch whole = var.match(expression);
    QJsonValue value;
    if (whole.hasMatch() && whole.capturedLength() == expression.size()) {
        if (!ctx.providerState.contains(whole.captured(1))) {
            if (error)
                *error = QStringLiteral("no value for '%1' in the provider state").arg(whole.captured(1));
            return QJsonValue(QJsonValue::Undefined);
        }
        value = ctx.providerState.value(whole.captured(1));
    } else {
        QString out = expression;
        for (auto it = var.globalMatch(expression); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QJsonValue v = ctx.providerState.value(m.captured(1));
            out.replace(m.captured(0), v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : QString());
        }
        value = out;
    }
    const QString type = g.attributes.value(u"dataType").toString().toUpper();
    if (type == u"STRING")
        return value.isString() ? value : QJsonValue(value.isDouble() ? QString::number(value.toDouble(), 'g', 17) : QString());
    if (type == u"INTEGER")
        return QJsonValue(qint64(value.isString() ? value.toString().toLongLong() : value.toInteger()));
    if (type == u"DECIMAL" || type == u"FLOAT")
        return QJsonValue(value.isString() ? value.toString().toDouble() : value.toDouble());
    if (type == u"BOOLEAN")
        return QJsonValue(value.isString() ? value.toString() == u"true" : value.toBool());
    return value;
}

QJsonValue mockServerUrlValue(const Generator &g, const GeneratorContext &ctx, QString *error)
{
    const QString example = g.attributes.value(u"example").toString();
    const QRegularExpression re(g.attributes.value(u"regex").toString());
    const QRegularExpressionMatch m = re.match(example);
    if (!re.isValid() || !m.hasMatch() || ctx.mockServerUrl.isEmpty()) {
        if (error)
            *error = QStringLiteral("MockServerURL: the example does not match the regex, or there is no mock server URL");
        return QJsonValue(QJsonValue::Undefined);
    }
    QString base = ctx.mockServerUrl;
    if (base.endsWith(u'/'))
        base.chop(1);
    return QString(base + (m.lastCapturedIndex() >= 1 ? m.captured(1) : QString()));
}

bool appliesIn(const Generator &g, GeneratorMode mode)
{
    if (g.type == u"ProviderState")
        return mode == GeneratorMode::Provider;
    if (g.type == u"MockServerURL")
        return mode == GeneratorMode::Consumer;
    return true;
}

} // namespace

std::optional<QJsonValue> generateValue(const Generator &g, const QJsonValue &current, const GeneratorContext &ctx,
                                        QString *error)
{
    Q_UNUSED(current)
    if (!appliesIn(g, ctx.mode))
        return std::nullopt;
    const QJsonObject &a = g.attributes;
    // Every definition is bounded before it runs (the Regex generator checks its own pattern).
    if (g.type != u"Regex") {
        if (const QString problem = checkGenerator(g); !problem.isEmpty()) {
            if (error)
                *error = problem;
            return std::nullopt;
        }
    }
    QJsonValue v;
    if (g.type == u"RandomInt") {
        const qint64 lo = intAttr(a, "min", 0), hi = intAttr(a, "max", 10); // 32-bit: hi + 1 fits
        v = lo >= hi ? lo : rng()->bounded(lo, hi + 1);
    } else if (g.type == u"RandomDecimal") {
        v = randomDecimal(intAttr(a, "digits", 10));
    } else if (g.type == u"RandomHexadecimal") {
        v = randomFrom(QStringLiteral("0123456789abcdef"), intAttr(a, "digits", 10));
    } else if (g.type == u"RandomString") {
        v = randomFrom(QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), intAttr(a, "size", 10));
    } else if (g.type == u"Regex") {
        if (!a.value(u"regex").isString()) {
            if (error)
                *error = u"Regex generator: 'regex' must be a string"_qs;
            return std::nullopt;
        }
        const auto text = generateFromRegex(a.value(u"regex").toString(), error);
        if (!text) {
            if (error)
                *error = u"Regex generator: "_qs + *error;
            return std::nullopt;
        }
        v = *text;
    } else if (g.type == u"Uuid") {
        v = uuidText(a.value(u"format").toString());
    } else if (g.type == u"Date" || g.type == u"Time" || g.type == u"DateTime") {
        v = dateValue(g, ctx, error);
    } else if (g.type == u"RandomBoolean") {
        v = rng()->bounded(2) == 1;
    } else if (g.type == u"ProviderState") {
        v = providerStateValue(g, ctx, error);
    } else if (g.type == u"MockServerURL") {
        v = mockServerUrlValue(g, ctx, error);
    } else {
        if (error)
            *error = QStringLiteral("unknown generator type '%1'").arg(g.type);
        return std::nullopt;
    }
    if (v.isUndefined())
        return std::nullopt;
    return v;
}

namespace {

QString asText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

/**
 * How a generated value is written when Qt's value would not say it: a RandomDecimal that happens
 * to be integral (`5.0`, a float in the reference) — else nothing, the value as Qt holds it.
 */
QByteArray generatedLexeme(const Generator &g, const QJsonValue &v)
{
    if (g.type != u"RandomDecimal" || !v.isDouble() || kindOf(v) == NumberKind::Float)
        return {};
    return canonicalDoubleText(v.toDouble());
}

/// Generates at every path `target` selects; the lexemes of the replaced values go, the others stay.
void applyAt(QJsonValue &node, ValuePath &path, const RulePath &target, const Generator &g, const GeneratorContext &ctx,
    NumberLexemes &lexemes)
{
    if (path.size() == target.tokens.size()) {
        if (target.weight(path) > 0) {
            if (const auto v = generateValue(g, node, ctx)) {
                node = *v;
                const QString at = path.join(NumberLexemes::separator);
                lexemes.removeSubtree(at);
                lexemes.insert(at, generatedLexeme(g, *v));
            }
        }
        return;
    }
    if (node.isObject()) {
        QJsonObject o = node.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            path.append(it.key());
            QJsonValue child = it.value();
            applyAt(child, path, target, g, ctx, lexemes);
            it.value() = child;
            path.removeLast();
        }
        node = o;
    } else if (node.isArray()) {
        QJsonArray arr = node.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            path.append(QString::number(i));
            QJsonValue child = arr.at(i);
            applyAt(child, path, target, g, ctx, lexemes);
            arr.replace(i, child);
            path.removeLast();
        }
        node = arr;
    }
}

Body generateBody(const Body &body, const Generators::Category &gens, const GeneratorContext &ctx)
{
    if (gens.isEmpty() || body.state != Body::State::Present)
        return body;
    QJsonValue json = body.asJson();
    if (json.isUndefined()) {
        // A text body with a root generator is replaced whole.
        if (gens.contains(QStringLiteral("$"))) {
            if (const auto v = generateValue(gens.value(QStringLiteral("$")), {}, ctx)) {
                Body b = body;
                b.bytes = asText(*v).toUtf8();
                return b;
            }
        }
        return body;
    }
    // The numbers the generators leave alone keep their text (10.0 stays a float).
    NumberLexemes lexemes = body.encoding == Body::Encoding::Json ? body.lexemes : JsonReader::read(body.bytes).lexemes;
    for (auto it = gens.begin(); it != gens.end(); ++it) {
        ValuePath path{QStringLiteral("$")};
        applyAt(json, path, RulePath::parse(it.key()), it.value(), ctx, lexemes);
    }
    Body b = body;
    if (b.encoding == Body::Encoding::Json) {
        b.json = json;
        b.lexemes = lexemes;
    } else {
        Body encoded = Body::fromJson(json);
        encoded.lexemes = lexemes;
        b.bytes = encoded.content();
    }
    return b;
}

/// Headers and query parameters: a generator replaces the values, or adds the name when it is missing (as the reference).
void generateMultiMap(OrderedMultiMap &map, const Generators::Category &gens, const GeneratorContext &ctx)
{
    for (auto it = gens.begin(); it != gens.end(); ++it) {
        const QString current = map.value(it.key());
        if (const auto v = generateValue(it.value(), current.isNull() ? QJsonValue() : QJsonValue(current), ctx))
            map.set(it.key(), {asText(*v)});
    }
}

Generators::Category contentGenerators(const Generators &gens)
{
    Generators::Category merged = gens.category(QStringLiteral("body"));
    const Generators::Category content = gens.category(QStringLiteral("content"));
    for (auto it = content.begin(); it != content.end(); ++it)
        merged.insert(it.key(), it.value());
    return merged;
}

} // namespace

HttpRequest applyGenerators(const HttpRequest &request, const GeneratorContext &ctx)
{
    HttpRequest r = request;
    const Generators &g = request.generators;
    if (const auto path = g.category(QStringLiteral("path")).value(QString()); !path.type.isEmpty()) {
        if (const auto v = generateValue(path, r.path, ctx))
            r.path = asText(*v);
    }
    if (const auto method = g.category(QStringLiteral("method")).value(QString()); !method.type.isEmpty()) {
        if (const auto v = generateValue(method, r.method, ctx))
            r.method = asText(*v);
    }
    generateMultiMap(r.headers, g.category(QStringLiteral("header")), ctx);
    generateMultiMap(r.query, g.category(QStringLiteral("query")), ctx);
    r.body = generateBody(r.body, g.category(QStringLiteral("body")), ctx);
    return r;
}

HttpResponse applyGenerators(const HttpResponse &response, const GeneratorContext &ctx)
{
    HttpResponse r = response;
    const Generators &g = response.generators;
    if (const auto status = g.category(QStringLiteral("status")).value(QString()); !status.type.isEmpty()) {
        if (const auto v = generateValue(status, r.status, ctx))
            r.status = v->isString() ? v->toString().toInt() : v->toInt();
    }
    generateMultiMap(r.headers, g.category(QStringLiteral("header")), ctx);
    r.body = generateBody(r.body, g.category(QStringLiteral("body")), ctx);
    return r;
}

MessageContents applyGenerators(const MessageContents &message, const GeneratorContext &ctx)
{
    MessageContents m = message;
    m.contents = generateBody(m.contents, contentGenerators(message.generators), ctx);
    const Generators::Category meta = message.generators.category(QStringLiteral("metadata"));
    for (auto it = meta.begin(); it != meta.end(); ++it) {
        if (const auto v = generateValue(it.value(), m.metadata.value(it.key()), ctx))
            m.metadata.insert(it.key(), *v);
    }
    return m;
}

} // namespace Pactbench
