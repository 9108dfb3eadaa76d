// SPDX-License-Identifier: MIT
// The impact of unsaved edits, live: an edit marks its interaction in the tree with its impact on a
// provider that honours the saved pact, the window's status line counts the changes, and saving or
// undoing back to the saved state clears both.
#include "../uitestutils.h"

#include <core/model/pactreader.h>
#include <ui/compare/changeimpact.h>
#include <ui/compare/comparedialog.h>
#include <ui/compare/comparemodel.h>
#include <ui/compare/compareview.h>
#include <ui/verify/diffcodeview.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>
#include <ui/models/pacttreemodel.h>
#include <ui/window/mainwindow.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QTreeView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Pactbench;

namespace {

const QByteArray Orders = R"({"consumer":{"name":"web"},"provider":{"name":"orders"},
  "metadata":{"pactSpecification":{"version":"4.0"}},"interactions":[
  {"type":"Synchronous/HTTP","description":"get order","request":{"method":"GET","path":"/orders/1"},
   "response":{"status":200,"body":{"content":{"id":1,"name":"a"},"contentType":"application/json","encoded":false},
     "matchingRules":{"body":{"$.name":{"combine":"AND","matchers":[{"match":"type"}]}}}}},
  {"type":"Synchronous/HTTP","description":"list orders","request":{"method":"GET","path":"/orders"},
   "response":{"status":200}}]})";

Pact ordersPact()
{
    const ReadResult r = PactReader::read(Orders);
    if (!r.ok())
        qFatal("test pact does not read");
    return *r.pact;
}

Roles::EditImpact markOf(PactTreeModel &model, const PactDocument *document, int interaction)
{
    return Roles::EditImpact(model.indexForInteraction(document, interaction).data(Roles::EditImpactRole).toInt());
}

/// The response of interaction 0 with its body's `name` changed to `name` (the type rule accepts any string).
Interaction withName(const Interaction &in, const QJsonValue &name)
{
    Interaction out = in;
    QJsonObject body = out.response.body.asJson().toObject();
    body.insert(u"name"_qs, name);
    out.response.body = Body::fromJson(body);
    return out;
}

} // namespace

class TestChangeImpact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<PactDocument *>();
    }

    void editsAreMarkedByImpact()
    {
        DocumentManager documents;
        PactTreeModel tree;
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setDocumentManager(&documents);
        ChangeImpact impact(&documents, &tree);
        QSignalSpy changed(&impact, &ChangeImpact::changed);
        PactDocument *document = documents.addPact(ordersPact(), u"/tmp/orders.json"_qs);
        QVERIFY(changed.wait(10000));
        QCOMPARE(impact.summary(document), QString());
        QCOMPARE(markOf(tree, document, 0), Roles::EditImpact::None);

        // Another example under a type rule: cosmetic, not tinted.
        const Interaction original = document->pact().interactions.at(0);
        document->setInteraction(0, withName(original, u"b"_qs));
        QVERIFY(changed.wait(10000));
        QCOMPARE(markOf(tree, document, 0), Roles::EditImpact::Cosmetic);
        QCOMPARE(impact.summary(document), u"only cosmetic changes since the last save"_qs);
        QVERIFY(!tree.indexForInteraction(document, 0).data(Qt::BackgroundRole).isValid());

        // A new status the provider must answer with: breaking, tinted, said in the tooltip.
        Interaction status = original;
        status.response.status = 201;
        document->setInteraction(0, status);
        QVERIFY(changed.wait(10000));
        QCOMPARE(markOf(tree, document, 0), Roles::EditImpact::Breaking);
        QCOMPARE(markOf(tree, document, 1), Roles::EditImpact::None);
        QVERIFY(tree.indexForInteraction(document, 0).data(Qt::BackgroundRole).isValid());
        const QString tip = tree.indexForInteraction(document, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Changed since the last save: breaking"), qPrintable(tip));
        QCOMPARE(impact.summary(document), u"1 breaking: 1 change since the last save"_qs);

        // Removing an interaction is safe for the provider; a removed one has no row to mark.
        document->removeInteraction(1);
        QVERIFY(changed.wait(10000));
        QCOMPARE(impact.summary(document), u"1 breaking, 1 safe: 2 changes since the last save"_qs);

        // Saved: the saved pact is the new baseline, nothing is marked.
        document->markSaved(u"/tmp/orders.json"_qs);
        QVERIFY(changed.wait(10000));
        QCOMPARE(markOf(tree, document, 0), Roles::EditImpact::None);
        QCOMPARE(impact.summary(document), QString());
    }

    void compareViewShowsTheEdit();

    void windowStatusCountsAndUndoClears()
    {
        MainWindow window;
        window.show();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"orders.json"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Orders);
        file.close();
        QVERIFY(window.openFile(path));
        PactDocument *document = window.documents()->documents().constFirst();
        window.selectInteraction(document, 0);
        auto *label = window.findChild<QLabel *>(u"editImpactLabel"_qs);
        QVERIFY(label);
        QTRY_VERIFY(label->text().isEmpty());

        // An edit through the undo stack, as the editors make them.
        Interaction status = document->pact().interactions.at(0);
        status.response.status = 404;
        struct SetStatus : QUndoCommand
        {
            PactDocument *d;
            Interaction before, after;
            void redo() override { d->setInteraction(0, after); }
            void undo() override { d->setInteraction(0, before); }
        };
        auto *command = new SetStatus;
        command->d = document;
        command->before = document->pact().interactions.at(0);
        command->after = status;
        document->undoStack()->push(command);
        QTRY_COMPARE(label->text(), u"1 breaking: 1 change since the last save"_qs);
        QVERIFY(label->isVisible());
        document->undoStack()->undo();
        QTRY_VERIFY(label->text().isEmpty());
        QVERIFY(!label->isVisible());
    }
};

