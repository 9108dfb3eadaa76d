// SPDX-License-Identifier: MIT
#include "diagnosticsmodel.h"

#include "roles.h"

#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>

#include <QApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStyle>

namespace Pactbench {

DiagnosticsModel::DiagnosticsModel(QObject *parent) : QAbstractTableModel(parent)
{ }

DiagnosticsModel::~DiagnosticsModel() = default;

void DiagnosticsModel::setDocumentManager(DocumentManager *manager)
{
    if (m_manager)
        disconnect(m_manager, nullptr, this, nullptr);
    m_manager = manager;
    if (m_manager) {
        connect(m_manager, &DocumentManager::documentAdded, this, &DiagnosticsModel::rebuild);
        connect(m_manager, &DocumentManager::documentRemoved, this, &DiagnosticsModel::rebuild);
    }
    rebuild();
}

void DiagnosticsModel::addLoadFailure(const QString &path, const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        m_failures.append({ nullptr, path, d });
    rebuild();
}

void DiagnosticsModel::clearLoadFailures()
{
    m_failures.clear();
    rebuild();
}

void DiagnosticsModel::setLint(const PactDocument *document, const Diagnostics &lint)
{
    if (lint.isEmpty() && !m_lint.contains(document))
        return;
    if (lint.isEmpty())
        m_lint.remove(document);
    else
        m_lint.insert(document, lint);
    rebuild();
}

void DiagnosticsModel::rebuild()
{
    beginResetModel();
    m_entries = m_failures;
    if (m_manager) {
        for (PactDocument *document : m_manager->documents()) {
            for (const Diagnostic &d : document->diagnostics())
                m_entries.append({ document, document->origin(), d });
            for (const Diagnostic &d : m_lint.value(document))
                m_entries.append({ document, document->origin(), d });
        }
    }
    endResetModel();
}

PactDocument *DiagnosticsModel::documentAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).document.data() : nullptr;
}

Diagnostic DiagnosticsModel::diagnosticAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).diagnostic : Diagnostic();
}

int DiagnosticsModel::interactionAt(int row) const
{
    static const QRegularExpression pattern(QStringLiteral("^\\$\\.interactions\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = pattern.match(diagnosticAt(row).jsonPath);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const Diagnostic &d = entry.diagnostic;
    if (role == Roles::SeverityRole)
        return int(d.severity);
    if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
        const auto pixmap = d.severity == Diagnostic::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                        : QStyle::SP_MessageBoxCritical;
        return QApplication::style()->standardIcon(pixmap);
    }
    if (role == Qt::ToolTipRole && index.column() == FileColumn)
        return entry.file;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SeverityColumn:
        return severityText(d.severity);
    case LocationColumn:
        return d.location();
    case MessageColumn:
        return d.message;
    case FileColumn:
        return QFileInfo(entry.file).fileName();
    default:
        return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LocationColumn:
        return tr("Location");
    case MessageColumn:
        return tr("Message");
    case FileColumn:
        return tr("File");
    default:
        return {};
    }
}

QString DiagnosticsModel::severityText(Diagnostic::Severity severity) const
{
    switch (severity) {
    case Diagnostic::Severity::Fatal:
        return tr("Fatal");
    case Diagnostic::Severity::Error:
        return tr("Error");
    case Diagnostic::Severity::Warning:
        return tr("Warning");
    }
    return {};
}

} // namespace Pactbench
