// SPDX-License-Identifier: MIT
// The rule lint and the editors' JSON paths: they read a rule path exactly as the matching engine
// does (core's selectValuePaths), and the diff's line paths come from one pass over the text.
#include <ui/models/jsonpathlocator.h>
#include <ui/models/rulelint.h>
#include <ui/verify/bodylines.h>

#include <core/model/pactreader.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Pactbench;

class TestRuleLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lintReadsPathsAsTheEngine_data();
    void lintReadsPathsAsTheEngine();
    void linePathsAreEachLinesPathAt_data();
    void linePathsAreEachLinesPathAt();
};

void TestRuleLint::lintReadsPathsAsTheEngine_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("example"); // undefined: "the path matches nothing in the body"
    QTest::addRow("field") << u"$.meta.x"_qs << QJsonValue(1);
    QTest::addRow("[*] on an array") << u"$.items[*].sku"_qs << QJsonValue(u"a"_qs);
    QTest::addRow("[*] on an object") << u"$.meta[*]"_qs << QJsonValue(QJsonValue::Undefined);
    QTest::addRow(".* on an object") << u"$.meta.*"_qs << QJsonValue(1);
    QTest::addRow("missing") << u"$.nothing"_qs << QJsonValue(QJsonValue::Undefined);
}

void TestRuleLint::lintReadsPathsAsTheEngine()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, example);
    Interaction interaction;
    interaction.response.body
        = Body::fromJson(QJsonDocument::fromJson(R"({"items":[{"sku":"a"},{"sku":"b"}],"meta":{"x":1,"y":2}})").object());
    interaction.response.matchingRules.add(u"body"_qs, path, RuleList{ { Matcher{ u"type"_qs, {} } }, {}, {} });
    const InteractionPart response{ InteractionPart::Kind::Response, 0 };
    QCOMPARE(RuleLint::exampleFor(interaction, response, u"body"_qs, path), example);
    const QList<RuleLintItem> items = RuleLint::check(interaction, response);
    const RuleLintItem nothing{ u"body"_qs, path, u"the path matches nothing in the body"_qs };
    QCOMPARE(items.contains(nothing), example.isUndefined());
}

void TestRuleLint::linePathsAreEachLinesPathAt_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("nested") << QByteArray(R"({"a":[1,{"b":[[],{}],"c d":"x,y]}"}],"e":{"f":null},"g":[]})");
    QTest::addRow("array root") << QByteArray(R"([{"a":1},[2,3],"s\"q"])");
    QTest::addRow("scalar keys") << QByteArray(R"({"a":1,"b":true,"c":"t"})");
}

void TestRuleLint::linePathsAreEachLinesPathAt()
{
    QFETCH(QByteArray, json);
    const QString text = BodyLines::pretty(json);
    const QStringList lines = text.split(u'\n');
    QStringList expected;
    int start = 0;
    for (const QString &line : lines) {
        int first = start;
        while (first < start + line.size() && text.at(first).isSpace())
            ++first;
        expected.append(JsonPathLocator::pathAt(text, first < start + line.size() ? first + 1 : first));
        start += int(line.size()) + 1;
    }
    QCOMPARE(JsonPathLocator::linePaths(text), expected);
    QCOMPARE(BodyLines::linePaths(text), expected);
}

QTEST_MAIN(TestRuleLint)
#include "tst_rulelint.moc"
