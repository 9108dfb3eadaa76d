// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QTableWidget;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * A two-column table of (name, value) rows with add and remove buttons, for headers, query
 * parameters, metadata and provider-state parameters. It announces edited() once per finished
 * cell edit, addition or removal; setEntries() never does.
 */
class KeyValueTable : public QWidget
{
    Q_OBJECT

public:
    using Entry = QPair<QString, QString>;

    KeyValueTable(const QString &nameHeader, const QString &valueHeader, QWidget *parent = nullptr);
    ~KeyValueTable() override;
    Q_DISABLE_COPY_MOVE(KeyValueTable)

    /// Replaces the rows, unless they are already these (keeps the current cell while typing).
    void setEntries(const QList<Entry> &entries);
    /// The rows with a non-empty name.
    QList<Entry> entries() const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void edited();

private:
    void setupUi(const QString &nameHeader, const QString &valueHeader);
    void addRow();
    void removeRow();

    QTableWidget *m_table = nullptr;
    bool m_loading = false;
};

} // namespace Pactbench
