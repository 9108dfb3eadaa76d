// SPDX-License-Identifier: MIT
// Agreement with Pact's reference implementation on cases beyond the spec corpus.
//
// tests/matching/data/agreement.json holds (expected request, actual request, reference verdict)
// rows; the verdicts were recorded from the reference mock server by agreement_cases.py.
// tst_agreement compares our verdicts with the recorded ones. tst_agreement_oracle (label
// "oracle") also installs the reference (../shared/oracles/install), runs its mock server and
// checks that its live verdicts are still the recorded ones; when the reference cannot be had it
// skips, or fails under CI=true (Test::oracleRequired()).
#include <core/matching/matching.h>
#include <core/model/pactreader.h>

#include "referencemock.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Pactbench;

namespace {

QJsonArray loadCases(const char *which = "cases")
{
    QFile f(QStringLiteral(PACTBENCH_SOURCE_DIR "/tests/matching/data/agreement.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String(which)).toArray();
}

HttpResponse actualResponse(const QJsonObject &a)
{
    HttpResponse r;
    r.status = a.value(u"status").toInt();
    for (const QJsonValue &h : a.value(u"headers").toArray())
        r.headers.append(h.toArray().at(0).toString(), h.toArray().at(1).toString());
    const QByteArray body = a.value(u"body").toString().toUtf8();
    if (!body.isEmpty())
        r.body = Body::fromBytes(body, QString());
    return r;
}

QByteArray actualBody(const QJsonObject &actual)
{
    if (actual.contains(u"bodyBase64"))
        return QByteArray::fromBase64(actual.value(u"bodyBase64").toString().toLatin1());
    return actual.value(u"body").toString().toUtf8();
}

HttpRequest actualRequest(const QJsonObject &a)
{
    HttpRequest r;
    r.method = a.value(u"method").toString();
    r.path = a.value(u"path").toString();
    r.query = QueryParams::fromQueryString(a.value(u"query").toString());
    for (const QJsonValue &h : a.value(u"headers").toArray())
        r.headers.append(h.toArray().at(0).toString(), h.toArray().at(1).toString());
    const QByteArray body = actualBody(a);
    if (!body.isEmpty())
        r.body = Body::fromBytes(body, QString());
    return r;
}

/// One HTTP/1.1 exchange on a fresh connection; the status code, the body in `reply`.
int exchange(quint16 port, const QByteArray &method, const QByteArray &target, const QList<QPair<QByteArray, QByteArray>> &headers,
             const QByteArray &body, QByteArray *reply = nullptr)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!s.waitForConnected(3000))
        return -1;
    QByteArray req = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[k, v] : headers)
        req += k + ": " + v + "\r\n";
    s.write(req + "\r\n" + body);
    QByteArray in;
    while (s.waitForReadyRead(5000))
        in += s.readAll();
    in += s.readAll();
    if (reply)
        *reply = in.mid(in.indexOf("\r\n\r\n") + 4);
    return in.split(' ').value(1).toInt();
}

} // namespace

class TestAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void agreement_data();
    void agreement();
    void responses_data();
    void responses();
    void messages_data();
    void messages();

private:
    bool referenceVerdict(const QJsonObject &expected, const QJsonObject &actual, bool *verdict);
    QMap<int, bool> verifyResponsesLive(const QJsonArray &cases);
    QString m_oracleDir;
    QMap<int, bool> m_liveResponses;
    int m_sentences = 0;
    int m_sameSentences = 0;
    bool m_live = false;
    Test::ReferenceMockServer m_master; ///< on a port the OS picks, ready once GET / answers
    quint16 m_masterPort = 0;
    int m_agreeing = 0;
    int m_total = 0;
};

void TestAgreement::initTestCase()
{
    m_live = qEnvironmentVariableIsSet("PACTBENCH_ORACLE");
    if (!m_live)
        return;
    QString dir;
    PACTBENCH_REQUIRE_ORACLE(dir);
    m_oracleDir = dir;
    const QString problem = m_master.start(dir);
    if (!problem.isEmpty())
        PACTBENCH_ORACLE_UNAVAILABLE(problem);
    m_masterPort = m_master.port();
}

void TestAgreement::cleanupTestCase()
{
    m_master.stop();
    qInfo().noquote() << QStringLiteral("agreement: %1 of %2 cases give the reference's verdict%3")
                             .arg(m_agreeing).arg(m_total).arg(m_live ? QStringLiteral(" (reference run live)") : QString());
    qInfo().noquote() << QStringLiteral("wording: %1 of %2 reference mismatch sentences appear verbatim in ours")
                             .arg(m_sameSentences).arg(m_sentences);
}

