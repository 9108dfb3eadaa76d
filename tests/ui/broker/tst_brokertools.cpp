// SPDX-License-Identifier: MIT
// The window's Broker menu: Can I Deploy… and Contract Network find the broker to ask (the one File ›
// Open from Broker connects to when none is known yet), and a pact either tool asks for opens in the
// tree. Offscreen, against the local test broker.

#include "brokerdialogdriver.h"
#include "brokertestdata.h"
#include "testbroker.h"

#include <ui/canideploy/canideploydialog.h>
#include <ui/canideploy/canideployform.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>
#include <ui/network/contractnetworkwindow.h>
#include <ui/window/brokeropener.h>
#include <ui/window/brokertools.h>
#include <ui/window/mainwindow.h>

#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace Pactbench;

class TestBrokerTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("pactbench-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_brokertools"));
        QVERIFY(QSettings().fileName().contains(u".qttest"));
        QSettings().clear();
    }

    void brokerMenuHoldsTheTools()
    {
        MainWindow window;
        auto *menu = window.menuBar()->findChild<QMenu *>(u"brokerMenu"_qs);
        QVERIFY(menu);
        QStringList names;
        for (const QAction *action : menu->actions())
            names << action->objectName();
        QVERIFY(names.contains(u"openFromBrokerAction"_qs));
        QVERIFY(names.contains(u"canIDeployAction"_qs));
        QVERIFY(names.contains(u"contractNetworkAction"_qs));
    }

    void withoutABrokerTheBrokerDialogOpensFirstThenTheTool()
    {
        Test::TestBroker broker;
        QVERIFY(broker.start());
        Test::fillBroker(broker);
        MainWindow window;
        window.show();
        BrokerTools *tools = window.brokerTools();
        QVERIFY(!tools->connection());
        tools->canIDeployAction()->trigger();
        QVERIFY(!window.findChild<CanIDeployDialog *>());
        OpenFromBrokerDialog *dialog = window.findChild<OpenFromBrokerDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        Test::BrokerDialogDriver ui(dialog);
        ui.fillConnection(broker.baseUrl());
        ui.click("connectButton"); // the dialog closes (and is deleted) once connected

        CanIDeployDialog *canIDeploy = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((canIDeploy = window.findChild<CanIDeployDialog *>()) && canIDeploy->isVisible(), 10000);
        QTRY_VERIFY(!window.findChild<OpenFromBrokerDialog *>()); // closed so the tool can be used
        QVERIFY(tools->connection());
        QCOMPARE(tools->connection()->baseUrl.authority(), broker.baseUrl().authority());
        // Asked again: the same dialog, raised.
        tools->canIDeployAction()->trigger();
        QCOMPARE(window.findChildren<CanIDeployDialog *>().size(), 1);
        canIDeploy->close();
    }

    void aPactAskedForOpensInTheTree()
    {
        Test::TestBroker broker;
        QVERIFY(broker.start());
        Test::fillBroker(broker);
        MainWindow window;
        window.show();
        BrokerConnection connection;
        connection.baseUrl = broker.baseUrl();
        CanIDeployDialog *dialog = window.brokerTools()->showCanIDeploy(connection);
        const QUrl pactUrl(broker.baseUrl().toString() + u"/pacts/provider/Bar/consumer/Foo/version/1.1.0"_qs);
        Q_EMIT dialog->pactRequested(pactUrl);
        QTRY_COMPARE_WITH_TIMEOUT(window.documents()->documents().size(), 1, 10000);
        PactDocument *document = window.documents()->documents().constFirst();
        QVERIFY(document->brokerSource());
        QCOMPARE(document->brokerSource()->pactUrl, pactUrl);
        QCOMPARE(document->brokerSource()->consumerVersion, u"1.1.0"_qs);
        dialog->close();
    }

    void theNetworksMatrixRequestAsksCanIDeployForTheConsumer()
    {
        Test::TestBroker broker;
        QVERIFY(broker.start());
        Test::fillBroker(broker);
        MainWindow window;
        window.show();
        BrokerConnection connection;
        connection.baseUrl = broker.baseUrl();
        ContractNetworkWindow *network = window.brokerTools()->showNetwork(connection);
        QVERIFY(network->isVisible());
        QCOMPARE(window.findChildren<ContractNetworkWindow *>().size(), 1);
        Q_EMIT network->matrixRequested(u"Foo"_qs, u"Bar"_qs);
        CanIDeployDialog *dialog = window.findChild<CanIDeployDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->form()->query().selectors.value(0).pacticipant, u"Foo"_qs);
        QVERIFY(dialog->form()->query().selectors.value(0).latest);
        QCOMPARE(dialog->form()->query().toEnvironment, u"production"_qs);
        QSignalSpy answered(dialog, &CanIDeployDialog::answered);
        QVERIFY(answered.wait(10000));
        dialog->close();
        network->close();
    }
};

QTEST_MAIN(TestBrokerTools)
#include "tst_brokertools.moc"