// File › Compare… on an edited pact: the edited interaction with its impact, filtered by impact, and
// its changed lines marked in the old and new JSON.
void TestChangeImpact::compareViewShowsTheEdit()
{
    MainWindow window;
    window.show();
    PactDocument *document = window.documents()->addPact(ordersPact(), u"/tmp/orders.json"_qs);
    window.selectInteraction(document, 0);
    Interaction edited = withName(document->pact().interactions.at(0), u"b"_qs); // cosmetic
    edited.response.status = 201; // breaking
    document->setInteraction(0, edited);
    document->removeInteraction(1); // safe

    CompareDialog *dialog = window.showCompare();
    QVERIFY(dialog);
    CompareModel *model = dialog->view()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *list = dialog->findChild<QTreeView *>(u"compareList"_qs);
    QAbstractItemModelTester filterTester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->diff().maxImpact(), Diff::Impact::Breaking);
    QCOMPARE(list->model()->rowCount(), 2);
    const QString summary = dialog->findChild<QLabel *>(u"compareSummary"_qs)->text();
    QCOMPARE(summary, u"Highest impact: breaking (1 breaking, 1 safe, 1 cosmetic)."_qs);

    // The breaking interaction first in the list, its status line red on both sides.
    const QModelIndex first = list->model()->index(0, 0);
    QCOMPARE(first.data().toString(), u"get order"_qs);
    QCOMPARE(list->model()->index(0, CompareModel::ImpactColumn).data().toString(), u"breaking"_qs);
    list->setCurrentIndex(first);
    auto *newView = dialog->findChild<DiffCodeView *>(u"compareNewView"_qs);
    auto *oldView = dialog->findChild<DiffCodeView *>(u"compareOldView"_qs);
    QStringList red, blue;
    for (const DiffCodeView::Annotation &a : newView->annotations())
        (a.kind == DiffCodeView::Annotation::Kind::Mismatch ? red : blue).append(newView->lineText(a.line).trimmed());
    QVERIFY2(red.contains(u"\"status\": 201"_qs), qPrintable(red.join(u" | ")));
    QVERIFY2(blue.contains(u"\"name\": \"b\""_qs), qPrintable(blue.join(u" | ")));
    QVERIFY(!oldView->annotations().isEmpty());
    if (const QString dir = qEnvironmentVariable("PACTBENCH_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog->resize(1100, 720);
        QTest::qWait(100);
        QVERIFY(dialog->grab().save(QDir(dir).filePath(u"compare-view.png"_qs)));
    }

    // Breaking only: the removed interaction (safe) is filtered out.
    auto *filter = dialog->findChild<QComboBox *>(u"impactFilter"_qs);
    filter->setCurrentIndex(filter->findData(int(Diff::Impact::Breaking)));
    QCOMPARE(list->model()->rowCount(), 1);
    dialog->close();
}

QTEST_MAIN(TestChangeImpact)
#include "tst_changeimpact.moc"
