// SPDX-License-Identifier: MIT
#include "diagnosticsview.h"

#include <ui/models/diagnosticsmodel.h>

#include <QHeaderView>

namespace Pactbench {

DiagnosticsView::DiagnosticsView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("diagnosticsView"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(this, &QAbstractItemView::activated, this, &DiagnosticsView::onActivated);
}

DiagnosticsView::~DiagnosticsView() = default;

void DiagnosticsView::setDiagnosticsModel(DiagnosticsModel *model)
{
    m_model = model;
    setModel(model);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(DiagnosticsModel::MessageColumn, QHeaderView::Stretch);
    setColumnWidth(DiagnosticsModel::SeverityColumn, 100);
    setColumnWidth(DiagnosticsModel::LocationColumn, 260);
    setColumnWidth(DiagnosticsModel::FileColumn, 220);
}

void DiagnosticsView::onActivated(const QModelIndex &index)
{
    if (!m_model || !index.isValid())
        return;
    PactDocument *document = m_model->documentAt(index.row());
    const int interaction = m_model->interactionAt(index.row());
    if (document && interaction >= 0)
        Q_EMIT interactionRequested(document, interaction);
}

} // namespace Pactbench
