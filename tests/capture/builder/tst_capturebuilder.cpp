// SPDX-License-Identifier: MIT
// Captured exchanges made interactions: secrets replaced, volatile headers left out, identical
// exchanges merged, descriptions generated and unique.
#include <core/capture/pactbuilder.h>
#include <core/model/pactwriter.h>

#include <QJsonArray>
#include <QtTest>

using namespace Pactbench;

namespace {

CapturedExchange exchange(const QString &method, const QString &path, int status = 200)
{
    CapturedExchange e;
    e.request.method = method;
    e.request.path = path;
    e.response.status = status;
    e.source = QStringLiteral("recorded #1");
    return e;
}

QString ruleRegex(const MatchingRules &rules, const QString &category, const QString &key)
{
    const RuleList list = rules.category(category).value(key);
    return list.matchers.isEmpty() ? QString() : list.matchers.first().attributes.value(u"regex").toString();
}

QStringList noteTexts(const QList<CaptureNote> &notes)
{
    QStringList out;
    for (const CaptureNote &n : notes)
        out.append(formatCaptureNote(n));
    return out;
}

} // namespace

class TestCaptureBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretHeaders_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("regex");
        QTest::newRow("bearer") << "Authorization" << "Bearer eyJhbGciOi.secret.sig" << "Bearer REDACTED" << "^Bearer .+$";
        QTest::newRow("basic") << "authorization" << "Basic dXNlcjpwYXNz" << "Basic REDACTED" << "^Basic .+$";
        QTest::newRow("no scheme") << "X-API-Key" << "k-123456" << "REDACTED" << "^.+$";
        QTest::newRow("cookie") << "Cookie" << "sid=abc123; theme=dark" << "sid=REDACTED; theme=REDACTED" << "^.+$";
        QTest::newRow("csrf") << "X-CSRF-Token" << "tok" << "REDACTED" << "^.+$";
    }
    void secretHeaders()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, example);
        QFETCH(QString, regex);
        CapturedExchange e = exchange(QStringLiteral("GET"), QStringLiteral("/me"));
        e.request.headers.append(name, value);
        e.request.headers.append(QStringLiteral("Accept"), QStringLiteral("application/json"));
        QList<CaptureNote> notes;
        const auto out = Capture::interactions({ e }, {}, &notes);
        QCOMPARE(out.size(), 1);
        const HttpRequest &r = out.first().interaction.request;
        QCOMPARE(r.headers.value(name), example);
        QCOMPARE(r.headers.value(QStringLiteral("Accept")), QStringLiteral("application/json"));
        QCOMPARE(ruleRegex(r.matchingRules, QStringLiteral("header"), name), regex);
        QVERIFY(QRegularExpression(regex).match(value).hasMatch()); // the real value still matches
        const QString all = noteTexts(notes).join(u'\n');
        QVERIFY2(all.contains(u"redacted") && all.contains(name), qPrintable(all));
        QVERIFY2(!all.contains(value), "a note must never show the secret");
        const QByteArray written = PactWriter::write(Capture::pact(out, {}), SpecVersion::V4);
        QVERIFY(!written.contains(value.toUtf8()));
    }

    void secretQueryAndSetCookie()
    {
        CapturedExchange e = exchange(QStringLiteral("GET"), QStringLiteral("/search"));
        e.request.query.append(QStringLiteral("q"), QStringLiteral("shoes"));
        e.request.query.append(QStringLiteral("access_token"), QStringLiteral("s3cr3t-token"));
        e.response.headers.append(QStringLiteral("Set-Cookie"), QStringLiteral("session=zz9; Path=/; HttpOnly"));
        e.response.headers.append(QStringLiteral("Set-Cookie"), QStringLiteral("csrftoken=yy8"));
        const auto out = Capture::interactions({ e }, {}, nullptr);
        const Interaction &i = out.first().interaction;
        QCOMPARE(i.request.query.value(QStringLiteral("q")), QStringLiteral("shoes"));
        QCOMPARE(i.request.query.value(QStringLiteral("access_token")), QStringLiteral("REDACTED"));
        QCOMPARE(ruleRegex(i.request.matchingRules, QStringLiteral("query"), QStringLiteral("access_token")), QStringLiteral("^.+$"));
        QCOMPARE(i.response.headers.values(QStringLiteral("Set-Cookie")),
                 QStringList({ QStringLiteral("session=REDACTED; Path=/; HttpOnly"), QStringLiteral("csrftoken=REDACTED") }));
        const QRegularExpression cookie(ruleRegex(i.response.matchingRules, QStringLiteral("header"), QStringLiteral("Set-Cookie")));
        QVERIFY(cookie.match(QStringLiteral("session=zz9; Path=/; HttpOnly")).hasMatch());
        QVERIFY(cookie.match(QStringLiteral("csrftoken=yy8")).hasMatch());
        QVERIFY(!cookie.match(QStringLiteral("other=1")).hasMatch());
        const QByteArray written = PactWriter::write(Capture::pact(out, {}), SpecVersion::V3);
        QVERIFY(!written.contains("s3cr3t-token") && !written.contains("zz9") && !written.contains("yy8"));
    }

    void customPolicy()
    {
        CapturedExchange e = exchange(QStringLiteral("GET"), QStringLiteral("/"));
        e.request.headers.append(QStringLiteral("X-Tenant-Secret"), QStringLiteral("t1"));
        e.request.headers.append(QStringLiteral("Authorization"), QStringLiteral("Bearer kept"));
        CaptureOptions options;
        options.secrets.headers = QStringList{ QStringLiteral("x-tenant-secret") };
        const auto out = Capture::interactions({ e }, options, nullptr);
        QCOMPARE(out.first().interaction.request.headers.value(QStringLiteral("X-Tenant-Secret")), QStringLiteral("REDACTED"));
        QCOMPARE(out.first().interaction.request.headers.value(QStringLiteral("Authorization")), QStringLiteral("Bearer kept"));
    }

    void volatileHeaders_data()
    {
        QTest::addColumn<bool>("response");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("dropped");
        QTest::newRow("req host") << false << "Host" << true;
        QTest::newRow("req connection") << false << "Connection" << true;
        QTest::newRow("req accept-encoding") << false << "Accept-Encoding" << true;
        QTest::newRow("req sec-fetch") << false << "Sec-Fetch-Mode" << true;
        QTest::newRow("req accept kept") << false << "Accept" << false;
        QTest::newRow("req content-type kept") << false << "Content-Type" << false;
        QTest::newRow("req custom kept") << false << "X-Tenant" << false;
        QTest::newRow("resp date") << true << "Date" << true;
        QTest::newRow("resp server") << true << "server" << true;
        QTest::newRow("resp etag") << true << "ETag" << true;
        QTest::newRow("resp content-length") << true << "Content-Length" << true;
        QTest::newRow("resp transfer-encoding") << true << "Transfer-Encoding" << true;
        QTest::newRow("resp keep-alive") << true << "Keep-Alive" << true;
        QTest::newRow("resp content-type kept") << true << "Content-Type" << false;
        QTest::newRow("resp location kept") << true << "Location" << false;
        QTest::newRow("resp host kept") << true << "Host" << false;
    }
    void volatileHeaders()
    {
        QFETCH(bool, response);
        QFETCH(QString, name);
        QFETCH(bool, dropped);
        CapturedExchange e = exchange(QStringLiteral("GET"), QStringLiteral("/"));
        (response ? e.response.headers : e.request.headers).append(name, QStringLiteral("v"));
        QList<CaptureNote> notes;
        const auto out = Capture::interactions({ e }, {}, &notes);
        const Interaction &i = out.first().interaction;
        QCOMPARE((response ? i.response.headers : i.request.headers).contains(name), !dropped);
        QCOMPARE(noteTexts(notes).join(u'\n').contains(u"dropped"), dropped);
    }

    void identicalMerged()
    {
        CapturedExchange a = exchange(QStringLiteral("GET"), QStringLiteral("/orders/7"));
        a.response.body = Body::fromJson(QJsonObject{ { QStringLiteral("id"), 7 } });
        CapturedExchange b = a;
        b.source = QStringLiteral("recorded #2");
        b.response.headers.append(QStringLiteral("Date"), QStringLiteral("Sat, 05 Dec 2026 12:00:00 GMT"));
        CapturedExchange c = a;
        c.source = QStringLiteral("recorded #3");
        c.response.body = Body::fromJson(QJsonObject{ { QStringLiteral("id"), 8 } });
        QList<CaptureNote> notes;
        const auto out = Capture::interactions({ a, b, c }, {}, &notes);
        QCOMPARE(out.size(), 2); // b differs only by a volatile header
        QCOMPARE(out.at(0).interaction.description, QStringLiteral("GET /orders/7 → 200"));
        QCOMPARE(out.at(1).interaction.description, QStringLiteral("GET /orders/7 → 200 (2)"));
        QVERIFY(noteTexts(notes).contains(QStringLiteral("recorded #2: merged: the same exchange as recorded #1: kept once")));
    }

    void descriptions_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("expected");
        QTest::newRow("get") << "get" << "/orders/7" << "" << 200 << "" << "GET /orders/7 → 200";
        QTest::newRow("query") << "GET" << "/orders" << "page=2&size=10" << 200 << "" << "GET /orders?page=2&size=10 → 200";
        QTest::newRow("post") << "POST" << "/orders" << "" << 201 << "" << "POST /orders → 201";
        QTest::newRow("given") << "GET" << "/x" << "" << 404 << "a missing order" << "a missing order";
    }
    void descriptions()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, given);
        QFETCH(QString, expected);
        CapturedExchange e = exchange(method, path, status);
        e.request.query = QueryParams::fromQueryString(query);
        e.description = given;
        const auto out = Capture::interactions({ e }, {}, nullptr);
        QCOMPARE(out.first().interaction.description, expected);
        QCOMPARE(out.first().interaction.request.hasQuery, !query.isEmpty());
    }

    // Proposals are inferred from the whole group, but each interaction shows its own values as examples.
    void proposalsShowEachInteractionsOwnExample()
    {
        CapturedExchange a = exchange(QStringLiteral("GET"), QStringLiteral("/orders/7"));
        a.response.headers.append(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
        a.response.body = Body::fromJson(QJsonObject{ { QStringLiteral("id"), 7 }, { QStringLiteral("items"), QJsonArray{ QJsonObject{ { QStringLiteral("sku"), QStringLiteral("x-1") } } } } });
        CapturedExchange b = a;
        b.request.path = QStringLiteral("/orders/8");
        b.response.body = Body::fromJson(QJsonObject{ { QStringLiteral("id"), 8 }, { QStringLiteral("items"), QJsonArray{ QJsonObject{ { QStringLiteral("sku"), QStringLiteral("y-2") } } } } });
        const auto out = Capture::interactions({ a, b }, {}, nullptr);
        QCOMPARE(out.size(), 2);
        const auto exampleOf = [](const CapturedInteraction &c, const QString &category, const QString &key) {
            for (const RuleProposal &p : c.proposals) {
                if (p.category == category && p.key == key)
                    return p.example;
            }
            return QJsonValue(QJsonValue::Undefined);
        };
        QCOMPARE(exampleOf(out.at(0), QStringLiteral("path"), QString()), QJsonValue(QStringLiteral("/orders/7")));
        QCOMPARE(exampleOf(out.at(1), QStringLiteral("path"), QString()), QJsonValue(QStringLiteral("/orders/8")));
        QCOMPARE(exampleOf(out.at(0), QStringLiteral("body"), QStringLiteral("$.id")), QJsonValue(7));
        QCOMPARE(exampleOf(out.at(1), QStringLiteral("body"), QStringLiteral("$.id")), QJsonValue(8));
        QCOMPARE(exampleOf(out.at(1), QStringLiteral("body"), QStringLiteral("$.items[*].sku")), QJsonValue(QStringLiteral("y-2")));
    }

    void pactVersionAndNames()
    {
        CaptureOptions options;
        options.consumer = QStringLiteral("web");
        options.provider = QStringLiteral("orders");
        options.version = SpecVersion::V3;
        const Pact p = Capture::pact(Capture::interactions({ exchange(QStringLiteral("GET"), QStringLiteral("/")) }, options, nullptr), options);
        QCOMPARE(p.consumer.name, QStringLiteral("web"));
        QCOMPARE(p.provider.name, QStringLiteral("orders"));
        QCOMPARE(p.specVersion, SpecVersion::V3);
        QCOMPARE(p.interactions.size(), 1);
    }

    void proposalsApplyOnlyAccepted()
    {
        CapturedInteraction c;
        c.interaction.response.body = Body::fromJson(QJsonObject{ { QStringLiteral("id"), 1 }, { QStringLiteral("name"), QStringLiteral("x") } });
        RuleProposal id{ RuleProposal::Side::Response, QStringLiteral("body"), QStringLiteral("$.id"),
            Matcher{ QStringLiteral("integer"), {} }, QStringLiteral("whole number"), 1, true };
        RuleProposal name{ RuleProposal::Side::Response, QStringLiteral("body"), QStringLiteral("$.name"),
            Matcher{ QStringLiteral("type"), {} }, QStringLiteral("string"), QStringLiteral("x"), false };
        RuleProposal path{ RuleProposal::Side::Request, QStringLiteral("path"), QString(),
            Matcher{ QStringLiteral("regex"), QJsonObject{ { QStringLiteral("regex"), QStringLiteral("^/a/[0-9]+$") } } }, {}, {}, true };
        c.proposals = { id, name, path };
        const Interaction i = Capture::interactionWithProposals(c);
        QCOMPARE(i.response.matchingRules.category(QStringLiteral("body")).keys(), QStringList{ QStringLiteral("$.id") });
        QCOMPARE(i.request.matchingRules.category(QStringLiteral("path")).value(QString()).matchers.size(), 1);
        QVERIFY(c.interaction.response.matchingRules.isEmpty()); // the captured one is left as it was
    }
};

QTEST_GUILESS_MAIN(TestCaptureBuilder)
#include "tst_capturebuilder.moc"
