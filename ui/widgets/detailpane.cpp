// SPDX-License-Identifier: MIT
#include "detailpane.h"
#include "elidedlabel.h"

#include "codeeditor.h"
#include "highlighterfactory.h"

#include <ui/models/roles.h>

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

namespace Pactbench {

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
{
    setupUi();
    setupHighlighter();
    showIndex({});
}

DetailPane::~DetailPane() = default;

void DetailPane::setupUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    // Long titles wrap instead of widening the pane (a label's minimum width is its text's), and a word
    // longer than the pane (a path, a URL) is clipped rather than setting the pane's minimum width.
    ElidedLabel::letWrappedShrink(m_title);
    m_path = new QLabel(this);
    m_path->setObjectName(QStringLiteral("detailJsonPath"));
    m_path->setTextFormat(Qt::PlainText);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setForegroundRole(QPalette::PlaceholderText);
    ElidedLabel::letWrappedShrink(m_path);
    m_editor = new CodeEditor(this);
    m_editor->setObjectName(QStringLiteral("detailEditor"));
    m_editor->setReadOnly(true);
    m_editor->setPlaceholderText(tr("Select a pact, an interaction or one of its parts to see its JSON."));
    auto *header = new QVBoxLayout;
    header->setContentsMargins(6, 4, 6, 0);
    header->setSpacing(2);
    header->addWidget(m_title);
    header->addWidget(m_path);
    layout->addLayout(header);
    layout->addWidget(m_editor, 1);
}

void DetailPane::setupHighlighter()
{
    delete m_highlighter;
    m_highlighter = HighlighterFactory::create(m_editor->document(), QStringLiteral("JSON"), isDarkPalette());
}

bool DetailPane::isDarkPalette() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

void DetailPane::showIndex(const QModelIndex &index)
{
    m_index = index.siblingAtColumn(0);
    refresh();
}

void DetailPane::refresh()
{
    if (!m_index.isValid()) {
        m_title->setText(tr("Nothing selected"));
        m_path->clear();
        m_editor->clear();
        return;
    }
    const QString detail = m_index.data(Roles::DetailRole).toString();
    const QString name = m_index.data(Qt::DisplayRole).toString();
    m_title->setText(detail.isEmpty() ? name : name + QStringLiteral("  —  ") + detail);
    const QString path = m_index.data(Roles::JsonPathRole).toString();
    m_path->setText(path.isEmpty() ? tr("as written in a V4 pact file") : path);
    const QString json = m_index.data(Roles::JsonTextRole).toString();
    m_editor->setPlainText(json);
    if (json.isEmpty())
        m_editor->setPlaceholderText(tr("This item has no JSON of its own: select one of its children."));
}

QString DetailPane::text() const
{
    return m_editor->toPlainText();
}

void DetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setupHighlighter();
}

} // namespace Pactbench
