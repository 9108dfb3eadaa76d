// SPDX-License-Identifier: MIT
#include "interactioneditor.h"

#include "httparteditor.h"
#include "keyvaluetable.h"
#include "matchingruleseditor.h"
#include "messageparteditor.h"

#include <ui/commands/setfieldcommand.h>
#include <ui/commands/setproviderstatescommand.h>
#include <ui/document/pactdocument.h>

#include <core/json/jsonreader.h>
#include <core/json/jsonwriter.h>

#include <QCheckBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Pactbench {

using Field = SetFieldCommand::Field;

namespace {

const QString textKey = QStringLiteral("text");
const QString testNameKey = QStringLiteral("testname");

QStringList commentLines(const QJsonObject &comments)
{
    QStringList lines;
    for (const QJsonValue &line : comments.value(textKey).toArray())
        lines.append(line.toString());
    return lines;
}

} // namespace

InteractionEditor::InteractionEditor(QWidget *parent) : QWidget(parent)
{
    setupUi();
    setupConnections();
    showInteraction(nullptr, -1);
}

InteractionEditor::~InteractionEditor() = default;

PactDocument *InteractionEditor::document() const
{
    return m_document;
}

void InteractionEditor::setupUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_placeholder = new QLabel(tr("Select an interaction to edit it."), m_stack);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("interactionTabs"));
    m_tabs->setDocumentMode(true);
    m_request = new HttpPartEditor(InteractionPart::Kind::Request, m_tabs);
    m_request->setObjectName(QStringLiteral("requestTab"));
    m_response = new HttpPartEditor(InteractionPart::Kind::Response, m_tabs);
    m_response->setObjectName(QStringLiteral("responseTab"));
    m_message = new MessagePartEditor(m_tabs);
    m_message->setObjectName(QStringLiteral("messageTab"));
    m_rules = new MatchingRulesEditor(m_tabs);
    m_rules->setObjectName(QStringLiteral("rulesTab"));
    m_tabs->addTab(setupGeneralTab(), tr("General"));
    m_tabs->addTab(m_request, tr("Request"));
    m_tabs->addTab(m_response, tr("Response"));
    m_tabs->addTab(m_message, tr("Message"));
    m_tabs->addTab(m_rules, tr("Rules && Generators"));
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tabs);
    layout->addWidget(m_stack);
}

QWidget *InteractionEditor::setupGeneralTab()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("generalTab"));
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_description = new QLineEdit(page);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_key = new QLineEdit(page);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setPlaceholderText(tr("optional unique key (V4)"));
    m_pending = new QCheckBox(tr("Pending: failures do not fail the verification (V4)"), page);
    m_pending->setObjectName(QStringLiteral("pendingCheck"));
    m_comments = new QPlainTextEdit(page);
    m_comments->setObjectName(QStringLiteral("commentsEdit"));
    m_comments->setPlaceholderText(tr("One comment per line (V4)"));
    m_comments->setMaximumHeight(90);
    m_comments->setTabChangesFocus(true);
    m_testName = new QLineEdit(page);
    m_testName->setObjectName(QStringLiteral("testNameEdit"));
    m_testName->setPlaceholderText(tr("the test that wrote this interaction (comments.testname, V4)"));
    m_states = new KeyValueTable(tr("Provider state"), tr("Parameters (JSON object)"), page);
    m_states->setObjectName(QStringLiteral("providerStatesTable"));
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(QString(), m_pending);
    form->addRow(tr("&Comments:"), m_comments);
    form->addRow(tr("&Test name:"), m_testName);
    form->addRow(tr("Provider &states:"), m_states);
    return page;
}

void InteractionEditor::setupConnections()
{
    const auto push = [this](Field field, const QVariant &value) {
        if (m_document && !m_refreshing)
            m_document->undoStack()->push(new SetFieldCommand(m_document, m_index, field, value));
    };
    connect(m_description, &QLineEdit::textEdited, this, [push](const QString &t) { push(Field::Description, t); });
    connect(m_key, &QLineEdit::textEdited, this, [push](const QString &t) { push(Field::Key, t); });
    connect(m_pending, &QCheckBox::toggled, this, [push](bool on) { push(Field::Pending, on); });
    connect(m_comments, &QPlainTextEdit::textChanged, this, &InteractionEditor::pushComments);
    connect(m_testName, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (!m_document || m_refreshing || m_index < 0)
            return;
        QJsonObject comments = m_document->pact().interactions.value(m_index).comments;
        if (name.isEmpty())
            comments.remove(testNameKey);
        else
            comments.insert(testNameKey, name);
        m_document->undoStack()->push(new SetFieldCommand(m_document, m_index, Field::Comments, comments));
    });
    connect(m_states, &KeyValueTable::edited, this, &InteractionEditor::pushProviderStates);
    connect(m_request, &HttpPartEditor::ruleRequested, this, &InteractionEditor::addRuleFromBody);
    connect(m_response, &HttpPartEditor::ruleRequested, this, &InteractionEditor::addRuleFromBody);
    connect(m_message, &MessagePartEditor::ruleRequested, this, &InteractionEditor::addRuleFromBody);
}

