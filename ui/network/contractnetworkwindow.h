// SPDX-License-Identifier: MIT
#pragma once

#include "networkgraph.h"

#include <core/broker/brokerconnection.h>

#include <QList>
#include <QUrl>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace Pactbench {

class LayoutRunner;
class NetworkLegend;
class NetworkLoader;
class NetworkScene;
class NetworkView;
struct GraphLayoutResult;

/**
 * Broker › Contract Network: every consumer → provider integration of a broker as a graph laid out by
 * Graphviz (off the GUI thread), integrations coloured and styled by their latest verification for the
 * chosen branch or environment (with a legend), zoom and pan, a name filter that fades the rest, the
 * neighbourhood of the selected service. Clicking an integration asks for its pact (Shift: its matrix).
 */
class ContractNetworkWindow : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContractNetworkWindow)

public:
    /// Loads the integrations of the broker at once (and its environments for the status choice).
    explicit ContractNetworkWindow(const BrokerConnection &connection, QWidget *parent = nullptr);
    /// Without a broker: give the network with setIntegrations() (tests, screenshots).
    explicit ContractNetworkWindow(QWidget *parent = nullptr);
    ~ContractNetworkWindow() override;

    /**
     * Shows these integrations: the same services and pairs as now only recolour the edges; anything
     * else is laid out again in the background (layoutFinished() when it is drawn).
     */
    void setIntegrations(const QList<IntegrationSummary> &integrations);
    const NetworkGraph &graph() const { return m_graph; }
    NetworkScene *scene() const { return m_scene; }
    NetworkView *view() const { return m_view; }
    NetworkLegend *legend() const { return m_legend; }
    /// True while a layout runs (the scene shows the previous network, or nothing).
    bool isLayingOut() const;
    /// The line under the graph: what is shown, what is loading, the last problem.
    QString statusText() const;
    /// Selects the service (and centres it); false when there is none by that name.
    bool selectService(const QString &service);
    /// Reloads the statuses from the broker for the branch / environment chosen (no-op without a broker).
    void reload();

Q_SIGNALS:
    /// Open this pact (a click on its integration, or Open Pact).
    void pactRequested(const QUrl &pactUrl);
    /// Show the matrix of this pair (Shift+click on the integration, or Open Matrix).
    void matrixRequested(const QString &consumer, const QString &provider);
    /// The scene holds the network last given (after a layout; not after a recolour).
    void layoutFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void init();
    QWidget *createToolBar();
    QWidget *createStatusChoice();
    QWidget *createDetailBar();
    void createShortcuts();
    void onLayoutFinished(const GraphLayoutResult &result);
    void onLoaded(const QList<IntegrationSummary> &integrations);
    void onFailed(const QString &message);
    void onServiceClicked(int service);
    void onEdgeClicked(int edge, Qt::KeyboardModifiers modifiers);
    void onEdgeMenu(int edge, const QPoint &globalPos);
    void onFilterReturn();
    void onStatusModeChanged();
    void selectEdge(int edge);
    /// The integrations of the selected service in the keyboard's chooser (none selected: empty, disabled).
    void fillEdgeChoice(int service);
    void updateSummary();
    void setStatus(const QString &text, bool problem = false);
    QList<QSizeF> nodeSizes(const NetworkGraph &graph) const;

    NetworkLoader *m_loader = nullptr;
    LayoutRunner *m_runner = nullptr;
    NetworkScene *m_scene = nullptr;
    NetworkView *m_view = nullptr;
    NetworkLegend *m_legend = nullptr;
    NetworkGraph m_graph; ///< what the scene shows, or is being laid out for it
    QList<QSizeF> m_sizes; ///< the node sizes of m_graph's layout
    bool m_laidOut = false; ///< the scene shows m_graph
    int m_selectedEdge = -1;
    QStringList m_environments; ///< the broker's, for the status choice
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_neighbourhood = nullptr;
    QComboBox *m_statusMode = nullptr;
    QComboBox *m_statusName = nullptr;
    QPushButton *m_reload = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_edgeDetail = nullptr;
    QComboBox *m_edgeChoice = nullptr;
    QPushButton *m_openPact = nullptr;
    QPushButton *m_openMatrix = nullptr;
};

} // namespace Pactbench
