// SPDX-License-Identifier: MIT
// `pactbench-cli record` end to end, as processes: the capture test provider (JSON, XML, binary, gzip,
// errors, a bearer-protected route, a cookie) behind the recording proxy, a scripted client, SIGTERM;
// then the written pact: matchers where the inference puts them, no secret anywhere, and a pass from
// our verifier and from the reference `pact verifier` against the same provider.
#include <core/model/pactreader.h>

#include <testpaths.h>

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pactbench;

namespace {

const QByteArray kBearer = "Bearer tok_9f8e7d6c5b4a";

/// Starts `program` and waits for a line of its standard output that holds an http URL.
QUrl startAndReadUrl(QProcess &process, const QString &program, const QStringList &args, QString *output)
{
    process.setProgram(program);
    process.setArguments(args);
    process.start();
    if (!process.waitForStarted(10000))
        return {};
    static const QRegularExpression url(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)"));
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 30000) {
        if (process.canReadLine() || process.waitForReadyRead(1000)) {
            while (process.canReadLine()) {
                const QString line = QString::fromUtf8(process.readLine());
                output->append(line);
                const QRegularExpressionMatch m = url.match(line);
                if (m.hasMatch())
                    return QUrl(m.captured(1));
            }
        }
        if (process.state() == QProcess::NotRunning)
            return {};
    }
    return {};
}

struct Call
{
    QByteArray method;
    QString path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

int send(QNetworkAccessManager &nam, const QUrl &base, const Call &call)
{
    QNetworkRequest request(QUrl(base.toString() + call.path));
    for (const auto &[name, value] : call.headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nam.sendCustomRequest(request, call.method, call.body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

QList<Call> script()
{
    const QPair<QByteArray, QByteArray> json{ "Accept", "application/json" };
    return {
        { "GET", QStringLiteral("/orders/7"), { json }, {} },
        { "GET", QStringLiteral("/orders/8"), { json }, {} },
        { "GET", QStringLiteral("/orders/12"), { json }, {} },
        { "GET", QStringLiteral("/orders/7"), { json }, {} }, // the same again: kept once
        { "GET", QStringLiteral("/orders?page=2"), { json }, {} },
        { "POST", QStringLiteral("/orders"), { json, { "Content-Type", "application/json" } },
            R"({"customer":"ada@example.com","items":[{"sku":"A-1","quantity":2}]})" },
        { "GET", QStringLiteral("/orders/7/invoice"), { { "Accept", "application/xml" } }, {} },
        { "GET", QStringLiteral("/orders/7/summary"), { json }, {} }, // QNetworkAccessManager asks for gzip
        { "GET", QStringLiteral("/images/logo.png"), {}, {} },
        { "GET", QStringLiteral("/orders/901"), { json }, {} },
        { "GET", QStringLiteral("/fail"), {}, {} },
        { "GET", QStringLiteral("/account"), { json, { "Authorization", kBearer } }, {} },
        { "POST", QStringLiteral("/login"), { json, { "Content-Type", "application/json" } }, R"({"user":"ada"})" },
    };
}

bool hasRule(const MatchingRules &rules, const QString &category, const QString &key, const QString &type)
{
    for (const Matcher &m : rules.category(category).value(key).matchers) {
        if (m.type == type)
            return true;
    }
    return false;
}

} // namespace

class TestRecordEndToEnd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_provider;
    QUrl m_providerUrl;
    QString m_pactFile;
    QByteArray m_pactText;

    /// Verifies the recorded pact with `program` (our CLI or the reference), the same arguments for both.
    void verifyWith(const QString &program, const QStringList &prefix)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, prefix + QStringList{ QStringLiteral("-f"), m_pactFile, QStringLiteral("-h"),
            QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_providerUrl.port()) });
        QVERIFY(p.waitForStarted(10000));
        QVERIFY(p.waitForFinished(120000));
        const QByteArray output = p.readAll();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, output.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("PACT_DO_NOT_TRACK", "true");
        QString providerOutput;
        m_providerUrl = startAndReadUrl(m_provider, QStringLiteral(CAPTURE_PROVIDER_BIN), {}, &providerOutput);
        QVERIFY2(m_providerUrl.isValid(), qPrintable(providerOutput + QString::fromUtf8(m_provider.readAllStandardError())));
        m_pactFile = m_dir.filePath(QStringLiteral("recorded.json"));

