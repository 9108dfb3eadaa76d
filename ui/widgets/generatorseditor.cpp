// SPDX-License-Identifier: MIT
#include "generatorseditor.h"

#include <ui/commands/setgeneratorscommand.h>
#include <ui/document/pactdocument.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Pactbench {

GeneratorsEditor::GeneratorsEditor(QWidget *parent) : QWidget(parent)
{
    setupUi();
}

GeneratorsEditor::~GeneratorsEditor() = default;

void GeneratorsEditor::setupUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Generators"), this));
    auto *row = new QHBoxLayout;
    m_table = new QTableWidget(0, 4, this);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move between cells
    m_table->setObjectName(QStringLiteral("generatorsTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("Category"), tr("Path or name"), tr("Generator"), tr("Attributes (JSON)") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto *buttons = new QVBoxLayout;
    auto *add = new QToolButton(this);
    add->setText(QStringLiteral("+"));
    add->setToolTip(tr("Add a generator"));
    auto *remove = new QToolButton(this);
    remove->setText(QStringLiteral("−"));
    remove->setToolTip(tr("Remove the selected generator"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    layout->addLayout(row);
    connect(add, &QToolButton::clicked, this, &GeneratorsEditor::addRow);
    connect(remove, &QToolButton::clicked, this, &GeneratorsEditor::removeRow);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            push();
    });
}

void GeneratorsEditor::setInteraction(PactDocument *document, int index)
{
    m_document = document;
    m_index = index;
}

void GeneratorsEditor::setPart(InteractionPart part)
{
    m_part = part;
    refresh();
}

void GeneratorsEditor::refresh()
{
    if (!m_document || m_index < 0 || m_index >= m_document->pact().interactions.size())
        return;
    const Interaction &i = m_document->pact().interactions.at(m_index);
    if (!m_part.existsIn(i) || fromTable() == partGenerators(i, m_part))
        return;
    m_loading = true;
    m_table->setRowCount(0);
    const auto &all = partGenerators(i, m_part).all();
    for (auto category = all.begin(); category != all.end(); ++category) {
        for (auto it = category->begin(); it != category->end(); ++it) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const QString attributes = QString::fromUtf8(QJsonDocument(it->attributes).toJson(QJsonDocument::Compact));
            const QStringList cells{ category.key(), it.key(), it->type, attributes };
            for (int c = 0; c < cells.size(); ++c)
                m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        }
    }
    m_loading = false;
}

Generators GeneratorsEditor::fromTable() const
{
    Generators generators;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto text = [this, r](int c) {
            return m_table->item(r, c) ? m_table->item(r, c)->text() : QString();
        };
        if (text(0).isEmpty() || text(2).isEmpty())
            continue;
        generators.set(text(0), text(1), Generator{ text(2), QJsonDocument::fromJson(text(3).toUtf8()).object() });
    }
    return generators;
}

void GeneratorsEditor::push()
{
    if (m_document)
        m_document->undoStack()->push(new SetGeneratorsCommand(m_document, m_index, m_part, fromTable()));
}

void GeneratorsEditor::addRow()
{
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList cells{ m_part.isHttp() ? QStringLiteral("body") : QStringLiteral("content"),
        QStringLiteral("$.id"), QStringLiteral("Uuid"), QStringLiteral("{}") };
    for (int c = 0; c < cells.size(); ++c)
        m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    m_loading = false;
    push();
}

void GeneratorsEditor::removeRow()
{
    if (m_table->currentRow() < 0)
        return;
    m_table->removeRow(m_table->currentRow());
    push();
}

} // namespace Pactbench
