// SPDX-License-Identifier: MIT
#include "verificationresultsmodel.h"

#include "outcomestyle.h"

#include <QColor>

namespace Pactbench {

namespace {

constexpr quintptr kPactId = ~quintptr(0);
constexpr quintptr kInteractionId = ~quintptr(0) - 1;

QString stateCallText(const StateCall &c)
{
    QString text = VerificationResultsModel::tr("%1 '%2'").arg(c.action, c.state);
    if (c.skipped)
        return text + VerificationResultsModel::tr(": not called (no state-change URL)");
    if (!c.ok)
        return text + u": " + c.error;
    return text + VerificationResultsModel::tr(": %1").arg(c.exchange.status);
}

} // namespace

VerificationResultsModel::VerificationResultsModel(QObject *parent) : QAbstractItemModel(parent)
{ }

VerificationResultsModel::~VerificationResultsModel() = default;

void VerificationResultsModel::reset(const QString &title)
{
    beginResetModel();
    m_hasPact = true;
    m_title = title;
    m_rows.clear();
    m_rowByInteraction.clear();
    endResetModel();
}

void VerificationResultsModel::clear()
{
    beginResetModel();
    m_hasPact = false;
    m_title.clear();
    m_rows.clear();
    m_rowByInteraction.clear();
    endResetModel();
}

int VerificationResultsModel::rowOf(int interactionIndex) const
{
    return m_rowByInteraction.value(interactionIndex, -1);
}

void VerificationResultsModel::markRunning(int interactionIndex, const QString &description)
{
    if (!m_hasPact)
        reset(QString());
    const int row = rowOf(interactionIndex);
    if (row >= 0) {
        m_rows[row].running = true;
        replaceDetails(row, {});
        Q_EMIT dataChanged(index(row, 0, index(0, 0)), index(row, ColumnCount - 1, index(0, 0)));
        return;
    }
    const QModelIndex pact = index(0, 0);
    const int n = int(m_rows.size());
    beginInsertRows(pact, n, n);
    m_rows.append(Row{ interactionIndex, description, true, {}, {} });
    m_rowByInteraction.insert(interactionIndex, n);
    endInsertRows();
}

void VerificationResultsModel::setResult(const InteractionResult &result)
{
    int row = rowOf(result.interactionIndex);
    if (row < 0) {
        markRunning(result.interactionIndex, result.description);
        row = rowOf(result.interactionIndex);
    }
    Row &r = m_rows[row];
    r.running = false;
    r.result = result;
    r.description = result.description;
    replaceDetails(row, detailsOf(result));
    const QModelIndex pact = index(0, 0);
    Q_EMIT dataChanged(index(row, 0, pact), index(row, ColumnCount - 1, pact));
    Q_EMIT dataChanged(pact, index(0, ColumnCount - 1));
}

void VerificationResultsModel::replaceDetails(int row, const QStringList &details)
{
    const QModelIndex parentIndex = index(row, 0, index(0, 0));
    Row &r = m_rows[row];
    if (!r.details.isEmpty()) {
        beginRemoveRows(parentIndex, 0, int(r.details.size()) - 1);
        r.details.clear();
        endRemoveRows();
    }
    if (!details.isEmpty()) {
        beginInsertRows(parentIndex, 0, int(details.size()) - 1);
        r.details = details;
        endInsertRows();
    }
}

QStringList VerificationResultsModel::detailsOf(const InteractionResult &result)
{
    QStringList out;
    for (const StateCall &c : result.stateCalls)
        out.append(stateCallText(c));
    for (const VerifierMismatch &m : result.mismatches)
        out.append(m.path.isEmpty() ? m.description : m.path + QStringLiteral(": ") + m.description);
    for (const QString &e : result.errors)
        out.append(e);
    return out;
}

QModelIndex VerificationResultsModel::indexOfInteraction(int interactionIndex) const
{
    const int row = rowOf(interactionIndex);
    return row < 0 ? QModelIndex() : index(row, 0, index(0, 0));
}

const InteractionResult *VerificationResultsModel::resultAt(const QModelIndex &i) const
{
    if (!i.isValid() || i.internalId() == kPactId)
        return nullptr;
    const int row = i.internalId() == kInteractionId ? i.row() : int(i.internalId());
    const Row &r = m_rows.at(row);
    return r.running ? nullptr : &r.result;
}

QList<InteractionResult> VerificationResultsModel::results() const
{
    QList<InteractionResult> out;
    for (const Row &r : m_rows) {
        if (!r.running)
            out.append(r.result);
    }
    return out;
}

QList<int> VerificationResultsModel::failedInteractions() const
{
    QList<int> out;
    for (const Row &r : m_rows) {
        const bool bad
            = r.result.outcome == InteractionOutcome::Failed || r.result.outcome == InteractionOutcome::Error;
        if (!r.running && bad)
            out.append(r.interactionIndex);
    }
    return out;
}

QModelIndex VerificationResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kPactId);
    if (parent.internalId() == kPactId)
        return createIndex(row, column, kInteractionId);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex VerificationResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kPactId)
        return {};
    if (child.internalId() == kInteractionId)
        return createIndex(0, 0, kPactId);
    return createIndex(int(child.internalId()), 0, kInteractionId);
}

int VerificationResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_hasPact ? 1 : 0;
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == kPactId)
        return int(m_rows.size());
    if (parent.internalId() == kInteractionId)
        return int(m_rows.at(parent.row()).details.size());
    return 0;
}

int VerificationResultsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant VerificationResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kPactId)
        return pactData(index.column(), role);
    if (index.internalId() == kInteractionId)
        return interactionData(m_rows.at(index.row()), index.column(), role);
    return detailData(m_rows.at(int(index.internalId())), index.row(), index.column(), role);
}

QVariant VerificationResultsModel::pactData(int column, int role) const
{
    if (role != Qt::DisplayRole)
        return role == InteractionIndexRole ? QVariant(-1) : QVariant();
    if (column == NameColumn)
        return m_title;
    if (column != OutcomeColumn)
        return {};
    int passed = 0, done = 0;
    for (const Row &r : m_rows) {
        done += r.running ? 0 : 1;
        passed += !r.running && r.result.outcome == InteractionOutcome::Passed ? 1 : 0;
    }
    return tr("%1 of %2 passed").arg(passed).arg(done);
}

QVariant VerificationResultsModel::interactionData(const Row &row, int column, int role) const
{
    const QString key = row.running ? QStringLiteral("running") : outcomeKey(row.result);
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return row.description;
        if (column == OutcomeColumn)
            return outcomeText(key);
        return row.running ? QVariant() : QVariant(tr("%1 ms").arg(row.result.durationMs));
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(outcomeColor(key)) : QVariant();
    case Qt::ForegroundRole:
        return column == OutcomeColumn ? QVariant(outcomeColor(key)) : QVariant();
    case Qt::ToolTipRole:
        return column == NameColumn ? QVariant(row.result.title()) : QVariant();
    case InteractionIndexRole:
        return row.interactionIndex;
    case OutcomeRole:
        return key;
    default:
        return {};
    }
}

QVariant VerificationResultsModel::detailData(const Row &row, int detail, int column, int role) const
{
    if (role == InteractionIndexRole)
        return row.interactionIndex;
    if (column != NameColumn || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    return row.details.at(detail);
}

QVariant VerificationResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Interaction");
    case OutcomeColumn:
        return tr("Outcome");
    case DurationColumn:
        return tr("Time");
    default:
        return {};
    }
}

} // namespace Pactbench