bool TestAgreement::referenceVerdict(const QJsonObject &expected, const QJsonObject &actual, bool *verdict)
{
    const QJsonObject pact{
        {QStringLiteral("consumer"), QJsonObject{{QStringLiteral("name"), QStringLiteral("c")}}},
        {QStringLiteral("provider"), QJsonObject{{QStringLiteral("name"), QStringLiteral("p")}}},
        {QStringLiteral("interactions"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Synchronous/HTTP")},
                                                                {QStringLiteral("description"), QStringLiteral("d")},
                                                                {QStringLiteral("request"), expected},
                                                                {QStringLiteral("response"), QJsonObject{{QStringLiteral("status"), 200}}}}}},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("pactSpecification"), QJsonObject{{QStringLiteral("version"), QStringLiteral("4.0")}}}}}};
    QByteArray reply;
    if (exchange(m_masterPort, "POST", "/", {{"Content-Type", "application/json"}}, QJsonDocument(pact).toJson(QJsonDocument::Compact), &reply) != 200)
        return false;
    const QJsonObject server = QJsonDocument::fromJson(reply).object().value(u"mockServer").toObject();
    if (!Test::waitForReferencePort(quint16(server.value(u"port").toInt())))
        return false; // its mock server never accepted a connection
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QJsonValue &h : actual.value(u"headers").toArray())
        headers.append({h.toArray().at(0).toString().toUtf8(), h.toArray().at(1).toString().toUtf8()});
    QByteArray target = actual.value(u"path").toString().toUtf8();
    if (!actual.value(u"query").toString().isEmpty())
        target += '?' + actual.value(u"query").toString().toUtf8();
    const int status = exchange(quint16(server.value(u"port").toInt()), actual.value(u"method").toString().toUtf8(), target,
                                headers, actualBody(actual));
    exchange(m_masterPort, "DELETE", "/mockserver/" + server.value(u"id").toString().toUtf8(), {}, {});
    *verdict = status == 200;
    return status > 0;
}

void TestAgreement::agreement_data()
{
    QTest::addColumn<QJsonObject>("expected");
    QTest::addColumn<QJsonObject>("actual");
    QTest::addColumn<bool>("reference");
    const QJsonArray cases = loadCases();
    if (cases.isEmpty())
        QSKIP("tests/matching/data/agreement.json is missing");
    for (const QJsonValue &c : cases) {
        const QJsonObject o = c.toObject();
        QTest::addRow("%s", qPrintable(o.value(u"name").toString()))
            << o.value(u"expected").toObject() << o.value(u"actual").toObject() << o.value(u"reference").toBool();
    }
}

void TestAgreement::agreement()
{
    QFETCH(QJsonObject, expected);
    QFETCH(QJsonObject, actual);
    QFETCH(bool, reference);
    ++m_total;
    if (m_live) {
        bool live = false;
        QVERIFY2(referenceVerdict(expected, actual, &live), "the reference mock server did not answer");
        QVERIFY2(live == reference, "the reference's live verdict differs from the recorded one: re-record agreement.json");
    }
    const MatchResult ours = matchRequest(PactReader::readRequest(expected, SpecVersion::V4), actualRequest(actual), SpecVersion::V4);
    QStringList why;
    for (const Mismatch &m : ours.mismatches)
        why.append(m.toString());
    QVERIFY2(ours.matched() == reference,
             qPrintable(QStringLiteral("reference says %1, we say %2 %3")
                            .arg(reference ? QStringLiteral("match") : QStringLiteral("mismatch"),
                                 ours.matched() ? QStringLiteral("match") : QStringLiteral("mismatch:"), why.join(QStringLiteral("; ")))));
    ++m_agreeing;
}

QMap<int, bool> TestAgreement::verifyResponsesLive(const QJsonArray &cases)
{
    // A provider that serves case N's actual response at /case/N, verified by the reference verifier.
    QTcpServer provider;
    provider.listen(QHostAddress::LocalHost, 0);
    connect(&provider, &QTcpServer::newConnection, &provider, [&provider, &cases] {
        QTcpSocket *s = provider.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s, &cases] {
            const QByteArray request = s->readAll();
            const int n = request.split(' ').value(1).split('/').last().toInt();
            const QJsonObject a = cases.at(n).toObject().value(u"actual").toObject();
            const QByteArray body = a.value(u"body").toString().toUtf8();
            QByteArray out = "HTTP/1.1 " + QByteArray::number(a.value(u"status").toInt()) + " X\r\nConnection: close\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n";
            for (const QJsonValue &h : a.value(u"headers").toArray())
                out += h.toArray().at(0).toString().toUtf8() + ": " + h.toArray().at(1).toString().toUtf8() + "\r\n";
            s->write(out + "\r\n" + body);
            s->disconnectFromHost();
        });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    });
    QJsonArray interactions;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        interactions.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Synchronous/HTTP")},
                                        {QStringLiteral("description"), QStringLiteral("case %1").arg(i)},
                                        {QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                                                                {QStringLiteral("path"), QStringLiteral("/case/%1").arg(i)}}},
                                        {QStringLiteral("response"), cases.at(i).toObject().value(u"expected")}});
    }
    const QJsonObject pact{{QStringLiteral("consumer"), QJsonObject{{QStringLiteral("name"), QStringLiteral("c")}}},
                           {QStringLiteral("provider"), QJsonObject{{QStringLiteral("name"), QStringLiteral("p")}}},
                           {QStringLiteral("interactions"), interactions},
                           {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("pactSpecification"), QJsonObject{{QStringLiteral("version"), QStringLiteral("4.0")}}}}}};
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("pact.json")));
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(pact).toJson());
    f.close();
    QProcess verifier;
    verifier.start(m_oracleDir + QStringLiteral("/pact"),
                   {QStringLiteral("verifier"), QStringLiteral("-f"), f.fileName(), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("-p"), QString::number(provider.serverPort()), QStringLiteral("-j"), dir.filePath(QStringLiteral("out.json"))});
    QElapsedTimer clock;
    clock.start();
    while (verifier.state() != QProcess::NotRunning && clock.elapsed() < 300000)
        QTest::qWait(50); // the provider must keep serving while the verifier runs
    QFile report(dir.filePath(QStringLiteral("out.json")));
    QMap<int, bool> out;
    if (!report.open(QIODevice::ReadOnly))
        return out;
    for (const QJsonValue &r : QJsonDocument::fromJson(report.readAll()).object().value(u"interactionResults").toArray())
        out.insert(r.toObject().value(u"description").toString().mid(5).toInt(), r.toObject().value(u"result").toString() == u"OK");
    return out;
}

