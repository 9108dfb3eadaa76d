// SPDX-License-Identifier: MIT
#include "keyvaluetable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Pactbench {

KeyValueTable::KeyValueTable(const QString &nameHeader, const QString &valueHeader, QWidget *parent) : QWidget(parent)
{
    setupUi(nameHeader, valueHeader);
}

KeyValueTable::~KeyValueTable() = default;

void KeyValueTable::setupUi(const QString &nameHeader, const QString &valueHeader)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 2, this);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move between cells
    m_table->setHorizontalHeaderLabels({ nameHeader, valueHeader });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    auto *buttons = new QVBoxLayout;
    auto *add = new QToolButton(this);
    add->setObjectName(QStringLiteral("addRowButton"));
    add->setText(QStringLiteral("+"));
    add->setToolTip(tr("Add a row"));
    auto *remove = new QToolButton(this);
    remove->setObjectName(QStringLiteral("removeRowButton"));
    remove->setText(QStringLiteral("−"));
    remove->setToolTip(tr("Remove the selected row"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(add, &QToolButton::clicked, this, &KeyValueTable::addRow);
    connect(remove, &QToolButton::clicked, this, &KeyValueTable::removeRow);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
}

void KeyValueTable::setEntries(const QList<Entry> &entries)
{
    // A row added with "+" has no name yet and is not in the document: a refresh that finds the named
    // rows unchanged keeps it (and its open editor) instead of dropping it.
    if (this->entries() == entries)
        return;
    m_loading = true;
    m_table->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(entries.at(r).first));
        m_table->setItem(r, 1, new QTableWidgetItem(entries.at(r).second));
    }
    m_loading = false;
}

QList<KeyValueTable::Entry> KeyValueTable::entries() const
{
    QList<Entry> result;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *name = m_table->item(r, 0);
        const QTableWidgetItem *value = m_table->item(r, 1);
        if (name && !name->text().isEmpty())
            result.append({ name->text(), value ? value->text() : QString() });
    }
    return result;
}

void KeyValueTable::addRow()
{
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem);
    m_table->setItem(row, 1, new QTableWidgetItem);
    m_loading = false;
    // Type the name at once: the table takes the focus (the "+" button does not keep it) and the new
    // row's name cell opens its editor.
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->setCurrentCell(row, 0);
    m_table->scrollToItem(m_table->item(row, 0));
    m_table->editItem(m_table->item(row, 0));
}

void KeyValueTable::removeRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    Q_EMIT edited();
}

} // namespace Pactbench
