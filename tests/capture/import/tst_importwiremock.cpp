// SPDX-License-Identifier: MIT
// The WireMock importer: a mappings/ + __files/ layout (data/wiremock), read as a root folder, a mappings
// folder, a single file and plain data; stubs it skips with their reasons; malformed mappings.
#include "importtestutil.h"

#include <QTemporaryDir>

using namespace Pactbench;
using namespace Pactbench::Test;

class TestImportWireMock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exchanges_data();
    void exchanges();
    void skipped_data();
    void skipped();
    void infoNotes();
    void providerStateAndDescription();
    void layouts_data();
    void layouts();
    void dataWithoutFilesFolder();
    void errors_data();
    void errors();
    void folderErrors();

private:
    CaptureBatch m_root;
};

void TestImportWireMock::initTestCase()
{
    const Import::Result r = Import::readFile(Import::Format::WireMock, importData(QStringLiteral("wiremock")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    m_root = r.batch;
}

void TestImportWireMock::exchanges_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("requestHeaders");
    QTest::addColumn<QString>("requestBody");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("responseHeaders");
    QTest::addColumn<QString>("responseBody");

    const QString list = QStringLiteral("mappings/02-orders.json: mappings[%1]");
    QTest::newRow("url with query, jsonBody") << "mappings/01-get-order.json" << "GET" << "/orders/7" << "expand=items" << ""
        << "none" << 200 << "Content-Type: application/json" << R"(json {"id":7,"items":[{"price":9.5,"sku":"A-1"}]})";
    QTest::newRow("urlPath, equalTo query and header, bodyFileName") << list.arg(0) << "GET" << "/orders" << "status=open"
        << "Accept: application/json" << "none" << 200 << "Cache-Control: no-cache\nContent-Type: application/json"
        << R"(json [{"id":7,"status":"open"}])";
    QTest::newRow("basic auth, equalToJson, text body") << list.arg(5) << "POST" << "/orders" << ""
        << "Content-Type: application/json\nAuthorization: Basic c2hvcDpzM2NyZXQ=" << R"(json {"qty":2,"sku":"A-1"})" << 201
        << "Location: /orders/8" << "text created";
    QTest::newRow("urlPathTemplate, base64Body") << list.arg(6) << "GET" << "/customers/42/avatar" << "" << "" << "none" << 200
        << "Content-Type: image/gif" << "bytes 474946383961010001000000002c";
    QTest::newRow("cookies, header arrays, template body") << list.arg(9) << "PUT" << "/session" << ""
        << "Cookie: session=abc; theme=dark" << "none" << 200 << "Set-Cookie: a=1\nSet-Cookie: b=2\nX-Count: 0.1"
        << R"(json {"user":"{{request.headers.X-User}}"})";
    QTest::newRow("second body pattern equalTo") << list.arg(10) << "POST" << "/search" << "" << "" << "text q=shoes" << 200 << ""
        << "none";
    QTest::newRow("file in a sub-folder, text body") << "mappings/customers/03-health.json" << "GET" << "/health" << "" << "" << "none"
        << 200 << "Content-Type: text/plain" << "text OK";
}

void TestImportWireMock::exchanges()
{
    QFETCH(QString, source);
    const CapturedExchange *e = exchangeAt(m_root, source);
    QVERIFY2(e, qPrintable(source));
    QTEST(e->request.method, "method");
    QTEST(e->request.path, "path");
    QTEST(e->request.query.toQueryString(), "query");
    QTEST(headerLines(e->request.headers), "requestHeaders");
    QTEST(bodyText(e->request.body), "requestBody");
    QTEST(e->response.status, "status");
    QTEST(headerLines(e->response.headers), "responseHeaders");
    QTEST(bodyText(e->response.body), "responseBody");
}

void TestImportWireMock::skipped_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("reason");
    QTest::newRow("urlPathPattern") << 1 << "urlPathPattern \"/orders/[0-9]+\": a regex gives no example path";
    QTest::newRow("ANY") << 2 << "method ANY: the stub matches every method, no example request";
    QTest::newRow("fault") << 3 << "fault response (CONNECTION_RESET_BY_PEER): no HTTP response";
    QTest::newRow("proxy") << 4 << "proxy stub: its responses come from https://legacy.example.com";
    QTest::newRow("outside __files") << 7 << "bodyFileName \"../../features.har\" is outside the __files folder";
    QTest::newRow("missing body file") << 8 << "bodyFileName \"missing.json\": no such file in __files";
}

void TestImportWireMock::skipped()
{
    QFETCH(int, index);
    QFETCH(QString, reason);
    const QString where = QStringLiteral("mappings/02-orders.json: mappings[%1]").arg(index);
    verifySkipped(m_root, where, reason);
}

void TestImportWireMock::infoNotes()
{
    QCOMPARE(m_root.exchanges.size(), 7);
    QCOMPARE(notesOf(m_root, CaptureNote::Kind::Skipped).size(), 6);
    const QString w = QStringLiteral("mappings/02-orders.json: ");
    QCOMPARE(notesOf(m_root, CaptureNote::Kind::Info),
             (QStringList{w + QStringLiteral("mappings[0]: query parameter \"page\": matcher \"matches\" gives no example value; left out"),
                          w + QStringLiteral("mappings[0]: header \"X-Trace\": matcher \"matches\" gives no example value; left out"),
                          w + QStringLiteral("mappings[9]: body pattern \"matchesJsonPath\" gives no example body; left out"),
                          w + QStringLiteral("mappings[9]: response template: {{…}} expressions kept as written")}));
}

