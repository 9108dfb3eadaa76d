// SPDX-License-Identifier: MIT
// HttpServer with real clients: QNetworkAccessManager, curl (when installed), TLS, and the
// HttpServerThread wrapper.
#include <core/http/httpserver.h>
#include <core/http/httpserverthread.h>
#include <core/http/selfsignedcertificate.h>
#include <core/http/threadreaper.h>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSemaphore>
#include <QTcpSocket>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSslConfiguration>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace Pactbench;

namespace {
// Echo handler: the body says what arrived.
void echo(const HttpServerRequest &r, HttpResponder responder)
{
    HttpServerResponse response;
    response.headers.append(QStringLiteral("Content-Type"), QStringLiteral("text/plain"));
    response.headers.append(QStringLiteral("X-Version"), r.httpVersion());
    response.body = (r.method + u' ' + r.path + u' ' + QString::number(r.body.size()) + u' '
                     + r.headers.value(QStringLiteral("X-Client")))
                        .toUtf8();
    responder.respond(response);
}
} // namespace

class TestHttpClients : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HttpServer> m_server;
    QNetworkAccessManager m_nam;

    QUrl startServer(HttpServerConfig config = {})
    {
        m_server = std::make_unique<HttpServer>();
        m_server->setHandler(echo);
        if (!m_server->start(config))
            qWarning() << m_server->errorString();
        return m_server->url();
    }

    static QByteArray wait(QNetworkReply *reply, int *status = nullptr)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return reply->readAll();
    }

    // Runs curl without blocking the event loop the server needs.
    QByteArray curl(const QStringList &args, int *exitCode = nullptr, const QByteArray &stdinData = {})
    {
        QProcess p;
        p.start(QStringLiteral("curl"), QStringList{QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("10")} + args);
        if (!stdinData.isNull())
            p.write(stdinData);
        p.closeWriteChannel();
        QSignalSpy done(&p, &QProcess::finished);
        done.wait(15000);
        if (exitCode)
            *exitCode = p.exitCode();
        return p.readAllStandardOutput() + p.readAllStandardError();
    }

    static bool hasCurl() { return !QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty(); }

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    void namVerbs_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QByteArray>("body");
        QTest::addRow("GET") << QByteArray("GET") << QByteArray();
        QTest::addRow("POST") << QByteArray("POST") << QByteArray("{\"a\":1}");
        QTest::addRow("PUT") << QByteArray("PUT") << QByteArray(100000, 'p');
        QTest::addRow("DELETE") << QByteArray("DELETE") << QByteArray();
        QTest::addRow("PATCH") << QByteArray("PATCH") << QByteArray("x");
        QTest::addRow("PROPFIND") << QByteArray("PROPFIND") << QByteArray();
    }
    void namVerbs()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QByteArray, body);
        QUrl url = startServer();
        url.setPath(QStringLiteral("/v"));
        QNetworkRequest request(url);
        request.setRawHeader("X-Client", "nam");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/octet-stream"));
        int status = 0;
        const QByteArray answer = wait(m_nam.sendCustomRequest(request, verb, body), &status);
        QCOMPARE(status, 200);
        QCOMPARE(answer, verb + " /v " + QByteArray::number(body.size()) + " nam");
    }

    void namHead()
    {
        QUrl url = startServer();
        url.setPath(QStringLiteral("/h"));
        QNetworkReply *reply = m_nam.head(QNetworkRequest(url));
        int status = 0;
        QVERIFY(wait(reply, &status).isEmpty());
        QCOMPARE(status, 200);
        QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toInt(), 10); // "HEAD /h 0 "
    }

    void namReusesConnection()
    {
        QUrl url = startServer();
        for (int i = 0; i < 5; ++i) {
            int status = 0;
            wait(m_nam.get(QNetworkRequest(url)), &status);
            QCOMPARE(status, 200);
        }
        QCOMPARE(m_server->connectionCount(), 1);
    }

    void namSeesErrorStatus()
    {
        HttpServerConfig config;
        config.maxBodyBytes = 10;
        QUrl url = startServer(config);
        int status = 0;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain"));
        wait(m_nam.post(request, QByteArray(11, 'x')), &status);
        QCOMPARE(status, 413);
    }

    void tlsWithNam()
    {
        HttpServerConfig config;
        config.tls = true;
        const QUrl url = startServer(config);
        QVERIFY2(m_server->isListening(), qPrintable(m_server->errorString()));
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QVERIFY(!m_server->certificate().isNull());
        // Trust exactly the generated certificate: no error is ignored.
        QNetworkRequest request(url);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates({m_server->certificate()});
        request.setSslConfiguration(ssl);
        request.setRawHeader("X-Client", "tls");
        QNetworkReply *reply = m_nam.get(request);
        QList<QSslError> errors;
        connect(reply, &QNetworkReply::sslErrors, this, [&](const QList<QSslError> &e) { errors += e; });
        int status = 0;
        QCOMPARE(wait(reply, &status), QByteArray("GET / 0 tls"));
        QCOMPARE(status, 200);
        QVERIFY(errors.isEmpty());
    }

    void generatedCertificate()
    {
        const SelfSignedCertificate c =
            SelfSignedCertificate::generate({QStringLiteral("localhost"), QStringLiteral("127.0.0.1")});
        QVERIFY2(!c.isNull(), qPrintable(c.errorString()));
        QVERIFY(c.certificate().isSelfSigned());
        QCOMPARE(c.certificate().subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("localhost")});
        const auto alt = c.certificate().subjectAlternativeNames();
        QVERIFY(alt.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(alt.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(c.certificate().expiryDate() > QDateTime::currentDateTimeUtc().addDays(29));
        QCOMPARE(c.privateKey().algorithm(), QSsl::Ec);
    }

    void curlCases_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<QByteArray>("expected");
        const QString client = QStringLiteral("-HX-Client: curl");
        QTest::addRow("GET") << QStringList{client} << QByteArray() << QByteArray("GET / 0 curl");
        QTest::addRow("HTTP/1.0") << QStringList{client, QStringLiteral("--http1.0"), QStringLiteral("-i")} << QByteArray()
                                  << QByteArray("X-Version: HTTP/1.0");
        QTest::addRow("HEAD") << QStringList{QStringLiteral("-I")} << QByteArray() << QByteArray("Content-Length: 9");
        QTest::addRow("custom verb") << QStringList{client, QStringLiteral("-XPROPFIND")} << QByteArray()
                                     << QByteArray("PROPFIND / 0 curl");
        QTest::addRow("chunked upload") << QStringList{client, QStringLiteral("-HTransfer-Encoding: chunked"),
                                                       QStringLiteral("--data-binary"), QStringLiteral("@-")}
                                        << QByteArray(70000, 'c') << QByteArray("POST / 70000 curl");
        QTest::addRow("expect 100-continue")
            << QStringList{client, QStringLiteral("-HExpect: 100-continue"), QStringLiteral("--data-binary"), QStringLiteral("@-")}
            << QByteArray(5000, 'e') << QByteArray("POST / 5000 curl");
        QTest::addRow("keep-alive, two URLs")
            << QStringList{client, QStringLiteral("-w"), QStringLiteral("|%{num_connects}")} << QByteArray()
            << QByteArray("GET / 0 curl|0");
    }
    void curlCases()
    {
        if (!hasCurl())
            QSKIP("curl is not installed (scripts/setup installs it)");
        QFETCH(QStringList, args);
        QFETCH(QByteArray, stdinData);
        QFETCH(QByteArray, expected);
        const QUrl url = startServer();
        QStringList all = args;
        all.append(url.toString());
        if (QTest::currentDataTag() == QByteArray("keep-alive, two URLs"))
            all.append(url.toString()); // the second transfer reuses the connection: 0 new connects
        int exitCode = -1;
        const QByteArray out = curl(all, &exitCode, stdinData.isEmpty() ? QByteArray() : stdinData);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.contains(expected), out.constData());
    }

    void curlTls()
    {
        if (!hasCurl())
            QSKIP("curl is not installed");
        HttpServerConfig config;
        config.tls = true;
        const QUrl url = startServer(config);
        int exitCode = -1;
        const QByteArray out = curl({QStringLiteral("-k"), QStringLiteral("-HX-Client: curl-tls"), url.toString()}, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(out, QByteArray("GET / 0 curl-tls"));
    }

    // Any token is a method: curl's BREW (and a NAM custom verb) arrive as sent.
    void curlCustomMethod()
    {
        if (!hasCurl())
            QSKIP("curl is not installed");
        const QUrl url = startServer();
        int exitCode = -1;
        const QByteArray out = curl({QStringLiteral("-i"), QStringLiteral("-XBREW"), url.toString()}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.startsWith("HTTP/1.1 200 OK"), out.constData());
        QVERIFY2(out.endsWith("BREW / 0 "), out.constData());
    }

    void namCustomMethod()
    {
        const QUrl url = startServer();
        QNetworkRequest request(url);
        int status = 0;
        const QByteArray body = wait(m_nam.sendCustomRequest(request, "brew", QByteArray("tea")), &status);
        QCOMPARE(status, 200);
        QCOMPARE(body, QByteArray("brew / 3 "));
    }

    // What is not a method at all still gets 400 and never hangs curl.
    void curlGarbageNeverHangs()
    {
        if (!hasCurl())
            QSKIP("curl is not installed");
        const QUrl url = startServer();
        int exitCode = -1;
        const QByteArray out = curl({QStringLiteral("-i"), QStringLiteral("-XBR(EW"), url.toString()}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.startsWith("HTTP/1.1 400 Bad Request"), out.constData());
    }

    void serverThread()
    {
        QThread *handlerThread = nullptr;
        HttpServerThread server([&handlerThread](const HttpServerRequest &r, HttpResponder responder) {
            handlerThread = QThread::currentThread();
            echo(r, responder);
        });
        QSignalSpy started(&server, &HttpServerThread::started);
        QSignalSpy stopped(&server, &HttpServerThread::stopped);
        server.start({});
        QVERIFY(started.wait(5000));
        const QUrl url = started.takeFirst().at(0).toUrl();
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        int status = 0;
        QCOMPARE(wait(m_nam.get(QNetworkRequest(url)), &status), QByteArray("GET / 0 "));
        QCOMPARE(status, 200);
        QVERIFY(handlerThread && handlerThread != QThread::currentThread());
        server.stop();
        QVERIFY(stopped.wait(5000));
        // Restartable, and a busy port is reported through failed().
        HttpServerConfig busy;
        busy.port = quint16(url.port());
        HttpServerThread second(echo);
        QSignalSpy failed(&second, &HttpServerThread::failed);
        server.start(busy);
        QVERIFY(started.wait(5000));
        second.start(busy);
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.takeFirst().at(0).toString().contains(QString::number(url.port())));
    }

    // stop() and the destructor never wait for the worker (#14: stopping a busy server must not
    // freeze the window). The handler is held on a semaphore that is released only after both
    // returned: a blocking stop or destructor would sit there until the handler gives up (20 s)
    // and the handler would be done by the time they return.
    void busyServerStopsWithoutWaiting()
    {
        QSemaphore entered;
        QSemaphore release;
        std::atomic<bool> handlerDone{ false };
        auto server = std::make_unique<HttpServerThread>([&](const HttpServerRequest &r, HttpResponder responder) {
            entered.release();
            release.tryAcquire(1, 20000);
            handlerDone = true;
            echo(r, responder);
        });
        QSignalSpy started(server.get(), &HttpServerThread::started);
        server->start({});
        QVERIFY(started.wait(5000));
        const QUrl url = started.takeFirst().at(0).toUrl();
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
        QVERIFY(client.waitForConnected(5000));
        client.write("GET /slow HTTP/1.1\r\nHost: h\r\n\r\n");
        QVERIFY(client.waitForBytesWritten(5000));
        QVERIFY(entered.tryAcquire(1, 10000)); // the handler is busy now
        const int before = ThreadReaper::pending();
        server->stop();
        server.reset();
        QVERIFY(!handlerDone); // both returned while the handler still ran
        QCOMPARE(ThreadReaper::pending(), before + 1);
        release.release();
        QVERIFY(ThreadReaper::joinAll(20000)); // the worker finishes by itself once the handler returns
        QVERIFY(handlerDone);
        QCOMPARE(ThreadReaper::pending(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpClients)
#include "tst_httpclients.moc"
