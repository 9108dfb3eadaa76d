// SPDX-License-Identifier: MIT
// The OpenAPI panel's parts without the window: the findings model (grouped by interaction, checked by
// QAbstractItemModelTester), where a finding points in the editor, the detail's JSON, and the runner
// (off the GUI thread, only the latest check reports, a broken document reports its located error).
#include "../uitestutils.h"
#include "openapitestdata.h"

#include <ui/openapi/fieldjump.h>
#include <ui/openapi/findingdetail.h>
#include <ui/openapi/findingsmodel.h>
#include <ui/openapi/speccheckrunner.h>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pactbench;
using OpenApi::Finding;
using OpenApi::FindingType;

namespace {

Finding finding(int interaction, FindingType type, const QString &code, const QString &where, bool matcher = false)
{
    Finding f;
    f.interactionIndex = interaction;
    f.interactionDescription = QStringLiteral("interaction %1").arg(interaction);
    f.type = type;
    f.code = code;
    f.message = QStringLiteral("message of ") + code;
    f.fromMatcher = matcher;
    f.mockLocation = QStringLiteral("[root].interactions[%1]").arg(interaction) + where;
    return f;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the test file");
    return path;
}

/// Serves the test document at /orders.yaml (404 elsewhere), one request per connection.
class SpecServer : public QTcpServer
{
public:
    SpecServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [socket] { answer(socket); });
            }
        });
        if (!listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
    }
    QString url(const char *path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(QLatin1String(path)); }

private:
    static void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->property("request").toByteArray() + socket->readAll();
        socket->setProperty("request", request);
        if (!request.contains("\r\n\r\n"))
            return;
        const bool found = request.startsWith("GET /orders.yaml ");
        const QByteArray body = found ? Test::OrdersSpec : QByteArray("missing");
        socket->write((found ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 404 Not Found\r\n")
            + QByteArray("Content-Type: application/yaml\r\nConnection: close\r\nContent-Length: ")
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }
};

} // namespace

class TestOpenApiFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findingsAreGroupedByInteraction()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings({ finding(3, FindingType::Warning, u"response.header.unknown"_qs, u".response.headers.x"_qs),
            finding(1, FindingType::Error, u"response.body.incompatible"_qs, u".response.body.id"_qs),
            finding(3, FindingType::Error, u"request.body.incompatible"_qs, u".request.body.items.0"_qs, true) });
        const QStringList expected{ u"#1 interaction 1 — 1 error, 0 warnings"_qs, u"  error — response.body.incompatible"_qs,
            u"#3 interaction 3 — 1 error, 1 warning"_qs, u"  warning — response.header.unknown"_qs,
            u"  error — request.body.incompatible"_qs };
        QCOMPARE(Test::printModel(&model), expected);
        const QModelIndex group = model.index(1, 0);
        QCOMPARE(group.data(FindingsModel::InteractionIndexRole).toInt(), 3);
        QCOMPARE(group.data(FindingsModel::LevelRole).toInt(), int(FindingType::Error));
        const QModelIndex matcher = model.index(1, FindingsModel::ReasonColumn, group);
        QCOMPARE(matcher.data().toString(), u"message of request.body.incompatible (matcher)"_qs);
        QCOMPARE(model.index(1, FindingsModel::WhereColumn, group).data().toString(), u"request.body.items.0"_qs);
        QCOMPARE(model.findingAt(matcher)->code, u"request.body.incompatible"_qs);
        QVERIFY(!model.findingAt(group));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void fieldTargets_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("tab");
        QTest::addColumn<QString>("area");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("bodyPath");
        QTest::newRow("body node") << u"[root].interactions[3].response.body.items.0.id"_qs << u"responseTab"_qs
                                   << u"body"_qs << QString() << u"$.items[0].id"_qs;
        QTest::newRow("whole body") << u"[root].interactions[3].request.body"_qs << u"requestTab"_qs << u"body"_qs
                                    << QString() << u"$"_qs;
        QTest::newRow("header") << u"[root].interactions[3].response.headers.content-type"_qs << u"responseTab"_qs
                                << u"headers"_qs << u"content-type"_qs << QString();
        QTest::newRow("query") << u"[root].interactions[3].request.query.limit"_qs << u"requestTab"_qs << u"query"_qs
                               << u"limit"_qs << QString();
        QTest::newRow("path") << u"[root].interactions[3].request.path"_qs << u"requestTab"_qs << u"path"_qs
                              << QString() << QString();
        QTest::newRow("interaction") << u"[root].interactions[3]"_qs << u"generalTab"_qs << QString() << QString()
                                     << QString();
    }

    void fieldTargets()
    {
        QFETCH(QString, location);
        Interaction interaction;
        interaction.response.body = Body::fromJson(QJsonObject{ { u"items"_qs, QJsonArray{ QJsonObject{ { u"id"_qs, 1 } } } } });
        const FieldJump::Target t = FieldJump::parse(location, interaction);
        QTEST(t.tab, "tab");
        QTEST(t.area, "area");
        QTEST(t.name, "name");
        QTEST(t.bodyPath, "bodyPath");
    }

    void detailJson_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("string") << QJsonValue(u"one"_qs) << u"\"one\""_qs;
        QTest::newRow("number") << QJsonValue(2) << u"2"_qs;
        QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << QString();
        QTest::newRow("object") << QJsonValue(QJsonObject{ { u"type"_qs, u"integer"_qs } })
                                << u"{\n    \"type\": \"integer\"\n}"_qs;
    }

    void detailJson()
    {
        QFETCH(QJsonValue, value);
        QTEST(FindingDetail::jsonText(value), "text");
    }

    void detailShowsBothSides()
    {
        FindingDetail detail;
        Finding f = finding(0, FindingType::Error, u"response.body.incompatible"_qs, u".response.body.id"_qs);
        f.mockValue = u"one"_qs;
        f.specLocation = u"[root].paths./orders/{id}.get.responses.200.content.application/json.schema"_qs;
        f.specFile = u"/tmp/x/orders.yaml"_qs;
        f.specLine = 21;
        f.specValue = QJsonObject{ { u"type"_qs, u"integer"_qs } };
        detail.showFinding(&f);
        QVERIFY(detail.pactText().contains(u"[root].interactions[0].response.body.id"_qs));
        QVERIFY(detail.pactText().contains(u"\"one\""_qs));
        QVERIFY(detail.specText().contains(u"orders.yaml:21"_qs));
        QVERIFY(detail.specText().contains(u"\"type\": \"integer\""_qs));
    }

    void runnerChecksOffTheGuiThreadAndKeepsTheLatest()
    {
        QTemporaryDir dir;
        const QString spec = writeFile(dir, u"orders.yaml"_qs, Test::OrdersSpec);
        const Pact pact = Test::pactFromJson(Test::OrdersPact.constData());
        SpecCheckRunner runner;
        QSignalSpy finished(&runner, &SpecCheckRunner::finished);
        OpenApi::CheckOptions examplesOnly;
        examplesOnly.examplesOnly = true;
        runner.check(spec, pact, u"a.json"_qs, {}, false);
        runner.check(spec, pact, u"b.json"_qs, examplesOnly, false); // the first one's result never comes
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        const auto result = finished.at(0).at(0).value<SpecCheckResult>();
        QVERIFY(result.specLoaded);
        QCOMPARE(result.specTitle, u"Orders"_qs);
        QCOMPARE(result.report.skippedMessages, 1);
        QCOMPARE(result.report.httpInteractions, 3);
        QVERIFY(!result.report.findings.isEmpty());
        QCOMPARE(result.report.findings.constFirst().pactFile, u"b.json"_qs);
        QVERIFY(!runner.isRunning());
    }

    void runnerFetchesAUrl()
    {
        SpecServer server;
        SpecCheckRunner runner;
        QSignalSpy finished(&runner, &SpecCheckRunner::finished);
        const Pact pact = Test::pactFromJson(Test::OrdersPact.constData());
        runner.check(server.url("/orders.yaml"), pact, u"a.json"_qs, {}, false);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        auto result = finished.at(0).at(0).value<SpecCheckResult>();
        QVERIFY2(result.specLoaded, qPrintable(result.error.toString()));
        QCOMPARE(result.report.coverage.operations.size(), 3);
        runner.check(server.url("/nothing.yaml"), pact, u"a.json"_qs, {}, false);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        result = finished.at(1).at(0).value<SpecCheckResult>();
        QVERIFY(!result.specLoaded);
        QVERIFY2(result.error.toString().contains(u"404"_qs), qPrintable(result.error.toString()));
    }

    void runnerReportsTheLocatedError()
    {
        QTemporaryDir dir;
        const QString spec = writeFile(dir, u"broken.yaml"_qs, "openapi: 3.0.3\ninfo: {title: x\npaths: [\n");
        SpecCheckRunner runner;
        QSignalSpy finished(&runner, &SpecCheckRunner::finished);
        runner.check(spec, Test::pactFromJson(Test::OrdersPact.constData()), u"a.json"_qs, {}, false);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const auto result = finished.at(0).at(0).value<SpecCheckResult>();
        QVERIFY(!result.specLoaded);
        QVERIFY2(result.error.line > 0, qPrintable(result.error.toString()));
        QVERIFY(result.error.toString().contains(u"broken.yaml"_qs));
    }
};

QTEST_MAIN(TestOpenApiFindings)
#include "tst_openapifindings.moc"
