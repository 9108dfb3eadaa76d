// SPDX-License-Identifier: MIT
// What a rule path selects in a value (selectValuePaths): the one reading of JSON paths that the
// rule lint and the editors share with the engine. Each case is also checked against generators,
// which apply at exactly the selected values.
#include <core/matching/generator.h>
#include <core/matching/rules.h>
#include <core/model/pactreader.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Pactbench;

class TestRuleSelect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selects_data();
    void selects();
    void limitAndValues();
    void regexReadWithoutCompiling();
};

void TestRuleSelect::selects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("selected"); // pathToString of each, in document order
    const QByteArray order = R"({"id":1,"items":[{"sku":"a"},{"sku":"b"}],"meta":{"x":1,"y":2}})";
    QTest::addRow("root") << order << u"$"_qs << QStringList{ u"$"_qs };
    QTest::addRow("field") << order << u"$.id"_qs << QStringList{ u"$.id"_qs };
    QTest::addRow("index") << order << u"$.items[1].sku"_qs << QStringList{ u"$.items[1].sku"_qs };
    QTest::addRow("index past the end") << order << u"$.items[2]"_qs << QStringList{};
    QTest::addRow("[*] on an array") << order << u"$.items[*].sku"_qs
                                     << QStringList{ u"$.items[0].sku"_qs, u"$.items[1].sku"_qs };
    // The lint once took the first value of an object here; the engine selects nothing.
    QTest::addRow("[*] on an object") << order << u"$.meta[*]"_qs << QStringList{};
    QTest::addRow(".* on an object") << order << u"$.meta.*"_qs << QStringList{ u"$.meta.x"_qs, u"$.meta.y"_qs };
    QTest::addRow(".* on an array") << order << u"$.items.*"_qs << QStringList{ u"$.items[0]"_qs, u"$.items[1]"_qs };
    QTest::addRow("quoted key") << QByteArray(R"({"a b":{"c":1}})") << u"$['a b'].c"_qs << QStringList{ u"$['a b'].c"_qs };
    QTest::addRow("missing") << order << u"$.nothing"_qs << QStringList{};
    QTest::addRow("too deep") << order << u"$.id.more"_qs << QStringList{};
}

void TestRuleSelect::selects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(QStringList, selected);
    const QJsonValue root = QJsonDocument::fromJson(body).object();
    QStringList got;
    for (const ValuePath &p : selectValuePaths(RulePath::parse(path), root))
        got.append(pathToString(p));
    QCOMPARE(got, selected);

    // A generator at the same path changes exactly those values.
    HttpResponse response;
    response.body = Body::fromJson(root);
    response.generators.set(u"body"_qs, path, Generator{ u"Regex"_qs, QJsonObject{ { u"regex"_qs, u"GENERATED"_qs } } });
    const QJsonValue generated = applyGenerators(response, GeneratorContext{}).body.asJson();
    for (const ValuePath &p : selectValuePaths(RulePath::parse(path), root))
        QCOMPARE(valueAtPath(generated, p), QJsonValue(u"GENERATED"_qs));
    if (selected.isEmpty())
        QCOMPARE(generated, root);
}

void TestRuleSelect::limitAndValues()
{
    const QJsonValue root = QJsonDocument::fromJson(R"({"a":[{"b":1},{"b":2},{"b":3}]})").object();
    const QList<ValuePath> first = selectValuePaths(RulePath::parse(u"$.a[*].b"_qs), root, 1);
    QCOMPARE(first.size(), 1);
    QCOMPARE(valueAtPath(root, first.constFirst()), QJsonValue(1));
    QCOMPARE(valueAtPath(root, { u"$"_qs, u"a"_qs, u"2"_qs, u"b"_qs }), QJsonValue(3));
    QVERIFY(valueAtPath(root, { u"$"_qs, u"a"_qs, u"9"_qs }).isUndefined());
    QCOMPARE(RulePath::parse(u"$.a[*].b[2]"_qs).asValuePath(),
        (QStringList{ u"$"_qs, u"a"_qs, u"*"_qs, u"b"_qs, u"2"_qs }));
}

// Rule::fromMatcher with RegexCheck::Skip (the OpenAPI check's sampling) keeps the pattern and looks for no
// error; the default compiles it and names what is wrong.
void TestRuleSelect::regexReadWithoutCompiling()
{
    const auto matcher = [](const char *json) {
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        return Matcher{o.value(u"match").toString(), o};
    };
    const Matcher bad = matcher(R"({"match":"regex","regex":"(unclosed"})");
    const Rule skipped = Rule::fromMatcher(bad, Rule::RegexCheck::Skip);
    QCOMPARE(skipped.type, Rule::Type::Regex);
    QCOMPARE(skipped.text, u"(unclosed"_qs);
    QVERIFY(skipped.error.isEmpty());
    QVERIFY(Rule::fromMatcher(bad).error.contains(u"is not a valid regular expression"));
    const Matcher good = matcher(R"({"match":"regex","regex":"[a-z]+"})");
    QCOMPARE(Rule::fromMatcher(good, Rule::RegexCheck::Skip).text, u"[a-z]+"_qs);
    QVERIFY(Rule::fromMatcher(good).error.isEmpty());
}

QTEST_GUILESS_MAIN(TestRuleSelect)
#include "tst_ruleselect.moc"
