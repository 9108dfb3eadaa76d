// SPDX-License-Identifier: MIT
// Matcher inference on XML bodies: Pact's XML paths ($.root.child, ['@attr'], ['#text']), values as
// text (numbers and booleans as regexes), repeated elements; every case is also matched by the engine.
#include "inferencecheck.h"

#include <QTest>

using namespace Pactbench;
using namespace InferenceCheck;

class TestInferenceXml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proposals_data();
    void proposals();
    void notes();
};

namespace {

QList<Body> xmlBodies(const QStringList &texts)
{
    QList<Body> out;
    for (const QString &t : texts)
        out.append(Body::fromText(t, u"application/xml"_qs));
    return out;
}

} // namespace

void TestInferenceXml::proposals_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("text and attributes")
        << QStringList{u"<order id=\"7\"><total>12.50</total><note>fast</note></order>"_qs,
                       u"<order id=\"8\"><total>3.25</total><note>slow</note></order>"_qs}
        << QStringList{u"body $.order['@id'] regex ^-?[0-9]+$"_qs, u"body $.order.total['#text'] regex ^-?[0-9]+\\.[0-9]+$"_qs,
                       u"body $.order.note['#text'] type"_qs};
    QTest::addRow("whole and fractional text") << QStringList{u"<a><n>1</n></a>"_qs, u"<a><n>1.5</n></a>"_qs}
                                               << QStringList{u"body $.a.n['#text'] regex ^-?[0-9]+(\\.[0-9]+)?$"_qs};
    QTest::addRow("booleans") << QStringList{u"<a ok=\"true\"/>"_qs, u"<a ok=\"false\"/>"_qs} << QStringList{u"body $.a['@ok'] regex ^(true|false)$"_qs};
    QTest::addRow("formats") << QStringList{u"<e at=\"2024-01-02T03:04:05Z\"><id>3f2c4b1e-8a9d-4c3b-9e2f-1a2b3c4d5e6f</id><day>2024-01-02</day></e>"_qs}
        << QStringList{u"body $.e['@at'] timestamp yyyy-MM-dd'T'HH:mm:ssXXX"_qs,
                       u"body $.e.id['#text'] regex ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_qs,
                       u"body $.e.day['#text'] date yyyy-MM-dd"_qs};
    QTest::addRow("constant stays exact") << QStringList{u"<a v=\"2\"><c>EUR</c></a>"_qs, u"<a v=\"2\"><c>EUR</c></a>"_qs} << QStringList{};
    QTest::addRow("repeated elements") << QStringList{u"<items><item sku=\"a1\" cur=\"EUR\">2</item><item sku=\"b2\" cur=\"EUR\">5</item></items>"_qs}
        << QStringList{u"body $.items.item type"_qs, u"body $.items.item['@sku'] type"_qs, u"body $.items.item['@cur'] equality"_qs,
                       u"body $.items.item['#text'] regex ^-?[0-9]+$"_qs};
    QTest::addRow("text empty in some") << QStringList{u"<a><b>1</b></a>"_qs, u"<a><b/></a>"_qs} << QStringList{u"body $.a.b['#text'] type"_qs};
    QTest::addRow("names that need quotes") << QStringList{u"<my-root><x.y>1</x.y></my-root>"_qs}
                                            << QStringList{u"body $['my-root']['x.y']['#text'] regex ^-?[0-9]+$"_qs};
    QTest::addRow("attribute and child of one name") << QStringList{u"<a id=\"x1\"><id>2</id></a>"_qs, u"<a id=\"y2\"><id>3</id></a>"_qs}
        << QStringList{u"body $.a['@id'] type"_qs, u"body $.a.id['#text'] regex ^-?[0-9]+$"_qs};
    QTest::addRow("enum") << QStringList{u"<a s=\"OPEN\"/>"_qs, u"<a s=\"DONE\"/>"_qs, u"<a s=\"OPEN\"/>"_qs, u"<a s=\"DONE\"/>"_qs}
                          << QStringList{u"body $.a['@s'] regex ^(OPEN|DONE)$"_qs};
}

void TestInferenceXml::proposals()
{
    QFETCH(QStringList, samples);
    QFETCH(QStringList, expected);
    const QList<Body> bodies = xmlBodies(samples);
    const QList<RuleProposal> got = Inference::bodyRules(bodies, u"application/xml"_qs, RuleProposal::Side::Response);
    QCOMPARE(compact(got), expected);
    QCOMPARE(wholeBodyFailures(got, bodies), QStringList());
    for (const RuleProposal &p : got)
        QVERIFY2(!p.reason.isEmpty(), qPrintable(p.key));
}

void TestInferenceXml::notes()
{
    InferenceNotes notes;
    const QList<Body> bodies = xmlBodies({u"<a n=\"1\"/>"_qs, u"<a n=\"2\">"_qs});
    QCOMPARE(compact(Inference::bodyRules(bodies, u"text/xml"_qs, RuleProposal::Side::Response, {}, &notes)),
             QStringList{u"body $.a['@n'] regex ^-?[0-9]+$"_qs});
    QCOMPARE(notes.messages.size(), 1);
    QVERIFY2(notes.messages.first().startsWith(u"sample 2: the body is not well-formed XML: line 1, column "_qs), qPrintable(notes.messages.first()));

    // Deeper than maxDepth: left exact, and the repeated element above it gets no type rule.
    notes.messages.clear();
    const QList<Body> deep = xmlBodies({u"<r><i><v>1</v></i><i><v>2</v></i></r>"_qs});
    QCOMPARE(compact(Inference::bodyRules(deep, u"application/xml"_qs, RuleProposal::Side::Response, {1 << 20, 2, 100}, &notes)),
             QStringList{});
    QCOMPARE(notes.messages, QStringList{u"values nested deeper than the maxDepth limit of 2 levels are left exact (first below $.r.i)"_qs});
}

QTEST_APPLESS_MAIN(TestInferenceXml)
#include "tst_inferencexml.moc"
