// SPDX-License-Identifier: MIT
// The verification panel driven by objectName, offscreen, against the local test provider: live
// results, the diff of a failing interaction, re-runs with their provider states, stop, closing the
// document. Export, publish, messages and settings are in tst_verifypanelio.
#include "verifypanelfixture.h"

#include <ui/verify/bodydiffview.h>
#include <ui/verify/diffcodeview.h>

#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeView>

using namespace Pactbench;
using namespace Pactbench::Test;

class TestVerificationPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestProvider> m_provider;

    void routeOrders(int n) { Test::routeOrders(m_provider.get(), n); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"pactbench-tests"_qs);
        QCoreApplication::setApplicationName(u"tst_verificationpanel"_qs);
        QCoreApplication::setApplicationVersion(u"0.1.0"_qs);
    }

    void init()
    {
        QSettings().clear();
        m_provider = std::make_unique<TestProvider>();
        QVERIFY(m_provider->start());
    }

    void cleanup() { m_provider.reset(); }

    void resultsFillLive()
    {
        routeOrders(5);
        m_provider->delay(u"GET"_qs, u"/orders/4"_qs, 400); // the run is still going when rows are there
        Fixture f(ordersPact(5), m_provider->url());
        QList<bool> runningAtResult;
        QObject::connect(f.model(), &QAbstractItemModel::dataChanged, &f.panel,
            [&] { runningAtResult.append(f.panel.isRunning()); });
        QVERIFY(f.click("runButton"));
        QTRY_VERIFY(f.model()->results().size() >= 4);
        QVERIFY(f.panel.isRunning());
        QCOMPARE(f.finished.size(), 0);
        QVERIFY(!f.button("runButton")->isEnabled());
        QVERIFY(f.button("stopButton")->isEnabled());
        QCOMPARE(f.panel.findChild<QProgressBar *>(u"progressBar"_qs)->value(), 4);
        QTRY_COMPARE(f.finished.size(), 1);
        QVERIFY(runningAtResult.size() >= 5 && runningAtResult.first());
        const VerificationSummary s = f.lastSummary();
        QCOMPARE(s.passed, 5); // the ids differ, as the type rule allows
    }

    void failingInteractionDiffHighlightsItsPaths()
    {
        routeOrders(2);
        m_provider->route(u"GET"_qs, u"/orders/1"_qs, Test::jsonResponse(200, R"({"id": "x", "name": "order 1"})"));
        Pact pact = ordersPact(2);
        Fixture f(pact, m_provider->url());
        QVERIFY(f.runToEnd());
        QCOMPARE(f.model()->failedInteractions(), QList<int>{ 1 });
        auto *view = f.panel.findChild<QTreeView *>(u"resultsView"_qs);
        auto *body = f.panel.findChild<BodyDiffView *>();
        view->setCurrentIndex(f.model()->indexOfInteraction(1));
        QTRY_VERIFY_WITH_TIMEOUT(!body->isPreparing(), 30000); // prepared on worker threads
        auto *expected = f.panel.findChild<DiffCodeView *>(u"expectedBodyView"_qs);
        auto *actual = f.panel.findChild<DiffCodeView *>(u"actualBodyView"_qs);
        QStringList red, blue;
        for (const DiffCodeView::Annotation &a : actual->annotations())
            (a.kind == DiffCodeView::Annotation::Kind::Mismatch ? red : blue)
                .append(actual->lineText(a.line).trimmed());
        QCOMPARE(red, QStringList{ u"\"id\": \"x\","_qs });
        QCOMPARE(blue, QStringList{});
        QCOMPARE(expected->annotations().size(), 1);
        QCOMPARE(expected->annotations().constFirst().line, 1);
        QVERIFY2(expected->annotations().constFirst().text.startsWith(u"Type: "_qs),
            qPrintable(expected->annotations().constFirst().text));
        // A passing one: the type rule's line is marked as allowed to differ, nothing is red.
        view->setCurrentIndex(f.model()->indexOfInteraction(0));
        QTRY_VERIFY_WITH_TIMEOUT(!body->isPreparing(), 30000);
        QCOMPARE(expected->annotations().size(), 1);
        QCOMPARE(expected->annotations().constFirst().kind, DiffCodeView::Annotation::Kind::Matched);
        QCOMPARE(expected->annotations().constFirst().text, u"matched by Type"_qs);
        auto *sent = f.panel.findChild<QPlainTextEdit *>(u"sentRequestView"_qs);
        QVERIFY(sent->toPlainText().startsWith(u"GET "_qs + m_provider->url().toString() + u"/orders/0"_qs));
        QVERIFY(f.button("copyCurlButton")->isEnabled());
        // Activating a result asks the window to select its interaction.
        QSignalSpy activated(&f.panel, &VerificationPanel::interactionActivated);
        Q_EMIT view->activated(f.model()->indexOfInteraction(1));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(1).toInt(), 1);
    }

    void rerunOneInteractionCallsItsStateAgain()
    {
        routeOrders(3);
        Fixture f(ordersPact(3), m_provider->url());
        QVERIFY(f.runToEnd());
        auto states = [&] {
            QStringList out;
            for (const QJsonObject &call : m_provider->stateCalls())
                out.append(call.value(u"state").toString());
            return out;
        };
        QCOMPARE(states(), (QStringList{ u"order 0 exists"_qs, u"order 1 exists"_qs, u"order 2 exists"_qs }));
        f.panel.setCurrentInteraction(1);
        QVERIFY(f.runToEnd("rerunInteractionButton"));
        QCOMPARE(states(),
            (QStringList{ u"order 0 exists"_qs, u"order 1 exists"_qs, u"order 2 exists"_qs, u"order 1 exists"_qs }));
        QCOMPARE(requestsTo(*m_provider, u"/orders/1"_qs), 2);
        QCOMPARE(requestsTo(*m_provider, u"/orders/0"_qs), 1);
        QCOMPARE(f.model()->interactionCount(), 3); // the row was replaced, the others kept
        QCOMPARE(f.model()->results().size(), 3);
        // One source of truth: the status counts every result shown, as the tree does, not only the re-run.
        const QString status = f.panel.findChild<QLabel *>(u"statusLabel"_qs)->text();
        QVERIFY2(status.startsWith(u"3 passed, 0 failed"), qPrintable(status));
    }

    void rerunFailedRunsOnlyTheFailedOnes()
    {
        routeOrders(3);
        m_provider->route(u"GET"_qs, u"/orders/2"_qs, Test::jsonResponse(500, "{}"));
        Fixture f(ordersPact(3), m_provider->url());
        QVERIFY(f.runToEnd());
        QCOMPARE(f.model()->failedInteractions(), QList<int>{ 2 });
        m_provider->route(u"GET"_qs, u"/orders/2"_qs, Test::jsonResponse(200, orderBody(2)));
        QVERIFY(f.runToEnd("rerunFailedButton"));
        QCOMPARE(requestsTo(*m_provider, u"/orders/0"_qs), 1);
        QCOMPARE(requestsTo(*m_provider, u"/orders/2"_qs), 2);
        QCOMPARE(f.model()->failedInteractions(), QList<int>{});
        QVERIFY(!f.button("rerunFailedButton")->isEnabled());
    }

    void stopCancelsTheRun()
    {
        routeOrders(5);
        m_provider->delay(u"GET"_qs, u"/orders/1"_qs, 5000);
        Fixture f(ordersPact(5), m_provider->url());
        QVERIFY(f.click("runButton"));
        QTRY_COMPARE(requestsTo(*m_provider, u"/orders/1"_qs), 1);
        QVERIFY(f.click("stopButton"));
        QTRY_COMPARE(f.finished.size(), 1);
        QVERIFY(f.lastSummary().cancelled);
        QCOMPARE(f.model()->results().size(), 1);
        QTest::qWait(200);
        for (int i = 2; i < 5; ++i)
            QCOMPARE(requestsTo(*m_provider, u"/orders/%1"_qs.arg(i)), 0);
        QVERIFY(f.button("runButton")->isEnabled());
    }

    // Run, Stop and the re-runs have keys while the focus is in the panel (F5, Shift+F5, Ctrl+F5,
    // Ctrl+Shift+F5), named in the buttons' tooltips.
    void keyboardRunsStopsAndReruns()
    {
        routeOrders(3);
        m_provider->route(u"GET"_qs, u"/orders/2"_qs, Test::jsonResponse(500, "{}"));
        Fixture f(ordersPact(3), m_provider->url());
        QApplication::setActiveWindow(&f.panel);
        auto *view = f.panel.findChild<QTreeView *>(u"resultsView"_qs);
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QVERIFY(f.button("runButton")->toolTip().contains(u"F5"));
        QTest::keyClick(view, Qt::Key_F5);
        QTRY_COMPARE(f.finished.size(), 1);
        QCOMPARE(f.model()->failedInteractions(), QList<int>{ 2 });

        m_provider->route(u"GET"_qs, u"/orders/2"_qs, Test::jsonResponse(200, orderBody(2)));
        QTest::keyClick(view, Qt::Key_F5, Qt::ControlModifier); // re-run failed
        QTRY_COMPARE(f.finished.size(), 2);
        QCOMPARE(requestsTo(*m_provider, u"/orders/2"_qs), 2);
        QCOMPARE(requestsTo(*m_provider, u"/orders/0"_qs), 1);

        f.panel.setCurrentInteraction(0);
        QTest::keyClick(view, Qt::Key_F5, Qt::ControlModifier | Qt::ShiftModifier); // re-run this interaction
        QTRY_COMPARE(f.finished.size(), 3);
        QCOMPARE(requestsTo(*m_provider, u"/orders/0"_qs), 2);

        m_provider->delay(u"GET"_qs, u"/orders/1"_qs, 5000);
        QTest::keyClick(view, Qt::Key_F5);
        QTRY_COMPARE(requestsTo(*m_provider, u"/orders/1"_qs), 2); // the first run and this one
        QTest::keyClick(view, Qt::Key_F5, Qt::ShiftModifier); // stop
        QTRY_COMPARE(f.finished.size(), 4);
        QVERIFY(f.lastSummary().cancelled);
    }

    void closingTheDocumentStopsItsRun()
    {
        routeOrders(3);
        m_provider->delay(u"GET"_qs, u"/orders/0"_qs, 5000);
        Fixture f(ordersPact(3), m_provider->url());
        QVERIFY(f.click("runButton"));
        QTRY_COMPARE(requestsTo(*m_provider, u"/orders/0"_qs), 1);
        f.documents.close(f.document);
        QTRY_COMPARE(f.finished.size(), 1);
        QVERIFY(!f.panel.isRunning());
        QCOMPARE(f.model()->rowCount(), 0);
        QVERIFY(!f.button("runButton")->isEnabled());
    }
};

QTEST_MAIN(TestVerificationPanel)
#include "tst_verificationpanel.moc"