void InteractionEditor::pushComments()
{
    if (!m_document || m_refreshing)
        return;
    QJsonObject comments = m_document->pact().interactions.value(m_index).comments;
    const QStringList lines = m_comments->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty())
        comments.remove(textKey);
    else
        comments.insert(textKey, QJsonArray::fromStringList(lines));
    m_document->undoStack()->push(new SetFieldCommand(m_document, m_index, Field::Comments, comments));
}

void InteractionEditor::pushProviderStates()
{
    if (!m_document)
        return;
    const QList<ProviderState> old = m_document->pact().interactions.value(m_index).providerStates;
    QList<ProviderState> states;
    for (const auto &[name, params] : m_states->entries()) {
        ProviderState state{ name, {}, {}, {} };
        const JsonReadResult json = JsonReader::read(params.toUtf8());
        const QString paramsPath = NumberLexemes::child(NumberLexemes::root(), u"params");
        if (json.value.isObject()) {
            state.params = json.value.toObject();
            state.lexemes.insertSubtree(paramsPath, json.lexemes); // 10.0 typed stays 10.0
        }
        const int at = int(states.size());
        if (at < old.size() && !json.value.isObject() && !params.trimmed().isEmpty()) {
            state.params = old.at(at).params; // unparsable parameters keep their old value
            state.lexemes.insertSubtree(paramsPath, old.at(at).lexemes.subtree(paramsPath));
        }
        if (at < old.size()) {
            // The state's other keys keep their numbers' text too.
            NumberLexemes others = old.at(at).lexemes;
            others.removeSubtree(paramsPath);
            state.extra = old.at(at).extra;
            state.lexemes.insertSubtree(NumberLexemes::root(), others);
        }
        states.append(state);
    }
    m_document->undoStack()->push(new SetProviderStatesCommand(m_document, m_index, states));
}

void InteractionEditor::addRuleFromBody(
    InteractionPart part, const QString &path, const QString &type, const QJsonValue &example)
{
    if (!m_document)
        return;
    const Interaction &i = m_document->pact().interactions.at(m_index);
    MatchingRulesEditor::addRule(
        m_document, m_index, part, part.bodyCategory(i), path, MatchingRulesEditor::defaultMatcher(type, example));
    m_rules->setPart(part);
}

void InteractionEditor::showInteraction(PactDocument *document, int index)
{
    if (document != m_document) {
        if (m_document)
            disconnect(m_document, nullptr, this, nullptr);
        m_document = document;
        connectDocument();
    }
    m_index = document && index >= 0 && index < document->pact().interactions.size() ? index : -1;
    m_request->setInteraction(m_document, m_index);
    m_response->setInteraction(m_document, m_index);
    m_message->setInteraction(m_document, m_index);
    m_rules->setInteraction(m_document, m_index);
    refresh();
}

void InteractionEditor::connectDocument()
{
    if (!m_document)
        return;
    connect(m_document, &PactDocument::interactionChanged, this, [this](int index) {
        if (index == m_index)
            refresh();
    });
    connect(m_document, &PactDocument::destroyed, this, [this] { showInteraction(nullptr, -1); });
}

void InteractionEditor::refresh()
{
    if (!m_document || m_index < 0) {
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    m_stack->setCurrentWidget(m_tabs);
    const Interaction &i = m_document->pact().interactions.at(m_index);
    m_refreshing = true;
    refreshGeneral(i);
    m_refreshing = false;
    updateTabs(i);
    m_request->refresh();
    m_response->refresh();
    m_message->refresh();
    m_rules->refresh();
}

void InteractionEditor::refreshGeneral(const Interaction &i)
{
    if (m_description->text() != i.description)
        m_description->setText(i.description);
    if (m_key->text() != i.key)
        m_key->setText(i.key);
    m_pending->setChecked(i.pending);
    if (commentLines(i.comments) != m_comments->toPlainText().split(u'\n', Qt::SkipEmptyParts))
        m_comments->setPlainText(commentLines(i.comments).join(u'\n'));
    if (const QString testName = i.comments.value(testNameKey).toString(); m_testName->text() != testName)
        m_testName->setText(testName);
    QList<KeyValueTable::Entry> states;
    for (const ProviderState &state : i.providerStates) {
        const NumberLexemes lexemes = state.lexemes.subtree(NumberLexemes::child(NumberLexemes::root(), u"params"));
        const QString params = state.params.isEmpty()
            ? QString()
            : QString::fromUtf8(JsonWriter::write(state.params, JsonStyle::Compact, &lexemes));
        states.append({ state.name, params });
    }
    m_states->setEntries(states);
}

void InteractionEditor::updateTabs(const Interaction &i)
{
    m_tabs->setTabVisible(m_tabs->indexOf(m_request), i.isHttp());
    m_tabs->setTabVisible(m_tabs->indexOf(m_response), i.isHttp());
    m_tabs->setTabVisible(m_tabs->indexOf(m_message), i.isMessage() && i.kind != InteractionKind::Unsupported);
}

void InteractionEditor::showTab(const QString &name)
{
    if (QWidget *page = m_tabs->findChild<QWidget *>(name))
        m_tabs->setCurrentWidget(page);
}

} // namespace Pactbench
