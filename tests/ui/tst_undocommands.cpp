// SPDX-License-Identifier: MIT
// Undo commands on a real document: each redo changes what it says, undo restores the pact exactly
// (Pact ==), typing merges into one step, and the tree model stays consistent under
// QAbstractItemModelTester (attached before any data) while commands run.

#include "uitestutils.h"

#include <ui/commands/addinteractioncommand.h>
#include <ui/commands/moveinteractioncommand.h>
#include <ui/commands/removeinteractioncommand.h>
#include <ui/commands/setbodycommand.h>
#include <ui/commands/setfieldcommand.h>
#include <ui/commands/setgeneratorscommand.h>
#include <ui/commands/setheaderscommand.h>
#include <ui/commands/setmatchingrulescommand.h>
#include <ui/commands/setmetadatacommand.h>
#include <ui/commands/setproviderstatescommand.h>
#include <ui/commands/setquerycommand.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>
#include <ui/window/filecontroller.h>
#include <ui/models/pacttreemodel.h>

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QUndoStack>

using namespace Pactbench;

using Field = SetFieldCommand::Field;
using PartKind = InteractionPart::Kind;

class TestUndoCommands : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DocumentManager> m_manager;
    std::unique_ptr<PactTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    PactDocument *m_document = nullptr;

    QUndoStack *stack() const { return m_document->undoStack(); }
    const Interaction &interaction(int i) const { return m_document->pact().interactions.at(i); }

    /// Pushes, checks the change, undoes to the original, redoes to the changed pact.
    void roundTrip(QUndoCommand *command)
    {
        const Pact original = m_document->pact();
        const bool wasDirty = m_document->isDirty();
        stack()->push(command);
        const Pact changed = m_document->pact();
        QVERIFY(changed != original);
        QVERIFY(m_document->isDirty());
        stack()->undo();
        QVERIFY(m_document->pact() == original);
        QCOMPARE(m_document->isDirty(), wasDirty);
        stack()->redo();
        QVERIFY(m_document->pact() == changed);
        Test::printModel(m_model.get()); // walks every (lazy) node under the tester
    }

