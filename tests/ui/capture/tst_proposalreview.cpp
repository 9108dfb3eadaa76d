// SPDX-License-Identifier: MIT
// The review step and the flow into a pact: accepting and rejecting proposals changes what is added,
// one undo removes everything added, description edits are kept, a new pact opens unsaved; File ›
// Import… (HAR) through a test dialog service, and its located errors.
#include "capturetestdata.h"

#include <core/capture/pactbuilder.h>
#include <ui/capture/captureflow.h>
#include <ui/capture/proposalmodel.h>
#include <ui/capture/proposalreviewdialog.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace Pactbench;
using namespace Pactbench::Test;

namespace {

ProposalReviewDialog *review(QDialog *dialog)
{
    auto *review = qobject_cast<ProposalReviewDialog *>(dialog);
    if (!review)
        qFatal("not the review dialog");
    return review;
}

/// Whether `rules` of the proposal's side hold a rule list at its place.
bool hasRuleAt(const Interaction &interaction, const RuleProposal &p)
{
    const MatchingRules &rules
        = p.side == RuleProposal::Side::Request ? interaction.request.matchingRules : interaction.response.matchingRules;
    return rules.category(p.category).contains(p.key);
}

QByteArray har()
{
    return harOf({ { QStringLiteral("http://api.test/orders/7"), QByteArray("{\"id\": 7, \"name\": \"seven\"}") },
        { QStringLiteral("http://api.test/orders/8"), QByteArray("{\"id\": 8, \"name\": \"eight\"}") } });
}

} // namespace

