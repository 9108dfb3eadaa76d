// SPDX-License-Identifier: MIT
#pragma once

#include <QTreeView>

namespace Pactbench {

class DiagnosticsModel;
class PactDocument;

/// The table of load diagnostics. Activating a row that names an interaction asks to show it.
class DiagnosticsView : public QTreeView
{
    Q_OBJECT

public:
    explicit DiagnosticsView(QWidget *parent = nullptr);
    ~DiagnosticsView() override;
    Q_DISABLE_COPY_MOVE(DiagnosticsView)

    void setDiagnosticsModel(DiagnosticsModel *model);

Q_SIGNALS:
    void interactionRequested(Pactbench::PactDocument *document, int interaction);

private:
    void onActivated(const QModelIndex &index);

    DiagnosticsModel *m_model = nullptr;
};

} // namespace Pactbench
