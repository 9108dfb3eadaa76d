// SPDX-License-Identifier: MIT
// The same requests on the wire as the reference verifier (`pact verifier` 18.1.2 from
// ../shared/oracles/install): both tools verify the same pact against one recording TCP server, and
// each request's method, target, headers (names lower-cased, values as sent) and body must be equal.
//
// Deliberate differences, not compared: the spelling of header names (we send the pact's names as
// written and our own in lower case; the reference lower-cases all of them, which HTTP does not tell
// apart) and the order of the pact's headers (the reference's follows a hash map and changes from run
// to run). Connections are not compared either: the reference opens one per request, we keep one alive.
// Not in these scenarios: a `~` in a query is sent as is (QUrl's normal form), the reference sends %7E
// (RFC 3986: the same URL); a state param written 1.50 is sent as the pact wrote it, the reference sends 1.5.

#include "wireserver.h"

#include <core/model/pactreader.h>
#include <core/verifier/matchingengine.h>
#include <core/verifier/verifier.h>
#include <testpaths.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::WireServer;

namespace {

QByteArray pactV4(const QByteArray &interaction)
{
    return R"({"consumer":{"name":"web"},"provider":{"name":"orders"},"metadata":{"pactSpecification":{"version":"4.0"}},"interactions":[)"
        + interaction + "]}";
}

QByteArray pactV3(const QByteArray &interaction)
{
    return R"({"consumer":{"name":"web"},"provider":{"name":"orders"},"metadata":{"pactSpecification":{"version":"3.0.0"}},"interactions":[)"
        + interaction + "]}";
}

QByteArray v3Request(const QByteArray &request, const QByteArray &states = "[]")
{
    return R"({"description":"one","providerStates":)" + states + R"(,"request":)" + request
        + R"(,"response":{"status":200}})";
}

// One request as compared: "METHOD target", then "name: value" per header (names lower-cased, sorted
// by name, the values of a name in the order sent), then the body (JSON compacted).
// gzip (RFC 1952) by hand around zlib's deflate from qCompress: header, raw deflate, CRC-32, size.
QByteArray gzipped(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data).mid(4); // qCompress: 4-byte length, then the zlib format
    QByteArray out("\x1f\x8b\x08\0\0\0\0\0\0\xff", 10);
    out += zlib.mid(2).chopped(4); // without the zlib header and Adler-32
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= uchar(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    crc = ~crc;
    const quint32 size = quint32(data.size());
    for (int i = 0; i < 4; ++i)
        out += char((crc >> (8 * i)) & 0xff);
    for (int i = 0; i < 4; ++i)
        out += char((size >> (8 * i)) & 0xff);
    return out;
}

QStringList comparable(const WireServer::Request &r)
{
    QStringList out{ QString::fromLatin1(r.requestLine) };
    QList<QPair<QByteArray, QByteArray>> lines = r.lowerCased();
    std::stable_sort(lines.begin(), lines.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[name, value] : lines)
        out.append(QString::fromLatin1(name + ": " + value));
    const QJsonDocument json = QJsonDocument::fromJson(r.body);
    out.append(
        QStringLiteral("body: ") + QString::fromUtf8(json.isNull() ? r.body : json.toJson(QJsonDocument::Compact)));
    return out;
}

QList<QStringList> comparable(const QList<WireServer::Request> &requests)
{
    QList<QStringList> out;
    for (const WireServer::Request &r : requests)
        out.append(comparable(r));
    return out;
}

QString describe(const QList<QStringList> &requests)
{
    QString out;
    for (const QStringList &r : requests)
        out += u"  "_qs + r.join(u"\n    "_qs) + u'\n';
    return out;
}

} // namespace

class TestWireAgreement : public QObject
{
    Q_OBJECT

private:
    QString m_pact;
    QTemporaryDir m_dir;
    int m_agreed = 0;

    struct Setup
    {
        bool states = false;
        bool statesAsQuery = false;
        bool messages = false;
    };

