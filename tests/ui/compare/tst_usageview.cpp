// SPDX-License-Identifier: MIT
// Tools › Provider Usage…: the fields × consumers table of one provider (the matcher in each cell),
// "who uses this?" on a field (the consumers and interactions that would break without it, or why
// nothing would), pact folders with files that are no pacts, and the menu action.
#include "../uitestutils.h"

#include <ui/broker/openfrombrokerdialog.h>
#include <ui/compare/usagedialog.h>
#include <ui/compare/usagemodel.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>
#include <ui/window/mainwindow.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Pactbench;

namespace {

// web: the order's id (equality), name (a regex), items (a list that may be empty) and attrs (a map).
const char *const Web = R"({"consumer":{"name":"web"},"provider":{"name":"orders"},
  "metadata":{"pactSpecification":{"version":"4.0"}},"interactions":[
  {"type":"Synchronous/HTTP","description":"get order","request":{"method":"GET","path":"/orders/1"},
   "response":{"status":200,"headers":{"Content-Type":"application/json"},
     "body":{"content":{"id":1,"name":"a","items":[{"sku":"A"}],"attrs":{"colour":"red"}},"contentType":"application/json","encoded":false},
     "matchingRules":{"body":{
       "$.name":{"combine":"AND","matchers":[{"match":"regex","regex":"^[a-z]+$"}]},
       "$.items":{"combine":"AND","matchers":[{"match":"type","min":0}]},
       "$.attrs":{"combine":"AND","matchers":[{"match":"eachValue","rules":[{"match":"type"}]}]}}}}}]})";

// app: the same provider's id (by type) and a total no other consumer reads.
const char *const App = R"({"consumer":{"name":"app"},"provider":{"name":"orders"},
  "metadata":{"pactSpecification":{"version":"4.0"}},"interactions":[
  {"type":"Synchronous/HTTP","description":"order summary","request":{"method":"GET","path":"/orders/1/summary"},
   "response":{"status":200,
     "body":{"content":{"id":1,"total":5},"contentType":"application/json","encoded":false},
     "matchingRules":{"body":{"$.id":{"combine":"AND","matchers":[{"match":"type"}]}}}}}]})";

const char *const Billing = R"({"consumer":{"name":"web"},"provider":{"name":"billing"},
  "metadata":{"pactSpecification":{"version":"4.0"}},"interactions":[
  {"type":"Synchronous/HTTP","description":"get invoice","request":{"method":"GET","path":"/invoices/1"},
   "response":{"status":200}}]})";

QString cell(const UsageModel &model, const QString &field, const QString &consumer)
{
    const int row = model.rowOf(field);
    const int column = int(model.consumers().indexOf(consumer));
    if (row < 0 || column < 0)
        return u"<no cell>"_qs;
    return model.index(row, UsageModel::FirstConsumerColumn + column).data().toString();
}

/// The impact tree as "consumer" and "  interaction | field | reason" lines.
QStringList printImpact(const QTreeWidget *tree)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *consumer = tree->topLevelItem(i);
        out.append(consumer->text(0));
        for (int c = 0; c < consumer->childCount(); ++c) {
            const QTreeWidgetItem *use = consumer->child(c);
            out.append(u"  "_qs + use->text(0) + u" | "_qs + use->text(1) + u" | "_qs + use->text(3));
        }
    }
    return out;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

} // namespace

