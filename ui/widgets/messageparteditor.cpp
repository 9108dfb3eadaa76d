// SPDX-License-Identifier: MIT
#include "messageparteditor.h"

#include "bodyeditor.h"
#include "keyvaluetable.h"

#include <ui/commands/interactioncommand.h>
#include <ui/commands/setbodycommand.h>
#include <ui/commands/setmetadatacommand.h>
#include <ui/document/pactdocument.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Pactbench {

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QByteArray wrapped = QJsonDocument(QJsonArray{ value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue valueOf(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1 && !text.trimmed().isEmpty())
        return doc.array().at(0);
    return text;
}

} // namespace

MessagePartEditor::MessagePartEditor(QWidget *parent) : QWidget(parent)
{
    setupUi();
    setupConnections();
}

MessagePartEditor::~MessagePartEditor() = default;

void MessagePartEditor::setupUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_parts = new QComboBox(this);
    m_parts->setObjectName(QStringLiteral("messagePartCombo"));
    m_addResponse = new QToolButton(this);
    m_addResponse->setObjectName(QStringLiteral("addResponseButton"));
    m_addResponse->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_addResponse->setText(tr("Add Response"));
    m_addResponse->setToolTip(tr("Add a response message to this synchronous exchange"));
    m_removeResponse = new QToolButton(this);
    m_removeResponse->setObjectName(QStringLiteral("removeResponseButton"));
    m_removeResponse->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_removeResponse->setText(tr("Remove Response"));
    m_removeResponse->setToolTip(tr("Remove the selected response message"));
    auto *partRow = new QHBoxLayout;
    partRow->addWidget(m_parts, 1);
    partRow->addWidget(m_addResponse);
    partRow->addWidget(m_removeResponse);
    // A label for a layout gets no buddy from QFormLayout: without one, "&Part:" shows its '&'.
    auto *partLabel = new QLabel(tr("&Part:"), this);
    partLabel->setBuddy(m_parts);
    form->addRow(partLabel, partRow);
    layout->addLayout(form);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_metadata = new KeyValueTable(tr("Metadata key"), tr("Value (JSON or text)"), splitter);
    m_metadata->setObjectName(QStringLiteral("metadataTable"));
    m_body = new BodyEditor(splitter);
    m_body->setObjectName(QStringLiteral("messageBodyEditor"));
    splitter->addWidget(m_metadata);
    splitter->addWidget(m_body);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
}

void MessagePartEditor::setupConnections()
{
    connect(m_parts, &QComboBox::activated, this, [this](int row) {
        m_part = m_parts->itemData(row).value<int>() < 0
            ? InteractionPart{ InteractionPart::Kind::MessageRequest }
            : InteractionPart{ InteractionPart::Kind::MessageResponse, m_parts->itemData(row).toInt() };
        refresh();
    });
    connect(m_metadata, &KeyValueTable::edited, this, &MessagePartEditor::pushMetadata);
    connect(m_addResponse, &QToolButton::clicked, this, &MessagePartEditor::addResponse);
    connect(m_removeResponse, &QToolButton::clicked, this, &MessagePartEditor::removeResponse);
    connect(m_body, &BodyEditor::bodyEdited, this, [this](const Body &body) {
        if (m_document)
            m_document->undoStack()->push(new SetBodyCommand(m_document, m_index, m_part, body));
    });
    connect(m_body, &BodyEditor::ruleRequested, this,
        [this](const QString &path, const QString &type, const QJsonValue &example) {
            Q_EMIT ruleRequested(m_part, path, type, example);
        });
}

void MessagePartEditor::pushMetadata()
{
    if (!m_document)
        return;
    QJsonObject metadata;
    for (const auto &[key, value] : m_metadata->entries())
        metadata.insert(key, valueOf(value));
    m_document->undoStack()->push(new SetMetadataCommand(m_document, m_index, m_part, metadata));
}

