// SPDX-License-Identifier: MIT
// The broker client's value types: HAL links, selectors, request and result bodies, pact splitting.

#include <core/broker/brokerconnection.h>
#include <core/broker/brokererror.h>
#include <core/broker/brokerpact.h>
#include <core/broker/hallink.h>
#include <core/broker/pactsforverificationrequest.h>
#include <core/broker/publishpactsrequest.h>
#include <core/broker/verificationresults.h>
#include <core/model/pactwriter.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Pactbench;

Q_DECLARE_METATYPE(Pactbench::ConsumerVersionSelector)

namespace {

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

const char *kPact = R"({"consumer": {"name": "Foo"}, "provider": {"name": "Bar"},
  "interactions": [{"description": "a request", "request": {"method": "GET", "path": "/x"},
                    "response": {"status": 200}}],
  "metadata": {"pactSpecification": {"version": "3.0.0"}}})";

} // namespace

class TestBrokerValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expandTemplate_data()
    {
        QTest::addColumn<QString>("href");
        QTest::addColumn<QString>("expected");
        const QString t = u"http://b/pacts/provider/{provider}/consumer/{consumer}/latest"_qs;
        QTest::addRow("plain") << t << u"http://b/pacts/provider/Bar/consumer/Foo/latest"_qs;
        QTest::addRow("relative") << u"/pacts/provider/{provider}/latest"_qs << u"http://base:9/pacts/provider/Bar/latest"_qs;
        QTest::addRow("unknown variable kept") << u"http://b/{nope}/{provider}"_qs << u"http://b/%7Bnope%7D/Bar"_qs;
    }
    void expandTemplate()
    {
        QFETCH(QString, href);
        QFETCH(QString, expected);
        const HalLink link{u"rel"_qs, href, {}, {}, true};
        const QUrl url = link.expand({{u"provider"_qs, u"Bar"_qs}, {u"consumer"_qs, u"Foo"_qs}}, QUrl(u"http://base:9/"_qs));
        QCOMPARE(QString::fromLatin1(url.toEncoded()), expected);
    }

    void expandEncodesNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("encoded");
        QTest::addRow("space") << u"Consumer 2"_qs << QByteArray("Consumer%202");
        QTest::addRow("slash") << u"team/app"_qs << QByteArray("team%2Fapp");
        QTest::addRow("question mark and hash") << u"a?b#c"_qs << QByteArray("a%3Fb%23c");
        QTest::addRow("unicode") << u"Bücher"_qs << QByteArray("B%C3%BCcher");
        QTest::addRow("percent") << u"100%"_qs << QByteArray("100%25");
    }
    void expandEncodesNames()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, encoded);
        const HalLink link{u"pb:pacticipant"_qs, u"http://b/pacticipants/{pacticipant}"_qs, {}, {}, true};
        QCOMPARE(link.expand({{u"pacticipant"_qs, name}}).toEncoded(), "http://b/pacticipants/" + encoded);
    }

    void halLinks()
    {
        const QJsonObject doc = obj(R"({"_links": {"self": {"href": "http:\/\/b/", "title": "Index"},
            "pb:pacts": [{"href": "http:\/\/b/1", "name": "A"}, {"href": "http:\/\/b/2", "name": "B"}],
            "bare": "http:\/\/b/bare"}})");
        QCOMPARE(HalLink::first(doc, u"self"_qs).title, u"Index"_qs);
        QCOMPARE(HalLink::all(doc, u"pb:pacts"_qs).size(), 2);
        QCOMPARE(HalLink::all(doc, u"pb:pacts"_qs).at(1).name, u"B"_qs);
        QCOMPARE(HalLink::first(doc, u"bare"_qs).href, u"http://b/bare"_qs);
        QVERIFY(!HalLink::first(doc, u"missing"_qs).isValid());
    }

    void selectors_data()
    {
        QTest::addColumn<ConsumerVersionSelector>("selector");
        QTest::addColumn<QByteArray>("json");
        using S = ConsumerVersionSelector;
        QTest::addRow("mainBranch") << S::mainBranchSelector() << QByteArray(R"({"mainBranch":true})");
        QTest::addRow("branch") << S::branchSelector(u"feat-x"_qs) << QByteArray(R"({"branch":"feat-x"})");
        QTest::addRow("branch with fallback") << S::branchSelector(u"feat-x"_qs, u"main"_qs)
                                              << QByteArray(R"({"branch":"feat-x","fallbackBranch":"main"})");
        QTest::addRow("matchingBranch") << S::matchingBranchSelector() << QByteArray(R"({"matchingBranch":true})");
        QTest::addRow("deployedOrReleased") << S::deployedOrReleasedSelector() << QByteArray(R"({"deployedOrReleased":true})");
        QTest::addRow("deployed to production") << S::deployedSelector(u"production"_qs)
                                                << QByteArray(R"({"deployed":true,"environment":"production"})");
        QTest::addRow("released") << S::releasedSelector() << QByteArray(R"({"released":true})");
        QTest::addRow("latest tag") << S::tagSelector(u"prod"_qs) << QByteArray(R"({"latest":true,"tag":"prod"})");
        QTest::addRow("all with tag, fallback") << S::tagSelector(u"prod"_qs, false, u"main"_qs)
                                                << QByteArray(R"({"fallbackTag":"main","latest":false,"tag":"prod"})");
        QTest::addRow("latest") << S::latestSelector() << QByteArray(R"({"latest":true})");
        S consumer = S::matchingBranchSelector();
        consumer.consumer = u"Foo"_qs;
        QTest::addRow("consumer + matchingBranch") << consumer << QByteArray(R"({"consumer":"Foo","matchingBranch":true})");
    }
    void selectors()
    {
        QFETCH(ConsumerVersionSelector, selector);
        QFETCH(QByteArray, json);
        QCOMPARE(QJsonDocument(selector.toJson()).toJson(QJsonDocument::Compact), json);
        ConsumerVersionSelector back;
        QString error;
        QVERIFY2(ConsumerVersionSelector::fromJson(selector.toJson(), &back, &error), qPrintable(error));
        QCOMPARE(back.toJson(), selector.toJson());
    }

    void selectorFromJsonRejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::addRow("unknown key") << QByteArray(R"({"brnch": "main"})") << u"unknown consumer version selector key 'brnch'"_qs;
        QTest::addRow("wrong type") << QByteArray(R"({"mainBranch": "yes"})") << u"consumer version selector key 'mainBranch' has the wrong type"_qs;
        QTest::addRow("latest not bool") << QByteArray(R"({"latest": 1})") << u"consumer version selector key 'latest' has the wrong type"_qs;
    }
    void selectorFromJsonRejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        ConsumerVersionSelector s;
        QString got;
        QVERIFY(!ConsumerVersionSelector::fromJson(QJsonDocument::fromJson(json).object(), &s, &got));
        QCOMPARE(got, error);
    }

    void pactsForVerificationBody()
    {
        PactsForVerificationRequest minimal;
        minimal.providerName = u"p"_qs;
        // Exactly the body the compatibility suite's broker mock expects (pact-broker_c1.json).
        QCOMPARE(minimal.toJson(), obj(R"({"consumerVersionSelectors": [], "includePendingStatus": false})"));

        PactsForVerificationRequest full;
        full.consumerVersionSelectors = {ConsumerVersionSelector::mainBranchSelector(),
                                         ConsumerVersionSelector::deployedOrReleasedSelector()};
        full.providerVersionBranch = u"main"_qs;
        full.providerVersionTags = {u"main"_qs};
        full.includePendingStatus = true;
        full.includeWipPactsSince = u"2020-01-01"_qs;
        QCOMPARE(full.toJson(), obj(R"({"consumerVersionSelectors": [{"mainBranch": true}, {"deployedOrReleased": true}],
            "providerVersionBranch": "main", "providerVersionTags": ["main"], "includePendingStatus": true,
            "includeWipPactsSince": "2020-01-01"})"));
    }

    void publishBody()
    {
        PublishPactsRequest r;
        r.pacticipantName = u"Foo"_qs;
        r.pacticipantVersionNumber = u"dc5eb52"_qs;
        r.branch = u"main"_qs;
        r.tags = {u"main"_qs, u"prod"_qs};
        r.buildUrl = u"https://ci/builds/1234"_qs;
        r.contracts = {{u"Foo"_qs, u"Bar"_qs, QByteArray(kPact)}};
        const QJsonObject body = r.toJson();
        QCOMPARE(body.value(u"pacticipantName"), u"Foo"_qs);
        QCOMPARE(body.value(u"pacticipantVersionNumber"), u"dc5eb52"_qs);
        QCOMPARE(body.value(u"branch"), u"main"_qs);
        QCOMPARE(body.value(u"tags").toArray(), QJsonArray({u"main"_qs, u"prod"_qs}));
        QCOMPARE(body.value(u"buildUrl"), u"https://ci/builds/1234"_qs);
        const QJsonObject c = body.value(u"contracts").toArray().at(0).toObject();
        QCOMPARE(c.keys(), QStringList({u"consumerName"_qs, u"content"_qs, u"contentType"_qs, u"providerName"_qs, u"specification"_qs}));
        QCOMPARE(c.value(u"specification"), u"pact"_qs);
        QCOMPARE(c.value(u"contentType"), u"application/json"_qs);
        QCOMPARE(QByteArray::fromBase64(c.value(u"content").toString().toLatin1()), QByteArray(kPact));
        QVERIFY(r.problem().isEmpty());

        PublishPactsRequest bare = r;
        bare.branch.clear();
        bare.tags.clear();
        bare.buildUrl.clear();
        QCOMPARE(bare.toJson().keys(), QStringList({u"contracts"_qs, u"pacticipantName"_qs, u"pacticipantVersionNumber"_qs}));
    }

    void publishProblems()
    {
        PublishPactsRequest r;
        r.pacticipantName = u"Foo"_qs;
        r.contracts = {{u"Foo"_qs, u"Bar"_qs, QByteArray(kPact)}};
        QCOMPARE(r.problem(), u"no consumer version number"_qs);
        r.pacticipantVersionNumber = u"1"_qs;
        r.contracts << PublishPactsRequest::Contract{u"Other"_qs, u"Bar"_qs, QByteArray(kPact)};
        QVERIFY(r.problem().contains(u"more than one consumer"));
    }

    void verificationResultsBody()
    {
        // The shape of the compatibility suite's "publish failed verification results" request.
        VerificationResults v;
        v.success = false;
        v.providerApplicationVersion = u"0.0.0"_qs;
        v.verifierVersion = u"0.1.0"_qs;
        VerificationResults::InteractionResult r;
        r.interactionId = u"ID1"_qs;
        r.interactionDescription = u"ID1"_qs;
        r.mismatches = {{u"status"_qs, {}, u"expected status of 200 but was 500"_qs}};
        v.testResults = {r};
        QCOMPARE(v.toJson(), obj(R"({"providerApplicationVersion": "0.0.0", "success": false,
            "testResults": [{"interactionId": "ID1", "interactionDescription": "ID1",
                             "mismatches": [{"attribute": "status", "description": "expected status of 200 but was 500"}],
                             "success": false}],
            "verifiedBy": {"implementation": "Pactbench", "version": "0.1.0"}})"));

        VerificationResults ok;
        ok.success = true;
        ok.providerApplicationVersion = u"1.2.3"_qs;
        ok.buildUrl = u"http://ci/build/3456"_qs;
        VerificationResults::InteractionResult body{u"abc"_qs, {}, false, {{u"body"_qs, u"$.name"_qs, u"Expected 'a'"_qs}}, {u"Bang"_qs}};
        ok.testResults = {body};
        const QJsonObject json = ok.toJson();
        QCOMPARE(json.value(u"buildUrl"), u"http://ci/build/3456"_qs);
        QCOMPARE(json.value(u"testResults").toArray().at(0).toObject(), obj(R"({"interactionId": "abc", "success": false,
            "mismatches": [{"attribute": "body", "identifier": "$.name", "description": "Expected 'a'"}],
            "exceptions": [{"message": "Bang"}]})"));
    }

    void brokerPactSplitsBrokerKeys()
    {
        QJsonObject doc = obj(kPact);
        doc.insert(u"createdAt"_qs, u"2024-01-01T00:00:00+00:00"_qs);
        doc.insert(u"_links"_qs, obj(R"({"self": {"href": "http:\/\/b/pacts/provider/Bar/consumer/Foo/version/1.0.0"},
            "pb:consumer-version": {"title": "Consumer version", "name": "1.0.0", "href": "http:\/\/b/pacticipants/Foo/versions/1.0.0"},
            "pb:publish-verification-results": {"href": "/pacts/provider/Bar/consumer/Foo/pact-version/abc/metadata/xyz/verification-results"}})"));
        const BrokerPact p = BrokerPact::fromDocument(doc, QUrl(u"http://b/pacts/provider/Bar/consumer/Foo/version/1.0.0"_qs));
        QVERIFY(p.isReadable());
        QCOMPARE(p.pact, *PactReader::read(QByteArray(kPact)).pact);
        QVERIFY(p.pact.extra.isEmpty());
        QCOMPARE(p.brokerKeys.keys(), QStringList({u"_links"_qs, u"createdAt"_qs}));
        QCOMPARE(p.verificationResultsUrl.toString(),
                 u"http://b/pacts/provider/Bar/consumer/Foo/pact-version/abc/metadata/xyz/verification-results"_qs);
        QCOMPARE(p.consumerVersion, u"1.0.0"_qs);
        const QByteArray written = PactWriter::write(p.pact, SpecVersion::V3);
        QVERIFY(!written.contains("_links"));
        QVERIFY(!written.contains("createdAt"));
    }

    void brokerErrorsReadable()
    {
        const QJsonObject body = obj(R"({"errors": {"pacticipantVersionNumber": ["cannot be blank"],
            "contracts": [{"content": ["is not valid JSON"]}], "base": "single message"}})");
        BrokerError e{BrokerError::Kind::Validation, 400, u"POST x"_qs, u"the broker rejected it (400)"_qs,
                      BrokerError::parseErrors(body.value(u"errors")), {}};
        QCOMPARE(e.fieldErrors.value(u"pacticipantVersionNumber"_qs), QStringList{u"cannot be blank"_qs});
        QCOMPARE(e.fieldErrors.value(u"contracts"_qs), QStringList{u"content: is not valid JSON"_qs});
        QCOMPARE(e.fieldErrors.value(u"base"_qs), QStringList{u"single message"_qs});
        QVERIFY(e.toString().contains(u"\n  pacticipantVersionNumber: cannot be blank"));
    }

    void connectionAuth()
    {
        BrokerConnection c;
        QCOMPARE(BrokerConnection::authFor({}, {}), BrokerConnection::Auth::None);
        QCOMPARE(BrokerConnection::authFor(u"u"_qs, {}), BrokerConnection::Auth::Basic);
        QCOMPARE(BrokerConnection::authFor(u"u"_qs, u"t"_qs), BrokerConnection::Auth::Bearer);
        c.auth = BrokerConnection::Auth::Basic;
        c.username = u"ci-bot"_qs;
        c.password = u"s3cret-pass"_qs;
        QCOMPARE(c.authorizationHeader(), "Basic " + QByteArray("ci-bot:s3cret-pass").toBase64());
        QCOMPARE(c.describeAuth(), u"basic auth (username and password)"_qs);
        c.auth = BrokerConnection::Auth::Bearer;
        c.token = u"tok-123"_qs;
        QCOMPARE(c.authorizationHeader(), QByteArray("Bearer tok-123"));
        QCOMPARE(c.describeAuth(), u"a bearer token"_qs);
        c.baseUrl = QUrl(u"https://me:pw@broker.example.com/x"_qs);
        QCOMPARE(c.displayBaseUrl(), u"https://broker.example.com/x"_qs);
    }
};

QTEST_APPLESS_MAIN(TestBrokerValues)
#include "tst_brokervalues.moc"
