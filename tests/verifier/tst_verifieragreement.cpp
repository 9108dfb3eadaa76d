// SPDX-License-Identifier: MIT
// Agreement with the reference verifier (`pact verifier` from ../shared/oracles/install): for each
// scenario (a pact and how the provider behaves), our verdict per interaction equals the reference's.

#include "testprovider.h"

#include <core/model/pactreader.h>
#include <core/verifier/matchingengine.h>
#include <core/verifier/reports.h>
#include <core/verifier/verifier.h>
#include <testpaths.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::TestProvider;

namespace {

QByteArray pact(const QByteArray &interactions)
{
    return R"({"consumer":{"name":"web"},"provider":{"name":"orders"},"metadata":{"pactSpecification":{"version":"4.0"}},"interactions":[)"
        + interactions + "]}";
}

QByteArray http(const QString &description, const QByteArray &response, const QByteArray &states = "[]")
{
    return QStringLiteral(R"({"type":"Synchronous/HTTP","description":"%1","providerStates":%2,
        "request":{"method":"GET","path":"/orders/7"},"response":%3})")
        .arg(description, QString::fromUtf8(states), QString::fromUtf8(response))
        .toUtf8();
}

const QByteArray kJsonResponse = R"({"status":200,"headers":{"Content-Type":["application/json"]},
    "body":{"content":{"id":7,"total":12.5,"lines":[{"sku":"A-1"}]},"contentType":"application/json","encoded":false}})";
const QByteArray kTypeRules = R"({"status":200,"headers":{"Content-Type":["application/json"]},
    "body":{"content":{"id":1,"total":1.5,"lines":[{"sku":"X"}]},"contentType":"application/json","encoded":false},
    "matchingRules":{"body":{"$.id":{"matchers":[{"match":"integer"}]},"$.total":{"matchers":[{"match":"decimal"}]},
                             "$.lines":{"matchers":[{"match":"type","min":1}]},"$.lines[*].sku":{"matchers":[{"match":"regex","regex":"[A-Z]-\\d"}]}}}})";

} // namespace

class TestVerifierAgreement : public QObject
{
    Q_OBJECT

private:
    QString m_pact;
    QTemporaryDir m_dir;
    int m_agreed = 0;

    /// description → "OK" | "Error" | "Pending", as the reference's JSON report says.
    QMap<QString, QString> reference(const QString &pactFile, const TestProvider &provider, bool states, bool messages)
    {
        QStringList args{QStringLiteral("verifier"), QStringLiteral("-f"), pactFile, QStringLiteral("-h"),
                         QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(provider.url().port()),
                         QStringLiteral("-j"), m_dir.filePath(QStringLiteral("ref.json"))};
        if (states)
            args << QStringLiteral("-s") << provider.url().toString() + QStringLiteral("/_pact/state");
        if (messages)
            args << QStringLiteral("--transports") << QStringLiteral("message:%1/_pact/message").arg(provider.url().port());
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_pact, args);
        QSignalSpy done(&p, &QProcess::finished);
        if (!done.wait(60000))
            return {};
        QFile f(m_dir.filePath(QStringLiteral("ref.json")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QMap<QString, QString> out;
        for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(u"interactionResults").toArray())
            out.insert(v.toObject().value(u"description").toString(), v.toObject().value(u"result").toString());
        f.remove();
        return out;
    }

