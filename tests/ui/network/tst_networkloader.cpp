// SPDX-License-Identifier: MIT
// ContractNetworkWindow against the local test broker (tests/broker, fillOrders): the integrations load
// and are laid out, an environment's statuses recolour them without a new layout (one matrix query per
// provider for that environment), a broker failure is said in the window.
#include "deploytestdata.h"
#include "testbroker.h"

#include <ui/network/contractnetworkwindow.h>
#include <ui/network/networkitems.h>
#include <ui/network/networkscene.h>

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace Pactbench;
using Status = IntegrationSummary::Status;
using Test::TestBroker;

namespace {

int edgeOf(const NetworkGraph &graph, const QString &consumer, const QString &provider)
{
    for (int e = 0; e < graph.edgeCount(); ++e) {
        if (graph.integrations()[e].consumer == consumer && graph.integrations()[e].provider == provider)
            return e;
    }
    return -1;
}

} // namespace

class TestNetworkLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsAndRecoloursForAnEnvironment()
    {
        TestBroker broker;
        QVERIFY(broker.start());
        QVERIFY(Test::fillOrders(broker));
        ContractNetworkWindow window(Test::connectionTo(broker));
        QSignalSpy laidOut(&window, &ContractNetworkWindow::layoutFinished);
        QVERIFY(laidOut.wait(30000));
        laidOut.clear();
        QCOMPARE(window.graph().services(), (QStringList{u"OrderService"_qs, u"OrderWeb"_qs, u"Payments"_qs}));
        QCOMPARE(window.scene()->edgeCount(), 2);
        const int service = edgeOf(window.graph(), u"OrderWeb"_qs, u"OrderService"_qs);
        const int payments = edgeOf(window.graph(), u"OrderWeb"_qs, u"Payments"_qs);
        QVERIFY(service >= 0 && payments >= 0);
        QCOMPARE(window.scene()->edgeItem(service)->status(), Status::Verified);
        QCOMPARE(window.scene()->edgeItem(payments)->status(), Status::Unverified);

        auto *mode = window.findChild<QComboBox *>(u"networkStatusMode"_qs);
        auto *name = window.findChild<QComboBox *>(u"networkStatusName"_qs);
        mode->setCurrentIndex(2);
        QTRY_VERIFY_WITH_TIMEOUT(name->findText(u"production"_qs) >= 0, 30000); // the broker's environments
        name->setCurrentText(u"production"_qs);
        window.findChild<QPushButton *>(u"networkReload"_qs)->click();
        // In production OrderService 2.0.0 failed OrderWeb 1.1.0's pact.
        QTRY_COMPARE_WITH_TIMEOUT(window.scene()->edgeItem(service)->status(), Status::Failed, 30000);
        QVERIFY(window.scene()->edgeItem(service)->toolTip().contains(u"failed"_qs));
        QCOMPARE(laidOut.size(), 0); // recoloured, not laid out again
        const QList<Test::RecordedRequest> queries = broker.requests("GET", u"/matrix"_qs);
        QVERIFY(!queries.isEmpty());
        QCOMPARE(queries.last().query.queryItemValue(u"q[][environment]"_qs, QUrl::FullyDecoded), u"production"_qs);
    }

    void brokerFailureIsSaid()
    {
        TestBroker broker;
        QVERIFY(broker.start());
        QVERIFY(Test::fillOrders(broker));
        broker.setOverride("GET", u"/matrix"_qs, {500, "{}", "application/hal+json", 0, {}});
        ContractNetworkWindow window(Test::connectionTo(broker));
        QTRY_VERIFY_WITH_TIMEOUT(window.statusText().startsWith(u"Could not load the integrations: "_qs), 30000);
        QCOMPARE(window.scene()->nodeCount(), 0);
    }
};

QTEST_MAIN(TestNetworkLoader)
#include "tst_networkloader.moc"
