// SPDX-License-Identifier: MIT
// Every pact of the shared corpus (real files and deliberately broken ones) opens into the tree
// under QAbstractItemModelTester; every item gives its texts and JSON without crashing.

#include "uitestutils.h"

#include <testpaths.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>
#include <ui/models/pacttreemodel.h>
#include <ui/models/roles.h>

#include <QAbstractItemModelTester>
#include <QFileInfo>

using namespace Pactbench;

class TestPactTreeCorpus : public QObject
{
    Q_OBJECT

private:
    int m_items = 0;
    int m_failed = 0;

    static void addFiles(const QString &folder)
    {
        const QStringList files = Test::corpusFiles(folder);
        QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("no corpus files in ") + folder));
        for (const QString &f : files)
            QTest::newRow(qPrintable(folder + u'/' + QFileInfo(f).fileName())) << f << (folder == u"files");
    }

    /// Asks every item for what the views and the detail pane ask.
    int visit(const QAbstractItemModel *model, const QModelIndex &parent)
    {
        int count = 0;
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex index = model->index(r, 0, parent);
            if (index.data().toString().isEmpty() && index.data(Roles::DetailRole).toString().isEmpty())
                qWarning() << "item without text at" << index.data(Roles::JsonPathRole).toString();
            index.data(Roles::JsonTextRole);
            index.data(Qt::DecorationRole);
            index.data(Roles::FilterTextRole);
            count += 1 + visit(model, index);
        }
        return count;
    }

private Q_SLOTS:
    void opens_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("mustLoad");
        addFiles(QStringLiteral("files"));
        addFiles(QStringLiteral("edge"));
    }

    void opens()
    {
        QFETCH(QString, file);
        QFETCH(bool, mustLoad);
        DocumentManager documents;
        PactTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocumentManager(&documents);
        const OpenResult result = documents.openFile(file);
        if (!result.document) {
            QVERIFY2(!mustLoad, "a corpus file must open");
            QVERIFY(hasFatal(result.diagnostics));
            QCOMPARE(model.rowCount(), 0);
            ++m_failed;
            return;
        }
        QCOMPARE(model.rowCount(), 1);
        const int items = visit(&model, {});
        QVERIFY(items >= 1 + int(result.document->pact().interactions.size()));
        m_items += items;
        documents.close(result.document);
        QCOMPARE(model.rowCount(), 0);
    }

    void cleanupTestCase()
    {
        qInfo("corpus tree: %d items shown, %d files refused with a fatal diagnostic", m_items, m_failed);
    }
};

QTEST_MAIN(TestPactTreeCorpus)
#include "tst_pacttreecorpus.moc"