    QMap<QString, QString> ours(const QByteArray &json, const TestProvider &provider, bool states, bool messages)
    {
        const std::unique_ptr<VerificationEngine> engine = createMatchingEngine();
        Verifier v(engine.get());
        VerificationOptions o;
        o.providerBaseUrl = provider.url();
        if (states)
            o.stateChangeUrl = QUrl(provider.url().toString() + QStringLiteral("/_pact/state"));
        if (messages)
            o.messageUrl = QUrl(provider.url().toString() + QStringLiteral("/_pact/message"));
        v.setOptions(o);
        QSignalSpy finished(&v, &Verifier::finished);
        v.start({VerificationTarget{*PactReader::read(json).pact, QStringLiteral("agreement"), {}, false}});
        if (!finished.wait(30000))
            return {};
        const QJsonObject report = Reports::json(v.results(), finished.at(0).at(0).value<VerificationSummary>());
        QMap<QString, QString> out;
        for (const QJsonValue &r : report.value(u"interactionResults").toArray())
            out.insert(r.toObject().value(u"description").toString(), r.toObject().value(u"result").toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString dir;
        PACTBENCH_REQUIRE_ORACLE(dir); // skips, or fails under CI=true, when the reference cannot be had
        m_pact = dir + QStringLiteral("/pact");
        qputenv("PACT_DO_NOT_TRACK", "true");
    }

    void sameVerdicts_data()
    {
        QTest::addColumn<QByteArray>("interactions");
        QTest::addColumn<QByteArray>("providerBody");
        QTest::addColumn<int>("providerStatus");
        QTest::addColumn<QString>("providerContentType");
        QTest::addColumn<int>("stateStatus"); // 0: no state-change URL
        QTest::addColumn<QByteArray>("messageMetadata");

        const QByteArray good = R"({"id":7,"total":12.5,"lines":[{"sku":"A-1"}]})";
        QTest::addRow("passing") << http(u"get"_qs, kJsonResponse) << good << 200 << u"application/json"_qs << 0 << QByteArray();
        QTest::addRow("status mismatch") << http(u"get"_qs, kJsonResponse) << good << 404 << u"application/json"_qs << 0 << QByteArray();
        QTest::addRow("header mismatch") << http(u"get"_qs, kJsonResponse) << good << 200 << u"text/plain"_qs << 0 << QByteArray();
        QTest::addRow("body value mismatch") << http(u"get"_qs, kJsonResponse) << QByteArray(R"({"id":8,"total":12.5,"lines":[{"sku":"A-1"}]})")
                                             << 200 << u"application/json"_qs << 0 << QByteArray();
        QTest::addRow("extra keys allowed") << http(u"get"_qs, kJsonResponse) << QByteArray(R"({"id":7,"total":12.5,"lines":[{"sku":"A-1"}],"more":true})")
                                            << 200 << u"application/json"_qs << 0 << QByteArray();
        QTest::addRow("rules pass") << http(u"get"_qs, kTypeRules) << QByteArray(R"({"id":99,"total":3.25,"lines":[{"sku":"B-2"},{"sku":"C-3"}]})")
                                    << 200 << u"application/json"_qs << 0 << QByteArray();
        QTest::addRow("rules fail") << http(u"get"_qs, kTypeRules) << QByteArray(R"({"id":"99","total":3,"lines":[]})")
                                    << 200 << u"application/json"_qs << 0 << QByteArray();
        QTest::addRow("state handler ok") << http(u"get"_qs, kJsonResponse, R"([{"name":"order 7","params":{"id":7}}])") << good << 200
                                          << u"application/json"_qs << 200 << QByteArray();
        QTest::addRow("missing state handler") << http(u"get"_qs, kJsonResponse, R"([{"name":"order 7"}])") << good << 200
                                               << u"application/json"_qs << 404 << QByteArray();
        QTest::addRow("pending failure")
            << QByteArray(R"({"type":"Synchronous/HTTP","description":"get","pending":true,"request":{"method":"GET","path":"/orders/7"},"response":{"status":201}})")
            << good << 200 << u"application/json"_qs << 0 << QByteArray();
        const QByteArray generated = R"({"type":"Synchronous/HTTP","description":"get","providerStates":[{"name":"order","params":{"id":7}}],
            "request":{"method":"GET","path":"/orders/1","generators":{"path":{"type":"ProviderState","expression":"/orders/${id}","dataType":"STRING"}}},
            "response":{"status":200}})";
        QTest::addRow("provider state generator") << generated << good << 200 << u"application/json"_qs << 200 << QByteArray();
        const QByteArray message = R"({"type":"Asynchronous/Messages","description":"created","contents":{"content":{"id":7},"contentType":"application/json","encoded":false},"metadata":{"topic":"orders"}})";
        QTest::addRow("message passes") << message << QByteArray(R"({"id":7})") << 200 << u"application/json"_qs << 0
                                        << QByteArray(R"({"topic":"orders"})");
        QTest::addRow("message metadata mismatch") << message << QByteArray(R"({"id":7})") << 200 << u"application/json"_qs << 0
                                                   << QByteArray(R"({"topic":"payments"})");
        QTest::addRow("message body mismatch") << message << QByteArray(R"({"id":8})") << 200 << u"application/json"_qs << 0
                                               << QByteArray(R"({"topic":"orders"})");
    }

    void sameVerdicts()
    {
        QFETCH(QByteArray, interactions);
        QFETCH(QByteArray, providerBody);
        QFETCH(int, providerStatus);
        QFETCH(QString, providerContentType);
        QFETCH(int, stateStatus);
        QFETCH(QByteArray, messageMetadata);

        TestProvider provider;
        QVERIFY(provider.start());
        HttpServerResponse response = Test::jsonResponse(providerStatus, providerBody);
        response.headers.set(QStringLiteral("Content-Type"), {providerContentType});
        provider.route(QStringLiteral("GET"), QStringLiteral("/orders/7"), response);
        provider.setStateResponse(stateStatus ? stateStatus : 200);
        const bool messages = !messageMetadata.isEmpty();
        if (messages) {
            TestProvider::Message m;
            m.body = providerBody;
            m.metadata = QJsonDocument::fromJson(messageMetadata).object();
            provider.message(QStringLiteral("created"), m);
        }
        const QByteArray json = pact(interactions);
        const QString file = m_dir.filePath(QStringLiteral("pact.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
        f.close();

        const QMap<QString, QString> theirs = reference(file, provider, stateStatus != 0, messages);
        QVERIFY2(!theirs.isEmpty(), "the reference verifier produced no report");
        const QMap<QString, QString> mine = ours(json, provider, stateStatus != 0, messages);
        QCOMPARE(mine, theirs);
        ++m_agreed;
    }

    void cleanupTestCase() { qInfo("agreement: %d scenarios with the reference verifier's verdicts", m_agreed); }
};

QTEST_GUILESS_MAIN(TestVerifierAgreement)
#include "tst_verifieragreement.moc"