class TestUsageView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fieldsByConsumers()
    {
        DocumentManager documents;
        Test::RecordingDialogService dialogs;
        UsageDialog dialog(&documents, &dialogs);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *table = dialog.findChild<QTableView *>(u"usageTable"_qs);
        QVERIFY(table);
        QAbstractItemModelTester filterTester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.model()->rowCount(), 0);

        documents.addPact(Test::pactFromJson(Web), u"/tmp/web.json"_qs);
        documents.addPact(Test::pactFromJson(App), u"/tmp/app.json"_qs);
        const UsageModel &model = *dialog.model();
        QCOMPARE(dialog.provider(), u"orders"_qs); // the only provider, chosen
        QCOMPARE(model.consumers(), (QStringList{ u"web"_qs, u"app"_qs }));
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Field"_qs);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"app"_qs);
        // First-seen order: web's fields (body members as the JSON object orders them), then what only app has.
        QCOMPARE(model.fields(),
            (QStringList{ u"status"_qs, u"header:Content-Type"_qs, u"$.attrs"_qs, u"$.attrs.colour"_qs, u"$.id"_qs,
                u"$.items"_qs, u"$.items[*]"_qs, u"$.items[*].sku"_qs, u"$.name"_qs, u"$.total"_qs }));
        QCOMPARE(model.index(model.rowOf(u"$.id"_qs), 0).data().toString(), u"$.id"_qs);
        QCOMPARE(model.index(model.rowOf(u"$.id"_qs), 2).data(UsageModel::FieldRole).toString(), u"$.id"_qs);
        QCOMPARE(model.index(0, 2).data(UsageModel::ConsumerRole).toString(), u"app"_qs);

        // Each cell: the matcher that consumer relies on; empty where it does not use the field.
        QCOMPARE(cell(model, u"$.id"_qs, u"web"_qs), u"equality"_qs);
        QCOMPARE(cell(model, u"$.id"_qs, u"app"_qs), u"type"_qs);
        QCOMPARE(cell(model, u"$.name"_qs, u"web"_qs), u"regex '^[a-z]+$'"_qs);
        QCOMPARE(cell(model, u"$.name"_qs, u"app"_qs), QString());
        QCOMPARE(cell(model, u"$.total"_qs, u"web"_qs), QString());
        QCOMPARE(cell(model, u"$.total"_qs, u"app"_qs), u"equality"_qs);
        QCOMPARE(cell(model, u"header:Content-Type"_qs, u"app"_qs), QString());
        const QModelIndex name = model.index(model.rowOf(u"$.name"_qs), UsageModel::FirstConsumerColumn);
        QCOMPARE(name.data(UsageModel::UseCountRole).toInt(), 1);
        QVERIFY2(name.data(Qt::ToolTipRole).toString().contains(u"“get order” (response): regex"_qs),
            qPrintable(name.data(Qt::ToolTipRole).toString()));
        QCOMPARE(model.index(model.rowOf(u"$.total"_qs), 0).data(Qt::ToolTipRole).toString(),
            u"Used by 1 consumer, in 1 interaction part"_qs);

        // The filter keeps the matching field names only.
        auto *filter = dialog.findChild<QLineEdit *>(u"usageFilter"_qs);
        QTest::keyClicks(filter, u"TOT"_qs);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), u"$.total"_qs);
        filter->clear();
        QCOMPARE(table->model()->rowCount(), model.rowCount());
    }

    void whoUsesThis()
    {
        DocumentManager documents;
        Test::RecordingDialogService dialogs;
        UsageDialog dialog(&documents, &dialogs);
        documents.addPact(Test::pactFromJson(Web), u"/tmp/web.json"_qs);
        documents.addPact(Test::pactFromJson(App), u"/tmp/app.json"_qs);
        dialog.show();
        auto *summary = dialog.findChild<QLabel *>(u"usageImpactSummary"_qs);
        auto *impact = dialog.findChild<QTreeWidget *>(u"usageImpact"_qs);
        auto *table = dialog.findChild<QTableView *>(u"usageTable"_qs);

        // Both consumers read the id: without it, each one's interaction fails, with the engine's reason.
        table->setCurrentIndex(table->model()->index(dialog.model()->rowOf(u"$.id"_qs), 1));
        QCOMPARE(dialog.broken().size(), 2);
        QVERIFY(impact->isVisible());
        const QStringList id = printImpact(impact);
        QCOMPARE(id.size(), 4);
        QCOMPARE(id.at(0), u"web"_qs);
        QVERIFY2(id.at(1).startsWith(u"  “get order” (response) | $.id | "_qs), qPrintable(id.join(u'\n')));
        QVERIFY(!dialog.broken().constFirst().reason.isEmpty());
        QVERIFY2(id.at(1).endsWith(u" | "_qs + dialog.broken().constFirst().reason), qPrintable(id.at(1)));
        QCOMPARE(id.at(2), u"app"_qs);
        QVERIFY2(id.at(3).startsWith(u"  “order summary” (response) | $.id | "_qs), qPrintable(id.join(u'\n')));
        QVERIFY2(summary->text().contains(u"If orders left it out, 2 consumers would break"_qs),
            qPrintable(summary->text()));

        // Only web reads the name: app is not listed.
        QVERIFY(dialog.showField(u"$.name"_qs));
        const QStringList name = printImpact(impact);
        QCOMPARE(name.size(), 2);
        QCOMPARE(name.at(0), u"web"_qs);
        QVERIFY(!dialog.broken().constFirst().reason.isEmpty());
        QVERIFY2(name.at(1).endsWith(dialog.broken().constFirst().reason), qPrintable(name.at(1)));
        QVERIFY2(summary->text().startsWith(u"$.name is used by web. If orders left it out, 1 consumer would break"_qs),
            qPrintable(summary->text()));

        // A list the rules let be empty, and a map matcher: nothing breaks, and the panel says why.
        QVERIFY(dialog.showField(u"$.items[*]"_qs));
        QVERIFY(dialog.broken().isEmpty());
        QVERIFY(!impact->isVisible());
        QVERIFY2(
            summary->text().contains(u"Nothing would break if orders left it out"_qs), qPrintable(summary->text()));
        QVERIFY2(
            summary->text().contains(u"It is below $.items, matched by type (min 0)."_qs), qPrintable(summary->text()));
        QVERIFY(dialog.showField(u"$.attrs.colour"_qs));
        QVERIFY(dialog.broken().isEmpty());
        QVERIFY2(summary->text().contains(u"Nothing would break"_qs)
                && summary->text().contains(u"below $.attrs, matched by"_qs),
            qPrintable(summary->text()));
        // Below that list, a field of its elements is needed again.
        QVERIFY(dialog.showField(u"$.items[*].sku"_qs));
        QCOMPARE(printImpact(impact).value(0), u"web"_qs);

        QVERIFY(dialog.showField(u"$.id"_qs));
        if (const QString dir = qEnvironmentVariable("PACTBENCH_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.resize(1100, 720);
            QTest::qWait(100);
            QVERIFY(dialog.grab().save(QDir(dir).filePath(u"usage-view.png"_qs)));
        }

        // A closed pact takes its consumer's column with it.
        documents.close(documents.documents().constLast());
        QCOMPARE(dialog.model()->consumers(), QStringList{ u"web"_qs });
        QCOMPARE(dialog.model()->rowOf(u"$.total"_qs), -1);
        QCOMPARE(dialog.broken().size(), 1); // $.id still shown, for web only
    }

    void foldersSkipWhatIsNoPact()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(u"sub"_qs));
        writeFile(dir.filePath(u"web.json"_qs), Web);
        writeFile(dir.filePath(u"sub/billing.json"_qs), Billing);
        writeFile(dir.filePath(u"notes.json"_qs), R"({"not":"a pact"})");
        writeFile(dir.filePath(u"broken.json"_qs), "{ nope");
        writeFile(dir.filePath(u"readme.txt"_qs), "not searched");

        DocumentManager documents;
        Test::RecordingDialogService dialogs;
        dialogs.folder = dir.path();
        UsageDialog dialog(&documents, &dialogs);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.findChild<QPushButton *>(u"usageAddFolder"_qs)->click();

        QCOMPARE(dialog.skipped().size(), 2);
        QVERIFY2(dialog.skipped().at(0).contains(u"broken.json: skipped"_qs), qPrintable(dialog.skipped().join(u'\n')));
        QVERIFY2(dialog.skipped().at(1).contains(u"notes.json: skipped"_qs), qPrintable(dialog.skipped().join(u'\n')));
        auto *skipped = dialog.findChild<QListWidget *>(u"usageSkipped"_qs);
        QCOMPARE(skipped->count(), 2);
        QVERIFY(!skipped->isHidden());
        QCOMPARE(
            dialog.findChild<QLabel *>(u"usageSources"_qs)->text(), u"0 open pacts, 2 pact files added, 2 skipped"_qs);

        // Two providers: none is chosen for the user.
        QCOMPARE(dialog.providers(), (QStringList{ u"billing"_qs, u"orders"_qs }));
        QCOMPARE(dialog.provider(), QString());
        QCOMPARE(dialog.model()->rowCount(), 0);
        QCOMPARE(dialog.findChild<QLabel *>(u"usageSummary"_qs)->text(),
            u"The pacts name several providers: choose one."_qs);
        auto *provider = dialog.findChild<QComboBox *>(u"usageProvider"_qs);
        provider->setCurrentIndex(provider->findText(u"orders"_qs));
        QCOMPARE(dialog.model()->consumers(), QStringList{ u"web"_qs });
        QCOMPARE(cell(*dialog.model(), u"$.name"_qs, u"web"_qs), u"regex '^[a-z]+$'"_qs);
        const int uses = int(dialog.model()->uses().size());

        // The same file opened in the window counts once (as edited there); adding it again adds nothing.
        QVERIFY(documents.openFile(dir.filePath(u"web.json"_qs)).document);
        QCOMPARE(dialog.model()->uses().size(), uses);
        QCOMPARE(
            dialog.model()->uses().constFirst().source, QFileInfo(dir.filePath(u"web.json"_qs)).absoluteFilePath());
        dialog.addFiles({ dir.filePath(u"web.json"_qs) });
        QCOMPARE(dialog.model()->uses().size(), uses);
        QCOMPARE(dialog.provider(), u"orders"_qs);
    }

    void menuOpensTheDialog()
    {
        MainWindow window;
        window.show();
        window.documents()->addPact(Test::pactFromJson(Web), u"/tmp/web.json"_qs);
        auto *action = window.findChild<QAction *>(u"usageAction"_qs);
        QVERIFY(action);
        QMenu *tools = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(action))
                tools = menu->menu();
        }
        QVERIFY(tools);
        QCOMPARE(tools->title(), u"&Tools"_qs);
        QCOMPARE(action->text(), u"Provider &Usage…"_qs);
        QVERIFY(!window.findChild<UsageDialog *>());

        action->trigger();
        QPointer<UsageDialog> dialog = window.findChild<UsageDialog *>(u"usageDialog"_qs);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QCOMPARE(dialog->provider(), u"orders"_qs);
        QCOMPARE(dialog->model()->consumers(), QStringList{ u"web"_qs });
        // A pact opened meanwhile joins the table.
        window.documents()->addPact(Test::pactFromJson(App), u"/tmp/app.json"_qs);
        QCOMPARE(dialog->model()->consumers(), (QStringList{ u"web"_qs, u"app"_qs }));
        // From Broker… opens Open from Broker (the pacts it opens join the table like these).
        QVERIFY(!window.findChild<OpenFromBrokerDialog *>());
        dialog->findChild<QPushButton *>(u"usageFromBroker"_qs)->click();
        auto *broker = window.findChild<OpenFromBrokerDialog *>();
        QVERIFY(broker);
        broker->reject();
        // Asking again shows the same dialog; closing deletes it.
        QCOMPARE(window.showUsage(), dialog.data());
        dialog->close();
        QTRY_VERIFY(!dialog);
    }
};

QTEST_MAIN(TestUsageView)
#include "tst_usageview.moc"
