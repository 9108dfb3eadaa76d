// SPDX-License-Identifier: MIT
// `testResults` of a published verification, in the shapes the verifiers write: a list of
// per-interaction objects (Pactbench, Pact Rust and everything on it, pact-jvm) or pact-ruby's
// `{tests: [...]}`. Whatever is in no known shape stays visible as text; counts are capped.
#include "publishedverification.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pactbench::PublishedVerificationReader {

namespace {

/// Compact JSON text of any value, cut after kMaxUnreadText characters.
QString jsonText(const QJsonValue &value)
{
    QString text;
    if (value.isString()) {
        text = value.toString();
    } else {
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        text = QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    if (text.size() > kMaxUnreadText)
        text = text.left(kMaxUnreadText) + u'…';
    return text;
}

/// A scalar as text (ids are strings or numbers); empty for null or absent.
QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QString firstText(const QJsonObject &o, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys) {
        const QString text = scalarText(o.value(QStringView(key)));
        if (!text.isEmpty())
            return text;
    }
    return {};
}

/// pact_matching's mismatch `type` → the broker's attribute names.
QString attributeOfType(const QString &type)
{
    static const QList<std::pair<QString, QString>> types = {
        {u"MethodMismatch"_qs, u"method"_qs},   {u"PathMismatch"_qs, u"path"_qs},
        {u"StatusMismatch"_qs, u"status"_qs},   {u"QueryMismatch"_qs, u"query"_qs},
        {u"HeaderMismatch"_qs, u"header"_qs},   {u"BodyTypeMismatch"_qs, u"body"_qs},
        {u"BodyMismatch"_qs, u"body"_qs},       {u"MetadataMismatch"_qs, u"metadata"_qs}};
    for (const auto &[name, attribute] : types) {
        if (type.compare(name, Qt::CaseInsensitive) == 0)
            return attribute;
    }
    return type;
}

PublishedMismatch readMismatch(const QJsonObject &o)
{
    PublishedMismatch m;
    m.attribute = scalarText(o.value(u"attribute"));
    if (m.attribute.isEmpty())
        m.attribute = attributeOfType(scalarText(o.value(u"type")));
    m.identifier = firstText(o, {u"identifier", u"path", u"key", u"parameter"});
    m.description = firstText(o, {u"description", u"mismatch", u"message"});
    m.expected = o.value(u"expected");
    m.actual = o.value(u"actual");
    m.diff = scalarText(o.value(u"diff"));
    if (m.description.isEmpty() && m.attribute.isEmpty())
        m.description = jsonText(o); // nothing we know: the whole object, so it is not lost
    return m;
}

PublishedException readException(const QJsonValue &value)
{
    if (!value.isObject())
        return {jsonText(value), {}};
    const QJsonObject o = value.toObject();
    PublishedException e{firstText(o, {u"message"}), firstText(o, {u"exceptionClass", u"class"})};
    if (e.message.isEmpty())
        e.message = jsonText(o);
    return e;
}

void readMismatches(const QJsonValue &value, PublishedTestResult *r)
{
    if (!value.isArray()) {
        r->unread.append(QStringLiteral("mismatches: ") + jsonText(value));
        return;
    }
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size() && i < kMaxMismatches; ++i) {
        const QJsonValue m = list.at(i);
        if (m.isObject())
            r->mismatches.append(readMismatch(m.toObject()));
        else
            r->unread.append(QStringLiteral("mismatches[%1]: %2").arg(i).arg(jsonText(m)));
    }
    if (list.size() > kMaxMismatches)
        r->unread.append(QStringLiteral("%1 more mismatches not read").arg(list.size() - kMaxMismatches));
}

void readExceptions(const QJsonValue &value, PublishedTestResult *r)
{
    const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
    for (qsizetype i = 0; i < list.size() && i < kMaxMismatches; ++i)
        r->exceptions.append(readException(list.at(i)));
}

PublishedTestResult readListEntry(const QJsonObject &o)
{
    static const QStringList known = {u"interactionId"_qs, u"interactionKey"_qs, u"interactionDescription"_qs,
                                      u"interactionProviderState"_qs, u"success"_qs, u"mismatches"_qs, u"exceptions"_qs};
    PublishedTestResult r;
    r.interactionId = firstText(o, {u"interactionId", u"interactionKey"});
    r.interactionDescription = scalarText(o.value(u"interactionDescription"));
    if (o.contains(u"interactionProviderState"))
        r.providerState = scalarText(o.value(u"interactionProviderState"));
    const QJsonValue success = o.value(u"success");
    if (success.isBool())
        r.success = success.toBool();
    else if (!success.isUndefined())
        r.unread.append(QStringLiteral("success: ") + jsonText(success));
    if (o.contains(u"mismatches"))
        readMismatches(o.value(u"mismatches"), &r);
    if (o.contains(u"exceptions"))
        readExceptions(o.value(u"exceptions"), &r);
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!known.contains(it.key()))
            r.unread.append(it.key() + u": " + jsonText(it.value()));
    }
    return r;
}