private Q_SLOTS:
    void init()
    {
        m_manager = std::make_unique<DocumentManager>();
        m_model = std::make_unique<PactTreeModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setDocumentManager(m_manager.get());
        m_document = m_manager->openFile(FileController::examplePath()).document;
        QVERIFY(m_document);
        Test::printModel(m_model.get());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_manager.reset();
    }

    void fields_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addRow("description") << int(Field::Description) << QVariant(QStringLiteral("renamed"));
        QTest::addRow("key") << int(Field::Key) << QVariant(QStringLiteral("k-1"));
        QTest::addRow("pending") << int(Field::Pending) << QVariant(true);
        QTest::addRow("comments") << int(Field::Comments)
                                  << QVariant(QJsonObject{ { QStringLiteral("testname"), QStringLiteral("t") } });
        QTest::addRow("method") << int(Field::Method) << QVariant(QStringLiteral("PATCH"));
        QTest::addRow("path") << int(Field::Path) << QVariant(QStringLiteral("/elsewhere"));
        QTest::addRow("status") << int(Field::Status) << QVariant(418);
    }

    void fields()
    {
        QFETCH(int, field);
        QFETCH(QVariant, value);
        roundTrip(new SetFieldCommand(m_document, 0, Field(field), value));
    }

    void parts()
    {
        Headers headers = interaction(0).request.headers;
        headers.append(QStringLiteral("X-Trace"), QStringLiteral("1"));
        roundTrip(new SetHeadersCommand(m_document, 0, { PartKind::Request }, headers));
        QueryParams query;
        query.append(QStringLiteral("page"), QStringLiteral("2"));
        roundTrip(new SetQueryCommand(m_document, 0, query));
        roundTrip(new SetProviderStatesCommand(m_document, 0, { ProviderState{ QStringLiteral("s"), {}, {} } }));
        MatchingRules rules = interaction(0).response.matchingRules;
        rules.add(QStringLiteral("body"), QStringLiteral("$.x"),
            RuleList{ { Matcher{ QStringLiteral("integer"), {} } }, RuleLogic::And, {} });
        roundTrip(new SetMatchingRulesCommand(m_document, 0, { PartKind::Response }, rules));
        Generators generators;
        generators.set(QStringLiteral("body"), QStringLiteral("$.id"), Generator{ QStringLiteral("Uuid"), {} });
        roundTrip(new SetGeneratorsCommand(m_document, 0, { PartKind::Response }, generators));
        roundTrip(new SetBodyCommand(m_document, 0, { PartKind::Response }, Body::fromJson(QJsonObject{})));
    }

    void messageMetadata()
    {
        int message = -1;
        for (int i = 0; i < m_document->pact().interactions.size() && message < 0; ++i) {
            if (interaction(i).kind == InteractionKind::AsynchronousMessage)
                message = i;
        }
        QVERIFY(message >= 0);
        const QJsonObject metadata{ { QStringLiteral("topic"), QStringLiteral("orders") } };
        roundTrip(new SetMetadataCommand(m_document, message, { PartKind::Message }, metadata));
        QCOMPARE(interaction(message).message.metadata, metadata);
    }

    void structure()
    {
        const int n = int(m_document->pact().interactions.size());
        roundTrip(new AddInteractionCommand(m_document, n,
            AddInteractionCommand::newInteraction(m_document, InteractionKind::SynchronousHttp),
            QStringLiteral("add")));
        QCOMPARE(m_document->pact().interactions.size(), n + 1);
        roundTrip(new AddInteractionCommand(
            m_document, 1, AddInteractionCommand::duplicateOf(m_document, 0), QStringLiteral("dup")));
        QVERIFY(interaction(1).description.startsWith(interaction(0).description));
        roundTrip(new RemoveInteractionCommand(m_document, 2));
        roundTrip(new MoveInteractionCommand(m_document, 0, 3));
    }

    void typingMerges()
    {
        const Pact original = m_document->pact();
        const int before = stack()->count();
        QString text;
        for (const QChar c : QStringLiteral("typed")) {
            text += c;
            stack()->push(new SetFieldCommand(m_document, 0, Field::Description, text));
        }
        QCOMPARE(stack()->count(), before + 1);
        QCOMPARE(interaction(0).description, QStringLiteral("typed"));
        // Another field starts a new step.
        stack()->push(new SetFieldCommand(m_document, 0, Field::Path, QStringLiteral("/x")));
        QCOMPARE(stack()->count(), before + 2);
        stack()->undo();
        stack()->undo();
        QVERIFY(m_document->pact() == original);
    }

    void bodyTypingMerges()
    {
        const Pact original = m_document->pact();
        const InteractionPart part{ PartKind::Response };
        for (int i = 1; i <= 4; ++i)
            stack()->push(
                new SetBodyCommand(m_document, 0, part, Body::fromJson(QJsonObject{ { QStringLiteral("n"), i } })));
        QCOMPARE(stack()->count(), 1);
        stack()->undo();
        QVERIFY(m_document->pact() == original);
    }

    void noChangeIsNoStep()
    {
        stack()->push(new SetFieldCommand(m_document, 0, Field::Description, interaction(0).description));
        QCOMPARE(stack()->count(), 0);
        QVERIFY(!m_document->isDirty());
    }

    void selectionSurvivesEdits()
    {
        QItemSelectionModel selection(m_model.get());
        const QModelIndex item = m_model->indexForInteraction(m_document, 0);
        QVERIFY(item.isValid());
        const QModelIndex part = m_model->index(1, 0, item); // the request (parts loaded)
        QVERIFY(part.isValid());
        selection.setCurrentIndex(part, QItemSelectionModel::ClearAndSelect);
        stack()->push(new SetFieldCommand(m_document, 0, Field::Path, QStringLiteral("/typed")));
        QVERIFY(selection.currentIndex().isValid());
        QCOMPARE(selection.currentIndex(), part);
        stack()->undo();
        QCOMPARE(selection.currentIndex(), part);
    }
};

QTEST_MAIN(TestUndoCommands)
#include "tst_undocommands.moc"