void TestImportWireMock::providerStateAndDescription()
{
    const CapturedExchange *order = exchangeAt(m_root, QStringLiteral("mappings/02-orders.json: mappings[5]"));
    QVERIFY(order);
    QCOMPARE(order->description, QStringLiteral("place an order"));
    QCOMPARE(order->providerStates.size(), 1);
    QCOMPARE(order->providerStates.first().name, QStringLiteral("Order flow: Started"));
    QCOMPARE(order->providerStates.first().params.value(QStringLiteral("scenario")).toString(), QStringLiteral("Order flow"));
    QCOMPARE(order->providerStates.first().params.value(QStringLiteral("state")).toString(), QStringLiteral("Started"));
    QCOMPARE(exchangeAt(m_root, QStringLiteral("mappings/01-get-order.json"))->description, QStringLiteral("get order 7"));
    QVERIFY(exchangeAt(m_root, QStringLiteral("mappings/customers/03-health.json"))->description.isEmpty());
}

void TestImportWireMock::layouts_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("firstSource");
    QTest::addColumn<QString>("bodyFileSource");
    QTest::addColumn<int>("exchanges");
    QTest::newRow("mappings folder") << "wiremock/mappings" << "01-get-order.json" << "02-orders.json: mappings[0]" << 7;
    QTest::newRow("one file, __files beside mappings") << "wiremock/mappings/02-orders.json" << "02-orders.json: mappings[0]"
                                                       << "02-orders.json: mappings[0]" << 5;
}

void TestImportWireMock::layouts()
{
    QFETCH(QString, path);
    const Import::Result r = Import::readFile(Import::Format::WireMock, importData(path));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QTEST(int(r.batch.exchanges.size()), "exchanges");
    QTEST(r.batch.exchanges.first().source, "firstSource");
    QFETCH(QString, bodyFileSource);
    const CapturedExchange *e = exchangeAt(r.batch, bodyFileSource);
    QVERIFY(e);
    QCOMPARE(bodyText(e->response.body), QStringLiteral(R"(json [{"id":7,"status":"open"}])"));
}

void TestImportWireMock::dataWithoutFilesFolder()
{
    const QByteArray data = readAll(importData(QStringLiteral("wiremock/mappings/02-orders.json")));
    const Import::Result r = Import::readWireMock(data, QStringLiteral("stubs.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(notesOf(r.batch, CaptureNote::Kind::Skipped)
                .contains(QStringLiteral("stubs.json: mappings[0]: bodyFileName \"orders/open.json\": no __files folder to read it from")));
    const Import::Result withFiles = Import::readWireMock(data, QStringLiteral("stubs.json"), importData(QStringLiteral("wiremock/__files/")));
    QVERIFY(exchangeAt(withFiles.batch, QStringLiteral("stubs.json: mappings[0]")));
}

void TestImportWireMock::errors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    QTest::newRow("syntax") << QByteArray("{\"request\": {\"method\": \"GET\"\n  \"url\": \"/a\"}}") << "x.json:2:4: not valid JSON: unterminated object";
    QTest::newRow("mappings object") << QByteArray(R"({"mappings": {}})") << "x.json: mappings: expected an array, found an object";
    QTest::newRow("not a mapping") << QByteArray(R"({"foo": 1})") << "x.json: not a WireMock stub mapping: no \"request\" or \"mappings\" at the top";
    QTest::newRow("array at the top") << QByteArray("[]") << "x.json: not a WireMock stub mapping: no \"request\" or \"mappings\" at the top";
    QTest::newRow("mapping not object") << QByteArray(R"({"mappings": [7]})") << "x.json: mappings[0]: expected an object (a stub mapping)";
    QTest::newRow("status string") << QByteArray(R"({"mappings": [{"request": {"url": "/a", "method": "GET"}, "response": {"status": "200"}}]})")
                                   << "x.json: mappings[0].response.status: expected a number, found a string";
    QTest::newRow("no response") << QByteArray(R"({"request": {"url": "/a", "method": "GET"}})") << "x.json: response: missing";
    QTest::newRow("header value object") << QByteArray(R"({"request": {"url": "/a", "method": "GET"}, "response": {"headers": {"X-A": {}}}})")
                                         << "x.json: response.headers[\"X-A\"]: expected a string, found an object";
    QTest::newRow("matcher not object") << QByteArray(R"({"request": {"urlPath": "/a", "method": "GET", "queryParameters": {"q": "x"}}, "response": {}})")
                                        << "x.json: request.queryParameters.q: expected an object, found a string";
    QTest::newRow("bodyPatterns object") << QByteArray(R"({"request": {"url": "/a", "method": "POST", "bodyPatterns": {}}, "response": {}})")
                                         << "x.json: request.bodyPatterns: expected an array, found an object";
}

void TestImportWireMock::errors()
{
    QFETCH(QByteArray, data);
    const Import::Result r = Import::readWireMock(data, QStringLiteral("x.json"));
    QTEST(r.error, "error");
    QVERIFY(r.batch.exchanges.isEmpty());
}

void TestImportWireMock::folderErrors()
{
    const Import::Result bad = Import::readFile(Import::Format::WireMock, importData(QStringLiteral("wiremock-bad")));
    QCOMPARE(bad.error, QStringLiteral("mappings/b-bad.json:3:31: not valid JSON: object is missing after a comma"));
    QTemporaryDir empty;
    const Import::Result none = Import::readFile(Import::Format::WireMock, empty.path());
    QCOMPARE(none.error, empty.path() + QStringLiteral(": no .json mapping files in the folder"));
}

QTEST_GUILESS_MAIN(TestImportWireMock)
#include "tst_importwiremock.moc"
