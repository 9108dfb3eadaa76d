// SPDX-License-Identifier: MIT
// The window's side of Browse › Compare versions…: File › Open from Broker, two versions of a pact
// compared, and the window's Compare dialog shows them (BrokerOpener::compareRequested → showCompare()
// → CompareDialog::addPact for OLD and NEW → compare()). Offscreen, against the local test broker.

#include "brokerdialogdriver.h"
#include "brokertestdata.h"
#include "testbroker.h"

#include <ui/compare/comparedialog.h>
#include <ui/compare/comparemodel.h>
#include <ui/compare/compareview.h>
#include <ui/window/brokeropener.h>
#include <ui/window/mainwindow.h>

#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace Pactbench;

class TestBrokerCompareWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("pactbench-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_brokercomparewindow"));
        QVERIFY(QSettings().fileName().contains(u".qttest"));
        QSettings().clear();
    }

    void comparedVersionsOpenInTheCompareDialog()
    {
        Test::TestBroker broker;
        QVERIFY(broker.start());
        Test::fillBroker(broker); // Foo → Bar 1.0.0, 1.1.0
        broker.addPact({u"Foo"_qs, u"Bar"_qs, u"1.2.0"_qs, Test::pactJson(u"Foo"_qs, u"Bar"_qs, u"the newest request"_qs),
                        u"main"_qs, {}});
        MainWindow window;
        window.show();
        OpenFromBrokerDialog *dialog = window.brokerOpener()->open();
        QVERIFY(dialog);
        Test::BrokerDialogDriver ui(dialog);
        ui.fillConnection(broker.baseUrl());
        ui.connectAndWait();
        QVERIFY(dialog->isConnected());
        ui.setText("pacticipantFilter", u"Foo"_qs);
        qobject_cast<QTableView *>(ui.view("pacticipantsView"))->selectRow(0);
        QVERIFY(ui.rows("pactsView").constFirst().startsWith(u"Foo | Bar | 1.2.0"));
        qobject_cast<QTableView *>(ui.view("pactsView"))->selectRow(0);
        ui.click("compareVersionsButton");
        QTRY_VERIFY_WITH_TIMEOUT(ui.button("compareChosenButton")->isEnabled(), 10000);
        ui.click("compareChosenButton");

        CompareDialog *compare = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((compare = window.findChild<CompareDialog *>()) && compare->isVisible(), 10000);
        QCOMPARE(compare->findChild<QComboBox *>(u"compareOld"_qs)->currentText(), u"Foo \u2192 Bar 1.1.0"_qs);
        QCOMPARE(compare->findChild<QComboBox *>(u"compareNew"_qs)->currentText(), u"Foo \u2192 Bar 1.2.0"_qs);
        QVERIFY(!compare->findChild<QWidget *>(u"compareError"_qs)->isVisibleTo(compare));
        // 1.1.0 and 1.2.0 differ in their one interaction's description.
        QCOMPARE(compare->view()->model()->rowCount(), 1);
        QTRY_VERIFY(!window.findChild<OpenFromBrokerDialog *>()); // closed and deleted
        compare->close();
    }
};

QTEST_MAIN(TestBrokerCompareWindow)
#include "tst_brokercomparewindow.moc"
