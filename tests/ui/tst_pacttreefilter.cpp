// SPDX-License-Identifier: MIT
// PactFilterProxy on the bundled example: matches on description, provider state, method and
// path; keeps the parts of matching interactions; checked by QAbstractItemModelTester.

#include "uitestutils.h"

#include <ui/document/documentmanager.h>
#include <ui/models/pactfilterproxy.h>
#include <ui/models/pacttreemodel.h>
#include <ui/models/pacttreenode.h>
#include <ui/models/roles.h>

#include <QAbstractItemModelTester>

using namespace Pactbench;

class TestPactTreeFilter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DocumentManager> m_documents;
    std::unique_ptr<PactTreeModel> m_model;
    std::unique_ptr<PactFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    /// The interaction descriptions the proxy shows, in order.
    QStringList shownInteractions() const
    {
        QStringList out;
        collect(QModelIndex(), &out);
        return out;
    }

    void collect(const QModelIndex &parent, QStringList *out) const
    {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            const QModelIndex index = m_proxy->index(r, 0, parent);
            if (index.data(Roles::NodeKindRole).toInt() == int(PactTreeNode::Kind::Interaction))
                out->append(index.data().toString());
            else
                collect(index, out);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_documents = std::make_unique<DocumentManager>();
        m_model = std::make_unique<PactTreeModel>();
        m_proxy = std::make_unique<PactFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setDocumentManager(m_documents.get());
        QVERIFY(m_documents->openFile(QStringLiteral(":/examples/order-service-v4.json")).document);
    }

    void cleanup()
    {
        m_tester.reset();
        m_proxy.reset();
        m_model.reset();
        m_documents.reset();
    }

    void filters_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("empty shows all") << QString()
                                         << QStringList{QStringLiteral("a request for the open orders of a customer"),
                                                QStringLiteral("a request for an existing order"),
                                                QStringLiteral("a request for an order that does not exist"),
                                                QStringLiteral("a request to place an order"),
                                                QStringLiteral("a request to cancel an open order"),
                                                QStringLiteral("a request to delete a draft order"),
                                                QStringLiteral("an order shipped event"),
                                                QStringLiteral("an order cancelled event"),
                                                QStringLiteral("a shipping quote request")};
        QTest::addRow("method") << QStringLiteral("post") << QStringList{QStringLiteral("a request to place an order")};
        QTest::addRow("path") << QStringLiteral("/orders/9999")
                              << QStringList{QStringLiteral("a request for an order that does not exist")};
        QTest::addRow("provider state") << QStringLiteral("draft order exists")
                                        << QStringList{QStringLiteral("a request to delete a draft order")};
        QTest::addRow("description") << QStringLiteral("EVENT")
                                     << QStringList{QStringLiteral("an order shipped event"),
                                            QStringLiteral("an order cancelled event")};
        QTest::addRow("nothing") << QStringLiteral("no such thing") << QStringList{};
    }

    void filters()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        m_proxy->setFilterText(filter);
        QCOMPARE(shownInteractions(), expected);
        QCOMPARE(m_proxy->rowCount(), expected.isEmpty() ? 0 : 1);
    }

    void partsOfMatchesStay()
    {
        m_proxy->setFilterText(QStringLiteral("PATCH"));
        const QModelIndex pact = m_proxy->index(0, 0);
        const QModelIndex group = m_proxy->index(0, 0, pact);
        QCOMPARE(m_proxy->rowCount(pact), 1);
        const QModelIndex interaction = m_proxy->index(0, 0, group);
        const QModelIndex source = m_proxy->mapToSource(interaction);
        QCOMPARE(m_proxy->rowCount(interaction), m_model->rowCount(source));
        QVERIFY(m_proxy->rowCount(interaction) >= 3);
    }

    void clearingRestores()
    {
        const QStringList all = Test::printModel(m_proxy.get());
        m_proxy->setFilterText(QStringLiteral("quote"));
        QCOMPARE(shownInteractions(), QStringList{QStringLiteral("a shipping quote request")});
        m_proxy->setFilterText({});
        QCOMPARE(Test::printModel(m_proxy.get()), all);
    }
};

QTEST_MAIN(TestPactTreeFilter)
#include "tst_pacttreefilter.moc"
