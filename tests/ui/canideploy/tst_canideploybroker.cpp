// SPDX-License-Identifier: MIT
// The Can I Deploy dialog against the local test broker (tests/broker): the lists fill the form,
// the verdict of a real can-i-deploy answer, and an ignore toggle that changes it.

#include "brokertestdata.h"
#include "canideploytestutils.h"
#include "testbroker.h"

#include <ui/canideploy/canideploydialog.h>
#include <ui/canideploy/canideployform.h>
#include <ui/canideploy/matrixtablemodel.h>
#include <ui/canideploy/verdictview.h>
#include <ui/canideploy/whatifpanel.h>

#include <QComboBox>
#include <QtTest>

using namespace Pactbench;

using Test::waitForAnswer;

class TestCanIDeployBroker : public QObject
{
    Q_OBJECT

    Test::TestBroker m_broker;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_broker.start());
        // Web 1.0.0 has pacts with Orders and Stock; in production Orders 2.0.0 verified it, Stock 3.0.0 failed.
        m_broker.addPacticipant(u"Web"_qs, u"main"_qs);
        m_broker.addPact(
            { u"Web"_qs, u"Orders"_qs, u"1.0.0"_qs, Test::pactJson(u"Web"_qs, u"Orders"_qs), u"main"_qs, {} });
        m_broker.addPact(
            { u"Web"_qs, u"Stock"_qs, u"1.0.0"_qs, Test::pactJson(u"Web"_qs, u"Stock"_qs), u"main"_qs, {} });
        QVERIFY(m_broker.addVerification(u"Web"_qs, u"1.0.0"_qs, u"Orders"_qs, u"2.0.0"_qs, true));
        QVERIFY(m_broker.addVerification(u"Web"_qs, u"1.0.0"_qs, u"Stock"_qs, u"3.0.0"_qs, false));
        m_broker.addDeployment(u"Orders"_qs, u"2.0.0"_qs, u"production"_qs);
        m_broker.addDeployment(u"Stock"_qs, u"3.0.0"_qs, u"production"_qs);
    }

    void askAndIgnore()
    {
        CanIDeployDialog dialog(Test::connectionTo(m_broker));
        auto *environments = dialog.findChild<QComboBox *>(u"environmentCombo"_qs);
        auto *pacticipants = dialog.findChild<QComboBox *>(u"pacticipantCombo"_qs);
        while (environments->count() == 0 || pacticipants->count() == 0)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QVERIFY(pacticipants->findText(u"Web"_qs) >= 0);
        QCOMPARE(environments->currentData().toString(), u"production"_qs);

        dialog.form()->setPacticipant(u"Web"_qs);
        dialog.form()->setVersion(CanIDeployForm::VersionChoice::Version, u"1.0.0"_qs);
        dialog.check();
        waitForAnswer(&dialog);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.verdictView()->headlineText(), VerdictView::headline(false));
        QCOMPARE(dialog.model()->rowCount(), 2);
        int stockRow = -1;
        for (int row = 0; row < dialog.model()->rowCount(); ++row) {
            if (dialog.model()->matrixRow(row).provider == u"Stock")
                stockRow = row;
        }
        QVERIFY(stockRow >= 0);
        QCOMPARE(dialog.model()->index(stockRow, MatrixTableModel::ResultColumn).data().toString(), u"failed"_qs);
        QVERIFY(dialog.model()->index(stockRow, 0).data(MatrixTableModel::BlockingRole).toBool());
        QVERIFY(!dialog.verdictView()->blockingTexts().isEmpty());

        // What if Stock were ignored: the broker is asked again with ignore[] and says yes.
        m_broker.clearRequests();
        dialog.whatIf()->setIgnored(u"Stock"_qs, true);
        waitForAnswer(&dialog);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        bool askedWithIgnore = false;
        for (const Test::RecordedRequest &request : m_broker.requests()) {
            if (QString::fromLatin1(request.target).contains(u"ignore"_qs))
                askedWithIgnore = true;
        }
        QVERIFY(askedWithIgnore);
        QCOMPARE(dialog.verdictView()->headlineText(), VerdictView::headline(true));
        QCOMPARE(dialog.model()->index(stockRow, MatrixTableModel::ResultColumn).data().toString(), u"ignored"_qs);
    }

    void unknownPacticipantIsSaid()
    {
        CanIDeployDialog dialog(Test::connectionTo(m_broker));
        dialog.form()->setPacticipant(u"Nobody"_qs);
        dialog.form()->setVersion(CanIDeployForm::VersionChoice::Version, u"9.9.9"_qs);
        dialog.form()->setEnvironment(u"production"_qs);
        dialog.check();
        waitForAnswer(&dialog);
        // The broker refuses the question (400, as the real one does) and says why: shown in the dialog.
        QVERIFY2(dialog.errorText().contains(u"Pacticipant Nobody not found"_qs), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.verdictView()->headlineText(), u"No verdict: the broker could not answer."_qs);
        QVERIFY(!dialog.isAsking());
    }
};

QTEST_MAIN(TestCanIDeployBroker)
#include "tst_canideploybroker.moc"
