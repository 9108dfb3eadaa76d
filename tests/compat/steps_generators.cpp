// SPDX-License-Identifier: MIT
// Generator steps (V3/V4 generators, V3 http_generators): parts with generators read by our
// PactReader, prepared with core/matching's applyGenerators, results checked by kind.

#include "fixtures.h"
#include "jsonpath.h"
#include "stepregistry.h"
#include "world.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace Pactbench::Compat {

namespace {

bool matchesWhole(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

/// Whether a generated value is of the kind a feature names ("integer", "UUID", "date-time" …).
bool isKind(const QJsonValue &v, const QString &kind, const Generator &generator)
{
    const QString s = v.toString();
    const QString hex = QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    if (kind == u"integer")
        return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
    if (kind == u"decimal number")
        return v.isDouble() || matchesWhole(QStringLiteral("-?\\d+\\.\\d+"), s);
    if (kind == u"hexadecimal number")
        return matchesWhole(QStringLiteral("[0-9a-fA-F]+"), s);
    if (kind == u"random string")
        return v.isString() && !s.isEmpty();
    if (kind == u"string from the regex")
        return v.isString() && matchesWhole(generator.attributes.value(QStringLiteral("regex")).toString(), s);
    if (kind == u"date")
        return matchesWhole(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"), s);
    if (kind == u"time")
        return matchesWhole(QStringLiteral("\\d{2}:\\d{2}:\\d{2}"), s);
    if (kind == u"date-time")
        return matchesWhole(
            QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([+-]\\d{2}:?\\d{2}|Z)?"), s);
    if (kind == u"UUID" || kind == u"lower-case-hyphenated UUID")
        return matchesWhole(hex, s);
    if (kind == u"simple UUID")
        return matchesWhole(QStringLiteral("[0-9a-f]{32}"), s);
    if (kind == u"upper-case-hyphenated UUID")
        return matchesWhole(hex.toUpper(), s);
    if (kind == u"URN UUID")
        return matchesWhole(QStringLiteral("urn:uuid:") + hex, s);
    if (kind == u"boolean")
        return v.isBool();
    fail(QStringLiteral("unknown value kind '%1'").arg(kind));
}

void configure(World &w, const StepArgs &a, bool response)
{
    const QMap<QString, QString> row = rowMap(a.table, 1);
    if (response) {
        setBody(w, row.value(QStringLiteral("body")), w.generators.response.body, w.generators.response.headers);
        w.generators.response.generators = generatorsCell(w, row.value(QStringLiteral("generators")));
    } else {
        applyRequestColumns(w, row, w.generators.request);
    }
}

void prepare(World &w, bool response)
{
    w.generators.preparedIsResponse = response;
    if (response)
        w.generators.preparedResponse = applyGenerators(w.generators.response, w.generators.context);
    else
        w.generators.preparedRequest = applyGenerators(w.generators.request, w.generators.context);
}

void prepareWithContext(World &w, const StepArgs &a)
{
    check(!a.table.isEmpty() && !a.table.first().isEmpty(), QStringLiteral("no context table"));
    const QJsonObject context = jsonCell(w, a.table.first().first()).toObject();
    if (a.at(0) == u"providerState")
        w.generators.context.providerState = context;
    else if (a.at(0) == u"mockServer")
        w.generators.context.mockServerUrl = context.value(QStringLiteral("href")).toString();
    else
        fail(QStringLiteral("unknown context ") + a.at(0));
    prepare(w, false);
}

const Body &preparedBody(const World &w)
{
    return w.generators.preparedIsResponse ? w.generators.preparedResponse.body : w.generators.preparedRequest.body;
}

const Body &originalBody(const World &w)
{
    return w.generators.preparedIsResponse ? w.generators.response.body : w.generators.request.body;
}

Generator bodyGenerator(const World &w, const QString &path)
{
    const Generators &g
        = w.generators.preparedIsResponse ? w.generators.response.generators : w.generators.request.generators;
    return g.category(QStringLiteral("body")).value(path);
}

void replacedWithKind(World &w, const StepArgs &a)
{
    const QJsonValue before = valueAt(originalBody(w).asJson(), a.at(0));
    const QJsonValue after = valueAt(preparedBody(w).asJson(), a.at(0));
    check(!after.isUndefined(), QStringLiteral("no value at ") + a.at(0));
    check(after != before, QStringLiteral("the value at %1 was not replaced").arg(a.at(0)));
    check(isKind(after, a.at(1), bodyGenerator(w, a.at(0))),
        QStringLiteral("'%1' is not a %2").arg(text(after), a.at(1)));
}

void replacedWithValue(World &w, const StepArgs &a)
{
    const QJsonValue after = valueAt(preparedBody(w).asJson(), a.at(0));
    check(text(after) == a.at(1), QStringLiteral("value at %1 is '%2', not '%3'").arg(a.at(0), text(after), a.at(1)));
}

/// "path", "status", "header[X]", "queryParameter[x]" of the prepared part.
QString partValue(const World &w, const QString &what, bool response)
{
    static const QRegularExpression indexed(QStringLiteral("(\\w+)\\[(.*)\\]"));
    const QRegularExpressionMatch m = indexed.match(what);
    const HttpRequest &req = w.generators.preparedRequest;
    const HttpResponse &res = w.generators.preparedResponse;
    if (what == u"path")
        return req.path;
    if (what == u"status")
        return QString::number(res.status);
    if (m.hasMatch() && m.captured(1) == u"header")
        return response ? res.headers.value(m.captured(2)) : req.headers.value(m.captured(2));
    if (m.hasMatch() && m.captured(1) == u"queryParameter")
        return req.query.value(m.captured(2));
    fail(QStringLiteral("unknown part ") + what);
}

} // namespace

void registerGeneratorSteps(StepRegistry &r)
{
    r.add(QStringLiteral("a request configured with the following generators:"),
        [](World &w, const StepArgs &a) { configure(w, a, false); });
    r.add(QStringLiteral("a response configured with the following generators:"),
        [](World &w, const StepArgs &a) { configure(w, a, true); });
    r.add(QStringLiteral("the generator test mode is set as \"(Consumer|Provider)\""), [](World &w, const StepArgs &a) {
        w.generators.context.mode = a.at(0) == u"Provider" ? GeneratorMode::Provider : GeneratorMode::Consumer;
    });
    r.add(QStringLiteral("the request is prepared for use"), [](World &w, const StepArgs &) { prepare(w, false); });
    r.add(QStringLiteral("the response is prepared for use"), [](World &w, const StepArgs &) { prepare(w, true); });
    r.add(QStringLiteral("the request is prepared for use with a \"(\\w+)\" context:"), prepareWithContext);
    r.add(QStringLiteral("the body value for \"(.*)\" will have been replaced with an? \"(.*)\""), replacedWithKind);
    r.add(QStringLiteral("the body value for \"(.*)\" will have been replaced with \"(.*)\""), replacedWithValue);
    r.add(QStringLiteral("the request \"(.*)\" will be set as \"(.*)\""), [](World &w, const StepArgs &a) {
        const QString v = partValue(w, a.at(0), false);
        check(v == a.at(1), QStringLiteral("%1 is '%2'").arg(a.at(0), v));
    });
    r.add(QStringLiteral("the (request|response) \"(.*)\" will match \"(.*)\""), [](World &w, const StepArgs &a) {
        const QString v = partValue(w, a.at(1), a.at(0) == u"response");
        check(matchesWhole(a.at(2), v), QStringLiteral("%1 '%2' does not match %3").arg(a.at(1), v, a.at(2)));
    });
    r.add(QStringLiteral("the response \"(.*)\" will not be \"(.*)\""), [](World &w, const StepArgs &a) {
        const QString v = partValue(w, a.at(0), true);
        check(v != a.at(1), QStringLiteral("%1 is still '%2'").arg(a.at(0), v));
    });
}

} // namespace Pactbench::Compat

namespace Pactbench::Compat {

/// For other step files: a generated value's kind, without a generator's attributes.
bool isValueKind(const QJsonValue &v, const QString &kind)
{
    return isKind(v, kind, Generator{});
}

} // namespace Pactbench::Compat
