// SPDX-License-Identifier: MIT
// The curl importer: options and shell quoting one command at a time, browsers' "Copy as cURL" in bash
// (data/firefox.txt) and cmd (data/chrome-cmd.txt) form, skipped commands and located errors.
#include "importtestutil.h"

using namespace Pactbench;
using namespace Pactbench::Test;

namespace {

Import::Result readText(const QString &text)
{
    return Import::readCurl(text.toUtf8(), QStringLiteral("curl.txt"));
}

} // namespace

class TestImportCurl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commands_data();
    void commands();
    void skipped_data();
    void skipped();
    void linesAndNotes();
    void firefoxBash();
    void chromeCmd();
    void errors_data();
    void errors();
};

void TestImportCurl::commands_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("headers");
    QTest::addColumn<QString>("body");

    const QString form = QStringLiteral("Content-Type: application/x-www-form-urlencoded");
    QTest::newRow("plain GET") << "curl https://api.example.com/orders?status=open" << "GET" << "/orders" << "status=open" << "" << "none";
    QTest::newRow("no scheme, decoded path") << "curl example.com/files/a%20b" << "GET" << "/files/a b" << "" << "" << "none";
    QTest::newRow("-X PUT json") << "curl -X PUT -H 'Content-Type: application/json' -d '{\"a\":1}' https://h/items/1"
                                 << "PUT" << "/items/1" << "" << "Content-Type: application/json" << R"(json {"a":1})";
    QTest::newRow("-d joined with &, POST, form type") << "curl https://h/f -d a=1 -d b=2" << "POST" << "/f" << "" << form << "text a=1&b=2";
    QTest::newRow("-G moves data to the query") << "curl -G https://h/s?x=0 -d q=red -d n=2" << "GET" << "/s" << "x=0&q=red&n=2" << "" << "none";
    QTest::newRow("--data-urlencode") << "curl https://h/f --data-urlencode 'msg=hello world' --data-urlencode '=x&y' --data-urlencode 'a b'"
                                      << "POST" << "/f" << "" << form << "text msg=hello%20world&x%26y&a%20b";
    QTest::newRow("--data-binary and --data-ascii") << "curl https://h/f --data-binary 'x=1' --data-ascii y=2" << "POST" << "/f" << ""
                                                    << form << "text x=1&y=2";
    QTest::newRow("-u basic") << "curl -u alice:secret https://h/me" << "GET" << "/me" << "" << "Authorization: Basic YWxpY2U6c2VjcmV0" << "none";
    QTest::newRow("-u without password") << "curl -u alice https://h/me" << "GET" << "/me" << "" << "Authorization: Basic YWxpY2U6" << "none";
    QTest::newRow("--oauth2-bearer") << "curl --oauth2-bearer tok123 https://h/me" << "GET" << "/me" << "" << "Authorization: Bearer tok123" << "none";
    QTest::newRow("-b cookies joined, cookie file ignored") << "curl -b 'a=1; b=2' -b c=3 -b jar.txt https://h/" << "GET" << "/" << ""
                                                             << "Cookie: a=1; b=2; c=3" << "none";
    QTest::newRow("-A -e -r") << "curl -A 'agent/1.0' -e 'https://ref.example/;auto' -r 0-99 https://h/big" << "GET" << "/big" << ""
                              << "User-Agent: agent/1.0\nReferer: https://ref.example/\nRange: bytes=0-99" << "none";
    QTest::newRow("-H wins over -A") << "curl -A a/1 -H 'User-Agent: b/2' https://h/" << "GET" << "/" << "" << "User-Agent: b/2" << "none";
    QTest::newRow("empty and removed headers") << "curl -H 'X-Empty;' -H 'Accept:' -H 'X-Keep: v' https://h/" << "GET" << "/" << ""
                                               << "X-Empty: \nX-Keep: v" << "none";
    QTest::newRow("--json") << "curl --json '{\"k\":true}' https://h/j" << "POST" << "/j" << ""
                            << "Accept: application/json\nContent-Type: application/json" << R"(json {"k":true})";
    QTest::newRow("-I head") << "curl -sI https://h/ping" << "HEAD" << "/ping" << "" << "" << "none";
    QTest::newRow("clustered short options, attached values") << "curl -sSLkXPOST -H'X-A: 1' https://h/c" << "POST" << "/c" << ""
                                                              << "X-A: 1" << "none";
    QTest::newRow("--url and ignorable options with values") << "curl --url https://h/u -o out.txt -m 5 --connect-timeout 3 -w '%{http_code}' --compressed"
                                                             << "GET" << "/u" << "" << "" << "none";
    QTest::newRow("double quotes and escapes") << R"(curl "https://h/q" -H "X-Q: say \"hi\" \$HOME \\ \x")" << "GET" << "/q" << ""
                                               << R"(X-Q: say "hi" $HOME \ \x)" << "none";
    QTest::newRow("$'…' quoting") << "curl $'https://h/t' -H $'X-T: tab\\there \\x41\\u00e9\\'q\\'' --data-raw $'{\"s\":\"\\xe2\\x82\\xac\"}' -H 'Content-Type: application/json'"
                                  << "POST" << "/t" << "" << "X-T: tab\there Aé'q'\nContent-Type: application/json" << "json {\"s\":\"€\"}";
    QTest::newRow("adjacent quoted parts") << "curl 'https://h/'\"a b\"'/c' -d 'it'\\''s'" << "POST" << "/a b/c" << "" << form << "text it's";
    QTest::newRow("backslash continuations") << "curl 'https://h/multi' \\\n  -H 'A: 1' \\\n  -H 'B: 2' \\\n  --compressed"
                                             << "GET" << "/multi" << "" << "A: 1\nB: 2" << "none";
    QTest::newRow("-X overrides -G") << "curl -G -X DELETE https://h/d -d id=4" << "DELETE" << "/d" << "id=4" << "" << "none";
}

