// SPDX-License-Identifier: MIT
// OpenFromBrokerDialog driven offscreen by objectName against the local test broker on 127.0.0.1:
// auth, errors in words, browse → open, pacts for verification, cancel, recent brokers, credentials.

#include "brokerdialogdriver.h"
#include "brokertestdata.h"
#include "testbroker.h"

#include <core/broker/credentialstore.h>
#include <core/model/pactreader.h>
#include <ui/broker/recentbrokers.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>

#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::BrokerDialogDriver;
using Pactbench::Test::TestBroker;

class TestOpenFromBroker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBroker> m_broker;
    std::unique_ptr<DocumentManager> m_documents;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<OpenFromBrokerDialog> m_dialog;
    std::unique_ptr<BrokerDialogDriver> m_ui;

    void newDialog()
    {
        m_ui.reset();
        m_dialog = std::make_unique<OpenFromBrokerDialog>(m_documents.get(), m_credentials.get());
        m_dialog->show();
        m_ui = std::make_unique<BrokerDialogDriver>(m_dialog.get());
    }
    /// Connects without credentials and waits until both lists are loaded.
    void connectPlain()
    {
        m_ui->fillConnection(m_broker->baseUrl());
        m_ui->connectAndWait();
        QVERIFY2(m_dialog->isConnected(), qPrintable(m_ui->text("connectionStatus")));
    }
    static Pact servedPact(const QByteArray &content) { return *PactReader::read(content).pact; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("pactbench-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_openfrombroker"));
        QVERIFY2(QSettings().fileName().contains(u".qttest"), qPrintable(QSettings().fileName()));
    }
    void init()
    {
        QSettings().clear();
        m_broker = std::make_unique<TestBroker>();
        QVERIFY(m_broker->start());
        Test::fillBroker(*m_broker);
        m_documents = std::make_unique<DocumentManager>();
        m_credentials
            = std::make_unique<CredentialStore>(QStringLiteral("pactbench-tests"), CredentialStore::Backend::Session);
        newDialog();
    }
    void cleanup()
    {
        m_ui.reset();
        m_dialog.reset();
        m_documents.reset();
        m_credentials.reset();
        m_broker.reset();
    }

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

    void allowSelfSignedCertificate()
    {
        TestBroker tlsBroker;
        QVERIFY(tlsBroker.start(true));
        Test::fillBroker(tlsBroker);
        m_ui->fillConnection(tlsBroker.baseUrl());
        m_ui->check("insecureTls", true);
        m_ui->connectAndWait();
        QVERIFY2(m_dialog->isConnected(), qPrintable(m_ui->text("connectionStatus")));
        QCOMPARE(m_ui->rows("pacticipantsView").size(), 4);
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

    void browseAndOpenAPact()
    {
        connectPlain();
        QCOMPARE(m_ui->rows("pacticipantsView"),
            (QStringList{ u"Bar |  | "_qs, u"Baz |  | "_qs, u"Consumer 2 |  | "_qs, u"Foo | main | "_qs }));
        m_ui->setText("pacticipantFilter", u"fo"_qs);
        QCOMPARE(m_ui->rows("pacticipantsView"), QStringList{ u"Foo | main | "_qs });
        auto *pacticipants = qobject_cast<QTableView *>(m_ui->view("pacticipantsView"));
        pacticipants->selectRow(0);
        const QStringList pacts = m_ui->rows("pactsView");
        QCOMPARE(pacts.size(), 2);
        QVERIFY2(pacts.at(0).startsWith(u"Foo | Bar | 1.1.0 | "), qPrintable(pacts.join(u'\n')));
        QVERIFY2(pacts.at(1).startsWith(u"Foo | Baz | 1.0.0 | "), qPrintable(pacts.join(u'\n')));
        QVERIFY(!m_ui->button("openButton")->isEnabled());
        qobject_cast<QTableView *>(m_ui->view("pactsView"))->selectRow(0);
        QVERIFY(m_ui->button("openButton")->isEnabled());

        QSignalSpy opened(m_dialog.get(), &OpenFromBrokerDialog::documentsOpened);
        m_ui->click("openButton");
        QVERIFY(opened.wait(10000));
        const auto documents = opened.first().first().value<QList<PactDocument *>>();
        QCOMPARE(documents.size(), 1);
        QCOMPARE(m_documents->count(), 1);
        PactDocument *doc = documents.first();
        const QString pactUrl = m_broker->baseUrl().toString() + u"/pacts/provider/Bar/consumer/Foo/version/1.1.0"_qs;
        QCOMPARE(doc->origin(), pactUrl);
        QVERIFY(doc->isFromBroker());
        QCOMPARE(doc->brokerSource()->pactUrl.toString(), pactUrl);
        QCOMPARE(doc->brokerSource()->connection.baseUrl.toString(), m_broker->baseUrl().toString() + u'/');
        QCOMPARE(doc->brokerSource()->consumerVersion, u"1.1.0"_qs);
        QVERIFY(doc->brokerSource()->verificationResultsUrl.path().endsWith(u"/verification-results"));
        QCOMPARE(doc->pact(), servedPact(m_broker->pacts().at(1).content));
        QVERIFY(!m_dialog->isVisible()); // accepted once everything opened
    }

    void openSeveralAtOnce()
    {
        connectPlain();
        QCOMPARE(m_ui->rows("pactsView").size(), 3); // no pacticipant chosen: every latest pact
        m_ui->view("pactsView")->selectAll();
        QSignalSpy opened(m_dialog.get(), &OpenFromBrokerDialog::documentsOpened);
        m_ui->click("openButton");
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().first().value<QList<PactDocument *>>().size(), 3);
        QCOMPARE(m_documents->count(), 3);
        QStringList consumers;
        for (PactDocument *d : m_documents->documents()) {
            QVERIFY(d->isFromBroker());
            consumers << d->pact().consumer.name + u"->"_qs + d->pact().provider.name;
        }
        QCOMPARE(consumers, (QStringList{ u"Consumer 2->Bar"_qs, u"Foo->Bar"_qs, u"Foo->Baz"_qs }));

        // Opening the same pacts again gives the open documents, not copies.
        newDialog();
        connectPlain();
        m_ui->view("pactsView")->selectAll();
        QSignalSpy again(m_dialog.get(), &OpenFromBrokerDialog::documentsOpened);
        m_ui->click("openButton");
        QVERIFY(again.wait(10000));
        QCOMPARE(m_documents->count(), 3);
        QCOMPARE(again.first().first().value<QList<PactDocument *>>(), m_documents->documents());
    }

    void pactsForVerification_data()
    {
        QTest::addColumn<QStringList>("checks"); // objectNames of check boxes to toggle
        QTest::addColumn<QString>("providerBranch");
        QTest::addColumn<QString>("tags");
        QTest::addColumn<QByteArray>("expectedBody");
        QTest::addColumn<QStringList>("expectedRows");
        QTest::addRow("defaults")
            << QStringList() << QString() << QString()
            << QByteArray(
                   R"({"consumerVersionSelectors":[{"mainBranch":true},{"deployedOrReleased":true}],"includePendingStatus":true})")
            << QStringList{ u"Pact between Consumer 2 (2.0.0) and Bar | latest from main branch | pending"_qs,
                   u"Pact between Foo (1.0.0) and Bar | latest from main branch | not pending"_qs,
                   u"Pact between Foo (1.1.0) and Bar | latest | not pending"_qs };
        QTest::addRow("every option")
            << QStringList{ u"selectMainBranch"_qs, u"selectDeployedOrReleased"_qs, u"selectMatchingBranch"_qs,
                   u"selectLatest"_qs, u"includeWip"_qs }
            << u"main"_qs << u"prod, dev"_qs
            << QByteArray(
                   R"({"consumerVersionSelectors":[{"matchingBranch":true},{"tag":"prod","latest":true},{"tag":"dev","latest":true},{"latest":true}],"includePendingStatus":true,"includeWipPactsSince":"2024-01-31","providerVersionBranch":"main"})")
            << QStringList{ u"Pact between Consumer 2 (2.0.0) and Bar | latest | pending"_qs,
                   u"Pact between Foo (1.1.0) and Bar | latest | not pending"_qs,
                   u"Pact between Foo (1.0.0) and Bar | latest with tag prod | not pending"_qs };
        QTest::addRow("pending off")
            << QStringList{ u"includePending"_qs, u"selectDeployedOrReleased"_qs } << QString() << QString()
            << QByteArray(R"({"consumerVersionSelectors":[{"mainBranch":true}],"includePendingStatus":false})")
            << QStringList{ u"Pact between Consumer 2 (2.0.0) and Bar | latest from main branch | "_qs,
                   u"Pact between Foo (1.0.0) and Bar | latest from main branch | "_qs };
    }
    void pactsForVerification()
    {
        QFETCH(QStringList, checks);
        QFETCH(QString, providerBranch);
        QFETCH(QString, tags);
        QFETCH(QByteArray, expectedBody);
        QFETCH(QStringList, expectedRows);
        m_broker->setPending(u"Consumer 2"_qs, true);
        connectPlain();
        m_ui->showTab(1);
        QVERIFY(!m_ui->button("fetchButton")->isEnabled()); // no provider yet
        m_ui->setText("providerName", u"Bar"_qs);
        m_ui->setText("providerBranch", providerBranch);
        m_ui->setText("selectTags", tags);
        for (const QString &name : checks) {
            auto *box = m_ui->get<QCheckBox>(name.toLatin1().constData());
            box->setChecked(!box->isChecked());
        }
        m_ui->get<QDateEdit>("wipSince")->setDate(QDate(2024, 1, 31));
        m_broker->clearRequests();
        m_ui->click("fetchButton");
        QTRY_VERIFY_WITH_TIMEOUT(!m_ui->shown("brokerProgress"), 10000);
        const QList<Test::RecordedRequest> posts
            = m_broker->requests("POST", u"/pacts/provider/Bar/for-verification"_qs);
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().json(), QJsonDocument::fromJson(expectedBody).object());
        QCOMPARE(m_ui->rows("verificationPactsView"), expectedRows);

        // Open every listed pact: each keeps the pending mark and its notices' origin.
        m_ui->view("verificationPactsView")->selectAll();
        QVERIFY(m_ui->get<QPlainTextEdit>("noticesView")->toPlainText().contains(u"is being verified because"));
        QSignalSpy opened(m_dialog.get(), &OpenFromBrokerDialog::documentsOpened);
        m_ui->click("openButton");
        QVERIFY(opened.wait(10000));
        const auto documents = opened.first().first().value<QList<PactDocument *>>();
        QCOMPARE(documents.size(), expectedRows.size());
        for (qsizetype i = 0; i < documents.size(); ++i) {
            const BrokerSource &source = *documents.at(i)->brokerSource();
            QVERIFY(source.pactUrl.path().contains(u"/pact-version/"));
            const bool pending = expectedRows.at(i).endsWith(u"| pending");
            QCOMPARE(source.pending.value_or(false), pending);
            QCOMPARE(source.pending.has_value(), !expectedRows.at(i).endsWith(u"| "));
        }
    }

    void cancelASlowCall_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("slowPath");
        QTest::addColumn<QString>("step");
        QTest::addRow("connect") << QByteArray("GET") << u"/"_qs << u"connect"_qs;
        QTest::addRow("pacticipants") << QByteArray("GET") << u"/pacticipants"_qs << u"browse"_qs;
        QTest::addRow("open") << QByteArray("GET") << u"/pacts/provider/Bar/consumer/Foo/version/1.1.0"_qs
                              << u"open"_qs;
        QTest::addRow("for verification")
            << QByteArray("POST") << u"/pacts/provider/Bar/for-verification"_qs << u"fetch"_qs;
    }
    void cancelASlowCall()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, slowPath);
        QFETCH(QString, step);
        m_broker->setOverride(method, slowPath, { 200, "{}", "application/hal+json", 30000, {} });
        m_ui->fillConnection(m_broker->baseUrl());
        m_ui->click("connectButton");
        if (step != u"connect") {
            QTRY_VERIFY(m_dialog->isConnected());
            if (step == u"open") {
                QTRY_COMPARE(m_ui->rows("pactsView").size(), 3);
                qobject_cast<QTableView *>(m_ui->view("pactsView"))->selectRow(1); // Foo → Bar
                m_ui->click("openButton");
            } else if (step == u"fetch") {
                QTRY_VERIFY(!m_ui->shown("brokerProgress"));
                m_ui->showTab(1);
                m_ui->setText("providerName", u"Bar"_qs);
                m_ui->click("fetchButton");
            }
        }
        QTRY_VERIFY(!m_broker->requests(method, slowPath).isEmpty());
        if (step == u"browse")
            QTRY_COMPARE(m_ui->rows("pactsView").size(), 3); // the other list loads meanwhile
        QVERIFY(m_ui->shown("brokerProgress"));
        QVERIFY(m_ui->shown("busyIndicator"));
        QVERIFY(!m_ui->text("busyLabel").isEmpty());
        QElapsedTimer clock;
        clock.start();
        m_ui->click("cancelButton");
        QTRY_VERIFY_WITH_TIMEOUT(!m_ui->shown("brokerProgress"), 3000);
        QVERIFY(clock.elapsed() < 3000);
        QCOMPARE(m_documents->count(), 0);
        QVERIFY(m_dialog->isVisible());
        if (step == u"connect") {
            QVERIFY(!m_dialog->isConnected());
            QVERIFY2(m_ui->text("connectionStatus").contains(u"Cancelled"), qPrintable(m_ui->text("connectionStatus")));
        } else if (step == u"browse") {
            QVERIFY(m_dialog->isConnected());
            QVERIFY(m_ui->text("browseMessage").contains(u"Cancelled"));
            QCOMPARE(m_ui->rows("pactsView").size(), 3); // the other list loaded
        } else if (step == u"open") {
            QVERIFY(m_ui->text("connectionStatus").contains(u"Cancelled"));
            QVERIFY(m_ui->button("openButton")->isEnabled()); // usable again
        } else {
            QVERIFY(m_ui->text("verificationMessage").contains(u"Cancelled"));
            QVERIFY(m_ui->button("fetchButton")->isEnabled());
        }
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

QTEST_MAIN(TestOpenFromBroker)
#include "tst_openfrombroker.moc"
