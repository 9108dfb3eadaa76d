// SPDX-License-Identifier: MIT
// ContractNetworkWindow offscreen: its items match the data, the filter fades the right items, the
// neighbourhood hides the rest, clicks on integrations ask for the pact or the matrix, statuses have
// words, styles and readable colours on light and dark palettes, new statuses recolour without a new
// layout, zoom. With PACTBENCH_SCREENSHOT_DIR set, saves contract-network.png (200 services, 1,000 integrations).
#include "networktestdata.h"

#include <ui/network/contractnetworkwindow.h>
#include <ui/network/networkitems.h>
#include <ui/network/networklegend.h>
#include <ui/network/networkscene.h>
#include <ui/network/networkstyle.h>
#include <ui/network/networkview.h>
#include <ui/network/samplenetwork.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>
#include <optional>

using namespace Pactbench;
using Status = IntegrationSummary::Status;

namespace {

/// A shown window holding `data`, laid out.
bool showNetwork(ContractNetworkWindow *window, const QList<IntegrationSummary> &data)
{
    QSignalSpy laidOut(window, &ContractNetworkWindow::layoutFinished);
    window->resize(1000, 700);
    window->show();
    window->setIntegrations(data);
    return laidOut.wait(60000) && QTest::qWaitForWindowExposed(window);
}

/// A viewport point on the edge that hits only this edge and no service (after centring on it).
std::optional<QPoint> pointOnEdge(NetworkView *view, int edge)
{
    const EdgeItem *item = view->networkScene()->edgeItem(edge);
    for (const qreal t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85, 0.1, 0.9}) {
        const QPointF scenePoint = item->path().pointAtPercent(t);
        view->centerOn(scenePoint);
        const QPoint pos = view->mapFromScene(scenePoint);
        if (view->edgeAt(pos) == edge && view->serviceAt(pos) == -1)
            return pos;
    }
    return std::nullopt;
}

qreal luminance(const QColor &c)
{
    const auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette paletteWithBase(const QColor &base)
{
    QPalette p;
    p.setColor(QPalette::Base, base);
    return p;
}

} // namespace

class TestContractNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void itemsMatchTheData()
    {
        ContractNetworkWindow window;
        const QList<IntegrationSummary> data = Test::smallNetwork();
        QVERIFY(showNetwork(&window, data));
        NetworkScene *scene = window.scene();
        QCOMPARE(scene->nodeCount(), 7);
        QCOMPARE(scene->edgeCount(), data.size());
        for (int s = 0; s < scene->nodeCount(); ++s)
            QCOMPARE(scene->nodeItem(s)->name(), window.graph().services()[s]);
        for (int e = 0; e < data.size(); ++e) {
            const EdgeItem *edge = scene->edgeItem(e);
            const NodeItem *consumer = scene->nodeItem(window.graph().indexOf(data[e].consumer));
            const NodeItem *provider = scene->nodeItem(window.graph().indexOf(data[e].provider));
            const QRectF start = consumer->sceneBoundingRect().adjusted(-3, -3, 3, 3);
            const QRectF end = provider->sceneBoundingRect().adjusted(-3, -3, 3, 3);
            QVERIFY2(start.contains(edge->path().pointAtPercent(0)), qPrintable(data[e].consumer));
            QVERIFY2(end.intersects(edge->boundingRect()), qPrintable(data[e].provider));
            QCOMPARE(edge->status(), data[e].status);
        }
        QVERIFY(window.statusText().contains(u"7 services"_qs));
        QVERIFY(window.statusText().contains(u"7 integrations"_qs));
        // Every item is inside the view after the first fit.
        const QRectF shown = window.view()->mapToScene(window.view()->viewport()->rect()).boundingRect();
        QVERIFY(shown.contains(scene->itemsBoundingRect()));
    }

    void statusWordsStylesAndColours_data()
    {
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("word");
        QTest::newRow("verified") << Status::Verified << u"verified"_qs;
        QTest::newRow("failed") << Status::Failed << u"failed"_qs;
        QTest::newRow("not verified") << Status::Unverified << u"not verified"_qs;
        QTest::newRow("pending") << Status::Pending << u"pending"_qs;
    }
    void statusWordsStylesAndColours()
    {
        QFETCH(Status, status);
        QFETCH(QString, word);
        QCOMPARE(NetworkStyle::statusWord(status), word);
        for (const QColor &base : {QColor(Qt::white), QColor(0x1e, 0x1e, 0x1e)}) {
            const QPalette palette = paletteWithBase(base);
            const QColor color = NetworkStyle::statusColor(status, palette);
            QVERIFY2(contrast(color, base) >= 4.5, qPrintable(color.name() + u" on "_qs + base.name()));
            for (const Status other : NetworkStyle::AllStatuses) {
                if (other != status)
                    QVERIFY(NetworkStyle::statusColor(other, palette) != color);
            }
        }
        // Colour is never the only sign: the line style or width differs from every other status.
        for (const Status other : NetworkStyle::AllStatuses) {
            if (other != status)
                QVERIFY(NetworkStyle::penStyle(other) != NetworkStyle::penStyle(status)
                        || NetworkStyle::penWidth(other) != NetworkStyle::penWidth(status));
        }

        ContractNetworkWindow window;
        const QList<IntegrationSummary> data = Test::smallNetwork();
        QVERIFY(showNetwork(&window, data));
        int seen = 0;
        for (int e = 0; e < data.size(); ++e) {
            if (data[e].status != status)
                continue;
            ++seen;
            const EdgeItem *edge = window.scene()->edgeItem(e);
            QCOMPARE(edge->color(), NetworkStyle::statusColor(status, window.palette()));
            QVERIFY2(edge->toolTip().startsWith(u"%1 → %2: %3"_qs.arg(data[e].consumer, data[e].provider, word)),
                     qPrintable(edge->toolTip()));
        }
        QVERIFY(seen > 0);
        QVERIFY(window.legend()->entries().contains(u"%1 (%2)"_qs.arg(word).arg(seen)));
        QCOMPARE(window.legend()->count(status), seen);
    }

    void filterFadesTheRest()
    {
        ContractNetworkWindow window;
        QVERIFY(showNetwork(&window, Test::smallNetwork()));
        auto *filter = window.findChild<QLineEdit *>(u"networkFilter"_qs);
        QVERIFY(filter);
        QTest::keyClicks(filter, u"order"_qs);
        NetworkScene *scene = window.scene();
        const NetworkGraph &graph = window.graph();
        const auto opacity = [&](const char *name) { return scene->nodeItem(graph.indexOf(QString::fromLatin1(name)))->opacity(); };
        QCOMPARE(opacity("OrderService"), 1.0);
        QCOMPARE(opacity("OrderWeb"), 1.0);
        QCOMPARE(opacity("MobileApp"), NetworkScene::NeighbourOpacity);
        QCOMPARE(opacity("PaymentService"), NetworkScene::NeighbourOpacity);
        QCOMPARE(opacity("AuditStore"), NetworkScene::FadedOpacity);
        for (int e = 0; e < graph.edgeCount(); ++e) {
            const IntegrationSummary &i = graph.integrations()[e];
            const bool kept = i.consumer.startsWith(u"Order"_qs) || i.provider.startsWith(u"Order"_qs);
            QCOMPARE(scene->edgeItem(e)->opacity(), kept ? 1.0 : NetworkScene::FadedOpacity);
            QVERIFY(scene->edgeItem(e)->isVisible());
        }
        QVERIFY(window.statusText().contains(u"2 matches"_qs));
        filter->clear();
        for (int s = 0; s < scene->nodeCount(); ++s)
            QCOMPARE(scene->nodeItem(s)->opacity(), 1.0);
    }

    void neighbourhoodOfTheSelectedService()
    {
        ContractNetworkWindow window;
        QVERIFY(showNetwork(&window, Test::smallNetwork()));
        NetworkScene *scene = window.scene();
        NetworkView *view = window.view();
        const NetworkGraph &graph = window.graph();
        const int order = graph.indexOf(u"OrderService"_qs);
        view->centerOn(scene->nodeItem(order));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(scene->nodeItem(order)->pos()));
        QCOMPARE(scene->selectedService(), order);
        QVERIFY(scene->nodeItem(order)->isSelectedService());
        auto *neighbourhood = window.findChild<QCheckBox *>(u"networkNeighbourhood"_qs);
        neighbourhood->setChecked(true);
        QStringList shown;
        for (int s = 0; s < scene->nodeCount(); ++s) {
            if (scene->nodeItem(s)->isVisible())
                shown.append(graph.services()[s]);
        }
        QCOMPARE(shown, (QStringList{u"MobileApp"_qs, u"OrderService"_qs, u"OrderWeb"_qs, u"PaymentService"_qs,
                           u"StockService"_qs}));
        for (int e = 0; e < graph.edgeCount(); ++e) {
            const bool incident = graph.consumerOf(e) == order || graph.providerOf(e) == order;
            QCOMPARE(scene->edgeItem(e)->isVisible(), incident);
        }
        // Another service: its neighbourhood instead.
        QVERIFY(window.selectService(u"AuditStore"_qs));
        QVERIFY(!scene->nodeItem(order)->isVisible());
        QVERIFY(scene->nodeItem(graph.indexOf(u"StockService"_qs))->isVisible());
        neighbourhood->setChecked(false);
        for (int s = 0; s < scene->nodeCount(); ++s)
            QVERIFY(scene->nodeItem(s)->isVisible());
    }

    void clickingAnIntegrationAsksForItsPactOrMatrix()
    {
        ContractNetworkWindow window;
        const QList<IntegrationSummary> data = Test::smallNetwork();
        QVERIFY(showNetwork(&window, data));
        QSignalSpy pacts(&window, &ContractNetworkWindow::pactRequested);
        QSignalSpy matrices(&window, &ContractNetworkWindow::matrixRequested);
        NetworkView *view = window.view();
        view->zoomBy(2, view->viewport()->rect().center());
        for (int e = 0; e < data.size(); ++e) {
            const std::optional<QPoint> pos = pointOnEdge(view, e);
            QVERIFY2(pos, qPrintable(u"no point only on edge %1"_qs.arg(e)));
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, *pos);
            QCOMPARE(pacts.size(), 1);
            QCOMPARE(pacts.takeFirst().first().toUrl(), data[e].pactUrl);
            QVERIFY(window.scene()->edgeItem(e)->isHighlighted());
            QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, *pos);
            QCOMPARE(matrices.size(), 1);
            QCOMPARE(matrices.takeFirst(), (QVariantList{data[e].consumer, data[e].provider}));
        }
        QCOMPARE(pacts.size(), 0);
        // The buttons do the same for the selected integration.
        window.findChild<QPushButton *>(u"networkOpenMatrix"_qs)->click();
        QCOMPARE(matrices.size(), 1);
        QCOMPARE(matrices.first().first().toString(), data.last().consumer);
    }

    // Without a mouse: select a service by the filter and Enter, choose one of its integrations in the
    // chooser, open its pact or matrix with the buttons.
    void integrationsByKeyboard()
    {
        ContractNetworkWindow window;
        const QList<IntegrationSummary> data = Test::smallNetwork();
        QVERIFY(showNetwork(&window, data));
        QSignalSpy pacts(&window, &ContractNetworkWindow::pactRequested);
        QSignalSpy matrices(&window, &ContractNetworkWindow::matrixRequested);
        auto *choice = window.findChild<QComboBox *>(u"networkEdgeChoice"_qs);
        auto *openPact = window.findChild<QPushButton *>(u"networkOpenPact"_qs);
        QVERIFY(choice && openPact);
        QVERIFY(!choice->isEnabled()); // no service selected yet

        const QString service = data.first().consumer;
        auto *filter = window.findChild<QLineEdit *>(u"networkFilter"_qs);
        filter->setFocus();
        QTest::keyClicks(filter, service);
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(window.scene()->selectedService(), window.scene()->graph().indexOf(service));
        QVERIFY(choice->isEnabled());
        QList<int> expected;
        for (int e = 0; e < data.size(); ++e)
            if (data[e].consumer == service || data[e].provider == service)
                expected << e;
        QCOMPARE(choice->count(), expected.size() + 1); // a "choose one" first
        QCOMPARE(choice->currentIndex(), 0);
        QVERIFY(!openPact->isEnabled());

        choice->setFocus();
        QTest::keyClick(choice, Qt::Key_Down); // a closed combo box activates the next entry
        const int edge = expected.first();
        QCOMPARE(choice->currentData().toInt(), edge);
        QVERIFY(window.scene()->edgeItem(edge)->isHighlighted());
        QVERIFY(openPact->isEnabled());
        openPact->click();
        QCOMPARE(pacts.size(), 1);
        QCOMPARE(pacts.first().first().toUrl(), data[edge].pactUrl);
        window.findChild<QPushButton *>(u"networkOpenMatrix"_qs)->click();
        QCOMPARE(matrices.size(), 1);
        QCOMPARE(matrices.first(), (QVariantList{data[edge].consumer, data[edge].provider}));

        // A click on another service's arrow shows up in the chooser of its service, not as a stale entry.
        QVERIFY(window.selectService(data.last().provider));
        QCOMPARE(choice->currentIndex(), 0);
    }

    void newStatusesRecolourWithoutLayout()
    {
        ContractNetworkWindow window;
        QList<IntegrationSummary> data = Test::smallNetwork();
        QVERIFY(showNetwork(&window, data));
        QSignalSpy laidOut(&window, &ContractNetworkWindow::layoutFinished);
        const QPointF before = window.scene()->nodeItem(0)->pos();
        data[0].status = Status::Failed;
        window.setIntegrations(data);
        QVERIFY(!window.isLayingOut());
        QCOMPARE(window.scene()->edgeItem(0)->status(), Status::Failed);
        QCOMPARE(window.scene()->edgeItem(0)->color(), NetworkStyle::statusColor(Status::Failed, window.palette()));
        QVERIFY(window.scene()->edgeItem(0)->toolTip().contains(u"failed"_qs));
        QCOMPARE(window.scene()->nodeItem(0)->pos(), before);
        QCOMPARE(laidOut.size(), 0);
        // A new integration is a new shape: laid out again.
        data.append(Test::integration("MobileApp", "CustomerService", Status::Pending));
        window.setIntegrations(data);
        QVERIFY(window.isLayingOut());
        QVERIFY(laidOut.wait(60000));
        QCOMPARE(window.scene()->edgeCount(), data.size());
    }

    void zoomKeysAndWheel()
    {
        ContractNetworkWindow window;
        QVERIFY(showNetwork(&window, Test::smallNetwork()));
        QVERIFY(QTest::qWaitForWindowActive(&window));
        NetworkView *view = window.view();
        const qreal start = view->zoom();
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(view->zoom() > start);
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(view->zoom() < start);
        const qreal beforeWheel = view->zoom();
        const QPoint at = view->viewport()->rect().center();
        QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        QVERIFY(view->zoom() > beforeWheel);
        for (int i = 0; i < 100; ++i)
            view->zoomIn();
        QCOMPARE(view->zoom(), NetworkView::MaxScale);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QVERIFY(view->zoom() <= 1.0);
    }

    void tooLargeNetworkNamesTheLimit()
    {
        ContractNetworkWindow window;
        QList<IntegrationSummary> data;
        for (int i = 0; i <= GraphLayout::MaxNodes / 2; ++i)
            data.append(Test::integration("c", "p", Status::Verified));
        for (int i = 0; i < data.size(); ++i) {
            data[i].consumer = u"Consumer%1"_qs.arg(i);
            data[i].provider = u"Provider%1"_qs.arg(i);
        }
        window.setIntegrations(data);
        QVERIFY(!window.isLayingOut());
        QVERIFY2(window.statusText().contains(QString::number(GraphLayout::MaxNodes)), qPrintable(window.statusText()));
        QCOMPARE(window.scene()->nodeCount(), 0);
    }

    void largeNetwork()
    {
        ContractNetworkWindow window;
        const QList<IntegrationSummary> data = SampleNetwork::generate(200, 1000);
        window.resize(1280, 800);
        QVERIFY(showNetwork(&window, data));
        window.resize(1280, 800);
        QCOMPARE(window.scene()->edgeCount(), 1000);
        QCOMPARE(window.scene()->nodeCount(), window.graph().serviceCount());
        QSet<std::pair<qreal, qreal>> places;
        for (int s = 0; s < window.scene()->nodeCount(); ++s) {
            const QPointF p = window.scene()->nodeItem(s)->pos();
            places.insert({p.x(), p.y()});
        }
        QCOMPARE(places.size(), window.scene()->nodeCount());
        // The picture for the README: one service selected, the filter on its domain.
        auto *filter = window.findChild<QLineEdit *>(u"networkFilter"_qs);
        QTest::keyClicks(filter, u"Order"_qs);
        QVERIFY(window.selectService(u"OrderService"_qs));
        QCOMPARE(window.graph().services()[window.scene()->selectedService()], u"OrderService"_qs);
        if (const QString dir = qEnvironmentVariable("PACTBENCH_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(window.grab().save(dir + u"/contract-network.png"_qs));
    }
};

QTEST_MAIN(TestContractNetwork)
#include "tst_contractnetwork.moc"