    bool runReference(
        const QString &pactFile, const WireServer &server, const Setup &s, const QString &report = QString())
    {
        QStringList args{ u"verifier"_qs, u"-f"_qs, pactFile, u"-h"_qs, u"127.0.0.1"_qs, u"-p"_qs,
            QString::number(server.port()) };
        if (!report.isEmpty())
            args << u"-j"_qs << report;
        if (s.states)
            args << u"-s"_qs << server.url(u"/_pact/state"_qs).toString();
        if (s.statesAsQuery)
            args << u"--state-change-as-query"_qs;
        if (s.messages)
            args << u"--transports"_qs << u"message:%1/_pact/message"_qs.arg(server.port());
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_pact, args);
        QSignalSpy done(&p, &QProcess::finished);
        return done.wait(60000);
    }

    /// "OK" when the one interaction passed, "Error" when it failed or errored (the reference's words), "" when
    /// unfinished.
    QString runOurs(const QByteArray &json, const WireServer &server, const Setup &s)
    {
        const std::unique_ptr<VerificationEngine> engine = createMatchingEngine();
        Verifier v(engine.get());
        VerificationOptions o;
        o.providerBaseUrl = server.url();
        if (s.states)
            o.stateChangeUrl = server.url(u"/_pact/state"_qs);
        o.stateChangeAsQuery = s.statesAsQuery;
        if (s.messages)
            o.messageUrl = server.url(u"/_pact/message"_qs);
        v.setOptions(o);
        QSignalSpy finished(&v, &Verifier::finished);
        v.start({ VerificationTarget{ *PactReader::read(json).pact, u"wire"_qs, {}, false } });
        if (!finished.wait(30000) || v.results().isEmpty())
            return {};
        return v.results().constLast().outcome == InteractionOutcome::Passed ? u"OK"_qs : u"Error"_qs;
    }

    QString writePact(const QByteArray &pact)
    {
        const QString file = m_dir.filePath(u"pact.json"_qs);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(pact);
        return file;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString dir;
        PACTBENCH_REQUIRE_ORACLE(dir); // skips, or fails under CI=true, when the reference cannot be had
        m_pact = dir + u"/pact"_qs;
        qputenv("PACT_DO_NOT_TRACK", "true");
        // A German desktop: nothing either tool sends may come from it.
        qputenv("LANG", "de_DE.UTF-8");
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }

    void sameRequestsOnTheWire_data()
    {
        QTest::addColumn<QByteArray>("pact");
        QTest::addColumn<bool>("states");
        QTest::addColumn<bool>("statesAsQuery");
        QTest::addColumn<bool>("messages");
        QTest::addRow("GET without headers")
            << pactV3(v3Request(R"({"method":"GET","path":"/orders/7"})")) << false << false << false;
        QTest::addRow("GET with X-Test: 1")
            << pactV3(v3Request(R"({"method":"GET","path":"/orders/7","headers":{"X-Test":"1"}})")) << false << false
            << false;
        QTest::addRow("POST with a JSON body") << pactV3(v3Request(
            R"({"method":"POST","path":"/orders","headers":{"Content-Type":"application/json"},"body":{"a":1,"b":[true,null]}})"))
                                               << false << false << false;
        QTest::addRow("the pact's Accept, User-Agent, Accept-Encoding") << pactV3(v3Request(
            R"({"method":"GET","path":"/orders","headers":{"Accept":"application/json","User-Agent":"mine/1","Accept-Encoding":"br"}})"))
                                                                        << false << false << false;
        QTest::addRow("POST without a body")
            << pactV3(v3Request(R"({"method":"POST","path":"/orders/7/cancel"})")) << false << false << false;
        QTest::addRow("HEAD") << pactV3(v3Request(R"({"method":"HEAD","path":"/orders"})")) << false << false << false;
        QTest::addRow("query and a comma-separated value") << pactV3(v3Request(
            R"({"method":"GET","path":"/orders","query":{"status":["open"],"page":["2"]},"headers":{"X-List":"a, b"}})"))
                                                           << false << false << false;
        QTest::addRow("V4: two values, a text body")
            << pactV4(R"({"type":"Synchronous/HTTP","description":"one","request":{"method":"PUT","path":"/notes/1",
                 "headers":{"X-Multi":["a","b"],"Content-Type":["text/plain"]},"body":{"content":"hello","contentType":"text/plain","encoded":false}},
                 "response":{"status":200}})")
            << false << false << false;
        QTest::addRow("the pact's Host") << pactV3(
            v3Request(R"({"method":"GET","path":"/h","headers":{"Host":"example.com"}})"))
                                         << false << false << false;
        QTest::addRow("state-change call")
            << pactV3(v3Request(R"({"method":"GET","path":"/orders/7"})", R"([{"name":"order 7","params":{"id":7}}])"))
            << true << false << false;
        QTest::addRow("state-change call, as query")
            << pactV3(v3Request(R"({"method":"GET","path":"/orders/7"})", R"([{"name":"order 7","params":{"id":7}}])"))
            << true << true << false;
        QTest::addRow("state-change call, as query, every kind of param") << pactV3(v3Request(
            R"({"method":"GET","path":"/orders/7"})",
            R"([{"name":"a b&c=d/é!","params":{"zeta":"x y","alpha":1.5,"mid":[1,2],"obj":{"k":true},"s":"ü+%"}}])"))
                                                                          << true << true << false;
        QTest::addRow("message trigger") << pactV4(
            R"({"type":"Asynchronous/Messages","description":"created","providerStates":[{"name":"s1","params":{"id":7}},{"name":"s2"}],
                 "contents":{"content":{"id":7},"contentType":"application/json","encoded":false}})")
                                         << false << false << true;
    }

    void sameRequestsOnTheWire()
    {
        QFETCH(QByteArray, pact);
        QFETCH(bool, states);
        QFETCH(bool, statesAsQuery);
        QFETCH(bool, messages);
        const Setup setup{ states, statesAsQuery, messages };
        WireServer server;
        QVERIFY(server.start());
        const QString file = writePact(pact);
        QVERIFY(!file.isEmpty());

        QVERIFY2(runReference(file, server, setup), "the reference verifier did not finish within 60 s");
        const QList<WireServer::Request> theirs = server.requests();
        QVERIFY2(!theirs.isEmpty(), "the reference sent nothing");
        QVERIFY(!runOurs(pact, server, setup).isEmpty());
        const QList<WireServer::Request> ours = server.requests().mid(theirs.size());

        const QList<QStringList> expected = comparable(theirs);
        const QList<QStringList> actual = comparable(ours);
        QVERIFY2(
            actual == expected, qPrintable(u"reference:\n"_qs + describe(expected) + u"ours:\n"_qs + describe(actual)));
        for (const WireServer::Request &r : ours) {
            QVERIFY(r.header("Accept-Language").isEmpty());
            QVERIFY(r.header("Connection").isEmpty());
        }
        ++m_agreed;
    }

    void decodedAnswers_data()
    {
        QTest::addColumn<QByteArray>("answer"); // the whole HTTP response
        QTest::addColumn<QByteArray>("expected"); // the pact's response
        QTest::addColumn<QString>("reference"); // the reference's verdict
        QTest::addColumn<QString>("ours");
        const QByteArray json = R"({"id":7,"name":"Zoë"})";
        const QByteArray expectJson = R"({"status":200,"body":{"id":7,"name":"Zoë"}})";
        const auto answer = [](const QByteArray &coding, const QByteArray &body) {
            return WireServer::answer(
                200, body, { { "Content-Type", "application/json" }, { "Content-Encoding", coding } });
        };
        QTest::addRow("gzip") << answer("gzip", gzipped(json)) << expectJson << u"OK"_qs << u"OK"_qs;
        QTest::addRow("deflate (zlib format)")
            << answer("deflate", qCompress(json).mid(4)) << expectJson << u"OK"_qs << u"OK"_qs;
        QTest::addRow("gzip, body mismatch")
            << answer("gzip", gzipped(R"({"id":8,"name":"Zoë"})")) << expectJson << u"Error"_qs << u"Error"_qs;
        QTest::addRow("raw deflate") << answer("deflate", qCompress(json).mid(6).chopped(4)) << expectJson
                                     << u"Error"_qs << u"Error"_qs;
        QTest::addRow("not gzip") << answer("gzip", json) << expectJson << u"Error"_qs << u"Error"_qs;
        // Deliberate: the reference drops Content-Encoding from a response it decoded, so a pact that
        // expects the header fails there; we keep the headers as received.
        QTest::addRow("the pact expects Content-Encoding: gzip (deliberate difference)")
            << answer("gzip", gzipped(json))
            << QByteArray(R"({"status":200,"headers":{"Content-Encoding":"gzip"},"body":{"id":7,"name":"Zoë"}})")
            << u"Error"_qs << u"OK"_qs;
    }

    void decodedAnswers()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QByteArray, expected);
        QFETCH(QString, reference);
        QFETCH(QString, ours);
        WireServer server;
        QVERIFY(server.start());
        server.setHandler([answer](QTcpSocket *socket, const WireServer::Request &) { socket->write(answer); });
        const QByteArray pact = pactV3(
            R"({"description":"one","request":{"method":"GET","path":"/orders/7"},"response":)" + expected + "}");
        const QString file = writePact(pact);
        const QString report = m_dir.filePath(u"ref.json"_qs);
        QFile::remove(report);
        QVERIFY(runReference(file, server, {}, report));
        QFile f(report);
        QVERIFY2(f.open(QIODevice::ReadOnly), "the reference wrote no report");
        const QJsonArray results = QJsonDocument::fromJson(f.readAll()).object().value(u"interactionResults").toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).toObject().value(u"result").toString(), reference);
        QCOMPARE(runOurs(pact, server, {}), ours);
        ++m_agreed;
    }

    void cleanupTestCase()
    {
        qInfo("wire agreement: %d scenarios agree with the reference verifier (requests sent, verdicts on encoded "
              "answers)",
            m_agreed);
    }
};

QTEST_GUILESS_MAIN(TestWireAgreement)
#include "tst_wireagreement.moc"