        QProcess record;
        QString recordOutput;
        const QUrl proxy = startAndReadUrl(record, QStringLiteral(PACTBENCH_CLI_BIN),
            { QStringLiteral("record"), QStringLiteral("--target"), m_providerUrl.toString(), QStringLiteral("-o"),
                m_pactFile, QStringLiteral("--consumer"), QStringLiteral("web"), QStringLiteral("--provider"),
                QStringLiteral("orders") },
            &recordOutput);
        QVERIFY2(proxy.isValid(), qPrintable(recordOutput + QString::fromUtf8(record.readAllStandardError())));
        QNetworkAccessManager nam;
        for (const Call &call : script())
            QVERIFY2(send(nam, proxy, call) > 0, qPrintable(call.path));
        record.terminate(); // SIGTERM: the pact is written
        QVERIFY(record.waitForFinished(30000));
        recordOutput += QString::fromUtf8(record.readAllStandardOutput());
        const QString errors = QString::fromUtf8(record.readAllStandardError());
        QVERIFY2(record.exitStatus() == QProcess::NormalExit && record.exitCode() == 0, qPrintable(recordOutput + errors));
        QVERIFY2(recordOutput.contains(u"wrote 12 interaction(s)"), qPrintable(recordOutput + errors));
        QVERIFY2(errors.contains(u"merged"), qPrintable(errors));
        m_pactText = Test::readAll(m_pactFile);
        QVERIFY(!m_pactText.isEmpty());
    }

    void noSecretInThePact()
    {
        QVERIFY(!m_pactText.contains(kBearer.mid(7)));
        QVERIFY(!m_pactText.contains("tok_"));
        const ReadResult r = PactReader::read(m_pactText);
        QVERIFY(r.ok());
        for (const Interaction &i : r.pact->interactions) {
            for (const auto &[name, value] : i.response.headers.entries()) {
                if (name.compare(u"Set-Cookie", Qt::CaseInsensitive) == 0)
                    QVERIFY2(value.startsWith(u"session=REDACTED"), qPrintable(value));
            }
        }
    }

    void matchersWhereTheInferencePutsThem()
    {
        const ReadResult r = PactReader::read(m_pactText);
        QVERIFY(r.ok());
        QHash<QString, const Interaction *> byDescription;
        for (const Interaction &i : r.pact->interactions)
            byDescription.insert(i.description, &i);
        const Interaction *order = byDescription.value(QStringLiteral("GET /orders/7 → 200"));
        QVERIFY2(order, qPrintable(QStringList(byDescription.keys()).join(u'\n')));
        const MatchingRules &rules = order->response.matchingRules;
        QVERIFY(hasRule(rules, QStringLiteral("body"), QStringLiteral("$.id"), QStringLiteral("integer")));
        QVERIFY(hasRule(order->request.matchingRules, QStringLiteral("path"), QString(), QStringLiteral("regex")));
        const Interaction *account = byDescription.value(QStringLiteral("GET /account → 200"));
        QVERIFY(account);
        QCOMPARE(account->request.headers.value(QStringLiteral("Authorization")), QStringLiteral("Bearer REDACTED"));
        QVERIFY(hasRule(account->request.matchingRules, QStringLiteral("header"), QStringLiteral("Authorization"), QStringLiteral("regex")));
        const Interaction *logo = byDescription.value(QStringLiteral("GET /images/logo.png → 200"));
        QVERIFY(logo);
        QCOMPARE(logo->response.body.content().size(), 64); // binary kept as it was, zero bytes included
        QVERIFY(logo->response.body.content().contains('\0'));
        QVERIFY(byDescription.contains(QStringLiteral("GET /orders/901 → 404")));
        QVERIFY(byDescription.contains(QStringLiteral("GET /fail → 500")));
        QVERIFY(byDescription.contains(QStringLiteral("GET /orders/7/invoice → 200")));
    }

    void ourVerifierPasses() { verifyWith(QStringLiteral(PACTBENCH_CLI_BIN), { QStringLiteral("verify") }); }

    void referenceVerifierPasses()
    {
        QString dir;
        PACTBENCH_REQUIRE_ORACLE(dir);
        verifyWith(dir + QStringLiteral("/pact"), { QStringLiteral("verifier") });
    }

    void cleanupTestCase()
    {
        m_provider.terminate();
        m_provider.waitForFinished(10000);
    }
};

QTEST_GUILESS_MAIN(TestRecordEndToEnd)
#include "tst_recordendtoend.moc"