void TestImportCurl::commands()
{
    QFETCH(QString, command);
    const Import::Result r = readText(command);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.batch.exchanges.size(), 1);
    const CapturedExchange &e = r.batch.exchanges.first();
    QTEST(e.request.method, "method");
    QTEST(e.request.path, "path");
    QTEST(e.request.query.toQueryString(), "query");
    QTEST(headerLines(e.request.headers), "headers");
    QTEST(bodyText(e.request.body), "body");
    QCOMPARE(e.response.status, 200);
    QVERIFY(!e.response.body.isPresent());
    QCOMPARE(e.source, QStringLiteral("curl.txt:1"));
}

void TestImportCurl::skipped_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("reason");
    QTest::newRow("-F") << "curl -F 'file=@a.png' https://h/up" << "curl option --form not supported";
    QTest::newRow("--form-string") << "curl --form-string a=b https://h/up" << "curl option --form-string not supported";
    QTest::newRow("-T") << "curl -T a.txt https://h/up" << "curl option --upload-file not supported";
    QTest::newRow("--digest") << "curl --digest -u a:b https://h/" << "curl option --digest not supported";
    QTest::newRow("unknown long") << "curl --foo https://h/" << "unknown curl option --foo";
    QTest::newRow("unknown short in a cluster") << "curl -sQ https://h/" << "unknown curl option -Q";
    QTest::newRow("-d @file") << "curl -d @body.json https://h/" << "curl option --data @file reads a file: not supported";
    QTest::newRow("-H @file") << "curl -H @headers.txt https://h/" << "curl option --header @file reads a file: not supported";
    QTest::newRow("urlencode name@file") << "curl --data-urlencode name@f.txt https://h/"
                                         << "curl option --data-urlencode with @file reads a file: not supported";
    QTest::newRow("no URL") << "curl -s" << "no URL";
    QTest::newRow("two URLs") << "curl https://a/ https://b/" << "more than one URL (curl sends a request to each)";
    QTest::newRow("ftp") << "curl ftp://h/file" << "not an HTTP(S) URL (ftp:)";
    QTest::newRow("value missing") << "curl https://h/ -H" << "curl option -H needs a value";
}

void TestImportCurl::skipped()
{
    QFETCH(QString, command);
    QFETCH(QString, reason);
    const Import::Result r = readText(QStringLiteral("curl https://h/ok\n") + command);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.batch.exchanges.size(), 1);
    QCOMPARE(notesOf(r.batch, CaptureNote::Kind::Skipped), QStringList{QStringLiteral("curl.txt:2: ") + reason});
}