void MessagePartEditor::addResponse()
{
    if (!m_document || m_index < 0 || m_index >= m_document->pact().interactions.size())
        return;
    Interaction after = m_document->pact().interactions.at(m_index);
    if (after.kind != InteractionKind::SynchronousMessages)
        return;
    after.messageResponses.append(MessageContents{});
    m_part = InteractionPart{ InteractionPart::Kind::MessageResponse, int(after.messageResponses.size()) - 1 };
    m_document->undoStack()->push(new InteractionCommand(m_document, m_index, after, tr("Add response message")));
}

void MessagePartEditor::removeResponse()
{
    if (!m_document || m_index < 0 || m_index >= m_document->pact().interactions.size()
        || m_part.kind != InteractionPart::Kind::MessageResponse)
        return;
    Interaction after = m_document->pact().interactions.at(m_index);
    if (m_part.response < 0 || m_part.response >= after.messageResponses.size())
        return;
    after.messageResponses.removeAt(m_part.response);
    // Rules and generators of the responses are kept per response inside MessageContents, so they go with it.
    m_part = after.messageResponses.isEmpty() ? InteractionPart{ InteractionPart::Kind::MessageRequest }
                                              : InteractionPart{ InteractionPart::Kind::MessageResponse,
                                                    qMin(m_part.response, int(after.messageResponses.size()) - 1) };
    m_document->undoStack()->push(new InteractionCommand(m_document, m_index, after, tr("Remove response message")));
}

void MessagePartEditor::setInteraction(PactDocument *document, int index)
{
    const bool other = document != m_document || index != m_index;
    m_document = document;
    m_index = index;
    if (other && document && index >= 0 && index < document->pact().interactions.size()) {
        const Interaction &i = document->pact().interactions.at(index);
        m_part = i.kind == InteractionKind::SynchronousMessages
            ? InteractionPart{ InteractionPart::Kind::MessageRequest }
            : InteractionPart{ InteractionPart::Kind::Message };
    }
    refresh();
}

void MessagePartEditor::updateParts(const Interaction &interaction)
{
    const QSignalBlocker blocker(m_parts);
    m_parts->clear();
    const bool exchange = interaction.kind == InteractionKind::SynchronousMessages;
    m_addResponse->setVisible(exchange);
    m_removeResponse->setVisible(exchange);
    m_removeResponse->setEnabled(exchange && m_part.kind == InteractionPart::Kind::MessageResponse);
    if (!exchange) {
        m_parts->addItem(tr("Message"), 0);
        m_parts->setEnabled(false);
        return;
    }
    m_parts->setEnabled(true);
    m_parts->addItem(tr("Request"), -1);
    for (int r = 0; r < interaction.messageResponses.size(); ++r)
        m_parts->addItem(tr("Response %1").arg(r + 1), r);
    m_parts->setCurrentIndex(m_part.kind == InteractionPart::Kind::MessageResponse ? m_part.response + 1 : 0);
}

void MessagePartEditor::refresh()
{
    if (!m_document || m_index < 0 || m_index >= m_document->pact().interactions.size())
        return;
    const Interaction &i = m_document->pact().interactions.at(m_index);
    if (i.isHttp())
        return;
    if (!m_part.existsIn(i)) // e.g. undo removed the response that was shown
        m_part = i.kind == InteractionKind::SynchronousMessages
            ? InteractionPart{ InteractionPart::Kind::MessageRequest }
            : InteractionPart{ InteractionPart::Kind::Message };
    if (!m_part.existsIn(i))
        return;
    updateParts(i);
    const MessageContents &message = partMessage(i, m_part);
    QList<KeyValueTable::Entry> entries;
    for (auto it = message.metadata.begin(); it != message.metadata.end(); ++it)
        entries.append({ it.key(), valueText(it.value()) });
    m_metadata->setEntries(entries);
    m_body->setBody(message.contents, message.effectiveContentType());
}

} // namespace Pactbench
