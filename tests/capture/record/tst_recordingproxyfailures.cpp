// SPDX-License-Identifier: MIT
// RecordingProxy when forwarding fails or stops: the provider down, too slow or answering too much
// (502 naming the target and the limit, nothing recorded), a request body over the limit (413),
// stop() or destruction while a request is under way, and configurations it refuses.

#include "captureprovider.h"
#include "proxytestclient.h"

#include <core/capture/record/recordingproxy.h>

#include <QTcpServer>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::ProxyTestBase;
using Pactbench::Test::CaptureProvider;
using Pactbench::Test::ClientReply;
using Pactbench::Test::RawHeaders;
using Pactbench::Test::sendRequest;
using Pactbench::Test::startProxy;

namespace {

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed again when probe goes
}

} // namespace

class TestRecordingProxyFailures : public QObject, protected ProxyTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void upstreamDown();
    void failures_data();
    void failures();
    void requestBodyOverLimit();
    void stopWhileUnderWay_data();
    void stopWhileUnderWay();
    void exchangeLimit();
    void portInUse();
    void badConfig_data();
    void badConfig();

};

void TestRecordingProxyFailures::init()
{
    QVERIFY(setUpProxy(this));
}

void TestRecordingProxyFailures::cleanup()
{
    tearDownProxy();
}

void TestRecordingProxyFailures::upstreamDown()
{
    RecordingProxy::Config c;
    c.target = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    QVERIFY(startProxy(*m_proxy, c));
    QSignalSpy failed(m_proxy.get(), &RecordingProxy::forwardFailed);
    const ClientReply reply = sendRequest(*m_nam, "GET", at(u"/orders/7"_qs), {}, {});
    QCOMPARE(reply.status, 502);
    const QString text = QString::fromUtf8(reply.body);
    QVERIFY2(text.contains(c.target.toString()) && text.contains(u"GET /orders/7"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"refused"_qs, Qt::CaseInsensitive), qPrintable(text));
    QCOMPARE(m_proxy->count(), 0);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), text);
}

void TestRecordingProxyFailures::failures_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<RawHeaders>("headers");
    QTest::addColumn<qint64>("maxBodyBytes");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("named");
    QTest::newRow("response over the limit") << u"/bytes?n=5000"_qs << RawHeaders() << qint64(1024) << 30000
                                             << u"larger than the 1 KiB limit on recorded bodies"_qs;
    QTest::newRow("decoded response over the limit")
        << u"/orders/7/summary"_qs << RawHeaders{ { "Accept-Encoding", "gzip" } } << qint64(200) << 30000
        << u"decoded from gzip, is larger than the 200 bytes limit"_qs;
    QTest::newRow("provider too slow") << u"/slow?ms=5000"_qs << RawHeaders() << qint64(1024) << 300
                                       << u"nothing sent or received for 300 ms"_qs;
}

void TestRecordingProxyFailures::failures()
{
    QFETCH(QString, target);
    QFETCH(RawHeaders, headers);
    QFETCH(qint64, maxBodyBytes);
    QFETCH(int, timeoutMs);
    QFETCH(QString, named);
    RecordingProxy::Config c = config();
    c.maxBodyBytes = maxBodyBytes;
    c.timeoutMs = timeoutMs;
    QVERIFY(startProxy(*m_proxy, c));
    QSignalSpy failed(m_proxy.get(), &RecordingProxy::forwardFailed);
    const ClientReply reply = sendRequest(*m_nam, "GET", at(target), headers, {});
    QCOMPARE(reply.status, 502);
    const QString text = QString::fromUtf8(reply.body);
    QVERIFY2(text.contains(named) && text.contains(m_provider->url().toString()), qPrintable(text));
    QCOMPARE(m_proxy->count(), 0);
    QTRY_COMPARE(failed.size(), 1);
}

void TestRecordingProxyFailures::requestBodyOverLimit()
{
    RecordingProxy::Config c = config();
    c.maxBodyBytes = 1024;
    QVERIFY(startProxy(*m_proxy, c));
    const ClientReply reply = sendRequest(*m_nam, "POST", at(u"/echo"_qs), { { "Content-Type", "text/plain" } },
                                          QByteArray(5000, 'y'));
    QCOMPARE(reply.status, 413);
    QCOMPARE(m_provider->requests().size(), 0);
    QCOMPARE(m_proxy->count(), 0);
}

void TestRecordingProxyFailures::stopWhileUnderWay_data()
{
    QTest::addColumn<bool>("destroy");
    QTest::newRow("stop()") << false;
    QTest::newRow("destroyed") << true;
}

