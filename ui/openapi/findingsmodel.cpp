// SPDX-License-Identifier: MIT
#include "findingsmodel.h"

#include <ui/models/nodeicons.h>
#include <ui/models/pactformat.h>

#include <QColor>
#include <QMap>

namespace Pactbench {

using OpenApi::Finding;
using OpenApi::FindingType;

namespace {

constexpr quintptr GroupId = 0; ///< internalId of interaction rows; finding rows carry their group + 1

} // namespace

FindingsModel::FindingsModel(QObject *parent) : QAbstractItemModel(parent) {}

FindingsModel::~FindingsModel() = default;

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    m_groups.clear();
    QMap<int, Group> byInteraction;
    for (int i = 0; i < m_findings.size(); ++i) {
        const Finding &f = m_findings.at(i);
        Group &g = byInteraction[f.interactionIndex];
        g.interaction = f.interactionIndex;
        g.description = f.interactionDescription;
        g.findings.append(i);
        ++(f.type == FindingType::Error ? g.errors : g.warnings);
    }
    m_groups = byInteraction.values();
    endResetModel();
}

const Finding *FindingsModel::findingAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupId)
        return nullptr;
    return &m_findings.at(m_groups.at(int(index.internalId() - 1)).findings.at(index.row()));
}

QString FindingsModel::whereInPact(const Finding &finding)
{
    const QString prefix = QStringLiteral("[root].interactions[%1]").arg(finding.interactionIndex);
    QString where = finding.mockLocation;
    if (where.startsWith(prefix))
        where = where.mid(prefix.size());
    if (where.startsWith(u'.'))
        where.remove(0, 1);
    return where.isEmpty() ? tr("(interaction)") : where;
}

QString FindingsModel::reason(const Finding &finding)
{
    const QString matcher = QStringLiteral("(matcher)");
    if (finding.fromMatcher && !finding.message.endsWith(matcher))
        return finding.message + u' ' + matcher;
    return finding.message;
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupId)
        return 0;
    return int(m_groups.at(parent.row()).findings.size());
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupId)
        return groupData(m_groups.at(index.row()), index.column(), role);
    const Group &g = m_groups.at(int(index.internalId() - 1));
    return findingData(g.findings.at(index.row()), index.column(), role);
}

QVariant FindingsModel::groupData(const Group &g, int column, int role) const
{
    const FindingType worst = g.errors > 0 ? FindingType::Error : FindingType::Warning;
    switch (role) {
    case Qt::DisplayRole:
        if (column == LevelColumn)
            return g.interaction >= 0 ? tr("#%1 %2").arg(g.interaction).arg(g.description) : tr("(pact)");
        if (column == CodeColumn)
            return QString(PactFormat::numerus(tr("%n error(s)", nullptr, g.errors), g.errors) + QStringLiteral(", ")
                + PactFormat::numerus(tr("%n warning(s)", nullptr, g.warnings), g.warnings));
        return {};
    case Qt::DecorationRole:
        return column == LevelColumn ? levelDecoration(worst) : QVariant();
    case Qt::ToolTipRole:
        return g.description;
    case InteractionIndexRole:
        return g.interaction;
    case FindingRowRole:
        return -1;
    case LevelRole:
        return int(worst);
    default:
        return {};
    }
}

QVariant FindingsModel::findingData(int findingRow, int column, int role) const
{
    const Finding &f = m_findings.at(findingRow);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(column)) {
        case LevelColumn:
            return f.type == FindingType::Error ? tr("error") : tr("warning");
        case CodeColumn:
            return f.code;
        case WhereColumn:
            return role == Qt::ToolTipRole ? f.mockLocation : whereInPact(f);
        case ReasonColumn:
            return reason(f);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DecorationRole:
        return column == LevelColumn ? levelDecoration(f.type) : QVariant();
    case Qt::ForegroundRole:
        return column == LevelColumn ? levelColor(f.type) : QVariant();
    case InteractionIndexRole:
        return f.interactionIndex;
    case FindingRowRole:
        return findingRow;
    case LevelRole:
        return int(f.type);
    case MockLocationRole:
        return f.mockLocation;
    default:
        return {};
    }
}

QVariant FindingsModel::levelDecoration(FindingType type)
{
    return NodeIcons::specCheckIcon(type == FindingType::Error ? Roles::SpecCheckMark::Error : Roles::SpecCheckMark::Warning);
}

QVariant FindingsModel::levelColor(FindingType type)
{
    return type == FindingType::Error ? QColor(0xc0, 0x39, 0x2b) : QColor(0xb0, 0x6a, 0x10);
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case LevelColumn:
        return tr("Level");
    case CodeColumn:
        return tr("Code");
    case WhereColumn:
        return tr("Where (pact)");
    case ReasonColumn:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Pactbench