void readList(const QJsonArray &list, PublishedVerification *v)
{
    v->shape = TestResultsShape::List;
    for (qsizetype i = 0; i < list.size() && i < kMaxTestResults; ++i) {
        const QJsonValue entry = list.at(i);
        if (entry.isObject())
            v->testResults.append(readListEntry(entry.toObject()));
        else
            v->notes.append(QStringLiteral("testResults[%1] is not an object: %2").arg(i).arg(jsonText(entry)));
    }
    if (list.size() > kMaxTestResults)
        v->notes.append(QStringLiteral("only the first %1 of %2 test results were read").arg(kMaxTestResults).arg(list.size()));
}

/// What an RSpec example of pact-ruby checked, from its description ("has status code 200", "includes headers"…).
QString rubyAttribute(const QString &testDescription)
{
    if (testDescription.contains(u"status", Qt::CaseInsensitive))
        return QStringLiteral("status");
    if (testDescription.contains(u"header", Qt::CaseInsensitive))
        return QStringLiteral("header");
    if (testDescription.contains(u"body", Qt::CaseInsensitive) || testDescription.contains(u"contents", Qt::CaseInsensitive))
        return QStringLiteral("body");
    return {};
}

/// One RSpec example of pact-ruby, added to the result of its interaction.
void addRubyTest(const QJsonObject &test, PublishedTestResult *r)
{
    const QString status = scalarText(test.value(u"status"));
    const bool passed = status == u"passed";
    if (status != u"pending")
        r->success = r->success.value_or(true) && passed;
    if (passed || status == u"pending")
        return;
    const QJsonObject exception = test.value(u"exception").toObject();
    PublishedMismatch m;
    m.attribute = rubyAttribute(scalarText(test.value(u"testDescription")));
    m.description = scalarText(test.value(u"testDescription"));
    const QString message = scalarText(exception.value(u"message"));
    if (!message.isEmpty())
        m.description += (m.description.isEmpty() ? QString() : QStringLiteral(": ")) + message;
    if (m.description.isEmpty())
        m.description = jsonText(test);
    if (r->mismatches.size() < kMaxMismatches)
        r->mismatches.append(m);
}

void readRubyTests(const QJsonObject &object, PublishedVerification *v)
{
    v->shape = TestResultsShape::RubyTests;
    const QJsonValue testsValue = object.value(u"tests");
    if (!testsValue.isArray()) {
        v->notes.append(QStringLiteral("testResults.tests is not an array: ") + jsonText(testsValue));
        return;
    }
    const QJsonArray tests = testsValue.toArray();
    QHash<QString, qsizetype> byInteraction; // id, state and description → index in testResults
    for (qsizetype i = 0; i < tests.size() && i < kMaxTestResults; ++i) {
        if (!tests.at(i).isObject()) {
            v->notes.append(QStringLiteral("testResults.tests[%1] is not an object: %2").arg(i).arg(jsonText(tests.at(i))));
            continue;
        }
        const QJsonObject test = tests.at(i).toObject();
        const QString description = scalarText(test.value(u"interactionDescription"));
        const QString state = scalarText(test.value(u"interactionProviderState"));
        const QString id = scalarText(test.value(u"interactionId"));
        const QString key = id + u'\x1f' + state + u'\x1f' + description;
        qsizetype at = byInteraction.value(key, -1);
        if (at < 0) {
            at = v->testResults.size();
            byInteraction.insert(key, at);
            v->testResults.append(PublishedTestResult{id, description, state, {}, {}, {}, {}});
        }
        addRubyTest(test, &v->testResults[at]);
    }
    if (tests.size() > kMaxTestResults)
        v->notes.append(QStringLiteral("only the first %1 of %2 tests were read").arg(kMaxTestResults).arg(tests.size()));
}

} // namespace

void readTestResults(const QJsonValue &testResults, PublishedVerification *v)
{
    v->testResults.clear();
    v->testResultsText.clear();
    if (testResults.isUndefined() || testResults.isNull()) {
        v->shape = TestResultsShape::None;
    } else if (testResults.isArray()) {
        readList(testResults.toArray(), v);
    } else if (testResults.isObject() && testResults.toObject().contains(u"tests")) {
        readRubyTests(testResults.toObject(), v);
    } else {
        v->shape = TestResultsShape::Unknown;
        v->testResultsText = jsonText(testResults);
        v->notes.append(QStringLiteral("testResults are in a shape Pactbench does not know: shown as text"));
    }
}

} // namespace Pactbench::PublishedVerificationReader
