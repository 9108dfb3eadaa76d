// SPDX-License-Identifier: MIT
// The Postman importer: a collection with folders, variables, inherited and overridden auth and every body
// mode (data/postman/shop.postman_collection.json); skipped requests with reasons; malformed collections.
#include "importtestutil.h"

using namespace Pactbench;
using namespace Pactbench::Test;

namespace {

const QString kFile = QStringLiteral("shop.postman_collection.json");
const QByteArray kHead = R"({"info": {"name": "t", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, )";

} // namespace

class TestImportPostman : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exchanges_data();
    void exchanges();
    void skipped_data();
    void skipped();
    void notes();
    void multipartBody();
    void version20AuthObjects();
    void errors_data();
    void errors();
    void folderDepthLimit();

private:
    CaptureBatch m_shop;
};

void TestImportPostman::initTestCase()
{
    const Import::Result r = Import::readFile(Import::Format::Postman, importData(QStringLiteral("postman/") + kFile));
    QVERIFY2(r.ok(), qPrintable(r.error));
    m_shop = r.batch;
}

void TestImportPostman::exchanges_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("request"); // "METHOD path?query"
    QTest::addColumn<QString>("requestHeaders");
    QTest::addColumn<QString>("requestBody");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("responseHeaders");
    QTest::addColumn<QString>("responseBody");

    const QString bearer = QStringLiteral("Authorization: Bearer t0k3n");
    QTest::newRow("originalRequest preferred, collection bearer, folder variable")
        << "item[0].item[0].response[0]" << "List orders (open orders)" << "GET /v1/orders?status=open&page=2"
        << QStringLiteral("Accept: application/json\n") + bearer << "none" << 200 << "Content-Type: application/json\nX-Total: 1"
        << R"(json [{"id":1041,"status":"open"}])";
    QTest::newRow("item request, disabled header and query left out, preview language json")
        << "item[0].item[0].response[1]" << "List orders" << "GET /v1/orders?status=open&page=1" << QStringLiteral("Accept: application/json\n") + bearer
        << "none" << 200 << "" << "json []";
    QTest::newRow("path variable from a variable, number as written") << "item[0].item[1].response[0]" << "Get order (found)"
        << "GET /v1/orders/1041" << bearer << "none" << 200 << "" << R"(json {"id":1041,"total":12.50})";
    QTest::newRow("404 example, empty body") << "item[0].item[1].response[1]" << "Get order (not found)" << "GET /v1/orders/1041"
        << bearer << "none" << 404 << "" << "none";
    QTest::newRow("noauth, raw json with language, number variable, header string")
        << "item[0].item[2].response[0]" << "Create order (created)" << "POST /v1/orders"
        << "X-Request-Id: {{$guid}}\nContent-Type: application/json" << R"(json {"qty":2,"sku":"A-1"})" << 201
        << "Location: /orders/1042\nContent-Type: application/json" << R"(json {"id":1042})";
    QTest::newRow("folder apikey header, unresolved value kept") << "item[0].item[4].item[0].response[0]" << "Purge cache (purged)"
        << "DELETE /v1/admin/cache" << "X-API-Key: {{adminKey}}" << "none" << 204 << "" << "none";
    QTest::newRow("basic auth over the folder's, urlencoded") << "item[0].item[4].item[2].response[0]" << "Login form (ok)"
        << "POST /v1/admin/login" << "Authorization: Basic c2hvcDpzM2NyZXQ=\nContent-Type: application/x-www-form-urlencoded"
        << "text remember=yes%20please" << 200 << "Set-Cookie: sid=1" << "none";
    QTest::newRow("graphql, apikey in the query") << "item[1].response[0]" << "GraphQL search (results)" << "POST /v1/graphql?api_key=k1"
        << "Content-Type: application/json"
        << R"(json {"query":"query($q: String) { search(q: $q) { id } }","variables":{"q":"red"}})" << 200
        << "Content-Type: application/json" << R"(json {"data":{"search":[]}})";
    QTest::newRow("request as a URL string") << "item[2].response[0]" << "Legacy ping (pong)" << "GET /ping" << bearer << "none" << 200
        << "" << "text pong";
    QTest::newRow("unsupported auth left out") << "item[4].response[0]" << "Digest protected (ok)" << "GET /v1/digest" << "" << "none"
        << 200 << "" << "none";
}

