// SPDX-License-Identifier: MIT
// The mock-server and verification panels inside the real MainWindow (offscreen): they follow the
// tree's selection, a verification run marks the tree's interactions live, and activating an
// interaction in a panel selects it in the tree.

#include "uitestutils.h"
#include "verify/verifypanelfixture.h"

#include <ui/mock/mockserverpanel.h>
#include <ui/mock/runningserver.h>
#include <ui/models/pacttreemodel.h>
#include <ui/models/roles.h>
#include <ui/verify/bodydiffview.h>
#include <ui/verify/verificationpanel.h>
#include <ui/widgets/interactioneditor.h>
#include <ui/window/mainwindow.h>
#include <ui/window/paneldocks.h>

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>

using namespace Pactbench;

class TestWindowPanels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    Test::RecordingDialogService *m_dialogs = nullptr;

    /// With PACTBENCH_SCREENSHOT_DIR set (scripts/screenshots), saves the window as `name`.png.
    void shoot(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("PACTBENCH_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(100);
        QVERIFY(m_window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }

    Roles::VerificationMark mark(PactDocument *document, int interaction) const
    {
        return Roles::VerificationMark(
            m_window->treeModel()->indexForInteraction(document, interaction).data(Roles::VerificationRole).toInt());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        auto dialogs = std::make_unique<Test::RecordingDialogService>();
        m_dialogs = dialogs.get();
        m_window->setDialogService(std::move(dialogs));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void docksAreInTheMenusAndFollowTheSelection()
    {
        PanelDocks *panels = m_window->panels();
        QVERIFY(!panels->mockServerDock()->isVisible());
        panels->showVerificationAction()->trigger();
        QVERIFY(panels->verificationDock()->isVisible());
        panels->showMockServerAction()->trigger();
        QVERIFY(panels->mockServerDock()->isVisible());
        QVERIFY(m_window->openExample());
        PactDocument *document = m_window->documents()->documents().constFirst();
        m_window->selectInteraction(document, 2);
        QCOMPARE(panels->mockServer()->currentDocument(), document);
        QCOMPARE(panels->verification()->currentDocument(), document);
        QCOMPARE(panels->verification()->currentInteraction(), 2);
    }

    void verificationMarksTheTreeAndSelects()
    {
        Test::TestProvider provider;
        QVERIFY(provider.start());
        Test::routeOrders(&provider, 2); // orders 0 and 1 answer as the pact says (type rule on the id)
        provider.route(QStringLiteral("GET"), QStringLiteral("/orders/2"),
            Test::jsonResponse(200, R"({"id": "not a number", "name": "order 2"})"));
        PactDocument *document = m_window->documents()->addPact(Test::ordersPact(3));
        m_window->selectInteraction(document, 0);
        VerificationPanel *panel = m_window->panels()->verification();
        m_window->panels()->showVerificationAction()->trigger();
        panel->findChild<QLineEdit *>(QStringLiteral("providerBaseUrlEdit"))->setText(provider.url().toString());
        panel->findChild<QLineEdit *>(QStringLiteral("stateChangeUrlEdit"))
            ->setText(provider.url().toString() + QStringLiteral("/_pact/state"));
        QSignalSpy finished(panel, &VerificationPanel::runFinished);
        panel->findChild<QPushButton *>(QStringLiteral("runButton"))->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(mark(document, 0), Roles::VerificationMark::Passed);
        QCOMPARE(mark(document, 1), Roles::VerificationMark::Passed);
        QCOMPARE(mark(document, 2), Roles::VerificationMark::Failed);
        // Pictures for the README: a failing and a passing result in the diff pane.
        m_window->resize(1400, 900);
        auto *results = panel->findChild<QTreeView *>(QStringLiteral("resultsView"));
        QVERIFY(results);
        results->expandAll();
        auto *body = panel->findChild<BodyDiffView *>();
        QVERIFY(body);
        results->setCurrentIndex(results->model()->index(2, 0, results->model()->index(0, 0)));
        QTRY_VERIFY_WITH_TIMEOUT(!body->isPreparing(), 30000); // the body diff is prepared on worker threads
        QCOMPARE(body->actualView()->marks().kind(1), DiffCodeView::Annotation::Kind::Mismatch); // "id": "not a number"
        shoot(QStringLiteral("verification-fail"));
        results->setCurrentIndex(results->model()->index(0, 0, results->model()->index(0, 0)));
        QTRY_VERIFY_WITH_TIMEOUT(!body->isPreparing(), 30000);
        shoot(QStringLiteral("verification-pass"));
        // A result activated in the panel is selected in the tree and shown in the editor.
        Q_EMIT panel->interactionActivated(document, 2);
        QCOMPARE(m_window->interactionEditor()->interactionIndex(), 2);
        m_window->documents()->close(document);
        QCOMPARE(m_window->documents()->count(), 0);
    }

    void mockServerActivationSelects()
    {
        QVERIFY(m_window->openExample());
        PactDocument *document = m_window->documents()->documents().constFirst();
        m_window->selectInteraction(document, 0);
        MockServerPanel *panel = m_window->panels()->mockServer();
        RunningServer *server = panel->startServer();
        QVERIFY(server);
        QTRY_VERIFY(server->url().port() > 0);
        m_window->panels()->showMockServerAction()->trigger();
        // A matched request, one with the wrong Accept header, and one nobody expects.
        // The request of "a request for an existing order", exactly as the pact has it, then with a wrong Accept.
        const HttpRequest &expected = document->pact().interactions.at(1).request;
        QNetworkAccessManager nam;
        const auto send = [&](const QString &path, const QByteArray &accept) {
            QNetworkRequest request(server->url().resolved(QUrl(path)));
            for (const QString &name : expected.headers.names())
                request.setRawHeader(name.toUtf8(), expected.headers.values(name).join(QStringLiteral(", ")).toUtf8());
            if (!accept.isEmpty())
                request.setRawHeader("Accept", accept);
            QNetworkReply *reply = nam.sendCustomRequest(request, expected.method.toUtf8());
            QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
            reply->deleteLater();
        };
        send(expected.path, {});
        send(expected.path, "text/csv");
        send(QStringLiteral("/admin/stats"), {});
        auto *journal = panel->findChild<QTreeView *>(QStringLiteral("journalView"));
        QVERIFY(journal);
        QTRY_COMPARE(journal->model()->rowCount(), 3);
        QCOMPARE(journal->model()->index(0, 4).data().toString(), QStringLiteral("matched"));
        m_window->resize(1400, 900);
        journal->setCurrentIndex(journal->model()->index(1, 0));
        shoot(QStringLiteral("mock-journal"));
        Q_EMIT panel->interactionActivated(document, 3);
        QCOMPARE(m_window->interactionEditor()->interactionIndex(), 3);
        m_window->documents()->close(document); // stops its server
        QTRY_VERIFY(panel->servers().isEmpty());
    }
};

QTEST_MAIN(TestWindowPanels)
#include "tst_windowpanels.moc"
