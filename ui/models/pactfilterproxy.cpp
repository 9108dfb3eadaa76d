// SPDX-License-Identifier: MIT
#include "pactfilterproxy.h"

#include "pacttreenode.h"
#include "roles.h"

namespace Pactbench {

using Kind = PactTreeNode::Kind;

namespace {

Kind kindOf(const QModelIndex &index)
{
    return Kind(index.data(Roles::NodeKindRole).toInt());
}

} // namespace

PactFilterProxy::PactFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterRole(Roles::FilterTextRole);
}

PactFilterProxy::~PactFilterProxy() = default;

void PactFilterProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setFilterFixedString(text);
}

bool PactFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (kindOf(index)) {
    case Kind::Pact:
    case Kind::Group:
        return anyInteractionAccepted(index);
    case Kind::Interaction:
        return interactionAccepted(index);
    default:
        // A part: shown with its interaction.
        for (QModelIndex up = sourceParent; up.isValid(); up = up.parent()) {
            if (kindOf(up) == Kind::Interaction)
                return interactionAccepted(up);
        }
        return false;
    }
}

bool PactFilterProxy::interactionAccepted(const QModelIndex &sourceIndex) const
{
    return sourceIndex.data(filterRole()).toString().contains(m_text, filterCaseSensitivity());
}

bool PactFilterProxy::anyInteractionAccepted(const QModelIndex &sourceIndex) const
{
    const QAbstractItemModel *model = sourceModel();
    for (int r = 0, n = model->rowCount(sourceIndex); r < n; ++r) {
        const QModelIndex child = model->index(r, 0, sourceIndex);
        const Kind kind = kindOf(child);
        if (kind == Kind::Interaction ? interactionAccepted(child)
                                      : kind == Kind::Group && anyInteractionAccepted(child))
            return true;
    }
    return false;
}

} // namespace Pactbench
