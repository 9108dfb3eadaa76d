// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/diagnostic.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace Pactbench {

class DocumentManager;
class PactDocument;

/**
 * The load diagnostics and lint findings of every open pact, plus those of files that failed to
 * load, as a table (severity, location, message, file). Rows follow the DocumentManager.
 */
class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, LocationColumn, MessageColumn, FileColumn, ColumnCount };

    explicit DiagnosticsModel(QObject *parent = nullptr);
    ~DiagnosticsModel() override;
    Q_DISABLE_COPY_MOVE(DiagnosticsModel)

    void setDocumentManager(DocumentManager *manager);
    /// Records the diagnostics of a file that could not be opened.
    void addLoadFailure(const QString &path, const Diagnostics &diagnostics);
    void clearLoadFailures();
    /// Sets the lint findings of an open document (shown after its load diagnostics); empty clears them.
    void setLint(const PactDocument *document, const Diagnostics &lint);

    /// The document a row belongs to (null for a failed file).
    PactDocument *documentAt(int row) const;
    Diagnostic diagnosticAt(int row) const;
    /// The interaction index named by the row's JSON path ("$.interactions[3]…"), or -1.
    int interactionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QPointer<PactDocument> document;
        QString file;
        Diagnostic diagnostic;
    };

    void rebuild();
    QString severityText(Diagnostic::Severity severity) const;

    QPointer<DocumentManager> m_manager;
    QList<Entry> m_failures;
    QHash<const PactDocument *, Diagnostics> m_lint;
    QList<Entry> m_entries;
};

} // namespace Pactbench