void TestImportPostman::exchanges()
{
    QFETCH(QString, path);
    const CapturedExchange *e = exchangeAt(m_shop, kFile + QStringLiteral(": ") + path);
    QVERIFY2(e, qPrintable(path));
    QTEST(e->description, "description");
    const QString query = e->request.query.toQueryString();
    QString request = e->request.method + u' ' + e->request.path;
    if (!query.isEmpty())
        request += u'?' + query;
    QTEST(request, "request");
    QTEST(headerLines(e->request.headers), "requestHeaders");
    QTEST(bodyText(e->request.body), "requestBody");
    QTEST(e->response.status, "status");
    QTEST(headerLines(e->response.headers), "responseHeaders");
    QTEST(bodyText(e->response.body), "responseBody");
}

void TestImportPostman::skipped_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no example") << "item[0].item[3]" << "no saved example response";
    QTest::newRow("form-data file") << "item[0].item[4].item[1].response[0]" << "form-data file field \"file\": the file is not in the collection";
    QTest::newRow("no status code") << "item[5].response[0]" << "saved example has no status code";
}

void TestImportPostman::skipped()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    const QString where = kFile + QStringLiteral(": ") + path;
    verifySkipped(m_shop, where, reason);
}

void TestImportPostman::notes()
{
    QCOMPARE(m_shop.exchanges.size(), 11);
    QCOMPARE(notesOf(m_shop, CaptureNote::Kind::Skipped).size(), 3);
    QCOMPARE(notesOf(m_shop, CaptureNote::Kind::Info),
             (QStringList{kFile + QStringLiteral(": item[4].response[0]: auth type \"digest\" not applied: the request is imported without it"),
                          kFile + QStringLiteral(": variables without a value in the collection, kept as written: {{$guid}}, {{adminKey}}"),
                          kFile + QStringLiteral(": requests went to https://api.example.com, https://legacy.example.com "
                                                 "(scheme and host are not part of an interaction)")}));
}

