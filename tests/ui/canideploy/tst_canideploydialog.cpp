// SPDX-License-Identifier: MIT
// The Can I Deploy dialog on answers built in code (FakeCanIDeployBackend): the question each form
// builds, the verdict and blocking reasons in words, "what if" toggles asking again, stale answers
// dropped, errors, double-clicks. With PACTBENCH_SCREENSHOT_DIR set it saves can-i-deploy.png.

#include "canideploytestutils.h"
#include "fakecanideploybackend.h"
#include "matrixtestdata.h"

#include <ui/broker/brokererrortext.h>
#include <ui/canideploy/canideploydialog.h>
#include <ui/canideploy/canideployform.h>
#include <ui/canideploy/matrixtablemodel.h>
#include <ui/canideploy/verdictview.h>
#include <ui/canideploy/whatifpanel.h>

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace Pactbench;
using Test::FakeCanIDeployBackend;
using Choice = CanIDeployForm::VersionChoice;

Q_DECLARE_METATYPE(Pactbench::MatrixQuery)
Q_DECLARE_METATYPE(Pactbench::CanIDeployForm::VersionChoice)

using Test::describe;
using Test::orderWebToProduction;
using Test::selector;
using Test::waitForAnswer;

class TestCanIDeployDialog : public QObject
{
    Q_OBJECT

    FakeCanIDeployBackend *m_backend = nullptr;
    std::unique_ptr<CanIDeployDialog> m_dialog;

    void makeDialog(std::function<Matrix(const MatrixQuery &)> answer)
    {
        auto backend = std::make_unique<FakeCanIDeployBackend>();
        m_backend = backend.get();
        m_backend->answer = std::move(answer);
        m_dialog = std::make_unique<CanIDeployDialog>(std::move(backend));
        QCoreApplication::processEvents(); // the lists
    }

    void askOrderWeb()
    {
        m_dialog->form()->setPacticipant(u"OrderWeb"_qs);
        m_dialog->form()->setVersion(Choice::Version, u"1.4.2"_qs);
        m_dialog->form()->setEnvironment(u"production"_qs);
        m_dialog->check();
    }

private Q_SLOTS:
    void cleanup()
    {
        m_dialog.reset();
        m_backend = nullptr;
    }

    void listsFillTheForm()
    {
        makeDialog({});
        auto *pacticipants = m_dialog->findChild<QComboBox *>(u"pacticipantCombo"_qs);
        auto *environments = m_dialog->findChild<QComboBox *>(u"environmentCombo"_qs);
        QVERIFY(pacticipants && environments);
        QStringList names;
        for (int i = 0; i < pacticipants->count(); ++i)
            names << pacticipants->itemText(i);
        QCOMPARE(names, (QStringList{ u"Billing"_qs, u"OrderService"_qs, u"OrderWeb"_qs }));
        QCOMPARE(environments->count(), 2);
        QCOMPARE(environments->currentData().toString(), u"production"_qs); // the production one first
        QVERIFY(m_dialog->errorText().isEmpty());
    }

    void listErrorsAreShown()
    {
        auto backend = std::make_unique<FakeCanIDeployBackend>();
        backend->listError = { BrokerError::Kind::Unauthorized, 401, u"GET http://broker.test/"_qs,
            u"401 with basic auth"_qs, {}, {} };
        CanIDeployDialog dialog(std::move(backend));
        QCoreApplication::processEvents();
        QVERIFY(dialog.errorText().contains(u"environments"_qs));
        QVERIFY(dialog.errorText().contains(
            BrokerErrorText::headline({ BrokerError::Kind::Unauthorized, 401, {}, {}, {}, {} })));
    }

