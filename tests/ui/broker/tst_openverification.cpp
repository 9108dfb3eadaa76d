// SPDX-License-Identifier: MIT
// Broker › Can I Deploy…: double-clicking a matrix row's verification opens it inside Pactbench: the
// pact in the tree, and the published results in the verification views (results tree and diff
// pane), expected against the actual values the verifier published. Offscreen, against the local
// test broker, with a verification published the way our verifier publishes it.

#include "brokertestdata.h"
#include "brokertestwait.h"
#include "testbroker.h"

#include <core/broker/brokerclient.h>
#include <core/model/pactreader.h>
#include <core/verifier/brokerverification.h>
#include <ui/canideploy/canideploydialog.h>
#include <ui/canideploy/canideployform.h>
#include <ui/canideploy/matrixtablemodel.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>
#include <ui/verify/bodydiffview.h>
#include <ui/verify/diffpane.h>
#include <ui/verify/fieldsdiffview.h>
#include <ui/verify/publishedverificationwindow.h>
#include <ui/verify/verificationresultsmodel.h>
#include <ui/window/brokertools.h>
#include <ui/window/mainwindow.h>
#include <ui/window/verificationopener.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace Pactbench;

namespace {

QByteArray invoicePact()
{
    return QByteArray("{\"consumer\": {\"name\": \"Web\"}, \"provider\": {\"name\": \"Billing\"}, \"interactions\": ["
                      "{\"description\": \"get an invoice\", \"providerStates\": [{\"name\": \"an invoice\"}],"
                      " \"request\": {\"method\": \"GET\", \"path\": \"/invoices/1\"},"
                      " \"response\": {\"status\": 200, \"headers\": {\"Content-Type\": \"application/json\"},"
                      " \"body\": {\"total\": 12, \"currency\": \"EUR\"}}},"
                      "{\"description\": \"list invoices\", \"request\": {\"method\": \"GET\", \"path\": \"/invoices\"},"
                      " \"response\": {\"status\": 200, \"body\": []}}],"
                      " \"metadata\": {\"pactSpecification\": {\"version\": \"3.0.0\"}}}");
}

/// What our verifier found: the total differs, the list passed.
QList<InteractionResult> verifierResults()
{
    InteractionResult failed;
    failed.pactIndex = 0;
    failed.description = u"get an invoice"_qs;
    failed.outcome = InteractionOutcome::Failed;
    VerifierMismatch m;
    m.type = u"BodyMismatch"_qs;
    m.path = u"$.total"_qs;
    m.expected = 12;
    m.actual = 13;
    m.description = u"Expected 12 (Integer) to be equal to 13 (Integer)"_qs;
    failed.mismatches << m;
    InteractionResult passed;
    passed.pactIndex = 0;
    passed.description = u"list invoices"_qs;
    passed.outcome = InteractionOutcome::Passed;
    return {failed, passed};
}

/// Asks whether Web 1.0.0 can go to production, once the broker's lists are in the form.
void askWebToProduction(CanIDeployDialog *dialog)
{
    auto *environments = dialog->findChild<QComboBox *>(u"environmentCombo"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(environments && environments->count() > 0, 20000);
    dialog->form()->setPacticipant(u"Web"_qs);
    dialog->form()->setVersion(CanIDeployForm::VersionChoice::Version, u"1.0.0"_qs);
    dialog->form()->setEnvironment(u"production"_qs);
    QVERIFY2(dialog->form()->problem().isEmpty(), qPrintable(dialog->form()->problem()));
    dialog->check();
}

QString columnText(QTreeWidget *tree, int row, int column)
{
    QTreeWidgetItem *item = tree->topLevelItem(row);
    return item ? item->text(column) : QString();
}

} // namespace

class TestOpenVerification : public QObject
{
    Q_OBJECT

