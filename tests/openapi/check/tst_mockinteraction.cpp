// SPDX-License-Identifier: MIT
// toMockInteraction: the interaction as swagger-mock-validator parses a mock. Header names by lower case, a
// name's values joined by "," in order and located where the name is first spelled; path segments non-empty
// and %-decoded; query values by name.
#include "checkfixtures.h"

#include <core/openapi/mockinteraction.h>

using namespace Pactbench;
using namespace Pactbench::OpenApi;

namespace {

/// "name=value@location" per request header, in the map's (lower-case name) order.
QStringList headerLines(const QMap<QString, MockValue> &headers)
{
    QStringList out;
    for (auto it = headers.begin(); it != headers.end(); ++it)
        out << it.key() + u'=' + it.value().value.toString() + u'@' + it.value().location;
    return out;
}

MockInteraction mockOf(const QString &request)
{
    const QString interaction = QStringLiteral(R"({"description":"d","request":{%1},"response":{"status":200}})").arg(request);
    const ReadResult r = PactReader::read(Test::pactOf(interaction));
    if (!r.ok())
        qFatal("test pact unreadable: %s", qPrintable(request));
    static QList<Pact> keep; // the mock points into its pact
    keep.append(*r.pact);
    return toMockInteraction(keep.last(), 0, u"p.json"_qs);
}

} // namespace

class TestMockInteraction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headers_data()
    {
        QTest::addColumn<QString>("headers");
        QTest::addColumn<QStringList>("expected");
        const QString at = u"@[root].interactions[0].request.headers."_qs;
        QTest::newRow("none") << u"{}"_qs << QStringList();
        QTest::newRow("one") << u"{\"Accept\":\"application/json\"}"_qs << QStringList{u"accept=application/json"_qs + at + u"Accept"};
        QTest::newRow("two names, map order") << u"{\"X-B\":\"2\",\"X-A\":\"1\"}"_qs
                                              << QStringList{u"x-a=1"_qs + at + u"X-A", u"x-b=2"_qs + at + u"X-B"};
        QTest::newRow("V3 list of values") << u"{\"X-A\":[\"1\",\"2\"]}"_qs << QStringList{u"x-a=1,2"_qs + at + u"X-A"};
        QTest::newRow("a value with a comma") << u"{\"X-A\":\"1, 2\"}"_qs << QStringList{u"x-a=1, 2"_qs + at + u"X-A"};
    }
    void headers()
    {
        QFETCH(QString, headers);
        QFETCH(QStringList, expected);
        const MockInteraction m = mockOf(u"\"method\":\"GET\",\"path\":\"/a\",\"headers\":"_qs + headers);
        QCOMPARE(headerLines(m.requestHeaders), expected);
    }

    // Names that differ only in case are one header (Headers compares names without case): its values in
    // order, located at its first spelling. A pact file cannot repeat a key, so the model is built directly.
    void namesDifferingInCase()
    {
        Pact pact;
        Interaction i;
        i.request.method = u"GET"_qs;
        i.request.path = u"/a"_qs;
        i.request.headers.append(u"X-Trace"_qs, u"1"_qs);
        i.request.headers.append(u"Accept"_qs, u"text/plain"_qs);
        i.request.headers.append(u"x-trace"_qs, u"2"_qs);
        i.request.headers.append(u"X-TRACE"_qs, u"3"_qs);
        pact.interactions.append(i);
        const MockInteraction m = toMockInteraction(pact, 0, u"p.json"_qs);
        const QString at = u"@[root].interactions[0].request.headers."_qs;
        QCOMPARE(headerLines(m.requestHeaders), (QStringList{u"accept=text/plain"_qs + at + u"Accept", u"x-trace=1,2,3"_qs + at + u"X-Trace"}));
    }

    void pathSegments_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("segments");
        QTest::newRow("plain") << u"/pets/1"_qs << QStringList{u"pets"_qs, u"1"_qs};
        QTest::newRow("empty segments dropped") << u"//pets//1/"_qs << QStringList{u"pets"_qs, u"1"_qs};
        QTest::newRow("escapes decoded") << u"/files/a%20b%2Fc"_qs << QStringList{u"files"_qs, u"a b/c"_qs};
        QTest::newRow("UTF-8 escapes") << u"/n/%C3%A4"_qs << QStringList{u"n"_qs, u"ä"_qs};
        QTest::newRow("root") << u"/"_qs << QStringList();
    }
    void pathSegments()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, segments);
        const MockInteraction m = mockOf(u"\"method\":\"GET\",\"path\":\""_qs + path + u'"');
        QCOMPARE(m.segments, segments);
        QCOMPARE(m.method, u"get"_qs);
        QCOMPARE(m.path.value.toString(), path);
    }

    void query()
    {
        const MockInteraction m = mockOf(u"\"method\":\"GET\",\"path\":\"/a\",\"query\":{\"b\":[\"1\",\"2\"],\"a\":[\"x\"]}"_qs);
        QCOMPARE(m.query.value(u"b"_qs), (QStringList{u"1"_qs, u"2"_qs}));
        QCOMPARE(m.query.value(u"a"_qs), QStringList{u"x"_qs});
        QCOMPARE(m.queryLocations.value(u"b"_qs), u"[root].interactions[0].request.query.b"_qs);
    }
};

QTEST_MAIN(TestMockInteraction)
#include "tst_mockinteraction.moc"