class TestProposalReview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<CapturedInteraction> m_expected; ///< what the flow proposes for orderExchanges()

    PactDocument *openPact(DocumentManager *documents)
    {
        Pact pact;
        pact.consumer.name = QStringLiteral("web");
        pact.provider.name = QStringLiteral("orders");
        pact.specVersion = SpecVersion::V4;
        Interaction existing;
        existing.description = QStringLiteral("already here");
        pact.interactions.append(existing);
        return documents->addPact(pact, m_dir.filePath(QStringLiteral("open.json")));
    }

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write the test file");
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_expected = Capture::interactions(orderExchanges(), CaptureOptions{}, nullptr);
        QCOMPARE(m_expected.size(), 3);
        int proposals = 0;
        for (const CapturedInteraction &c : m_expected)
            proposals += int(c.proposals.size());
        QVERIFY2(proposals >= 2, "the inference proposes matchers for two orders of the same shape");
    }

    void acceptAllAddsEveryProposalAsOneUndoStep()
    {
        DocumentManager documents;
        PactDocument *doc = openPact(&documents);
        CaptureDialogService dialogs;
        CaptureFlow flow(&documents, nullptr);
        flow.setDialogService(&dialogs);
        flow.setOpenPact(doc);
        bool sawOpenTarget = false;
        dialogs.onDialog = [&](QDialog *dialog) {
            QAbstractItemModelTester tester(review(dialog)->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            sawOpenTarget = dialog->findChild<QRadioButton *>(QStringLiteral("targetOpenRadio"))->isChecked();
            dialog->findChild<QPushButton *>(QStringLiteral("rejectAllButton"))->click();
            dialog->findChild<QPushButton *>(QStringLiteral("acceptAllButton"))->click();
            return int(QDialog::Accepted);
        };
        QSignalSpy added(&flow, &CaptureFlow::interactionsAdded);
        QCOMPARE(flow.addExchanges(orderExchanges()), doc);
        QVERIFY(sawOpenTarget);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().at(1).toInt(), 1);
        QCOMPARE(documents.documents().size(), 1);
        const QList<Interaction> &got = doc->pact().interactions;
        QCOMPARE(got.size(), 1 + m_expected.size());
        for (int i = 0; i < m_expected.size(); ++i) {
            QCOMPARE(got.at(1 + i).description, m_expected.at(i).interaction.description);
            QCOMPARE(got.at(1 + i), Capture::interactionWithProposals(m_expected.at(i)));
            for (const RuleProposal &p : m_expected.at(i).proposals)
                QVERIFY2(hasRuleAt(got.at(1 + i), p), qPrintable(p.category + u' ' + p.key));
        }
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(doc->isDirty());
        doc->undoStack()->undo();
        QCOMPARE(doc->pact().interactions.size(), 1);
        QCOMPARE(doc->pact().interactions.first().description, QStringLiteral("already here"));
        QVERIFY(!doc->isDirty());
        doc->undoStack()->redo();
        QCOMPARE(doc->pact().interactions.size(), 1 + m_expected.size());
    }

    void rejectingChangesWhatIsAdded_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("reject all") << u"rejectAll"_qs;
        QTest::newRow("exact values only") << u"exactOnly"_qs;
        QTest::newRow("reject the first proposal") << u"first"_qs;
    }
    void rejectingChangesWhatIsAdded()
    {
        QFETCH(QString, how);
        DocumentManager documents;
        PactDocument *doc = openPact(&documents);
        CaptureDialogService dialogs;
        CaptureFlow flow(&documents, nullptr);
        flow.setDialogService(&dialogs);
        flow.setOpenPact(doc);
        int withProposal = -1; // the first interaction with a proposal
        for (int i = 0; i < m_expected.size() && withProposal < 0; ++i)
            withProposal = m_expected.at(i).proposals.isEmpty() ? -1 : i;
        QVERIFY(withProposal >= 0);
        dialogs.onDialog = [&](QDialog *dialog) {
            ProposalModel *model = review(dialog)->model();
            if (how == u"rejectAll")
                dialog->findChild<QPushButton *>(QStringLiteral("rejectAllButton"))->click();
            else if (how == u"exactOnly")
                dialog->findChild<QCheckBox *>(QStringLiteral("exactOnlyCheck"))->setChecked(true);
            else
                model->setData(model->index(0, 0, model->index(withProposal, 0)), Qt::Unchecked, Qt::CheckStateRole);
            return int(QDialog::Accepted);
        };
        QVERIFY(flow.addExchanges(orderExchanges()));
        const QList<Interaction> &got = doc->pact().interactions;
        QCOMPARE(got.size(), 1 + m_expected.size());
        for (int i = 0; i < m_expected.size(); ++i) {
            const CapturedInteraction &c = m_expected.at(i);
            for (int n = 0; n < c.proposals.size(); ++n) {
                const bool rejected = how != u"first" || (i == withProposal && n == 0);
                const RuleProposal &p = c.proposals.at(n);
                const bool ruleBefore = hasRuleAt(c.interaction, p); // a secret's rule is part of the interaction
                QCOMPARE(hasRuleAt(got.at(1 + i), p), rejected ? ruleBefore : true);
            }
            if (how != u"first")
                QCOMPARE(got.at(1 + i), c.interaction); // exactly as captured, no proposal applied
        }
    }

    void descriptionEditsAndLeftOutInteractions()
    {
        DocumentManager documents;
        PactDocument *doc = openPact(&documents);
        CaptureDialogService dialogs;
        CaptureFlow flow(&documents, nullptr);
        flow.setDialogService(&dialogs);
        flow.setOpenPact(doc);
        dialogs.onDialog = [&](QDialog *dialog) {
            auto *tree = dialog->findChild<QTreeView *>(QStringLiteral("reviewTree"));
            QAbstractItemModel *model = tree->model();
            model->setData(model->index(0, 0), QStringLiteral("an order"), Qt::EditRole);
            model->setData(model->index(2, 0), Qt::Unchecked, Qt::CheckStateRole);
            return int(QDialog::Accepted);
        };
        QVERIFY(flow.addExchanges(orderExchanges()));
        QCOMPARE(doc->pact().interactions.size(), 1 + 2);
        QCOMPARE(doc->pact().interactions.at(1).description, QStringLiteral("an order"));
        QCOMPARE(doc->pact().interactions.at(2).description, m_expected.at(1).interaction.description);
        // the same again: descriptions already in the pact get a number
        dialogs.onDialog = [](QDialog *) { return int(QDialog::Accepted); };
        QVERIFY(flow.addExchanges(orderExchanges()));
        QCOMPARE(doc->pact().interactions.size(), 3 + 3);
        QCOMPARE(doc->pact().interactions.at(4).description, m_expected.at(1).interaction.description + u" (2)"_qs);
        QCOMPARE(doc->undoStack()->count(), 2);
    }

    void newPactOpensUnsaved()
    {
        DocumentManager documents;
        CaptureDialogService dialogs;
        CaptureFlow flow(&documents, nullptr);
        flow.setDialogService(&dialogs);
        bool openOffered = true;
        dialogs.onDialog = [&](QDialog *dialog) {
            auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("reviewButtons"))->button(QDialogButtonBox::Ok);
            auto *consumer = dialog->findChild<QLineEdit *>(QStringLiteral("consumerEdit"));
            auto *provider = dialog->findChild<QLineEdit *>(QStringLiteral("providerEdit"));
            openOffered = dialog->findChild<QRadioButton *>(QStringLiteral("targetOpenRadio"))->isEnabled();
            consumer->setText(QString());
            const bool okWithoutName = ok->isEnabled();
            consumer->setText(QStringLiteral("shop-web"));
            provider->setText(QStringLiteral("orders-api"));
            return okWithoutName ? int(QDialog::Rejected) : int(QDialog::Accepted);
        };
        PactDocument *doc = flow.addExchanges(orderExchanges());
        QVERIFY(!openOffered); // no open pact
        QVERIFY(doc);
        QCOMPARE(documents.documents().size(), 1);
        QCOMPARE(doc->pact().consumer.name, QStringLiteral("shop-web"));
        QCOMPARE(doc->pact().provider.name, QStringLiteral("orders-api"));
        QCOMPARE(doc->pact().interactions.size(), m_expected.size());
        QVERIFY(doc->origin().isEmpty());
        QVERIFY(doc->isDirty());
        doc->undoStack()->undo();
        QVERIFY(doc->pact().interactions.isEmpty());
    }

    void cancelAddsNothing()
    {
        DocumentManager documents;
        PactDocument *doc = openPact(&documents);
        CaptureDialogService dialogs;
        CaptureFlow flow(&documents, nullptr);
        flow.setDialogService(&dialogs);
        flow.setOpenPact(doc);
        QVERIFY(!flow.addExchanges(orderExchanges())); // onDialog unset: Rejected
        QCOMPARE(dialogs.dialogsShown, 1);
        QCOMPARE(doc->pact().interactions.size(), 1);
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(!flow.addExchanges({}));
        QCOMPARE(dialogs.dialogsShown, 1); // nothing to review
    }

    void importHarIntoNewPact_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("chosen in the dialog") << u"har"_qs;
        QTest::newRow("detected") << QString();
    }
    void importHarIntoNewPact()
    {
        QFETCH(QString, format);
        DocumentManager documents;
        PactDocument *open = openPact(&documents);
        CaptureDialogService dialogs;
        dialogs.importFiles = { write(QStringLiteral("orders.har"), har()) };
        dialogs.importFormat = format;
        CaptureFlow flow(&documents, nullptr);
        flow.setDialogService(&dialogs);
        flow.setOpenPact(open);
        QStringList rows;
        dialogs.onDialog = [&](QDialog *dialog) {
            rows = printModel(review(dialog)->model());
            return dialog->findChild<QRadioButton *>(QStringLiteral("targetNewRadio"))->isChecked() ? int(QDialog::Accepted)
                                                                                                    : int(QDialog::Rejected);
        };
        PactDocument *doc = flow.importFiles();
        QCOMPARE(dialogs.importPrompts, 1);
        QVERIFY2(dialogs.errors.isEmpty(), qPrintable(dialogs.errors.join(u'\n')));
        QVERIFY(doc);
        QVERIFY(doc != open);
        QCOMPARE(documents.documents().size(), 2);
        QVERIFY(doc->origin().isEmpty());
        QVERIFY(doc->isDirty());
        QCOMPARE(doc->pact().interactions.size(), 2);
        QCOMPARE(doc->pact().interactions.at(0).request.path, QStringLiteral("/orders/7"));
        QCOMPARE(doc->pact().interactions.at(1).request.path, QStringLiteral("/orders/8"));
        QVERIFY(rows.first().startsWith(QStringLiteral("GET /orders/7 → 200")));
        QCOMPARE(open->pact().interactions.size(), 1);
    }

    void importErrorsAreLocated_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("error"); ///< a part of the error shown
        QTest::newRow("not JSON") << QByteArray("{\"log\": {\"entries\": [\n  {]}}") << u"har"_qs << u"broken.har:2:"_qs;
        QTest::newRow("status a string")
            << QByteArray("{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"http://a/x\", "
                          "\"headers\": [], \"queryString\": []}, \"response\": {\"status\": \"200\", "
                          "\"headers\": [], \"content\": {}}}]}}")
            << u"har"_qs << u"broken.har: log.entries[0].response.status"_qs;
        QTest::newRow("unknown format") << QByteArray("hello\n") << QString() << u"broken.har: not HAR"_qs;
    }
    void importErrorsAreLocated()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, format);
        QFETCH(QString, error);
        DocumentManager documents;
        CaptureDialogService dialogs;
        CaptureFlow flow(&documents, nullptr);
        flow.setDialogService(&dialogs);
        QVERIFY(!flow.importPaths({ write(QStringLiteral("broken.har"), content) }, format));
        QCOMPARE(dialogs.errors.size(), 1);
        QVERIFY2(dialogs.errors.first().contains(error), qPrintable(dialogs.errors.first()));
        QCOMPARE(dialogs.dialogsShown, 0);
        QVERIFY(documents.documents().isEmpty());
    }
};

QTEST_MAIN(TestProposalReview)
#include "tst_proposalreview.moc"