    void formBuildsTheQuestion_data()
    {
        QTest::addColumn<Choice>("choice");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<MatrixQuery>("expected");
        MatrixQuery version = orderWebToProduction();
        QTest::newRow("version to environment") << Choice::Version << u"1.4.2"_qs << QString() << version;
        MatrixQuery branch = version;
        branch.selectors[0] = selector(u"OrderWeb"_qs, {});
        branch.selectors[0].branch = u"feat/x"_qs;
        branch.selectors[0].latest = true;
        QTest::newRow("latest on branch") << Choice::LatestOnBranch << u"feat/x"_qs << QString() << branch;
        MatrixQuery latest = version;
        latest.selectors[0] = selector(u"OrderWeb"_qs, {});
        latest.selectors[0].latest = true;
        QTest::newRow("latest") << Choice::Latest << u"ignored text"_qs << QString() << latest;
        MatrixQuery main = latest;
        main.selectors[0].mainBranch = true;
        QTest::newRow("main branch") << Choice::LatestOnMainBranch << QString() << QString() << main;
        MatrixQuery tag = version;
        tag.toEnvironment.clear();
        tag.toTag = u"prod"_qs;
        tag.latest = true;
        QTest::newRow("version to tag") << Choice::Version << u"1.4.2"_qs << u"prod"_qs << tag;
    }
    void formBuildsTheQuestion()
    {
        QFETCH(Choice, choice);
        QFETCH(QString, text);
        QFETCH(QString, tag);
        QFETCH(MatrixQuery, expected);
        makeDialog([](const MatrixQuery &) { return Test::deployableMatrix(); });
        m_dialog->form()->setPacticipant(u"OrderWeb"_qs);
        m_dialog->form()->setVersion(choice, text);
        if (tag.isEmpty())
            m_dialog->form()->setEnvironment(u"production"_qs);
        else
            m_dialog->form()->setTag(tag);
        m_dialog->check();
        QCOMPARE(m_backend->queries.size(), 1);
        QVERIFY2(m_backend->queries.constFirst() == expected, qPrintable(describe(m_backend->queries.constFirst())));
        QVERIFY(m_dialog->lastQuery() == expected);
    }

    void incompleteQuestionSaysWhatIsMissing()
    {
        makeDialog([](const MatrixQuery &) { return Test::deployableMatrix(); });
        m_dialog->form()->setPacticipant(u"OrderWeb"_qs);
        m_dialog->form()->setVersion(Choice::Version, {});
        m_dialog->check();
        QVERIFY(m_backend->queries.isEmpty());
        QCOMPARE(m_dialog->verdictView()->headlineText(), m_dialog->form()->problem());
        QVERIFY(m_dialog->form()->problem().contains(u"version"_qs));
    }

