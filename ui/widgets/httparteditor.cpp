// SPDX-License-Identifier: MIT
#include "httparteditor.h"

#include "bodyeditor.h"
#include "keyvaluetable.h"

#include <ui/commands/setbodycommand.h>
#include <ui/commands/setfieldcommand.h>
#include <ui/commands/setheaderscommand.h>
#include <ui/commands/setquerycommand.h>
#include <ui/document/pactdocument.h>

#include <core/model/pactreader.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Pactbench {

using Field = SetFieldCommand::Field;

namespace {

template<typename Map> QList<KeyValueTable::Entry> entriesOf(const Map &map)
{
    return map.entries();
}

template<typename Map> Map mapOf(const QList<KeyValueTable::Entry> &entries)
{
    Map map;
    for (const auto &[name, value] : entries)
        map.append(name, value);
    return map;
}

} // namespace

HttpPartEditor::HttpPartEditor(InteractionPart::Kind kind, QWidget *parent) : QWidget(parent), m_part{ kind }
{
    setupUi();
    setupConnections();
}

HttpPartEditor::~HttpPartEditor() = default;

QString HttpPartEditor::prefix() const
{
    return m_part.kind == InteractionPart::Kind::Request ? QStringLiteral("request") : QStringLiteral("response");
}

void HttpPartEditor::setupUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (m_part.kind == InteractionPart::Kind::Request) {
        setupRequestFields(form);
    } else {
        m_status = new QSpinBox(this);
        m_status->setObjectName(QStringLiteral("statusSpin"));
        m_status->setRange(100, 599);
        form->addRow(tr("&Status:"), m_status);
    }
    layout->addLayout(form);
    // A JSON body without a Content-Type header: Pact tools then guess, or treat it as text.
    m_contentTypeHint = new QWidget(this);
    m_contentTypeHint->setObjectName(prefix() + QStringLiteral("ContentTypeHint"));
    auto *hintRow = new QHBoxLayout(m_contentTypeHint);
    hintRow->setContentsMargins(0, 0, 0, 0);
    auto *hintText = new QLabel(tr("The body is JSON, but no Content-Type header says so."), m_contentTypeHint);
    hintText->setWordWrap(true);
    auto *addType = new QPushButton(tr("Add Content-Type: application/json"), m_contentTypeHint);
    addType->setObjectName(QStringLiteral("addContentTypeButton"));
    connect(addType, &QPushButton::clicked, this, &HttpPartEditor::addJsonContentType);
    hintRow->addWidget(hintText, 1);
    hintRow->addWidget(addType);
    m_contentTypeHint->hide();
    layout->addWidget(m_contentTypeHint);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_headers = new KeyValueTable(tr("Header"), tr("Value"), splitter);
    m_headers->setObjectName(prefix() + QStringLiteral("HeadersTable"));
    m_body = new BodyEditor(splitter);
    m_body->setObjectName(prefix() + QStringLiteral("BodyEditor"));
    splitter->addWidget(m_headers);
    splitter->addWidget(m_body);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
}

