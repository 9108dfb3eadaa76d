// SPDX-License-Identifier: MIT
#include "bodyeditor.h"

#include "bodytext.h"
#include "codeeditor.h"
#include "highlighterfactory.h"
#include <ui/models/jsonpathlocator.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace Pactbench {

BodyEditor::BodyEditor(QWidget *parent) : QWidget(parent)
{
    setupUi();
    setupContextMenu();
}

BodyEditor::~BodyEditor() = default;

void BodyEditor::setupUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *header = new QHBoxLayout;
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("bodyInfo"));
    m_info->setForegroundRole(QPalette::PlaceholderText);
    m_pretty = new QToolButton(this);
    m_pretty->setObjectName(QStringLiteral("prettyPrintButton"));
    m_pretty->setText(tr("Pretty-print"));
    m_pretty->setToolTip(tr("Reformat the JSON body with indentation"));
    m_pretty->setAutoRaise(true);
    header->addWidget(m_info, 1);
    header->addWidget(m_pretty);
    m_editor = new CodeEditor(this);
    m_editor->setObjectName(QStringLiteral("bodyTextEditor"));
    m_editor->setPlaceholderText(tr("No body. Type one to add it."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("bodyStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addLayout(header);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &BodyEditor::onTextChanged);
    connect(m_pretty, &QToolButton::clicked, this, &BodyEditor::prettyPrint);
}

void BodyEditor::setupContextMenu()
{
    m_editor->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_editor, &QWidget::customContextMenuRequested, this, &BodyEditor::showContextMenu);
}

void BodyEditor::setBody(const Body &body, const QString &contentType)
{
    m_contentType = contentType;
    m_binary = BodyText::isBinary(body, contentType);
    BodyTextError error;
    const std::optional<Body> shown
        = m_binary ? std::nullopt : BodyText::fromText(body, contentType, m_editor->toPlainText(), &error);
    m_body = body;
    // A new highlighter re-formats the old text: that is no edit.
    m_loading = true;
    updateHighlighter();
    m_loading = false;
    updateInfo();
    if (shown && *shown == body && m_editor->errorOffset() < 0)
        return; // the text already says this: keep the cursor where the user is
    const QSignalBlocker blocker(m_editor);
    m_editor->setReadOnly(m_binary);
    m_editor->setPlainText(m_binary ? BodyText::binaryView(body) : BodyText::toText(body));
    showError(-1, {});
}

void BodyEditor::updateHighlighter()
{
    const QString syntax = BodyText::isJson(m_body, m_contentType) ? QStringLiteral("JSON")
        : BodyText::isXml(m_contentType)                           ? QStringLiteral("XML")
                                                                   : QString();
    if (syntax == m_syntax && (m_highlighter || syntax.isEmpty()))
        return;
    m_syntax = syntax;
    delete m_highlighter;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlighter = m_binary ? nullptr : HighlighterFactory::create(m_editor->document(), syntax, dark);
}

void BodyEditor::updateInfo()
{
    const QString type = m_contentType.isEmpty() ? tr("no content type") : m_contentType;
    const QString size = QLocale().formattedDataSize(m_body.size());
    m_info->setText(
        m_body.state == Body::State::Missing ? tr("No body · %1").arg(type) : tr("%1 · %2").arg(type, size));
    m_pretty->setEnabled(!m_binary && BodyText::isJson(m_body, m_contentType));
}

void BodyEditor::onTextChanged()
{
    if (m_binary || m_loading)
        return;
    const QString text = m_editor->toPlainText();
    BodyTextError error;
    const std::optional<Body> body = BodyText::fromText(m_body, m_contentType, text, &error);
    if (!body) {
        showError(error.offset, error.message);
        return;
    }
    const BodyTextError xml = BodyText::isXml(m_contentType) ? BodyText::checkXml(text) : BodyTextError{};
    showError(xml.offset, xml.message);
    if (*body == m_body)
        return;
    m_body = *body;
    updateInfo();
    Q_EMIT bodyEdited(m_body);
}

void BodyEditor::showError(int offset, const QString &message)
{
    m_editor->setErrorOffset(offset);
    if (offset < 0) {
        m_status->hide();
        m_status->clear();
        return;
    }
    const QTextBlock block = m_editor->document()->findBlock(offset);
    const int line = block.blockNumber() + 1;
    const int column = offset - block.position() + 1;
    const bool applied = !BodyText::isJson(m_body, m_contentType);
    m_status->setText((applied ? tr("Line %1, column %2: %3") : tr("Line %1, column %2: %3 — not applied yet"))
                          .arg(line)
                          .arg(column)
                          .arg(message));
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_status->show();
}

QString BodyEditor::errorText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString BodyEditor::pathAt(int position) const
{
    return JsonPathLocator::pathAt(
        m_editor->toPlainText(), position < 0 ? m_editor->textCursor().position() : position);
}

void BodyEditor::prettyPrint()
{
    const QString text = m_editor->toPlainText();
    const QString pretty = BodyText::prettyJson(text);
    if (pretty != text)
        m_editor->setPlainText(pretty);
}

void BodyEditor::showContextMenu(const QPoint &pos)
{
    std::unique_ptr<QMenu> menu(m_editor->createStandardContextMenu(pos));
    const int position = m_editor->cursorForPosition(pos).position();
    if (!m_binary && BodyText::isJson(m_body, m_contentType) && m_editor->errorOffset() < 0)
        addMatchActions(menu.get(), position);
    menu->exec(m_editor->viewport()->mapToGlobal(pos));
}

void BodyEditor::addMatchActions(QMenu *menu, int position)
{
    const QString path = pathAt(position);
    const QJsonValue example = JsonPathLocator::valueAt(m_body.asJson(), path);
    menu->addSeparator();
    QMenu *match = menu->addMenu(tr("Match %1 by").arg(path));
    const QList<QPair<QString, QString>> types{ { QStringLiteral("type"), tr("Type") },
        { QStringLiteral("regex"), tr("Regular expression") }, { QStringLiteral("integer"), tr("Integer") },
        { QStringLiteral("decimal"), tr("Decimal") }, { QStringLiteral("number"), tr("Number") },
        { QStringLiteral("boolean"), tr("Boolean") }, { QStringLiteral("include"), tr("Includes the example") },
        { QStringLiteral("notEmpty"), tr("Not empty") }, { QStringLiteral("datetime"), tr("Date and time") } };
    for (const auto &[type, label] : types) {
        match->addAction(
            label, this, [this, path, type = type, example] { Q_EMIT ruleRequested(path, type, example); });
    }
}

} // namespace Pactbench
