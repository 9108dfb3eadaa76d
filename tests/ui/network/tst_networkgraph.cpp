// SPDX-License-Identifier: MIT
// NetworkGraph: services and edges from integrations, consumers and providers, what the name filter keeps
// (matches, their neighbours, the rest), the neighbourhood of a service, same shape vs new statuses.
#include "networktestdata.h"

#include <ui/network/networkgraph.h>

#include <QtTest>

#include <algorithm>

using namespace Pactbench;
using Relevance = NetworkGraph::Relevance;

namespace {

QStringList names(const NetworkGraph &graph, const QList<int> &services)
{
    QStringList out;
    for (const int s : services)
        out.append(graph.services()[s]);
    out.sort();
    return out;
}

QStringList withRelevance(const NetworkGraph &graph, const QList<Relevance> &relevance, Relevance wanted)
{
    QStringList out;
    for (int s = 0; s < relevance.size(); ++s) {
        if (relevance[s] == wanted)
            out.append(graph.services()[s]);
    }
    return out;
}

} // namespace

class TestNetworkGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servicesAndEdges()
    {
        const QList<IntegrationSummary> data = Test::smallNetwork();
        const NetworkGraph graph(data);
        QCOMPARE(graph.services(), (QStringList{u"AuditStore"_qs, u"CustomerService"_qs, u"MobileApp"_qs,
                                      u"OrderService"_qs, u"OrderWeb"_qs, u"PaymentService"_qs, u"StockService"_qs}));
        QCOMPARE(graph.edgeCount(), data.size());
        for (int e = 0; e < data.size(); ++e) {
            QCOMPARE(graph.services()[graph.consumerOf(e)], data[e].consumer);
            QCOMPARE(graph.services()[graph.providerOf(e)], data[e].provider);
        }
        QCOMPARE(graph.indexOf(u"Nobody"_qs), -1);
    }

    void consumersAndProviders_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QStringList>("consumers");
        QTest::addColumn<QStringList>("providers");
        QTest::newRow("middle") << u"OrderService"_qs << QStringList{u"MobileApp"_qs, u"OrderWeb"_qs}
                                << QStringList{u"PaymentService"_qs, u"StockService"_qs};
        QTest::newRow("front end") << u"OrderWeb"_qs << QStringList{}
                                   << QStringList{u"CustomerService"_qs, u"OrderService"_qs};
        QTest::newRow("store") << u"AuditStore"_qs << QStringList{u"CustomerService"_qs, u"StockService"_qs}
                               << QStringList{};
    }
    void consumersAndProviders()
    {
        QFETCH(QString, service);
        QFETCH(QStringList, consumers);
        QFETCH(QStringList, providers);
        const NetworkGraph graph(Test::smallNetwork());
        const int s = graph.indexOf(service);
        QCOMPARE(names(graph, graph.consumersOf(s)), consumers);
        QCOMPARE(names(graph, graph.providersOf(s)), providers);
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("matches");
        QTest::addColumn<QStringList>("neighbours");
        const NetworkGraph graph(Test::smallNetwork());
        QTest::newRow("empty") << QString() << graph.services() << QStringList{};
        QTest::newRow("blank") << u"  "_qs << graph.services() << QStringList{};
        QTest::newRow("case-insensitive") << u"order"_qs << QStringList{u"OrderService"_qs, u"OrderWeb"_qs}
                                          << QStringList{u"CustomerService"_qs, u"MobileApp"_qs,
                                                 u"PaymentService"_qs, u"StockService"_qs};
        QTest::newRow("leaf") << u"audit"_qs << QStringList{u"AuditStore"_qs}
                              << QStringList{u"CustomerService"_qs, u"StockService"_qs};
        QTest::newRow("nothing") << u"zebra"_qs << QStringList{} << QStringList{};
    }
    void filter()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, matches);
        QFETCH(QStringList, neighbours);
        const NetworkGraph graph(Test::smallNetwork());
        const QList<Relevance> relevance = graph.filter(text);
        QCOMPARE(relevance.size(), graph.serviceCount());
        QCOMPARE(withRelevance(graph, relevance, Relevance::Match), matches);
        QCOMPARE(withRelevance(graph, relevance, Relevance::Neighbour), neighbours);
    }

    void neighbourhood()
    {
        const NetworkGraph graph(Test::smallNetwork());
        const QList<bool> around = graph.neighbourhood(graph.indexOf(u"CustomerService"_qs));
        QStringList shown;
        for (int s = 0; s < around.size(); ++s) {
            if (around[s])
                shown.append(graph.services()[s]);
        }
        QCOMPARE(shown, (QStringList{u"AuditStore"_qs, u"CustomerService"_qs, u"OrderWeb"_qs}));
        const QList<bool> all = graph.neighbourhood(-1);
        QVERIFY(std::all_of(all.begin(), all.end(), [](bool b) { return b; }));
    }

    void sameShape()
    {
        QList<IntegrationSummary> data = Test::smallNetwork();
        const NetworkGraph before(data);
        data[1].status = IntegrationSummary::Status::Verified;
        QVERIFY(before.sameShape(NetworkGraph(data)));
        data.append(Test::integration("MobileApp", "CustomerService", IntegrationSummary::Status::Pending));
        QVERIFY(!before.sameShape(NetworkGraph(data)));
        data.removeLast();
        data[0].provider = u"PaymentService"_qs;
        QVERIFY(!before.sameShape(NetworkGraph(data)));
    }
};

QTEST_GUILESS_MAIN(TestNetworkGraph)
#include "tst_networkgraph.moc"