void TestImportCurl::linesAndNotes()
{
    const Import::Result r = readText(QStringLiteral("# first\ncurl https://a.example/x \\\n  -H 'A: 1'\n\n\ncurl 'https://b.example/y\nz' -d 1\n"
                                                     "curl http://a.example/w"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.batch.exchanges.size(), 3);
    QCOMPARE(r.batch.exchanges.at(0).source, QStringLiteral("curl.txt:2"));
    QCOMPARE(r.batch.exchanges.at(1).source, QStringLiteral("curl.txt:6"));
    QCOMPARE(r.batch.exchanges.at(1).request.path, QStringLiteral("/y\nz"));
    QCOMPARE(r.batch.exchanges.at(2).source, QStringLiteral("curl.txt:8"));
    QCOMPARE(notesOf(r.batch, CaptureNote::Kind::Info),
             (QStringList{QStringLiteral("curl.txt: no response in a curl command; 200 with no body assumed — record against "
                                         "the provider to get real responses"),
                          QStringLiteral("curl.txt: requests went to https://a.example, https://b.example, http://a.example "
                                         "(scheme and host are not part of an interaction)")}));
}

void TestImportCurl::firefoxBash()
{
    const Import::Result r = Import::readFile(Import::Format::Curl, importData(QStringLiteral("firefox.txt")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.batch.exchanges.size(), 2);
    const HttpRequest &post = r.batch.exchanges.at(0).request;
    QCOMPARE(r.batch.exchanges.at(0).source, QStringLiteral("firefox.txt:2"));
    QCOMPARE(post.method, QStringLiteral("POST"));
    QCOMPARE(post.path, QStringLiteral("/api/cart/items"));
    QCOMPARE(post.query.toQueryString(), QStringLiteral("expand=product"));
    QCOMPARE(post.headers.size(), 14);
    QCOMPARE(post.headers.value(QStringLiteral("Cookie")), QStringLiteral("session=abc123; theme=dark"));
    QCOMPARE(bodyText(post.body), QStringLiteral("json {\"note\":\"it's a gift\",\"productId\":42,\"quantity\":2}"));

    const HttpRequest &get = r.batch.exchanges.at(1).request;
    QCOMPARE(r.batch.exchanges.at(1).source, QStringLiteral("firefox.txt:4"));
    QCOMPARE(get.method, QStringLiteral("GET"));
    QCOMPARE(get.path, QStringLiteral("/api/orders/1041"));
    QCOMPARE(get.headers.size(), 12);
    QCOMPARE(get.headers.value(QStringLiteral("If-None-Match")), QStringLiteral("W/\"5f-1a2b\""));
    QCOMPARE(get.headers.entries().last().first, QStringLiteral("TE"));
    QVERIFY(notesOf(r.batch, CaptureNote::Kind::Skipped).isEmpty());
}

void TestImportCurl::chromeCmd()
{
    const Import::Result r = Import::readFile(Import::Format::Curl, importData(QStringLiteral("chrome-cmd.txt")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.batch.exchanges.size(), 2);
    const HttpRequest &search = r.batch.exchanges.at(0).request;
    QCOMPARE(search.method, QStringLiteral("POST"));
    QCOMPARE(search.path, QStringLiteral("/api/search"));
    QCOMPARE(search.query.toQueryString(), QStringLiteral("q=red%20shoes&page=2"));
    QCOMPARE(headerLines(search.headers),
             QStringLiteral("Cookie: session=abc123; theme=dark\naccept: application/json\naccept-language: en-US,en;q=0.9\n"
                            "content-type: application/json\norigin: https://shop.example.com\n"
                            "user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                            "Chrome/131.0.0.0 Safari/537.36"));
    QCOMPARE(bodyText(search.body), QStringLiteral(R"(json {"filters":["red","50%"]})"));
    QCOMPARE(r.batch.exchanges.at(1).source, QStringLiteral("chrome-cmd.txt:10"));
    QCOMPARE(r.batch.exchanges.at(1).request.headers.value(QStringLiteral("accept")), QStringLiteral("*/*"));
}

void TestImportCurl::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("single quote") << "curl https://h/\ncurl -H 'A: 1' 'https://h/\n" << "curl.txt:2:16: unterminated single quote";
    QTest::newRow("double quote") << "curl \"https://h/" << "curl.txt:1:6: unterminated double quote";
    QTest::newRow("ansi quote") << "curl $'https://h/" << "curl.txt:1:7: unterminated $' quote";
    QTest::newRow("not curl") << "curl https://h/\n\nwget https://h/" << "curl.txt:3: not a curl command (it starts with \"wget\")";
    QTest::newRow("only comments") << "# nothing\n\n" << "curl.txt: no curl command in the file";
    QTest::newRow("empty") << "" << "curl.txt: no curl command in the file";
}

void TestImportCurl::errors()
{
    QFETCH(QString, text);
    const Import::Result r = readText(text);
    QTEST(r.error, "error");
    QVERIFY(r.batch.exchanges.isEmpty());
}

QTEST_GUILESS_MAIN(TestImportCurl)
#include "tst_importcurl.moc"