void TestImportPostman::multipartBody()
{
    const CapturedExchange *e = exchangeAt(m_shop, kFile + QStringLiteral(": item[3].response[0]"));
    QVERIFY(e);
    QCOMPARE(e->description, QStringLiteral("Multipart note"));
    const QString type = e->request.headers.value(QStringLiteral("Content-Type"));
    QVERIFY2(type.startsWith(QStringLiteral("multipart/form-data; boundary=")), qPrintable(type));
    const QByteArray boundary = type.mid(type.indexOf(u'=') + 1).toLatin1();
    QCOMPARE(e->request.body.bytes, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--" + boundary + "--\r\n");
    QVERIFY(!e->request.headers.contains(QStringLiteral("Authorization")));
}

void TestImportPostman::version20AuthObjects()
{
    const QByteArray data = R"({"info": {"name": "t", "schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
        "auth": {"type": "bearer", "bearer": {"token": "abc"}},
        "item": [{"name": "a", "request": {"url": "http://h/a", "method": "GET"}, "response": [{"code": 200}]},
                 {"name": "b", "request": {"url": "http://h/b", "method": "GET", "auth": {"type": "basic", "basic": {"username": "u", "password": "p"}}},
                  "response": [{"code": 200}]}]})";
    const Import::Result r = Import::readPostman(data, QStringLiteral("v20.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.batch.exchanges.size(), 2);
    QCOMPARE(headerLines(r.batch.exchanges.at(0).request.headers), QStringLiteral("Authorization: Bearer abc"));
    QCOMPARE(headerLines(r.batch.exchanges.at(1).request.headers), QStringLiteral("Authorization: Basic dTpw"));
}

void TestImportPostman::errors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    QTest::newRow("syntax") << QByteArray("{\n\"info\": {\n\"name\": 'x'}}") << "x.json:3:9: not valid JSON: illegal number";
    QTest::newRow("not postman") << QByteArray(R"({"log": {"entries": []}})") << "x.json: not a Postman collection: no \"info\" object at the top";
    QTest::newRow("v1") << QByteArray(R"({"info": {"schema": "https://schema.getpostman.com/json/collection/v1.0.0/collection.json"}, "requests": []})")
                        << "x.json: info.schema: Postman collection v1 is not supported: export the collection as v2.1";
    QTest::newRow("other schema") << QByteArray(R"({"info": {"schema": "https://example.com/schema.json"}, "item": []})")
                                  << "x.json: info.schema: \"https://example.com/schema.json\" is not the Postman collection v2.1 schema";
    QTest::newRow("no schema") << QByteArray(R"({"info": {"name": "n"}, "item": []})") << "x.json: info.schema: missing: not a Postman collection v2.1";
    QTest::newRow("schema number") << QByteArray(R"({"info": {"schema": 2.1}, "item": []})") << "x.json: info.schema: expected a string, found a number";
    QTest::newRow("no item") << kHead + "\"x\": 1}" << "x.json: item: missing";
    QTest::newRow("item object") << kHead + "\"item\": {}}" << "x.json: item: expected an array, found an object";
    QTest::newRow("item number") << kHead + "\"item\": [3]}" << "x.json: item[0]: expected an object (a request or a folder)";
    QTest::newRow("header number") << kHead + R"("item": [{"request": {"url": "/a", "header": 5}, "response": [{"code": 200}]}]})"
                                   << "x.json: item[0].request.header: expected an array, found a number";
    QTest::newRow("code string") << kHead + R"("item": [{"request": {"url": "/a"}, "response": [{"code": "200"}]}]})"
                                 << "x.json: item[0].response[0].code: expected a number, found a string";
    QTest::newRow("variable list object") << kHead + R"("item": [], "variable": {"a": 1}})" << "x.json: variable: expected an array, found an object";
    QTest::newRow("request url missing") << kHead + R"("item": [{"request": {"method": "GET"}, "response": [{"code": 200}]}]})"
                                         << "x.json: item[0].request.url: missing";
}

void TestImportPostman::errors()
{
    QFETCH(QByteArray, data);
    const Import::Result r = Import::readPostman(data, QStringLiteral("x.json"));
    QTEST(r.error, "error");
    QVERIFY(r.batch.exchanges.isEmpty());
}

void TestImportPostman::folderDepthLimit()
{
    const auto nested = [](int depth) -> QByteArray {
        QByteArray items = R"([{"name": "leaf", "request": {"url": "/a"}, "response": [{"code": 200}]}])";
        for (int i = 0; i < depth; ++i)
            items = R"([{"name": "f", "item": )" + items + "}]";
        return kHead + "\"item\": " + items + '}';
    };
    const Import::Result ok = Import::readPostman(nested(64), QStringLiteral("x.json"));
    QVERIFY2(ok.ok(), qPrintable(ok.error));
    QCOMPARE(ok.batch.exchanges.size(), 1);
    const Import::Result deep = Import::readPostman(nested(65), QStringLiteral("x.json"));
    QVERIFY2(deep.error.startsWith(QStringLiteral("x.json: item[0].item[0].")), qPrintable(deep.error));
    QVERIFY2(deep.error.endsWith(QStringLiteral(".item: folders nested more than the limit of 64 deep")), qPrintable(deep.error));
}

QTEST_GUILESS_MAIN(TestImportPostman)
#include "tst_importpostman.moc"