    void verdictAndBlockingRows()
    {
        makeDialog([](const MatrixQuery &) { return Test::notDeployableMatrix(); });
        askOrderWeb();
        QVERIFY(m_dialog->isAsking());
        waitForAnswer(m_dialog.get());
        const CanIDeployExplanation expected = explainCanIDeploy(orderWebToProduction(), Test::notDeployableMatrix());
        QVERIFY(expected.deployable == std::optional<bool>(false));
        QVERIFY(!expected.blocking.isEmpty());
        VerdictView *verdict = m_dialog->verdictView();
        QCOMPARE(verdict->headlineText(), VerdictView::headline(false));
        QVERIFY(verdict->headlineText().contains(u"Not deployable"_qs));
        QCOMPARE(verdict->verdictText(), expected.verdict);
        QStringList reasons;
        for (const BlockingReason &reason : expected.blocking)
            reasons << (reason.nextStep.isEmpty() ? reason.why
                                                  : QString(reason.why + u"\nNext step: "_qs + reason.nextStep));
        QCOMPARE(verdict->blockingTexts(), reasons);
        // The rows that block carry their reason in the table.
        MatrixTableModel *model = m_dialog->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(1, MatrixTableModel::ResultColumn).data().toString(), u"failed"_qs);
        QCOMPARE(model->index(2, MatrixTableModel::ResultColumn).data().toString(), u"not verified"_qs);
        for (const BlockingReason &reason : expected.blocking) {
            if (reason.row >= 0)
                QVERIFY(model->index(reason.row, MatrixTableModel::ExplanationColumn)
                            .data()
                            .toString()
                            .contains(reason.why));
        }
        QVERIFY(!model->index(0, 0).data(MatrixTableModel::BlockingRole).toBool());
        QCOMPARE(m_dialog->findChild<QLabel *>(u"rowsLabel"_qs)->text(), u"3 rows"_qs);
        // The "what if" list holds the other pacticipants of the rows, none ticked.
        QCOMPARE(
            m_dialog->whatIf()->pacticipants(), (QStringList{ u"Billing"_qs, u"Inventory"_qs, u"OrderService"_qs }));
        QVERIFY(m_dialog->whatIf()->ignores().isEmpty());
    }

    void largeMatrixShowsProgressively()
    {
        makeDialog([](const MatrixQuery &) {
            Matrix matrix = Test::notDeployableMatrix();
            matrix.rows.clear();
            for (int i = 0; i < 2000; ++i)
                matrix.rows << Test::matrixRow(
                    u"OrderWeb"_qs, u"1."_qs + QString::number(i), u"Billing"_qs, u"3.1.0"_qs, i % 2 == 0);
            return matrix;
        });
        askOrderWeb();
        waitForAnswer(m_dialog.get());
        auto *rows = m_dialog->findChild<QLabel *>(u"rowsLabel"_qs);
        QVERIFY(rows);
        // The answer shows at once with its first batch; the rest follows turn by turn.
        QCOMPARE(m_dialog->model()->rowCount(), 200);
        const QLocale locale;
        QCOMPARE(rows->text(), u"Showing %1 of %2 rows…"_qs.arg(locale.toString(200), locale.toString(2000)));
        QCOMPARE(m_dialog->verdictView()->headlineText(), VerdictView::headline(false));
        while (m_dialog->model()->rowCount() < 2000) {
            const int before = m_dialog->model()->rowCount();
            QCoreApplication::processEvents();
            QVERIFY(m_dialog->model()->rowCount() > before);
            QVERIFY(m_dialog->model()->rowCount() - before <= 200);
        }
        QCOMPARE(rows->text(), u"2000 rows"_qs);
        QCOMPARE(
            m_dialog->model()->index(1999, MatrixTableModel::ConsumerVersionColumn).data().toString(), u"1.1999"_qs);
    }

    void deployableVerdict()
    {
        makeDialog([](const MatrixQuery &) { return Test::deployableMatrix(); });
        askOrderWeb();
        waitForAnswer(m_dialog.get());
        const CanIDeployExplanation expected = explainCanIDeploy(orderWebToProduction(), Test::deployableMatrix());
        QVERIFY(expected.deployable == std::optional<bool>(true));
        QCOMPARE(m_dialog->verdictView()->headlineText(), VerdictView::headline(true));
        QCOMPARE(m_dialog->verdictView()->verdictText(), expected.verdict);
        QVERIFY(m_dialog->verdictView()->blockingTexts().isEmpty());
    }

    void ignoreToggleAsksAgain()
    {
        // The fake broker ignores what it is told to: Billing's failed row then no longer blocks.
        makeDialog([](const MatrixQuery &query) {
            Matrix matrix = Test::notDeployableMatrix();
            for (MatrixRow &row : matrix.rows) {
                for (const MatrixIgnore &ignore : query.ignore)
                    row.ignored = row.ignored || row.provider == ignore.pacticipant;
            }
            return matrix;
        });
        askOrderWeb();
        waitForAnswer(m_dialog.get());
        auto *list = m_dialog->findChild<QListWidget *>(u"ignoreList"_qs);
        QVERIFY(list);
        const QList<QListWidgetItem *> billing = list->findItems(u"Billing"_qs, Qt::MatchExactly);
        QCOMPARE(billing.size(), 1);
        billing.constFirst()->setCheckState(Qt::Checked); // as a click does
        QCOMPARE(m_backend->queries.size(), 2);
        MatrixQuery expected = orderWebToProduction();
        expected.ignore << MatrixIgnore{ u"Billing"_qs, {} };
        QVERIFY2(m_backend->queries.constLast() == expected, qPrintable(describe(m_backend->queries.constLast())));
        waitForAnswer(m_dialog.get());
        QCOMPARE(m_dialog->model()->index(1, MatrixTableModel::ResultColumn).data().toString(), u"ignored"_qs);
        QVERIFY(m_dialog->verdictView()->verdictText().contains(u"ignoring Billing"_qs));
        // Ignoring Inventory too asks with both; unticking both asks the plain question again.
        m_dialog->whatIf()->setIgnored(u"Inventory"_qs, true);
        QVERIFY(m_backend->queries.constLast().ignore
            == (QList<MatrixIgnore>{ { u"Billing"_qs, {} }, { u"Inventory"_qs, {} } }));
        m_dialog->whatIf()->setIgnored(u"Billing"_qs, false);
        m_dialog->whatIf()->setIgnored(u"Inventory"_qs, false);
        QVERIFY(m_backend->queries.constLast() == orderWebToProduction());
        QCOMPARE(m_backend->queries.size(), 5);
    }

    void anotherVersionAsksAgain()
    {
        makeDialog([](const MatrixQuery &) { return Test::notDeployableMatrix(); });
        askOrderWeb();
        waitForAnswer(m_dialog.get());
        m_dialog->whatIf()->setVersionOverride(u"Billing"_qs, u"3.2.0"_qs);
        MatrixQuery expected = orderWebToProduction();
        expected.selectors << selector(u"Billing"_qs, u"3.2.0"_qs);
        expected.latestBy = u"cvpv"_qs;
        QVERIFY2(m_backend->queries.constLast() == expected, qPrintable(describe(m_backend->queries.constLast())));
        waitForAnswer(m_dialog.get());
        QVERIFY(m_dialog->verdictView()->verdictText().contains(u"with Billing 3.2.0"_qs));
        // The versions seen in the matrix are offered for that pacticipant.
        auto *versions = m_dialog->findChild<QComboBox *>(u"whatIfVersion"_qs);
        QCOMPARE(versions->itemText(0), u"3.1.0"_qs);
        // Back to "(none)": the plain question again.
        m_dialog->findChild<QComboBox *>(u"whatIfPacticipant"_qs)->setCurrentIndex(0);
        QVERIFY(m_backend->queries.constLast() == orderWebToProduction());
        QCOMPARE(m_backend->queries.size(), 3);
    }

    void staleAnswersAreDropped()
    {
        makeDialog({}); // manual: the test answers
        askOrderWeb();
        QCOMPARE(m_backend->replies.size(), 1);
        // An answer that arrives after the question changed is not shown…
        m_backend->replies[0]->succeed(Test::deployableMatrix());
        m_dialog->whatIf()->reset(u"OrderWeb"_qs);
        m_dialog->whatIf()->addRows(Test::notDeployableMatrix().rows);
        m_dialog->whatIf()->setIgnored(u"Billing"_qs, true);
        QCOMPARE(m_backend->replies.size(), 2);
        QCoreApplication::processEvents();
        QCOMPARE(m_dialog->model()->rowCount(), 0);
        QVERIFY(m_dialog->isAsking());
        // …and one still pending is cancelled.
        m_dialog->whatIf()->setIgnored(u"Inventory"_qs, true);
        QVERIFY(m_backend->replies[1]->isCancelled());
        QCoreApplication::processEvents();
        QVERIFY(m_dialog->isAsking());
        m_backend->replies[2]->succeed(Test::notDeployableMatrix());
        waitForAnswer(m_dialog.get());
        QCOMPARE(m_dialog->model()->rowCount(), 3);
        QCOMPARE(m_dialog->verdictView()->headlineText(), VerdictView::headline(false));
        QCOMPARE(m_dialog->lastQuery().ignore.size(), 2);
    }

    void brokerErrorIsShown()
    {
        makeDialog([](const MatrixQuery &) { return Matrix(); });
        const BrokerError error{ BrokerError::Kind::Validation, 400, u"GET http://broker.test/matrix"_qs,
            u"the broker answered 400"_qs, { { u"q"_qs, { u"pacticipant Nope does not exist"_qs } } }, {} };
        m_backend->matrixError = error;
        askOrderWeb();
        waitForAnswer(m_dialog.get());
        QCOMPARE(m_dialog->errorText(), BrokerErrorText::describe(error));
        QVERIFY(m_dialog->errorText().contains(u"pacticipant Nope does not exist"_qs));
        QVERIFY(!m_dialog->isAsking());
        // The next answer clears it.
        m_backend->matrixError = {};
        m_dialog->check();
        waitForAnswer(m_dialog.get());
        QVERIFY(m_dialog->errorText().isEmpty());
    }

    void doubleClickOpensPactOrVerification()
    {
        makeDialog([](const MatrixQuery &) { return Test::notDeployableMatrix(); });
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        askOrderWeb();
        waitForAnswer(m_dialog.get());
        QSignalSpy pacts(m_dialog.get(), &CanIDeployDialog::pactRequested);
        QSignalSpy verifications(m_dialog.get(), &CanIDeployDialog::verificationRequested);
        QTableView *view = m_dialog->matrixView();
        auto doubleClick = [view](int row, int column) {
            const QModelIndex index = view->model()->index(row, column);
            view->scrollTo(index);
            const QPoint at = view->visualRect(index).center();
            QVERIFY(view->viewport()->rect().contains(at));
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at); // a double-click follows a click
            QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        };
        doubleClick(1, MatrixTableModel::PactColumn);
        QCOMPARE(pacts.count(), 1);
        QCOMPARE(pacts.constFirst().constFirst().toUrl(), Test::notDeployableMatrix().rows.at(1).pactUrl);
        doubleClick(1, MatrixTableModel::VerificationColumn);
        QCOMPARE(verifications.count(), 1);
        QCOMPARE(
            verifications.constFirst().constFirst().toUrl(), Test::notDeployableMatrix().rows.at(1).verificationUrl);
        doubleClick(2, MatrixTableModel::VerificationColumn); // no verification: nothing to open
        doubleClick(0, MatrixTableModel::ConsumerColumn);
        QCOMPARE(pacts.count(), 1);
        QCOMPARE(verifications.count(), 1);
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("PACTBENCH_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("PACTBENCH_SCREENSHOT_DIR is not set");
        makeDialog([](const MatrixQuery &) { return Test::notDeployableMatrix(); });
        m_dialog->resize(1280, 640);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        askOrderWeb();
        waitForAnswer(m_dialog.get());
        m_dialog->matrixView()->selectRow(1);
        QCoreApplication::processEvents(); // the layout follows the answer
        QVERIFY(m_dialog->grab().save(QDir(dir).filePath(u"can-i-deploy.png"_qs)));
    }
};

QTEST_MAIN(TestCanIDeployDialog)
#include "tst_canideploydialog.moc"
