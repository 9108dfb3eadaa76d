// SPDX-License-Identifier: MIT
// The HAR importer: every feature of data/features.har, a Chrome export (data/chrome.har), skipped entries
// with their reasons, and malformed files with located errors.
#include "importtestutil.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Pactbench;
using namespace Pactbench::Test;

class TestImportHar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exchanges_data();
    void exchanges();
    void skipped_data();
    void skipped();
    void fileNotes();
    void chromeExport();
    void errors_data();
    void errors();
    void entryLimit();
    void fileLimits();
    void detectFormat_data();
    void detectFormat();
    void formatNames();

private:
    CaptureBatch m_features;
};

void TestImportHar::initTestCase()
{
    const Import::Result r = Import::readFile(Import::Format::Har, importData(QStringLiteral("features.har")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    m_features = r.batch;
}

void TestImportHar::exchanges_data()
{
    QTest::addColumn<int>("entry");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("requestHeaders");
    QTest::addColumn<QString>("requestBody");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("responseHeaders");
    QTest::addColumn<QString>("responseBody");
    QTest::addColumn<QString>("description");

    QTest::newRow("http2 GET, decoded path, query, json with 10.0")
        << 0 << "GET" << "/orders/a b" << "status=open&page=2&tag=x%20y" << "accept: application/json\ncookie: s=1"
        << "none" << 200 << "content-type: application/json" << R"(json {"id":7,"total":10.0})" << "";
    QTest::newRow("POST json body, method upper-cased, empty response")
        << 1 << "POST" << "/orders" << "" << "Content-Type: application/json" << R"(json {"item":"book","qty":2})"
        << 201 << "Location: /orders/8" << "none" << "";
    QTest::newRow("form params become the body") << 2 << "POST" << "/search" << ""
        << "Content-Type: application/x-www-form-urlencoded" << "text q=a%20b&n=1" << 200
        << "Content-Type: text/html; charset=utf-8" << "text <p>ok</p>" << "";
    QTest::newRow("base64 content decoded to bytes") << 3 << "GET" << "/logo.png" << "" << "" << "none" << 200
        << "Content-Type: image/png" << "bytes 89504e470d0a1a0a" << "";
    QTest::newRow("comment is the description, empty query value") << 8 << "DELETE" << "/orders/7" << "reason="
        << "Authorization: Bearer abc" << "none" << 204 << "" << "none" << "cancel an order";
}

void TestImportHar::exchanges()
{
    QFETCH(int, entry);
    const QString source = QStringLiteral("features.har: log.entries[%1]").arg(entry);
    const CapturedExchange *e = exchangeAt(m_features, source);
    QVERIFY2(e, qPrintable(source));
    QTEST(e->request.method, "method");
    QTEST(e->request.path, "path");
    QTEST(e->request.query.toQueryString(), "query");
    QFETCH(QString, query);
    QCOMPARE(e->request.hasQuery, !query.isEmpty());
    QTEST(headerLines(e->request.headers), "requestHeaders");
    QTEST(bodyText(e->request.body), "requestBody");
    QTEST(e->response.status, "status");
    QTEST(headerLines(e->response.headers), "responseHeaders");
    QTEST(bodyText(e->response.body), "responseBody");
    QTEST(e->description, "description");
}

void TestImportHar::skipped_data()
{
    QTest::addColumn<int>("entry");
    QTest::addColumn<QString>("reason");
    QTest::newRow("websocket") << 4 << "WebSocket entry";
    QTest::newRow("blocked") << 5 << "no response (status 0: net::ERR_BLOCKED_BY_CLIENT)";
    QTest::newRow("body not saved") << 6 << "response body not saved (content.text missing)";
    QTest::newRow("data url") << 7 << "not an HTTP(S) URL (data:)";
    QTest::newRow("bad base64") << 9 << "content.text is not valid base64";
}

void TestImportHar::skipped()
{
    QFETCH(int, entry);
    QFETCH(QString, reason);
    const QString where = QStringLiteral("features.har: log.entries[%1]").arg(entry);
    verifySkipped(m_features, where, reason);
}

void TestImportHar::fileNotes()
{
    QCOMPARE(m_features.exchanges.size(), 5);
    QCOMPARE(notesOf(m_features, CaptureNote::Kind::Skipped).size(), 5);
    QCOMPARE(notesOf(m_features, CaptureNote::Kind::Info),
             QStringList{QStringLiteral("features.har: requests went to https://api.example.com, http://localhost:8080, "
                                        "https://cdn.example.com (scheme and host are not part of an interaction)")});
    QCOMPARE(notesOf(m_features, CaptureNote::Kind::Dropped),
             QStringList{QStringLiteral("features.har: Content-Encoding left out of 1 response(s): HAR saves bodies decoded")});
}

void TestImportHar::chromeExport()
{
    const Import::Result r = Import::readFile(Import::Format::Har, importData(QStringLiteral("chrome.har")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.batch.exchanges.size(), 3);
    const CapturedExchange &list = r.batch.exchanges.at(0);
    QCOMPARE(list.request.path, QStringLiteral("/api/orders"));
    QCOMPARE(list.request.query.toQueryString(), QStringLiteral("status=SHIPPED&limit=20"));
    QCOMPARE(list.request.headers.names(), (QStringList{QStringLiteral("accept"), QStringLiteral("authorization"),
                                                        QStringLiteral("sec-fetch-mode"), QStringLiteral("user-agent")}));
    QVERIFY(!list.response.headers.contains(QStringLiteral("content-encoding")));
    QCOMPARE(bodyText(list.response.body),
             QStringLiteral(R"(json [{"id":1041,"placedAt":"2026-02-01T10:00:00Z","status":"SHIPPED","total":59.9}])"));
    QCOMPARE(list.response.body.contentType, QStringLiteral("application/json"));

    const CapturedExchange &preflight = r.batch.exchanges.at(1);
    QCOMPARE(preflight.request.method, QStringLiteral("OPTIONS"));
    QCOMPARE(preflight.response.status, 204);

    const CapturedExchange &cart = r.batch.exchanges.at(2);
    QCOMPARE(cart.request.headers.values(QStringLiteral("Cookie")), QStringList{QStringLiteral("cart=77; theme=dark")});
    QCOMPARE(bodyText(cart.request.body), QStringLiteral(R"(json {"quantity":2.50,"sku":"SKU-1"})"));
    QCOMPARE(bodyText(cart.response.body), QStringLiteral(R"(json {"cartId":78,"items":1})"));
    QCOMPARE(cart.response.headers.value(QStringLiteral("set-cookie")), QStringLiteral("cart=78; Path=/; HttpOnly"));

    QCOMPARE(notesOf(r.batch, CaptureNote::Kind::Skipped),
             (QStringList{QStringLiteral("chrome.har: log.entries[3]: response body not saved (content.text missing)"),
                          QStringLiteral("chrome.har: log.entries[4]: WebSocket entry")}));
}

void TestImportHar::errors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    const QByteArray entryHead = R"({"log": {"version": "1.2", "entries": [{"request": {"method": "GET", "url": "https://h/a", )";
    QTest::newRow("syntax") << QByteArray("{\n  \"log\": {\n    \"entries\": [,]\n  }\n}") << "x.har:3:18: not valid JSON: illegal value";
    QTest::newRow("unterminated") << QByteArray("{\"log\": {\"entries\": [\n{\"request\": \"abc") << "x.har:2:17: not valid JSON: unterminated string";
    QTest::newRow("empty") << QByteArray(" \n") << "x.har: the file is empty";
    QTest::newRow("array at the top") << QByteArray("[]") << "x.har: not a HAR file: no \"log\" object at the top";
    QTest::newRow("postman, not har") << QByteArray(R"({"info": {}, "item": []})") << "x.har: not a HAR file: no \"log\" object at the top";
    QTest::newRow("no entries") << QByteArray(R"({"log": {"version": "1.2"}})") << "x.har: log.entries: missing";
    QTest::newRow("entries object") << QByteArray(R"({"log": {"entries": {}}})") << "x.har: log.entries: expected an array, found an object";
    QTest::newRow("entry not object") << QByteArray(R"({"log": {"entries": [{}, 3]}})") << "x.har: log.entries[0].request: missing";
    QTest::newRow("status string") << entryHead + R"("headers": []}, "response": {"status": "200"}}]}})"
                                   << "x.har: log.entries[0].response.status: expected a number, found a string";
    QTest::newRow("url missing") << QByteArray(R"({"log": {"entries": [{"request": {"method": "GET"}, "response": {"status": 200}}]}})")
                                 << "x.har: log.entries[0].request.url: missing";
    QTest::newRow("header name missing") << entryHead + R"("headers": [{"name": "a", "value": "1"}, {"value": "2"}]}, "response": {"status": 200}}]}})"
                                         << "x.har: log.entries[0].request.headers[1].name: missing";
    QTest::newRow("headers object") << entryHead + R"("headers": {}}, "response": {"status": 200}}]}})"
                                    << "x.har: log.entries[0].request.headers: expected an array, found an object";
    QTest::newRow("fractional status") << entryHead + R"("headers": []}, "response": {"status": 200.5}}]}})"
                                       << "x.har: log.entries[0].response.status: expected an integer, found 200.5";
    QTest::newRow("text not string") << entryHead + R"("headers": []}, "response": {"status": 200, "content": {"text": 5}}}]}})"
                                     << "x.har: log.entries[0].response.content.text: expected a string, found a number";
}

void TestImportHar::errors()
{
    QFETCH(QByteArray, data);
    const Import::Result r = Import::readHar(data, QStringLiteral("x.har"));
    QTEST(r.error, "error");
    QVERIFY(r.batch.exchanges.isEmpty());
}

void TestImportHar::entryLimit()
{
    QByteArray data = R"({"log": {"entries": [)";
    for (int i = 0; i <= Import::MaxEntries; ++i)
        data += i ? ",{}" : "{}";
    data += "]}}";
    QCOMPARE(Import::readHar(data, QStringLiteral("x.har")).error,
             QStringLiteral("x.har: log.entries: 100001 entries: more than the limit of 100,000 entries"));
}

void TestImportHar::fileLimits()
{
    QCOMPARE(Import::readFile(Import::Format::Har, QStringLiteral("/nonexistent/nope.har")).error,
             QStringLiteral("/nonexistent/nope.har: no such file"));
    QTemporaryDir dir;
    QFile big(dir.filePath(QStringLiteral("big.har")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(Import::MaxInputBytes + 1)); // sparse: nothing is written
    big.close();
    const QString error = Import::readFile(Import::Format::Har, big.fileName()).error;
    QCOMPARE(error, big.fileName() + QStringLiteral(": the file has 268435457 bytes: more than the limit of 256 MiB"));
}

void TestImportHar::detectFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format"); // empty: not recognised
    QTest::newRow("har") << "features.har" << "har";
    QTest::newRow("chrome har") << "chrome.har" << "har";
    QTest::newRow("curl bash") << "firefox.txt" << "curl";
    QTest::newRow("curl cmd") << "chrome-cmd.txt" << "curl";
    QTest::newRow("wiremock single") << "wiremock/mappings/01-get-order.json" << "wiremock";
    QTest::newRow("wiremock list") << "wiremock/mappings/02-orders.json" << "wiremock";
    QTest::newRow("postman") << "postman/shop.postman_collection.json" << "postman";
    QTest::newRow("body file") << "wiremock/__files/orders/open.json" << "";
    QTest::newRow("text") << "wiremock/mappings/README.txt" << "";
}

void TestImportHar::detectFormat()
{
    QFETCH(QString, file);
    const std::optional<Import::Format> format = Import::detect(readAll(importData(file)));
    QTEST(format ? Import::formatName(*format) : QString(), "format");
}

void TestImportHar::formatNames()
{
    for (const Import::Format f : {Import::Format::Har, Import::Format::Curl, Import::Format::WireMock, Import::Format::Postman})
        QCOMPARE(Import::formatFromName(Import::formatName(f).toUpper()), f);
    QCOMPARE(Import::formatFromName(QStringLiteral("openapi")), std::nullopt);
}

QTEST_GUILESS_MAIN(TestImportHar)
#include "tst_importhar.moc"
