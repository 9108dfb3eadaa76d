// SPDX-License-Identifier: MIT
// The writer: V3/V4 shapes, determinism, the loss report and atomic saves.

#include <core/model/pactreader.h>
#include <core/model/pactwriter.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <testpaths.h>

Q_DECLARE_METATYPE(Pactbench::Body)

using namespace Pactbench;

namespace {

Pact samplePact()
{
    Pact p;
    p.consumer.name = QStringLiteral("web");
    p.provider.name = QStringLiteral("orders");
    p.specVersion = SpecVersion::V4;
    p.metadata.insert(QStringLiteral("pactRust"), QJsonObject{{QStringLiteral("models"), QStringLiteral("1.0")}});

    Interaction http;
    http.description = QStringLiteral("get an order");
    http.providerStates.append({QStringLiteral("order 7 exists"), QJsonObject{{QStringLiteral("id"), 7}}, {}});
    http.request.method = QStringLiteral("GET");
    http.request.path = QStringLiteral("/orders/7");
    http.request.query.append(QStringLiteral("expand"), QStringLiteral("items"));
    http.request.query.append(QStringLiteral("expand"), QStringLiteral("customer"));
    http.request.headers.append(QStringLiteral("Accept"), QStringLiteral("application/json"));
    http.request.headers.append(QStringLiteral("X-Trace"), QStringLiteral("a"));
    http.request.headers.append(QStringLiteral("x-trace"), QStringLiteral("b"));
    http.response.status = 200;
    http.response.headers.append(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
    http.response.body = Body::fromJson(QJsonObject{{QStringLiteral("id"), 7}});
    Matcher integer{QStringLiteral("integer"), {}};
    http.response.matchingRules.add(QStringLiteral("body"), QStringLiteral("$.id"), RuleList{{integer}, RuleLogic::And, {}});
    p.interactions.append(http);

    Interaction msg;
    msg.kind = InteractionKind::AsynchronousMessage;
    msg.description = QStringLiteral("order created");
    msg.message.contents = Body::fromJson(QJsonObject{{QStringLiteral("id"), 7}});
    msg.message.metadata.insert(QStringLiteral("contentType"), QStringLiteral("application/json"));
    p.interactions.append(msg);
    return p;
}

} // namespace

class TestPactWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The example a new user opens first is laid out as Pact writes pacts: Save changes no byte of it
    // (the status bar once said "Save will rewrite the whole file" on opening it).
    void bundledExampleIsSavedUnchanged()
    {
        QFile file(Test::testDataDir() + u"/../../resources/examples/order-service-v4.json"_qs);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const ReadResult read = PactReader::read(bytes);
        QVERIFY(read.ok());
        QCOMPARE(PactWriter::write(*read.pact, read.pact->specVersion), bytes);
    }

    void v4Shape()
    {
        const QJsonObject root = PactWriter::toJson(samplePact(), SpecVersion::V4);
        QCOMPARE(root.value(u"metadata").toObject().value(u"pactSpecification").toObject().value(u"version").toString(), u"4.0"_qs);
        QVERIFY(root.value(u"metadata").toObject().contains(u"pactRust"));
        const QJsonArray interactions = root.value(u"interactions").toArray();
        QCOMPARE(interactions.size(), 2);
        const QJsonObject http = interactions.at(0).toObject();
        QCOMPARE(http.value(u"type").toString(), u"Synchronous/HTTP"_qs);
        QCOMPARE(http.value(u"pending").toBool(true), false);
        const QJsonObject req = http.value(u"request").toObject();
        QCOMPARE(req.value(u"query").toObject().value(u"expand").toArray().size(), 2);
        // Header names are case-insensitive: both spellings land under the first one, in order.
        // Names that differ in case stay apart, as Pact's reference keeps them.
        QCOMPARE(req.value(u"headers").toObject().value(u"X-Trace").toArray(), (QJsonArray{ u"a"_qs }));
        QCOMPARE(req.value(u"headers").toObject().value(u"x-trace").toArray(), (QJsonArray{ u"b"_qs }));
        const QJsonObject body = http.value(u"response").toObject().value(u"body").toObject();
        QCOMPARE(body.value(u"contentType").toString(), u"application/json"_qs);
        QCOMPARE(body.value(u"encoded").toBool(true), false);
        QCOMPARE(body.value(u"content").toObject().value(u"id").toInt(), 7);
        const QJsonObject rules = http.value(u"response").toObject().value(u"matchingRules").toObject();
        QCOMPARE(rules.value(u"body").toObject().value(u"$.id").toObject().value(u"matchers").toArray().at(0).toObject().value(u"match").toString(),
                 u"integer"_qs);
        QCOMPARE(interactions.at(1).toObject().value(u"type").toString(), u"Asynchronous/Messages"_qs);
    }