    Test::TestBroker m_broker;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("pactbench-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_openverification"));
        QSettings().clear();
        QVERIFY(m_broker.start());
        m_broker.addPacticipant(u"Web"_qs, u"main"_qs);
        m_broker.addPact({u"Web"_qs, u"Billing"_qs, u"1.0.0"_qs, invoicePact(), u"main"_qs, {}});
        // Billing 3.1.0 verifies the pact and publishes through our verifier's conversion, then goes to production.
        BrokerClient client(Test::connectionTo(m_broker));
        auto *pact = client.fetchPact(QUrl(m_broker.baseUrl().toString()
                                           + u"/pacts/provider/Billing/consumer/Web/version/1.0.0"_qs));
        QVERIFY(Test::finishes(pact));
        QVERIFY(pact->ok());
        BrokerVerificationOptions options;
        options.providerVersion = u"3.1.0"_qs;
        const VerificationResults results = BrokerVerification::resultsFor(0, verifierResults(), options, u"0.1.0"_qs);
        auto *published = client.publishVerificationResults(pact->value(), results);
        QVERIFY(Test::finishes(published));
        QVERIFY2(published->ok(), qPrintable(published->error().message));
        m_broker.addDeployment(u"Billing"_qs, u"3.1.0"_qs, u"production"_qs);
    }

    void theBrokerServesTheTestResultsAsPosted()
    {
        BrokerClient client(Test::connectionTo(m_broker));
        const QString url = m_broker.baseUrl().toString() + u"/pacts/provider/Billing/consumer/Web/pact-version/"_qs
            + m_broker.verifications().constLast().sha + u"/verification-results/"_qs
            + QString::number(m_broker.verifications().constLast().number);
        auto *reply = client.fetchVerification(QUrl(url));
        QVERIFY(Test::finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().message));
        const PublishedVerification v = reply->value();
        QCOMPARE(v.providerName, u"Billing"_qs);
        QCOMPARE(v.providerVersion, u"3.1.0"_qs);
        QCOMPARE(v.success, std::optional<bool>(false));
        QCOMPARE(v.verifierName, u"Pactbench"_qs);
        QCOMPARE(v.testResults.size(), 2);
        const PublishedMismatch &m = v.testResults.constFirst().mismatches.constFirst();
        QCOMPARE(m.identifier, u"$.total"_qs);
        QCOMPARE(m.expected, QJsonValue(12));
        QCOMPARE(m.actual, QJsonValue(13));
        QVERIFY(v.pactUrl.toString().endsWith(u"/pact-version/"_qs + m_broker.verifications().constLast().sha));
    }

    void doubleClickingAVerificationShowsItsDiff()
    {
        MainWindow window;
        window.show();
        CanIDeployDialog *dialog = window.brokerTools()->showCanIDeploy(Test::connectionTo(m_broker));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QSignalSpy answered(dialog, &CanIDeployDialog::answered);
        askWebToProduction(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 20000);
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 1, 10000);

        QTableView *view = dialog->matrixView();
        const QModelIndex cell = view->model()->index(0, MatrixTableModel::VerificationColumn);
        view->scrollTo(cell);
        const QPoint at = view->visualRect(cell).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);

        // The pact opens in the tree, the verification in its window.
        QTRY_COMPARE_WITH_TIMEOUT(window.documents()->documents().size(), 1, 20000);
        QVERIFY(window.documents()->documents().constFirst()->brokerSource());
        PublishedVerificationWindow *shown = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((shown = window.brokerTools()->verificationOpener()->window()) && shown->isVisible(), 20000);
        QVERIFY2(shown->windowTitle().contains(u"3.1.0"_qs), qPrintable(shown->windowTitle()));
        QVERIFY2(shown->headline().contains(PublishedVerificationWindow::tr("failed")), qPrintable(shown->headline()));

        // Passing and failing per interaction; the failing one is selected.
        VerificationResultsModel *model = shown->resultsModel();
        const QModelIndex failing = model->indexOfInteraction(0);
        const QModelIndex passing = model->indexOfInteraction(1);
        QCOMPARE(failing.siblingAtColumn(VerificationResultsModel::OutcomeColumn).data(VerificationResultsModel::OutcomeRole).toString(), u"failed"_qs);
        QCOMPARE(passing.siblingAtColumn(VerificationResultsModel::OutcomeColumn).data(VerificationResultsModel::OutcomeRole).toString(), u"passed"_qs);
        QCOMPARE(shown->resultsView()->currentIndex().siblingAtColumn(0), failing.siblingAtColumn(0));

        // The diff: the mismatch with the expected and actual values the verifier published.
        DiffPane *diff = shown->diffPane();
        auto *mismatches = diff->findChild<QTreeWidget *>(u"mismatchList"_qs);
        QCOMPARE(mismatches->topLevelItemCount(), 1);
        QCOMPARE(columnText(mismatches, 0, DiffPane::PathColumn), u"$.total"_qs);
        QCOMPARE(columnText(mismatches, 0, DiffPane::ExpectedColumn), u"12"_qs);
        QCOMPARE(columnText(mismatches, 0, DiffPane::ActualColumn), u"13"_qs);
        // No response was published: the status is not made up.
        auto *fields = diff->findChild<FieldsDiffView *>();
        QCOMPARE(columnText(fields, 0, FieldsDiffView::ExpectedColumn), u"200"_qs);
        QCOMPARE(columnText(fields, 0, FieldsDiffView::ActualColumn), PublishedVerificationWindow::unpublishedNote());
        // The expected body, its mismatched line marked; the actual side says why it is empty.
        BodyDiffView *bodies = diff->bodyView();
        QTRY_VERIFY_WITH_TIMEOUT(!bodies->isPreparing(), 10000);
        QVERIFY(bodies->expectedView()->toPlainText().contains(u"\"total\": 12"_qs));
        QCOMPARE(bodies->actualView()->toPlainText(), PublishedVerificationWindow::unpublishedNote());
        bool marked = false;
        for (int line = 0; line < 10; ++line)
            marked = marked || bodies->expectedView()->annotationText(line).contains(u"to be equal to 13"_qs);
        QVERIFY(marked);

        if (const QString dir = qEnvironmentVariable("PACTBENCH_SCREENSHOT_DIR"); !dir.isEmpty()) {
            shown->resize(1280, 720);
            QTest::qWait(200);
            QVERIFY(shown->grab().save(dir + u"/published-verification.png"_qs));
        }

        // Enter on a result selects its interaction in the main window's tree.
        QList<QPair<PactDocument *, int>> requested;
        connect(window.brokerTools(), &BrokerTools::interactionRequested, this,
                [&requested](PactDocument *document, int interaction) { requested.append({document, interaction}); });
        shown->resultsView()->setFocus();
        QTest::keyClick(shown->resultsView(), Qt::Key_Return);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first, window.documents()->documents().constFirst());
        QCOMPARE(requested.first().second, 0);

        // The passing interaction: nothing to show but what the pact expects.
        shown->selectInteraction(1);
        QCOMPARE(mismatches->topLevelItemCount(), 0);
        shown->close();
        dialog->close();
    }

    void contextMenuKeepsOpenInBrowser()
    {
        CanIDeployDialog dialog(Test::connectionTo(m_broker));
        QSignalSpy answered(&dialog, &CanIDeployDialog::answered);
        askWebToProduction(&dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), 1, 10000);
        const MatrixRow row = dialog.model()->matrixRow(0);
        std::unique_ptr<QMenu> menu(
            dialog.contextMenuFor(dialog.matrixView()->model()->index(0, MatrixTableModel::VerificationColumn)));
        QVERIFY(menu);
        QSignalSpy browser(&dialog, &CanIDeployDialog::browserRequested);
        QSignalSpy verification(&dialog, &CanIDeployDialog::verificationRequested);
        auto *openInBrowser = menu->findChild<QAction *>(u"openInBrowserAction"_qs);
        QVERIFY(openInBrowser);
        openInBrowser->trigger();
        QCOMPARE(browser.size(), 1);
        QCOMPARE(browser.constFirst().constFirst().toUrl(), row.verificationUrl);
        menu->findChild<QAction *>(u"openVerificationAction"_qs)->trigger();
        QCOMPARE(verification.size(), 1);
        QCOMPARE(verification.constFirst().at(1).toUrl(), row.pactUrl);
    }

    void theWindowsModelHoldsUp()
    {
        // The results model under QAbstractItemModelTester while a verification is shown, then another.
        PublishedVerificationWindow window;
        QAbstractItemModelTester tester(window.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        PublishedVerification v;
        v.providerName = u"Billing"_qs;
        v.providerVersion = u"3.1.0"_qs;
        v.success = false;
        PublishedTestResult t;
        t.interactionDescription = u"get an invoice"_qs;
        t.success = false;
        t.mismatches.append({u"status"_qs, {}, u"expected 200 but was 500"_qs, QJsonValue(QJsonValue::Undefined), QJsonValue(QJsonValue::Undefined), {}});
        v.testResults << t;
        v.testResults << PublishedTestResult{u"gone"_qs, u"removed"_qs, {}, true, {}, {}, {u"extra: 1"_qs}};
        const ReadResult read = PactReader::read(invoicePact());
        QVERIFY(read.pact);
        window.setVerification(v, u"Web"_qs, pairPublishedResults(v, *read.pact));
        QCOMPARE(window.resultsModel()->interactionCount(), 3);
        const QModelIndex gone = window.resultsModel()->indexOfInteraction(2);
        QVERIFY(window.resultsModel()->rowCount(gone) >= 2); // the note, and what was not read
        window.setVerification(v, u"Web"_qs, pairPublishedResults(v, Pact()));
        QCOMPARE(window.resultsModel()->interactionCount(), 2);
        QCOMPARE(window.diffPane()->findChild<QTreeWidget *>(u"mismatchList"_qs)->topLevelItemCount(), 1);
    }
};

QTEST_MAIN(TestOpenVerification)
#include "tst_openverification.moc"