void TestRecordingProxyFailures::stopWhileUnderWay()
{
    QFETCH(bool, destroy);
    QVERIFY(startProxy(*m_proxy, config()));
    QNetworkReply *reply = m_nam->get(QNetworkRequest(at(u"/slow?ms=3000"_qs)));
    QTRY_COMPARE(m_provider->requests().size(), 1); // under way at the provider
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (destroy) {
        m_proxy.reset();
    } else {
        QSignalSpy stopped(m_proxy.get(), &RecordingProxy::stopped);
        m_proxy->stop();
        QVERIFY(stopped.wait(10000));
        QVERIFY(!m_proxy->isRunning());
        QVERIFY(m_proxy->url().isEmpty());
    }
    QVERIFY(!finished.isEmpty() || finished.wait(10000)); // it may have come while stopping
    QVERIFY(reply->error() != QNetworkReply::NoError);
    QVERIFY(reply->readAll() != "slow");
    if (!destroy) {
        QCOMPARE(m_proxy->count(), 0); // the request to the provider was dropped, never recorded
        QVERIFY(startProxy(*m_proxy, config())); // and it starts again
        QCOMPARE(sendRequest(*m_nam, "GET", at(u"/orders/1"_qs), {}, {}).status, 200);
        QCOMPARE(m_proxy->count(), 1);
    }
    delete reply;
}

void TestRecordingProxyFailures::exchangeLimit()
{
    RecordingProxy::Config c = config();
    c.maxExchanges = 2;
    QVERIFY(startProxy(*m_proxy, c));
    QSignalSpy failed(m_proxy.get(), &RecordingProxy::forwardFailed);
    for (int id = 1; id <= 4; ++id)
        QCOMPARE(sendRequest(*m_nam, "GET", at(QStringLiteral("/orders/%1").arg(id)), {}, {}).status, 200);
    QCOMPARE(m_proxy->count(), 2);
    QCOMPARE(m_proxy->exchanges().constLast().request.path, u"/orders/2"_qs);
    QCOMPARE(m_proxy->droppedCount(), 2);
    QTRY_COMPARE(failed.size(), 1); // said once
    QVERIFY2(failed.first().first().toString().contains(u"limit of 2 recorded exchanges"_qs),
             qPrintable(failed.first().first().toString()));
    m_proxy->clear();
    QCOMPARE(m_proxy->droppedCount(), 0);
    QCOMPARE(sendRequest(*m_nam, "GET", at(u"/orders/5"_qs), {}, {}).status, 200);
    QCOMPARE(m_proxy->count(), 1);
}

void TestRecordingProxyFailures::portInUse()
{
    RecordingProxy::Config c = config();
    c.port = quint16(m_provider->url().port()); // taken by the provider
    QSignalSpy failed(m_proxy.get(), &RecordingProxy::failed);
    QVERIFY(m_proxy->start(c)); // the configuration is fine; listening fails on the server thread
    QVERIFY(!failed.isEmpty() || failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(QString::number(c.port)),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(m_proxy->errorString(), failed.first().first().toString());
    QVERIFY(!m_proxy->isRunning());
    QVERIFY(startProxy(*m_proxy, config())); // a free port then
}

void TestRecordingProxyFailures::badConfig_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("host");
    QTest::addColumn<qint64>("maxBodyBytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("no target") << QString() << u"127.0.0.1"_qs << qint64(1) << u"http or https URL"_qs;
    QTest::newRow("ftp target") << u"ftp://127.0.0.1/x"_qs << u"127.0.0.1"_qs << qint64(1) << u"'ftp://127.0.0.1/x'"_qs;
    QTest::newRow("host name") << u"http://127.0.0.1:1"_qs << u"example.com"_qs << qint64(1) << u"'example.com'"_qs;
    QTest::newRow("zero limit") << u"http://127.0.0.1:1"_qs << u"localhost"_qs << qint64(0) << u"not 0"_qs;
}

void TestRecordingProxyFailures::badConfig()
{
    QFETCH(QString, target);
    QFETCH(QString, host);
    QFETCH(qint64, maxBodyBytes);
    QFETCH(QString, error);
    RecordingProxy::Config c;
    c.target = QUrl(target);
    c.host = host;
    c.maxBodyBytes = maxBodyBytes;
    QVERIFY(!m_proxy->start(c));
    QVERIFY2(m_proxy->errorString().contains(error), qPrintable(m_proxy->errorString()));
    QVERIFY(!m_proxy->isRunning());
}

QTEST_MAIN(TestRecordingProxyFailures)
#include "tst_recordingproxyfailures.moc"
