// SPDX-License-Identifier: MIT
// The editing half of the real MainWindow, driven through widgets found by objectName (offscreen):
// edit a header and a matcher and undo back to the original document, typing merges, body
// validation, add a rule from the body, the playground and the lint, add/duplicate/delete/move
// interactions, Save V4 and reload equal, a lossy V3 save shows the report, a dirty close asks.

#include "uitestutils.h"

#include <core/model/pactreader.h>
#include <ui/document/documentmanager.h>
#include <ui/commands/setfieldcommand.h>
#include <ui/commands/setheaderscommand.h>
#include <ui/document/pactdocument.h>
#include <ui/models/pacttreemodel.h>
#include <ui/widgets/bodyeditor.h>
#include <ui/widgets/codeeditor.h>
#include <ui/widgets/detailpane.h>
#include <ui/widgets/interactioneditor.h>
#include <ui/widgets/matcherform.h>
#include <ui/window/editcontroller.h>
#include <ui/window/filecontroller.h>
#include <ui/window/mainwindow.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>

using namespace Pactbench;

class TestInteractionEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Test::RecordingDialogService *m_dialogs = nullptr;
    QTemporaryDir m_dir;
    PactDocument *m_document = nullptr;
    QString m_path;

    template<typename T> T *child(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no child named %s", qPrintable(name));
        return widget;
    }
    QUndoStack *stack() const { return m_document->undoStack(); }
    const Interaction &interaction(int i) const { return m_document->pact().interactions.at(i); }
    QTableWidget *tableIn(const QString &name) const { return child<QWidget>(name)->findChild<QTableWidget *>(); }

    /// Selects a row of the rules table whose path cell is `path`.
    void selectRule(const QString &path)
    {
        auto *table = child<QTableWidget>(QStringLiteral("rulesTable"));
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 1)->text() == path) {
                table->selectRow(r);
                return;
            }
        }
        QFAIL("rule not in the table");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_window->treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto dialogs = std::make_unique<Test::RecordingDialogService>();
        m_dialogs = dialogs.get();
        m_window->setDialogService(std::move(dialogs));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_path = m_dir.filePath(QStringLiteral("orders.json"));
        QFile::remove(m_path);
        QVERIFY(QFile::copy(FileController::examplePath(), m_path));
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(m_window->openFile(m_path));
        m_document = m_window->documents()->documents().constFirst();
        m_window->selectInteraction(m_document, 0);
        QCOMPARE(m_window->interactionEditor()->interactionIndex(), 0);
    }

    void cleanup()
    {
        m_dialogs->discard = true;
        m_tester.reset();
        m_window.reset();
    }

    void editHeaderAndMatcherThenUndo()
    {
        const Pact original = m_document->pact();
        QTableWidget *headers = tableIn(QStringLiteral("requestHeadersTable"));
        QCOMPARE(headers->item(0, 0)->text(), QStringLiteral("Accept"));
        headers->item(0, 1)->setText(QStringLiteral("application/hal+json"));
        QCOMPARE(
            interaction(0).request.headers.value(QStringLiteral("Accept")), QStringLiteral("application/hal+json"));

        m_window->interactionEditor()->showTab(QStringLiteral("rulesTab"));
        child<QComboBox>(QStringLiteral("rulesPartCombo"))->setCurrentIndex(1);
        Q_EMIT child<QComboBox>(QStringLiteral("rulesPartCombo"))->activated(1);
        selectRule(QStringLiteral("$.orders[*].id"));
        auto *type = child<QComboBox>(QStringLiteral("ruleTypeCombo"));
        type->setCurrentText(QStringLiteral("regex"));
        QCOMPARE(child<MatcherForm>(QString())->visibleParameters(), QStringList{ QStringLiteral("regex") });
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("ruleRegexEdit")), QStringLiteral("^\\d+$"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("applyRuleButton")), Qt::LeftButton);
        const RuleList list = interaction(0)
                                  .response.matchingRules.category(QStringLiteral("body"))
                                  .value(QStringLiteral("$.orders[*].id"));
        QCOMPARE(list.matchers.value(0).type, QStringLiteral("regex"));
        QCOMPARE(list.matchers.value(0).attributes.value(QStringLiteral("regex")).toString(), QStringLiteral("^\\d+$"));
        QVERIFY(m_document->isDirty());
        QVERIFY(m_window->isWindowModified());

        while (stack()->canUndo())
            stack()->undo();
        QVERIFY(m_document->pact() == original);
        QVERIFY(!m_document->isDirty());
        QCOMPARE(headers->item(0, 1)->text(), QStringLiteral("application/json"));
    }

    /// The rule at (body, path) of the selected interaction's response.
    QStringList responseMatchers(int index, const QString &path) const
    {
        QStringList types;
        for (const Matcher &m :
            interaction(index).response.matchingRules.category(QStringLiteral("body")).value(path).matchers)
            types.append(m.type);
        return types;
    }

    QString selectedRulePath() const
    {
        const QList<QTableWidgetItem *> items = child<QTableWidget>(QStringLiteral("rulesTable"))->selectedItems();
        return items.isEmpty() ? QString() : child<QTableWidget>(QStringLiteral("rulesTable"))->item(items.first()->row(), 1)->text();
    }

    /// Issue 16, defect 1: Add, then Apply, overwrote the rule selected before Add ($.gift lost).
    void applyAfterAddEditsTheAddedRule()
    {
        int index = -1;
        for (int i = 0; i < m_document->pact().interactions.size(); ++i) {
            if (interaction(i).description == u"a request for an existing order")
                index = i;
        }
        QVERIFY(index >= 0);
        m_window->selectInteraction(m_document, index);
        m_window->interactionEditor()->showTab(QStringLiteral("rulesTab"));
        auto *parts = child<QComboBox>(QStringLiteral("rulesPartCombo"));
        const int response = parts->findText(QStringLiteral("Response"));
        QVERIFY(response >= 0);
        parts->setCurrentIndex(response);
        Q_EMIT parts->activated(response);
        selectRule(QStringLiteral("$.gift"));
        auto *label = child<QLabel>(QStringLiteral("ruleEditingLabel"));
        QCOMPARE(label->text(), QStringLiteral("Editing rule 1 of $.gift"));
        const Pact original = m_document->pact();
        const QStringList gift = responseMatchers(index, QStringLiteral("$.gift"));
        QCOMPARE(gift, QStringList{ QStringLiteral("boolean") });

        auto *path = child<QLineEdit>(QStringLiteral("rulePathEdit"));
        path->clear();
        QTest::keyClicks(path, QStringLiteral("$.note"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("addRuleButton")), Qt::LeftButton);
        // After Add the table and the form name the rule just added.
        QCOMPARE(selectedRulePath(), QStringLiteral("$.note"));
        QCOMPARE(label->text(), QStringLiteral("Editing rule 1 of $.note"));
        QCOMPARE(path->text(), QStringLiteral("$.note"));
        const Pact afterAdd = m_document->pact();

        child<QComboBox>(QStringLiteral("ruleTypeCombo"))->setCurrentText(QStringLiteral("integer"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("applyRuleButton")), Qt::LeftButton);
        QCOMPARE(responseMatchers(index, QStringLiteral("$.gift")), gift); // untouched
        QCOMPARE(responseMatchers(index, QStringLiteral("$.note")), QStringList{ QStringLiteral("integer") });
        QCOMPARE(selectedRulePath(), QStringLiteral("$.note"));
        QCOMPARE(label->text(), QStringLiteral("Editing rule 1 of $.note"));

        // A second matcher on the same path: the label names it as the second.
        child<QComboBox>(QStringLiteral("ruleTypeCombo"))->setCurrentText(QStringLiteral("type"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("addRuleButton")), Qt::LeftButton);
        QCOMPARE(label->text(), QStringLiteral("Editing rule 2 of $.note"));
        QCOMPARE(responseMatchers(index, QStringLiteral("$.note")),
            (QStringList{ QStringLiteral("integer"), QStringLiteral("type") }));
        const Pact afterSecond = m_document->pact();

        // Undo and redo go through the same states.
        QCOMPARE(stack()->count(), 3);
        stack()->undo();
        stack()->undo();
        QVERIFY(m_document->pact() == afterAdd);
        stack()->undo();
        QVERIFY(m_document->pact() == original);
        QVERIFY(!m_document->isDirty());
        QVERIFY(selectedRulePath() != QStringLiteral("$.note")); // that rule is gone: Apply cannot hit another one
        QVERIFY(!child<QPushButton>(QStringLiteral("applyRuleButton"))->isEnabled()
            || !label->text().contains(QStringLiteral("$.note")));
        stack()->redo();
        stack()->redo();
        stack()->redo();
        QVERIFY(m_document->pact() == afterSecond);
        QCOMPARE(responseMatchers(index, QStringLiteral("$.gift")), gift);
    }

    /// Issue 16, defect 9: the smaller editor items.
    void testNameIsShownAndEditable()
    {
        // The example's first interaction names its test.
        QCOMPARE(child<QLineEdit>(QStringLiteral("testNameEdit"))->text(), QStringLiteral("OrderListPage lists open orders"));
        QJsonObject comments = interaction(0).comments;
        comments.insert(QStringLiteral("testname"), QStringLiteral("orders.spec.ts › lists open orders"));
        stack()->push(new SetFieldCommand(m_document, 0, SetFieldCommand::Field::Comments, comments));
        QCOMPARE(interaction(0).comments.value(u"testname").toString(), QStringLiteral("orders.spec.ts › lists open orders"));
        auto *testName = child<QLineEdit>(QStringLiteral("testNameEdit"));
        QCOMPARE(testName->text(), QStringLiteral("orders.spec.ts › lists open orders"));
        testName->selectAll();
        QTest::keyClicks(testName, QStringLiteral("renamed"));
        QCOMPARE(interaction(0).comments.value(u"testname").toString(), QStringLiteral("renamed"));
        while (stack()->canUndo()) // typing in the field merges with the change of comments above: one step
            stack()->undo();
        QCOMPARE(testName->text(), QStringLiteral("OrderListPage lists open orders"));
    }

    void messagePartLabelHasItsBuddy()
    {
        QLabel *part = nullptr;
        for (QLabel *label : child<QWidget>(QStringLiteral("messageTab"))->findChildren<QLabel *>()) {
            if (label->text() == u"&Part:")
                part = label;
        }
        QVERIFY(part);
        QCOMPARE(part->buddy(), child<QComboBox>(QStringLiteral("messagePartCombo"))); // "&" is a mnemonic, not shown
    }

    void addingAHeaderEditsItsName()
    {
        m_window->interactionEditor()->showTab(QStringLiteral("requestTab"));
        QTableWidget *headers = tableIn(QStringLiteral("requestHeadersTable"));
        const int rows = headers->rowCount();
        QTest::mouseClick(
            child<QWidget>(QStringLiteral("requestHeadersTable"))->findChild<QToolButton *>(QStringLiteral("addRowButton")),
            Qt::LeftButton);
        QCOMPARE(headers->rowCount(), rows + 1);
        QCOMPARE(headers->currentRow(), rows);
        QCOMPARE(headers->currentColumn(), 0);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(focus) && headers->isAncestorOf(focus));
        QTest::keyClicks(focus, QStringLiteral("X-Trace"));
        QTest::keyClick(focus, Qt::Key_Return);
        QTRY_COMPARE(headers->item(rows, 0)->text(), QStringLiteral("X-Trace")); // the delegate commits queued
        QVERIFY(interaction(0).request.headers.contains(QStringLiteral("X-Trace")));
    }

    void jsonBodyOffersContentType()
    {
        auto *hint = child<QWidget>(QStringLiteral("responseContentTypeHint"));
        m_window->interactionEditor()->showTab(QStringLiteral("responseTab"));
        QVERIFY(interaction(0).response.body.json.isObject());
        QVERIFY(!hint->isVisible()); // the example says application/json
        stack()->push(new SetHeadersCommand(m_document, 0, InteractionPart{ InteractionPart::Kind::Response }, {}));
        QVERIFY(hint->isVisible());
        QTest::mouseClick(hint->findChild<QPushButton *>(QStringLiteral("addContentTypeButton")), Qt::LeftButton);
        QCOMPARE(interaction(0).response.headers.value(QStringLiteral("Content-Type")), QStringLiteral("application/json"));
        QVERIFY(!hint->isVisible());
        stack()->undo();
        QVERIFY(hint->isVisible());
    }

    void nonStandardMethodWarns()
    {
        m_window->interactionEditor()->showTab(QStringLiteral("requestTab"));
        auto *method = child<QComboBox>(QStringLiteral("methodCombo"));
        auto *warning = child<QLabel>(QStringLiteral("methodWarningLabel"));
        QVERIFY(!warning->isVisible());
        method->setCurrentText(QStringLiteral("GET X"));
        QCOMPARE(interaction(0).request.method, QStringLiteral("GET X"));
        QVERIFY(warning->isVisible());
        // The warning reading such a file gives (pactbench-cli validate says the same).
        QVERIFY2(warning->text().contains(QStringLiteral("'GET X' is not a standard HTTP method")),
            qPrintable(warning->text()));
        QCOMPARE(PactReader::methodWarning(QStringLiteral("GET X")), QStringLiteral("'GET X' is not a standard HTTP method"));
        method->setCurrentText(QStringLiteral("GET"));
        QVERIFY(!warning->isVisible());
    }

    void typingMergesIntoOneStep()
    {
        const Pact original = m_document->pact();
        auto *description = child<QLineEdit>(QStringLiteral("descriptionEdit"));
        description->setFocus();
        description->end(false);
        QTest::keyClicks(description, QStringLiteral(" today"));
        QCOMPARE(stack()->count(), 1);
        QVERIFY(interaction(0).description.endsWith(QStringLiteral(" today")));
        QVERIFY(m_window->treeModel()->indexForInteraction(m_document, 0).data().toString().contains(u"today"));
        stack()->undo();
        QVERIFY(m_document->pact() == original);
        QVERIFY(!description->text().endsWith(QStringLiteral(" today")));
    }

    void bodyValidatesAsYouType()
    {
        auto *body = child<BodyEditor>(QStringLiteral("responseBodyEditor"));
        const Body before = interaction(0).response.body;
        body->editor()->setPlainText(QStringLiteral("{\n  \"customerId\": \"C-1\",\n  \"orders\": [\n}"));
        QVERIFY(body->errorText().contains(u"Line 4"));
        QVERIFY(body->editor()->errorOffset() >= 0);
        QVERIFY(interaction(0).response.body == before); // not applied
        body->editor()->setPlainText(QStringLiteral("{\"customerId\": \"C-1\"}"));
        QVERIFY(body->errorText().isEmpty());
        QCOMPARE(interaction(0).response.body.json.toObject().value(QStringLiteral("customerId")).toString(),
            QStringLiteral("C-1"));
        QCOMPARE(interaction(0).response.body.contentType, before.contentType);
        body->prettyPrint();
        QVERIFY(body->editor()->toPlainText().contains(u'\n'));
        QCOMPARE(stack()->count(), 1);
    }

    void addRuleFromBody()
    {
        auto *body = child<BodyEditor>(QStringLiteral("responseBodyEditor"));
        const QString text = body->editor()->toPlainText();
        const int at = int(text.indexOf(QStringLiteral("\"quantity\"")));
        QVERIFY(at > 0);
        QCOMPARE(body->pathAt(at + 3), QStringLiteral("$.orders[0].lines[0].quantity"));
        QCOMPARE(
            body->pathAt(int(text.indexOf(QStringLiteral("BK-2231")))), QStringLiteral("$.orders[0].lines[0].sku"));
        Q_EMIT body->ruleRequested(
            QStringLiteral("$.orders[0].lines[0].sku"), QStringLiteral("regex"), QStringLiteral("BK-2231"));
        const RuleList list = interaction(0)
                                  .response.matchingRules.category(QStringLiteral("body"))
                                  .value(QStringLiteral("$.orders[0].lines[0].sku"));
        QCOMPARE(list.matchers.value(0).type, QStringLiteral("regex"));
        QCOMPARE(
            list.matchers.value(0).attributes.value(QStringLiteral("regex")).toString(), QStringLiteral("^BK\\-2231$"));
        stack()->undo();
        QVERIFY(!m_document->isDirty());
    }

    void playgroundAndLint()
    {
        m_window->interactionEditor()->showTab(QStringLiteral("rulesTab"));
        Q_EMIT child<QComboBox>(QStringLiteral("rulesPartCombo"))->activated(1);
        selectRule(QStringLiteral("$.orders[*].id"));
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("playgroundValueEdit")), QStringLiteral("\"abc\""));
        const QString result = child<QLabel>(QStringLiteral("playgroundResult"))->text();
        QVERIFY2(result.contains(u"abc"), qPrintable(result));
        QVERIFY(child<QLabel>(QStringLiteral("playgroundExampleResult"))->text().contains(u"matches"));

        // A regex its own example fails, and a path that names nothing.
        MatchingRules rules = interaction(0).response.matchingRules;
        rules.add(QStringLiteral("body"), QStringLiteral("$.customerId"),
            RuleList{ { Matcher{ QStringLiteral("regex"), { { QStringLiteral("regex"), QStringLiteral("^X$") } } } },
                {}, {} });
        rules.add(QStringLiteral("body"), QStringLiteral("$.nothing"),
            RuleList{ { Matcher{ QStringLiteral("type"), {} } }, {}, {} });
        child<QLineEdit>(QStringLiteral("rulePathEdit"))->setText(QStringLiteral("$.nothing"));
        child<QComboBox>(QStringLiteral("ruleCategoryCombo"))->setCurrentText(QStringLiteral("body"));
        child<QComboBox>(QStringLiteral("ruleTypeCombo"))->setCurrentText(QStringLiteral("type"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("addRuleButton")), Qt::LeftButton);
        child<QLineEdit>(QStringLiteral("rulePathEdit"))->setText(QStringLiteral("$.customerId"));
        child<QComboBox>(QStringLiteral("ruleTypeCombo"))->setCurrentText(QStringLiteral("regex"));
        child<QLineEdit>(QStringLiteral("ruleRegexEdit"))->setText(QStringLiteral("^X$"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("addRuleButton")), Qt::LeftButton);
        QStringList lint;
        auto *list = child<QListWidget>(QStringLiteral("ruleLintList"));
        for (int r = 0; r < list->count(); ++r)
            lint.append(list->item(r)->text());
        QVERIFY2(lint.filter(QStringLiteral("$.nothing")).size() == 1, qPrintable(lint.join(u'\n')));
        QVERIFY2(lint.filter(QStringLiteral("does not match its own regex")).size() == 1, qPrintable(lint.join(u'\n')));
    }

    void addDuplicateDeleteMove()
    {
        const Pact original = m_document->pact();
        const int n = int(original.interactions.size());
        const EditController::Actions &a = m_window->editController()->actions();
        a.addInteraction->trigger();
        QCOMPARE(m_document->pact().interactions.size(), n + 1);
        QCOMPARE(m_window->interactionEditor()->interactionIndex(), 1);
        a.duplicateInteraction->trigger();
        QCOMPARE(m_document->pact().interactions.size(), n + 2);
        QCOMPARE(interaction(2).request.method, interaction(1).request.method);
        a.moveDown->trigger();
        QCOMPARE(m_window->interactionEditor()->interactionIndex(), 3);
        a.deleteInteraction->trigger();
        QCOMPARE(m_document->pact().interactions.size(), n + 1);
        while (stack()->canUndo())
            stack()->undo();
        QVERIFY(m_document->pact() == original);
        QVERIFY(m_window->interactionEditor()->interactionIndex() >= 0);
    }

    void kindPickerFollowsTheVersion_data()
    {
        QTest::addColumn<SpecVersion>("version");
        QTest::addColumn<bool>("messages");
        QTest::addColumn<bool>("syncMessages");
        QTest::newRow("V2") << SpecVersion::V2 << false << false;
        QTest::newRow("V3") << SpecVersion::V3 << true << false;
        QTest::newRow("V4") << SpecVersion::V4 << true << true;
    }

    void kindPickerFollowsTheVersion()
    {
        QFETCH(SpecVersion, version);
        QFETCH(bool, messages);
        QFETCH(bool, syncMessages);
        m_dialogs->newPact.version = version;
        m_window->editController()->actions().newPact->trigger();
        PactDocument *created = m_window->documents()->documents().constLast();
        const EditController::Actions &a = m_window->editController()->actions();
        QVERIFY(a.addInteraction->menu());
        QVERIFY(a.addHttp->isEnabled());
        QCOMPARE(a.addMessage->isEnabled(), messages);
        QCOMPARE(a.addSyncMessage->isEnabled(), syncMessages);
        a.addMessage->trigger(); // refused when the version cannot hold it, even if triggered anyway
        a.addSyncMessage->trigger();
        QCOMPARE(created->pact().interactions.size(), int(messages) + int(syncMessages));
        if (syncMessages) {
            const Interaction &exchange = created->pact().interactions.constLast();
            QCOMPARE(exchange.kind, InteractionKind::SynchronousMessages);
            QCOMPARE(exchange.messageResponses.size(), 1);
            QCOMPARE(exchange.description, QStringLiteral("a new message exchange"));
        }
        if (messages) {
            QCOMPARE(created->pact().interactions.at(0).kind, InteractionKind::AsynchronousMessage);
            // With a message selected, plain "Add" adds another message.
            m_window->selectInteraction(created, 0);
            a.addInteraction->trigger();
            QCOMPARE(created->pact().interactions.at(1).kind, InteractionKind::AsynchronousMessage);
            QCOMPARE(created->pact().interactions.at(1).description, QStringLiteral("a new message 2"));
        }
    }

    void syncMessageResponsesAddAndRemove()
    {
        m_window->editController()->actions().newPact->trigger();
        PactDocument *created = m_window->documents()->documents().constLast();
        m_window->editController()->actions().addSyncMessage->trigger();
        QCOMPARE(m_window->interactionEditor()->interactionIndex(), 0);
        m_window->interactionEditor()->showTab(QStringLiteral("messageTab"));
        auto *parts = child<QComboBox>(QStringLiteral("messagePartCombo"));
        auto *add = child<QToolButton>(QStringLiteral("addResponseButton"));
        auto *remove = child<QToolButton>(QStringLiteral("removeResponseButton"));
        QCOMPARE(parts->count(), 2); // request, response 1
        QVERIFY(!remove->isEnabled()); // the request is shown
        add->click();
        QCOMPARE(created->pact().interactions.at(0).messageResponses.size(), 2);
        QCOMPARE(parts->count(), 3);
        QCOMPARE(parts->currentText(), QStringLiteral("Response 2"));
        QVERIFY(remove->isEnabled());
        remove->click();
        remove->click();
        QCOMPARE(created->pact().interactions.at(0).messageResponses.size(), 0);
        QCOMPARE(parts->count(), 1);
        QVERIFY(!remove->isEnabled());
        created->undoStack()->undo();
        created->undoStack()->undo();
        QCOMPARE(created->pact().interactions.at(0).messageResponses.size(), 2);
        created->undoStack()->undo();
        QCOMPARE(created->pact().interactions.at(0).messageResponses.size(), 1);
        QCOMPARE(parts->count(), 2);
    }

    void rawJsonShowsTheVersionSaveWrites()
    {
        // A V3 file's interaction is shown as the V3 writer writes it (a plain body, not V4's body object).
        const QString v3 = m_dir.filePath(QStringLiteral("orders-v3.json"));
        QVERIFY(m_window->saveAs(m_document, v3, SpecVersion::V3));
        QVERIFY(m_window->openExample()); // V4, beside the document that is the V3 file now
        PactDocument *copy = m_document;
        m_document = m_window->documents()->documents().constLast();
        QVERIFY(copy != m_document);
        QCOMPARE(copy->origin(), v3);
        QCOMPARE(copy->saveVersion(), SpecVersion::V3);
        m_window->selectInteraction(copy, 0);
        const QString v3Text = m_window->detailPane()->text();
        QVERIFY2(v3Text.contains(QStringLiteral("\"request\"")), qPrintable(v3Text));
        QVERIFY2(!v3Text.contains(QStringLiteral("\"content\"")), qPrintable(v3Text));
        QVERIFY2(!v3Text.contains(QStringLiteral("\"type\": \"Synchronous/HTTP\"")), qPrintable(v3Text));
        QCOMPARE(m_document->saveVersion(), SpecVersion::V4);
        m_window->selectInteraction(m_document, 0);
        QVERIFY2(m_window->detailPane()->text().contains(QStringLiteral("\"type\": \"Synchronous/HTTP\"")),
            qPrintable(m_window->detailPane()->text()));
    }

    void newPact()
    {
        m_window->editController()->actions().newPact->trigger();
        QCOMPARE(m_dialogs->newPactPrompts, 1);
        QCOMPARE(m_window->documents()->count(), 2);
        PactDocument *created = m_window->documents()->documents().constLast();
        QCOMPARE(created->pact().consumer.name, QStringLiteral("web-app"));
        QCOMPARE(created->pact().specVersion, SpecVersion::V4);
        QCOMPARE(m_window->currentDocument(), created);
        m_window->editController()->actions().addInteraction->trigger();
        QCOMPARE(created->pact().interactions.size(), 1);
    }

    void saveV4ReloadsEqual()
    {
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("keyEdit")), QStringLiteral("-v2"));
        QVERIFY(m_document->isDirty());
        QVERIFY(m_window->save());
        QVERIFY(!m_document->isDirty());
        QVERIFY(m_dialogs->errors.isEmpty());
        QCOMPARE(m_document->origin(), m_path);
        const ReadResult reread = PactReader::readFile(m_path);
        QVERIFY(reread.ok());
        QVERIFY(*reread.pact == m_document->pact());
    }

    void lossyV3SaveShowsReport()
    {
        child<QCheckBox>(QStringLiteral("pendingCheck"))->click();
        QVERIFY(interaction(0).pending);
        m_dialogs->acceptLosses = false;
        QVERIFY(!m_window->saveAs(m_document, m_dir.filePath(QStringLiteral("v3.json")), SpecVersion::V3));
        QCOMPARE(m_dialogs->lossPrompts.size(), 1);
        QVERIFY(m_dialogs->lossPrompts.constFirst().contains(u"pending"));
        QVERIFY(m_document->isDirty());
    }

    void dirtyCloseAsks()
    {
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("pathEdit")), QStringLiteral("/x"));
        m_dialogs->discard = false;
        QVERIFY(!m_window->closeDocument(m_document));
        QCOMPARE(m_dialogs->discardPrompts.size(), 1);
        QCOMPARE(m_window->documents()->count(), 1);
        m_dialogs->discard = true;
        QVERIFY(m_window->closeDocument(m_document));
        QCOMPARE(m_window->documents()->count(), 0);
        QCOMPARE(m_window->interactionEditor()->interactionIndex(), -1);
    }
};

QTEST_MAIN(TestInteractionEditor)
#include "tst_interactioneditor.moc"