void HttpPartEditor::setupRequestFields(QFormLayout *form)
{
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->setEditable(true);
    m_method->addItems({ QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
        QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS") });
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_query = new KeyValueTable(tr("Parameter"), tr("Value"), this);
    m_query->setObjectName(QStringLiteral("queryTable"));
    m_query->setMaximumHeight(120);
    m_methodWarning = new QLabel(this);
    m_methodWarning->setObjectName(QStringLiteral("methodWarningLabel"));
    m_methodWarning->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_methodWarning->hide();
    form->addRow(tr("&Method:"), m_method);
    form->addRow(QString(), m_methodWarning);
    form->addRow(tr("&Path:"), m_path);
    form->addRow(tr("&Query:"), m_query);
}

void HttpPartEditor::setupConnections()
{
    const auto push = [this](Field field, const QVariant &value) {
        if (m_document)
            m_document->undoStack()->push(new SetFieldCommand(m_document, m_index, field, value));
    };
    if (m_method) {
        connect(m_method, &QComboBox::currentTextChanged, this,
            [push](const QString &text) { push(Field::Method, text.trimmed().toUpper()); });
        connect(m_path, &QLineEdit::textEdited, this, [push](const QString &text) { push(Field::Path, text); });
        connect(m_query, &KeyValueTable::edited, this, &HttpPartEditor::pushQuery);
    }
    if (m_status)
        connect(m_status, &QSpinBox::valueChanged, this, [push](int value) { push(Field::Status, value); });
    connect(m_headers, &KeyValueTable::edited, this, &HttpPartEditor::pushHeaders);
    connect(m_body, &BodyEditor::bodyEdited, this, [this](const Body &body) {
        if (m_document)
            m_document->undoStack()->push(new SetBodyCommand(m_document, m_index, m_part, body));
    });
    connect(m_body, &BodyEditor::ruleRequested, this,
        [this](const QString &path, const QString &type, const QJsonValue &example) {
            Q_EMIT ruleRequested(m_part, path, type, example);
        });
}

void HttpPartEditor::pushHeaders()
{
    if (m_document)
        m_document->undoStack()->push(
            new SetHeadersCommand(m_document, m_index, m_part, mapOf<Headers>(m_headers->entries())));
}

void HttpPartEditor::addJsonContentType()
{
    if (!m_document || m_index < 0 || m_index >= m_document->pact().interactions.size())
        return;
    const Interaction &i = m_document->pact().interactions.at(m_index);
    Headers headers = m_part.kind == InteractionPart::Kind::Request ? i.request.headers : i.response.headers;
    headers.append(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
    m_document->undoStack()->push(new SetHeadersCommand(m_document, m_index, m_part, headers));
}

void HttpPartEditor::updateHints()
{
    if (!m_document || m_index < 0 || m_index >= m_document->pact().interactions.size())
        return;
    const Interaction &i = m_document->pact().interactions.at(m_index);
    if (m_methodWarning) {
        // The CLI's reading gives this warning for such a file; say it while typing.
        const QString warning = PactReader::methodWarning(i.request.method);
        m_methodWarning->setText(warning.isEmpty() ? QString() : tr("Warning: %1").arg(warning));
        m_methodWarning->setVisible(!warning.isEmpty());
    }
    const Body body = partBody(i, m_part);
    const QString header = m_part.kind == InteractionPart::Kind::Request ? i.request.contentTypeHeader()
                                                                         : i.response.contentTypeHeader();
    const bool jsonBody = body.isPresent() && body.encoding == Body::Encoding::Json
        && (body.json.isObject() || body.json.isArray());
    m_contentTypeHint->setVisible(jsonBody && header.isEmpty());
}

void HttpPartEditor::pushQuery()
{
    if (m_document)
        m_document->undoStack()->push(new SetQueryCommand(m_document, m_index, mapOf<QueryParams>(m_query->entries())));
}

void HttpPartEditor::setInteraction(PactDocument *document, int index)
{
    m_document = document;
    m_index = index;
    refresh();
}

void HttpPartEditor::refresh()
{
    if (!m_document || m_index < 0 || m_index >= m_document->pact().interactions.size())
        return;
    const Interaction &i = m_document->pact().interactions.at(m_index);
    const QSignalBlocker blockMethod(m_method);
    const QSignalBlocker blockStatus(m_status);
    if (m_method) {
        if (m_method->currentText() != i.request.method)
            m_method->setCurrentText(i.request.method);
        if (m_path->text() != i.request.path)
            m_path->setText(i.request.path);
        m_query->setEntries(entriesOf(i.request.query));
        m_headers->setEntries(entriesOf(i.request.headers));
    } else {
        m_status->setValue(i.response.status);
        m_headers->setEntries(entriesOf(i.response.headers));
    }
    m_body->setBody(partBody(i, m_part), partContentType(i, m_part));
    updateHints();
}

} // namespace Pactbench
