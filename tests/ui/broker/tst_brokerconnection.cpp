// SPDX-License-Identifier: MIT
// The connection part of OpenFromBrokerDialog, driven offscreen by objectName against the local test broker:
// auth fields, basic/bearer auth, errors in words without secrets, TLS, recent brokers, credentials.

#include "brokerdialogfixture.h"

#include <ui/broker/recentbrokers.h>

#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QSpinBox>

using namespace Pactbench;
using Pactbench::Test::TestBroker;

class TestBrokerConnection : public QObject, protected Test::BrokerDialogFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(isolateSettings(QStringLiteral("tst_brokerconnection")), qPrintable(QSettings().fileName()));
    }
    void init() { QVERIFY(setUp()); }
    void cleanup() { tearDown(); }

    void authFieldsFollowTheKind_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<bool>("username");
        QTest::addColumn<bool>("password");
        QTest::addColumn<bool>("token");
        QTest::addRow("none") << 0 << false << false << false;
        QTest::addRow("basic") << 1 << true << true << false;
        QTest::addRow("bearer") << 2 << false << false << true;
    }
    void authFieldsFollowTheKind()
    {
        QFETCH(int, auth);
        QFETCH(bool, username);
        QFETCH(bool, password);
        QFETCH(bool, token);
        m_ui->get<QComboBox>("authKind")->setCurrentIndex(auth);
        QCOMPARE(m_ui->shown("username"), username);
        QCOMPARE(m_ui->shown("password"), password);
        QCOMPARE(m_ui->shown("token"), token);
        QCOMPARE(m_ui->shown("rememberCredentials"), auth != 0);
        QCOMPARE(m_ui->edit("password")->echoMode(), QLineEdit::Password);
        QCOMPARE(m_ui->edit("token")->echoMode(), QLineEdit::Password);
        QVERIFY(!m_dialog->isConnected());
        QVERIFY(!m_ui->get<QWidget>("brokerTabs")->isEnabled());
    }

    void connectsWithBasicAuth()
    {
        m_broker->requireBasic(u"ci"_qs, u"s3cret-pass"_qs);
        m_ui->fillConnection(m_broker->baseUrl(), 1, u"ci"_qs, u"s3cret-pass"_qs);
        m_ui->connectAndWait();
        QVERIFY2(m_dialog->isConnected(), qPrintable(m_ui->text("connectionStatus")));
        QVERIFY(!m_broker->requests().isEmpty());
        for (const Test::RecordedRequest &r : m_broker->requests())
            QCOMPARE(r.header("authorization"), "Basic " + QByteArray("ci:s3cret-pass").toBase64());
        QVERIFY(m_ui->text("connectionStatus").contains(u"basic auth"));
        QVERIFY(m_ui->get<QWidget>("brokerTabs")->isEnabled());
    }

    void connectionErrorsInWords_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("auth");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("wrong password") << u"basic"_qs << 1 << u"wrong-pass-123"_qs
                                        << QStringList{ u"did not accept the credentials"_qs, u"basic auth"_qs,
                                               u"401"_qs };
        QTest::addRow("wrong token") << u"bearer"_qs << 2 << u"wrong-token-456"_qs
                                     << QStringList{ u"did not accept the credentials"_qs, u"bearer token"_qs };
        QTest::addRow("no credentials") << u"basic"_qs << 0 << QString()
                                        << QStringList{ u"did not accept"_qs, u"none were given"_qs };
        QTest::addRow("unreachable") << u"refused"_qs << 0 << QString()
                                     << QStringList{ u"cannot be reached"_qs, u"connection refused"_qs };
        QTest::addRow("self-signed TLS") << u"tls"_qs << 0 << QString() << QStringList{ u"TLS"_qs, u"self-signed"_qs };
    }
    void connectionErrorsInWords()
    {
        QFETCH(QString, kind);
        QFETCH(int, auth);
        QFETCH(QString, secret);
        QFETCH(QStringList, expected);
        TestBroker tlsBroker;
        QUrl url = m_broker->baseUrl();
        if (kind == u"basic")
            m_broker->requireBasic(u"ci"_qs, u"right-pass"_qs);
        if (kind == u"bearer")
            m_broker->requireBearer(u"right-token"_qs);
        if (kind == u"refused")
            url = TestBroker::refusedUrl();
        if (kind == u"tls") {
            QVERIFY(tlsBroker.start(true));
            url = tlsBroker.baseUrl();
        }
        m_ui->fillConnection(url, auth, u"ci"_qs, secret);
        m_ui->connectAndWait();
        QVERIFY(!m_dialog->isConnected());
        const QString status = m_ui->text("connectionStatus");
        for (const QString &part : expected)
            QVERIFY2(status.contains(part), qPrintable(status));
        if (!secret.isEmpty())
            QVERIFY2(!status.contains(secret), "the secret must never be shown");
        // The dialog stays usable: fix the input and connect.
        QVERIFY(m_ui->button("connectButton")->isEnabled());
        QVERIFY(!m_ui->get<QWidget>("brokerTabs")->isEnabled());
        if (kind == u"basic" && auth == 1) {
            m_ui->setText("password", u"right-pass"_qs);
            m_ui->connectAndWait();
            QVERIFY2(m_dialog->isConnected(), qPrintable(m_ui->text("connectionStatus")));
        }
    }

    void privateCertificates_data()
    {
        QTest::addColumn<bool>("insecure");
        QTest::addColumn<bool>("caFile");
        QTest::addRow("allow self-signed") << true << false;
        QTest::addRow("trusted through a CA file") << false << true;
    }
    void privateCertificates()
    {
        QFETCH(bool, insecure);
        QFETCH(bool, caFile);
        TestBroker tlsBroker;
        QVERIFY(tlsBroker.start(true));
        Test::fillBroker(tlsBroker);
        m_ui->fillConnection(tlsBroker.baseUrl());
        m_ui->check("insecureTls", insecure);
        m_ui->setText("caFile", caFile ? TestBroker::certificateFile() : QString());
        m_ui->connectAndWait();
        QVERIFY2(m_dialog->isConnected(), qPrintable(m_ui->text("connectionStatus")));
        QCOMPARE(m_ui->rows("pacticipantsView").size(), 4);
        const RecentBroker recent = RecentBrokers::load().value(0);
        QCOMPARE(recent.insecure, insecure);
        QCOMPARE(recent.caFile, caFile ? TestBroker::certificateFile() : QString());
        // Picking it again restores both.
        newDialog();
        auto *combo = m_ui->get<QComboBox>("recentBrokers");
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(m_ui->get<QCheckBox>("insecureTls")->isChecked(), insecure);
        QCOMPARE(m_ui->edit("caFile")->text(), recent.caFile);
    }

    void timeoutFromTheFormAndSettings()
    {
        QCOMPARE(m_ui->get<QSpinBox>("timeoutSeconds")->value(), 30); // the default
        m_ui->fillConnection(m_broker->baseUrl());
        m_ui->get<QSpinBox>("timeoutSeconds")->setValue(7);
        m_ui->connectAndWait();
        QVERIFY(m_dialog->isConnected());
        QCOMPARE(QSettings().value(u"Broker/timeoutSeconds"_qs).toInt(), 7);
        newDialog();
        QCOMPARE(m_ui->get<QSpinBox>("timeoutSeconds")->value(), 7);

        m_broker->setOverride("GET", u"/"_qs, { 200, "{}", "application/hal+json", 20000, {} });
        m_ui->fillConnection(m_broker->baseUrl());
        m_ui->get<QSpinBox>("timeoutSeconds")->setValue(1);
        QElapsedTimer clock;
        clock.start();
        m_ui->connectAndWait(); // waits up to 10 s
        // Typically 1 s (the timeout); the broker would answer after 20 s. The bound only tells the two
        // apart, with a margin (15x) that a loaded 2-core machine keeps.
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!m_dialog->isConnected());
        QVERIFY2(m_ui->text("connectionStatus").contains(u"did not answer in time"),
            qPrintable(m_ui->text("connectionStatus")));
        QCOMPARE(QSettings().value(u"Broker/timeoutSeconds"_qs).toInt(), 7); // saved only on success
    }

    void invalidUrlIsRefusedBeforeAnyCall_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addRow("empty") << QString();
        QTest::addRow("no scheme") << u"broker.example.com"_qs;
        QTest::addRow("ftp") << u"ftp://broker.example.com"_qs;
        QTest::addRow("no host") << u"http://"_qs;
    }
    void invalidUrlIsRefusedBeforeAnyCall()
    {
        QFETCH(QString, url);
        m_ui->setText("brokerUrl", url);
        m_ui->click("connectButton");
        QVERIFY(m_ui->shown("urlError"));
        QVERIFY(!m_ui->text("urlError").isEmpty());
        QVERIFY(!m_ui->shown("brokerProgress"));
        QVERIFY(m_broker->requests().isEmpty());
        QVERIFY(!m_dialog->isConnected());
    }

    void recentBrokersKeepNoSecrets()
    {
        m_broker->requireBasic(u"ci"_qs, u"very-secret-pw"_qs);
        m_ui->fillConnection(m_broker->baseUrl(), 1, u"ci"_qs, u"very-secret-pw"_qs);
        m_ui->check("rememberCredentials", true);
        m_ui->connectAndWait();
        QVERIFY(m_dialog->isConnected());

        const QList<RecentBroker> recent = RecentBrokers::load();
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent.first().url, m_broker->baseUrl());
        QCOMPARE(recent.first().auth, BrokerConnection::Auth::Basic);
        QCOMPARE(recent.first().username, u"ci"_qs);
        QSettings settings;
        QStringList values;
        for (const QString &key : settings.allKeys())
            values << key + u'=' + settings.value(key).toString();
        QVERIFY2(!values.join(u' ').contains(u"very-secret-pw"), qPrintable(values.join(u' ')));
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray raw = file.readAll();
        QVERIFY(raw.contains("ci"));
        QVERIFY(!raw.contains("very-secret-pw"));
        QVERIFY(!raw.contains(QByteArray("ci:very-secret-pw").toBase64()));

        // A new dialog offers the broker; picking it reads the secret from the store.
        newDialog();
        auto *combo = m_ui->get<QComboBox>("recentBrokers");
        QCOMPARE(combo->count(), 2);
        QVERIFY(combo->itemText(1).contains(m_broker->baseUrl().toString()));
        QVERIFY(!combo->itemText(1).contains(u"very-secret-pw"));
        QVERIFY(m_ui->edit("password")->text().isEmpty());
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(m_ui->edit("brokerUrl")->text(), m_broker->baseUrl().toString());
        QCOMPARE(m_ui->edit("username")->text(), u"ci"_qs);
        QVERIFY(m_ui->edit("password")->text().isEmpty()); // asynchronous: not yet
        QTRY_COMPARE(m_ui->edit("password")->text(), u"very-secret-pw"_qs);
        QVERIFY(m_ui->get<QCheckBox>("rememberCredentials")->isChecked());
        m_ui->connectAndWait();
        QVERIFY2(m_dialog->isConnected(), qPrintable(m_ui->text("connectionStatus")));
    }

    void recentBrokersNewestFirstWithoutDuplicates()
    {
        TestBroker other;
        QVERIFY(other.start());
        m_ui->fillConnection(m_broker->baseUrl());
        m_ui->connectAndWait();
        m_ui->fillConnection(other.baseUrl());
        m_ui->connectAndWait();
        m_ui->fillConnection(m_broker->baseUrl());
        m_ui->connectAndWait();
        const QList<RecentBroker> recent = RecentBrokers::load();
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.at(0).url, m_broker->baseUrl());
        QCOMPARE(recent.at(1).url, other.baseUrl());
        QCOMPARE(m_ui->get<QComboBox>("recentBrokers")->count(), 3);
    }

    void sessionCredentialStore_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<bool>("remember");
        QTest::addRow("basic, remembered") << 1 << true;
        QTest::addRow("basic, not remembered") << 1 << false;
        QTest::addRow("bearer, remembered") << 2 << true;
        QTest::addRow("bearer, not remembered") << 2 << false;
    }
    void sessionCredentialStore()
    {
        QFETCH(int, auth);
        QFETCH(bool, remember);
        const QString secret = auth == 1 ? u"pw-round-trip"_qs : u"token-round-trip"_qs;
        if (auth == 1)
            m_broker->requireBasic(u"ci"_qs, secret);
        else
            m_broker->requireBearer(secret);
        const QString user = auth == 1 ? u"ci"_qs : QString();
        const QString key
            = CredentialStore::brokerKey(m_broker->baseUrl().toString(), auth == 1 ? u"basic"_qs : u"bearer"_qs, user);
        m_credentials->store(key, u"stale"_qs); // an earlier secret: replaced or forgotten
        m_ui->fillConnection(m_broker->baseUrl(), auth, user, secret);
        m_ui->check("rememberCredentials", remember);
        // The store fell back to (or was asked for) session only: the dialog says so.
        QCOMPARE(m_ui->shown("credentialNote"), remember);
        if (remember) {
            QVERIFY(m_ui->text("credentialNote").contains(u"session only"));
            QVERIFY(m_ui->text("credentialNote").contains(m_credentials->fallbackReason()));
        }
        m_ui->connectAndWait();
        QVERIFY(m_dialog->isConnected());
        QSignalSpy read(m_credentials.get(), &CredentialStore::readFinished);
        m_credentials->read(key);
        QVERIFY(read.wait(2000));
        QCOMPARE(read.first().at(0).toString(), key);
        QCOMPARE(read.first().at(1).toString(), remember ? secret : QString());
        QCOMPARE(read.first().at(2).toBool(), remember);
    }
};

QTEST_MAIN(TestBrokerConnection)
#include "tst_brokerconnection.moc"
