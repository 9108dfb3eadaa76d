// SPDX-License-Identifier: MIT
// The compat runner's own parts: the Gherkin reader (outlines, tables, doc strings, tags),
// the step registry (captures, undefined and ambiguous steps), the known-failure list and the
// expected-sentence comparison.

#include "gherkin.h"
#include "knownfailures.h"
#include "stepregistry.h"

#include <QTemporaryFile>
#include <QTest>

using namespace Pactbench::Compat;

class TestCompatRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backgroundAndTags()
    {
        const ParseResult r = parseGherkin(
            QStringLiteral("@feat\nFeature: F\n  Some description\n\n  Background:\n    Given a thing\n\n"
                           "  # a comment\n  @wip @other\n  Scenario: One\n    When it runs\n    Then it is done\n\n"
                           "  Scenario: Two\n    * star step\n"),
            QStringLiteral("f.feature"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.feature.name, QStringLiteral("F"));
        QCOMPARE(r.feature.scenarios.size(), 2);
        const Scenario &one = r.feature.scenarios.at(0);
        QCOMPARE(one.tags, (QStringList{ QStringLiteral("feat"), QStringLiteral("wip"), QStringLiteral("other") }));
        QCOMPARE(one.steps.size(), 3);
        QCOMPARE(one.steps.at(0).text, QStringLiteral("a thing"));
        QCOMPARE(one.steps.at(2).keyword, QStringLiteral("Then"));
        QCOMPARE(one.steps.at(2).line, 12);
        QCOMPARE(r.feature.scenarios.at(1).tags, QStringList{ QStringLiteral("feat") });
        QCOMPARE(r.feature.scenarios.at(1).steps.at(1).text, QStringLiteral("star step"));
    }

    void tablesAndDocStrings()
    {
        const ParseResult r = parseGherkin(
            QStringLiteral("Feature: F\n  Scenario: S\n    Given a table:\n      | a | b\\|c |\n      | 1 | x\\\\y |\n"
                           "    And a doc string:\n      \"\"\"\n      line one\n        indented\n      \"\"\"\n"),
            QStringLiteral("f"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QList<Step> &steps = r.feature.scenarios.first().steps;
        QCOMPARE(steps.at(0).table.size(), 2);
        QCOMPARE(steps.at(0).table.at(0), (QStringList{ QStringLiteral("a"), QStringLiteral("b|c") }));
        QCOMPARE(steps.at(0).table.at(1).at(1), QStringLiteral("x\\y"));
        QVERIFY(steps.at(1).hasDocString);
        QCOMPARE(steps.at(1).docString, QStringLiteral("line one\n  indented"));
    }

    void outlineIsExpanded()
    {
        const ParseResult r = parseGherkin(
            QStringLiteral(
                "Feature: F\n  Background:\n    Given bg\n  Scenario Outline: Eat <n>\n    When I eat <n> of <what>\n"
                "      | <what> |\n  @ex\n  Examples:\n    | n | what |\n    | 1 | cake |\n    | 2 | pie  |\n"),
            QStringLiteral("f"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.feature.scenarios.size(), 2);
        const Scenario &second = r.feature.scenarios.at(1);
        QCOMPARE(second.name, QStringLiteral("Eat 2 (example 2)"));
        QCOMPARE(second.tags, QStringList{ QStringLiteral("ex") });
        QCOMPARE(second.steps.size(), 2);
        QCOMPARE(second.steps.at(1).text, QStringLiteral("I eat 2 of pie"));
        QCOMPARE(second.steps.at(1).table.at(0).at(0), QStringLiteral("pie"));
    }

    void errors()
    {
        QVERIFY(!parseGherkin(QStringLiteral("Feature: F\n  Given stray\n"), QStringLiteral("f")).ok());
        QVERIFY(!parseGherkin(QStringLiteral("Feature: F\n  Scenario Outline: O\n    Given x\n"), QStringLiteral("f"))
                     .ok());
        const ParseResult r = parseGherkin(
            QStringLiteral("Feature: F\n  Scenario: S\n    Given x\n      \"\"\"\n"), QStringLiteral("f.feature"));
        QVERIFY(r.error.startsWith(QStringLiteral("f.feature:")));
    }

    void registry()
    {
        StepRegistry reg;
        reg.add(QStringLiteral("a (\\d+) (\\w+) response"), [](World &, const StepArgs &) {});
        reg.add(QStringLiteral("a 200 (\\w+) response"), [](World &, const StepArgs &) {});
        reg.add(QStringLiteral("the thing"), [](World &, const StepArgs &) {});
        const StepRegistry::Found f = reg.find(QStringLiteral("a 404 error response"));
        QVERIFY(f.function);
        QCOMPARE(f.matches, 1);
        QCOMPARE(f.captures, (QStringList{ QStringLiteral("404"), QStringLiteral("error") }));
        QCOMPARE(reg.find(QStringLiteral("a 200 ok response")).matches, 2);
        QVERIFY(!reg.find(QStringLiteral("the thing and more")).function); // anchored
        QVERIFY(!reg.find(QStringLiteral("an unknown step")).function);
    }

    void checks()
    {
        QVERIFY_THROWS_EXCEPTION(StepFailure, check(false, QStringLiteral("no")));
        check(true, QStringLiteral("fine"));
        QCOMPARE(unescapeQuotes(QStringLiteral("[\\\"b\\\"]")), QStringLiteral("[\"b\"]"));
        QVERIFY(
            sentenceMatches(QStringLiteral("Expected 'a' to match 'b'"), QStringLiteral("Expected 'a' to match 'b'")));
        QVERIFY(sentenceMatches(QStringLiteral("Mismatch with header 'x': Expected 'a;charset=b'"),
            QStringLiteral("Expected 'a;\\s*charset=b'")));
        QVERIFY(
            !sentenceMatches(QStringLiteral("Expected 'a' to match 'b'"), QStringLiteral("Expected 'a' to match 'c'")));
    }

    void knownFailures()
    {
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write("# comment\n\nV1/a.feature | Scenario one | core/x: a | b\nbad line\n");
        f.close();
        KnownFailures known;
        QVERIFY(known.load(f.fileName()));
        QCOMPARE(known.size(), 1);
        QCOMPARE(known.cause(QStringLiteral("V1/a.feature"), QStringLiteral("Scenario one")),
            QStringLiteral("core/x: a | b"));
        QVERIFY(known.cause(QStringLiteral("V1/a.feature"), QStringLiteral("Scenario two")).isNull());
        QVERIFY(!KnownFailures().load(QStringLiteral("/nonexistent/known.txt")));
    }
};

QTEST_GUILESS_MAIN(TestCompatRunner)
#include "tst_compatrunner.moc"