void TestAgreement::responses_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QJsonObject>("expected");
    QTest::addColumn<QJsonObject>("actual");
    QTest::addColumn<bool>("reference");
    QTest::addColumn<QStringList>("sentences");
    const QJsonArray cases = loadCases("responses");
    if (cases.isEmpty())
        QSKIP("no response cases in agreement.json");
    if (m_live && m_liveResponses.isEmpty())
        m_liveResponses = verifyResponsesLive(cases);
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QJsonObject o = cases.at(i).toObject();
        QStringList sentences;
        for (const QJsonValue &v : o.value(u"referenceMismatches").toArray())
            sentences.append(v.toString());
        QTest::addRow("%s", qPrintable(o.value(u"name").toString()))
            << int(i) << o.value(u"expected").toObject() << o.value(u"actual").toObject() << o.value(u"reference").toBool() << sentences;
    }
}

void TestAgreement::responses()
{
    QFETCH(int, index);
    QFETCH(QJsonObject, expected);
    QFETCH(QJsonObject, actual);
    QFETCH(bool, reference);
    QFETCH(QStringList, sentences);
    ++m_total;
    if (m_live) {
        QVERIFY2(m_liveResponses.contains(index), "the reference verifier gave no result");
        QVERIFY2(m_liveResponses.value(index) == reference, "the reference's live verdict differs from the recorded one");
    }
    const MatchResult ours = matchResponse(PactReader::readResponse(expected, SpecVersion::V4), actualResponse(actual), SpecVersion::V4);
    QStringList mine;
    for (const Mismatch &m : ours.mismatches)
        mine.append(m.sentence);
    for (const QString &s : sentences) {
        ++m_sentences;
        m_sameSentences += mine.contains(s);
    }
    QVERIFY2(ours.matched() == reference, qPrintable(QStringLiteral("reference says %1, we say %2")
                                                         .arg(reference ? QStringLiteral("match") : QStringLiteral("mismatch"), mine.join(u'|'))));
    ++m_agreeing;
}

void TestAgreement::messages_data()
{
    QTest::addColumn<QJsonObject>("expected");
    QTest::addColumn<QJsonObject>("actual");
    QTest::addColumn<bool>("reference");
    const QJsonArray cases = loadCases("messages");
    if (cases.isEmpty())
        QSKIP("no message cases in agreement.json");
    for (const QJsonValue &c : cases) {
        const QJsonObject o = c.toObject();
        QTest::addRow("%s", qPrintable(o.value(u"name").toString()))
            << o.value(u"expected").toObject() << o.value(u"actual").toObject() << o.value(u"reference").toBool();
    }
}

void TestAgreement::messages()
{
    // Recorded verdicts only: the reference verifier fetched each message from a provider
    // (agreement_cases.py); its metadata is the provider's plus the response content type.
    QFETCH(QJsonObject, expected);
    QFETCH(QJsonObject, actual);
    QFETCH(bool, reference);
    ++m_total;
    MessageContents a;
    const QString type = actual.value(u"contentType").toString();
    a.contents = Body::fromBytes(actual.value(u"body").toString().toUtf8(), type);
    a.metadata = actual.value(u"metadata").toObject();
    a.metadata.insert(QStringLiteral("contentType"), type);
    const MatchResult ours = matchMessage(PactReader::readMessage(expected, SpecVersion::V4), a, SpecVersion::V4);
    QStringList mine;
    for (const Mismatch &m : ours.mismatches)
        mine.append(m.toString());
    QVERIFY2(ours.matched() == reference, qPrintable(QStringLiteral("reference says %1, we say %2")
                                                         .arg(reference ? QStringLiteral("match") : QStringLiteral("mismatch"), mine.join(u'|'))));
    ++m_agreeing;
}

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