    void v3Shape()
    {
        LossReport losses;
        const QJsonObject root = PactWriter::toJson(samplePact(), SpecVersion::V3, &losses);
        QCOMPARE(root.value(u"metadata").toObject().value(u"pactSpecification").toObject().value(u"version").toString(), u"3.0.0"_qs);
        const QJsonObject req = root.value(u"interactions").toArray().at(0).toObject().value(u"request").toObject();
        QCOMPARE(req.value(u"headers").toObject().value(u"X-Trace").toString(), u"a"_qs);
        QCOMPARE(req.value(u"headers").toObject().value(u"x-trace").toString(), u"b"_qs);
        QCOMPARE(root.value(u"messages").toArray().size(), 1);
        QCOMPARE(root.value(u"messages")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"metadata")
                     .toObject()
                     .value(u"contentType")
                     .toString(),
            u"application/json"_qs);
        // HTTP interactions and messages in one V3 file: said, not hidden.
        QCOMPARE(losses.size(), 1);
        QCOMPARE(losses.at(0).interactionIndex, -1);
    }

    void lossReportNamesEachField()
    {
        Pact p = samplePact();
        p.interactions.removeLast();
        Interaction &i = p.interactions[0];
        i.pending = true;
        i.key = QStringLiteral("k1");
        i.comments.insert(QStringLiteral("text"), QJsonArray{u"note"_qs});
        i.response.matchingRules.add(QStringLiteral("status"), QString(),
                                     RuleList{{Matcher{QStringLiteral("statusCode"), {{QStringLiteral("status"), QStringLiteral("success")}}}}, RuleLogic::And, {}});
        i.response.body.hint = Body::Hint::Text;
        Interaction sync;
        sync.kind = InteractionKind::SynchronousMessages;
        sync.description = QStringLiteral("ask");
        p.interactions.append(sync);

        const LossReport losses = PactWriter::lossReport(p, SpecVersion::V3);
        QStringList fields;
        for (const Loss &l : losses)
            fields.append(QString::number(l.interactionIndex) + u':' + l.field);
        // Status rules and V4 matchers are no loss: Pact's reference writes them into V3 files too.
        QCOMPARE(fields,
            (QStringList{
                u"0:key"_qs, u"0:pending"_qs, u"0:comments"_qs, u"0:response.body.contentTypeHint"_qs, u"1:type"_qs }));
        QVERIFY(PactWriter::toJson(p, SpecVersion::V3)
                    .value(u"interactions")
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(u"response")
                    .toObject()
                    .value(u"matchingRules")
                    .toObject()
                    .contains(u"status"));
        QVERIFY(PactWriter::lossReport(p, SpecVersion::V4).isEmpty());
        // The sync message is left out of the V3 file, as reported.
        QCOMPARE(PactWriter::toJson(p, SpecVersion::V3).value(u"interactions").toArray().size(), 1);
    }

    void deterministic()
    {
        const Pact p = samplePact();
        const QByteArray a = PactWriter::write(p, SpecVersion::V4);
        QCOMPARE(PactWriter::write(p, SpecVersion::V4), a);
        const ReadResult r = PactReader::read(a);
        QVERIFY(r.ok());
        QVERIFY(*r.pact == p);
        QCOMPARE(PactWriter::write(*r.pact, SpecVersion::V4), a);
    }

    void bodiesRoundTrip_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<Body>("body");
        QTest::addColumn<QString>("contentType");
        const QByteArray binary("\x00\x89PNG\r\n\xff", 8);
        for (int v : {int(SpecVersion::V3), int(SpecVersion::V4)}) {
            const QString tag = specVersionLabel(SpecVersion(v)) + u' ';
            QTest::addRow("%s json", qPrintable(tag)) << v << Body::fromJson(QJsonArray{1, u"a"_qs}) << u"application/json"_qs;
            QTest::addRow("%s text", qPrintable(tag)) << v << Body::fromText(u"héllo"_qs) << u"text/plain"_qs;
            QTest::addRow("%s xml", qPrintable(tag)) << v << Body::fromText(u"<a/>"_qs) << u"application/xml"_qs;
            QTest::addRow("%s binary", qPrintable(tag)) << v << Body::fromBytes(binary, {}) << u"image/png"_qs;
            QTest::addRow("%s empty", qPrintable(tag)) << v << Body::fromText(QString()) << u"text/plain"_qs;
            QTest::addRow("%s form", qPrintable(tag)) << v << Body::fromText(u"a=1&b=2"_qs) << u"application/x-www-form-urlencoded"_qs;
        }
    }

    void bodiesRoundTrip()
    {
        QFETCH(int, version);
        QFETCH(Body, body);
        QFETCH(QString, contentType);
        Pact p = samplePact();
        p.interactions.removeLast();
        HttpRequest &req = p.interactions[0].request;
        req.method = QStringLiteral("POST");
        req.headers.set(QStringLiteral("Content-Type"), {contentType});
        req.body = body;
        LossReport losses;
        const QByteArray bytes = PactWriter::write(p, SpecVersion(version), &losses);
        QVERIFY(losses.isEmpty());
        const ReadResult r = PactReader::read(bytes);
        QVERIFY(r.ok());
        const Body &back = r.pact->interactions.at(0).request.body;
        QCOMPARE(int(back.state), int(body.state));
        QCOMPARE(back.content(), body.content());
        QVERIFY(back == body);
    }

    void numbersSurviveLoadSaveLoad_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QByteArray>("number");
        for (int v : { int(SpecVersion::V2), int(SpecVersion::V3), int(SpecVersion::V4) }) {
            for (const char *n : { "10.0", "-0.0", "1e3", "1E-7", "12345678901234567890", "9007199254740993", "0.1",
                     "1.0000000000000002", "10", "-7", "2.5e-300" })
                QTest::addRow("%s %s", qPrintable(specVersionLabel(SpecVersion(v))), n) << v << QByteArray(n);
        }
    }

    void numbersSurviveLoadSaveLoad()
    {
        // The number sits in a body, in provider-state parameters (V3+), in the pact's metadata and in
        // an unknown key of the interaction: each is written back as it was written.
        QFETCH(int, version);
        QFETCH(QByteArray, number);
        const SpecVersion v = SpecVersion(version);
        const bool v4 = v == SpecVersion::V4;
        const QByteArray body = QByteArray("{\"n\": ") + number + ", \"list\": [" + number + "]}";
        QByteArray state("\"providerState\": \"s\"");
        if (v != SpecVersion::V2)
            state = QByteArray("\"providerStates\": [{\"name\": \"s\", \"params\": {\"id\": ") + number + "}}]";
        QByteArray response = QByteArray("{\"status\": 200, \"body\": ") + body + "}";
        if (v4)
            response = QByteArray("{\"status\": 200, \"body\": {\"content\": ") + body
                + ", \"contentType\": \"application/json\", \"encoded\": false}}";
        QByteArray text("{\"consumer\": {\"name\": \"C\"}, \"provider\": {\"name\": \"P\"}, \"interactions\": [{");
        if (v4)
            text += "\"type\": \"Synchronous/HTTP\", ";
        text += QByteArray("\"description\": \"d\", \"_extra\": ") + number + ", " + state
            + ", \"request\": {\"method\": \"GET\", \"path\": \"/\"}, \"response\": " + response
            + "}], \"metadata\": {\"tool\": {\"n\": " + number + "}, \"pactSpecification\": {\"version\": \""
            + specVersionMetadataString(v).toUtf8() + "\"}}}";
        const ReadResult first = PactReader::read(text);
        QVERIFY2(first.ok(), text.constData());
        QCOMPARE(PactWriter::saveVersion(first.pact->specVersion), v);
        const QByteArray saved = PactWriter::write(*first.pact, v);
        const qsizetype expected = v == SpecVersion::V2 ? 4 : 5; // body twice, metadata, extra (+ params)
        const auto occurrences = [&](const QByteArray &before, const QByteArray &after) {
            return saved.count(QByteArray(before + number + after));
        };
        const qsizetype found = occurrences(": ", "\n") + occurrences(": ", ",\n") + occurrences("  ", "\n");
        QVERIFY2(found == expected, saved.constData());
        const ReadResult second = PactReader::read(saved);
        QVERIFY(second.ok());
        QVERIFY(*second.pact == *first.pact);
        QCOMPARE(PactWriter::write(*second.pact, v), saved);
        // The mock server and the verifier serve the body with the same spelling.
        const QByteArray served = second.pact->interactions.at(0).response.body.content();
        QVERIFY2(served.contains(QByteArray(QByteArray("\"n\":") + number + "}")), served.constData());
    }

    void editedNumberIsWrittenAsTheReferenceSpellsIt()
    {
        const QByteArray text = R"({"consumer": {"name": "C"}, "provider": {"name": "P"},
            "interactions": [{"description": "d", "request": {"method": "GET", "path": "/"},
            "response": {"status": 200, "body": {"price": 10.0, "big": 1e3}}}],
            "metadata": {"pactSpecification": {"version": "3.0.0"}}})";
        ReadResult r = PactReader::read(text);
        QVERIFY(r.ok());
        Body &body = r.pact->interactions[0].response.body;
        QJsonObject o = body.json.toObject();
        o.insert(QStringLiteral("price"), 11.5); // edited: the old lexeme no longer fits
        body.json = o;
        const QByteArray saved = PactWriter::write(*r.pact, SpecVersion::V3);
        QVERIFY2(saved.contains("\"price\": 11.5"), saved.constData());
        QVERIFY2(saved.contains("\"big\": 1e3"), saved.constData()); // unchanged: as it was written
    }

    /// ReadOptions::numberSpellings off (readers that never save): the values are the same, the spellings gone.
    void numberSpellingsCanBeLeftOut()
    {
        const QByteArray text = R"({"consumer": {"name": "C"}, "provider": {"name": "P"},
            "interactions": [{"description": "d", "request": {"method": "GET", "path": "/"},
            "response": {"status": 200, "body": {"price": 10.0, "big": 1e3}}}],
            "metadata": {"pactSpecification": {"version": "3.0.0"}}})";
        const ReadResult kept = PactReader::read(text);
        const ReadResult left = PactReader::read(text, ReadOptions{.numberSpellings = false});
        QVERIFY(kept.ok() && left.ok());
        QCOMPARE(left.pact->interactions[0].response.body.json, kept.pact->interactions[0].response.body.json);
        QVERIFY(PactWriter::write(*kept.pact, SpecVersion::V3).contains("\"big\": 1e3"));
        const QByteArray saved = PactWriter::write(*left.pact, SpecVersion::V3);
        QVERIFY2(saved.contains("\"big\": 1000") && saved.contains("\"price\": 10"), saved.constData());
    }

    void atomicSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QString error;
        QVERIFY(PactWriter::writeFile(path, samplePact(), SpecVersion::V4, &error));
        QVERIFY(PactReader::readFile(path).ok());
        // A path under a regular file cannot be written: a clear error, and nothing else touched.
        const QString bad = path + QStringLiteral("/inside.json");
        QVERIFY(!PactWriter::writeFile(bad, samplePact(), SpecVersion::V4, &error));
        QVERIFY(error.contains(bad));
        QVERIFY(PactReader::readFile(path).ok());
    }

    void headersEqualityIgnoresSplitting()
    {
        Headers a;
        a.append(QStringLiteral("Accept"), QStringLiteral("a, b"));
        Headers b;
        b.append(QStringLiteral("accept"), QStringLiteral("a"));
        b.append(QStringLiteral("ACCEPT"), QStringLiteral("b"));
        QVERIFY(a == b);
        b.append(QStringLiteral("X"), QStringLiteral("1"));
        QVERIFY(a != b);
        QueryParams q = QueryParams::fromQueryString(QStringLiteral("a=1&a=2&b=x+y&c"));
        QCOMPARE(q.toQueryString(), u"a=1&a=2&b=x%20y&c"_qs);
    }
};

QTEST_APPLESS_MAIN(TestPactWriter)
#include "tst_pactwriter.moc"
