// SPDX-License-Identifier: MIT
// ContractNetworkWindow: data, layout results, selection and the status choice.
#include "contractnetworkwindow.h"

#include "layoutrunner.h"
#include "networkitems.h"
#include "networklegend.h"
#include "networkloader.h"
#include "networkscene.h"
#include "networkstyle.h"
#include "networkview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontMetricsF>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>

#include <algorithm>
#include <cmath>

namespace Pactbench {

namespace {
constexpr qreal PaddingX = 16;
constexpr qreal PaddingY = 8;
} // namespace

bool ContractNetworkWindow::isLayingOut() const
{
    return m_runner->isRunning();
}

QString ContractNetworkWindow::statusText() const
{
    return m_status->text();
}

void ContractNetworkWindow::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette colors = palette();
    if (problem)
        colors.setColor(QPalette::WindowText, NetworkStyle::statusColor(IntegrationSummary::Status::Failed, colors));
    m_status->setPalette(colors);
    m_status->setAccessibleName(text);
}

QList<QSizeF> ContractNetworkWindow::nodeSizes(const NetworkGraph &graph) const
{
    const QFontMetricsF metrics(font());
    QList<QSizeF> sizes;
    sizes.reserve(graph.serviceCount());
    for (const QString &name : graph.services())
        sizes.append(QSizeF(std::ceil(metrics.horizontalAdvance(name) + PaddingX), std::ceil(metrics.height() + PaddingY)));
    return sizes;
}

void ContractNetworkWindow::setIntegrations(const QList<IntegrationSummary> &integrations)
{
    NetworkGraph graph(integrations);
    m_legend->setCounts(integrations);
    if (m_laidOut && graph.sameShape(m_graph)) {
        m_graph = graph;
        m_scene->setStatuses(graph);
        selectEdge(m_selectedEdge);
        updateSummary();
        return;
    }
    m_graph = graph;
    m_laidOut = false;
    selectEdge(-1);
    m_sizes = nodeSizes(graph);
    GraphLayoutInput input{m_sizes, graph.edgeEnds()};
    if (const QString problem = GraphLayout::check(input); !problem.isEmpty()) {
        m_scene->build({}, {}, {}, font(), palette());
        setStatus(problem, true);
        return;
    }
    const int services = int(graph.serviceCount());
    setStatus(NetworkStyle::numerus(tr("Laying out %n service(s)…", nullptr, services), services));
    m_runner->start(input);
}

void ContractNetworkWindow::onLayoutFinished(const GraphLayoutResult &result)
{
    if (!result.ok()) {
        m_scene->build({}, {}, {}, font(), palette());
        setStatus(result.error, true);
        return;
    }
    const QString selected = m_graph.services().value(m_scene->selectedService());
    m_scene->build(m_graph, result, m_sizes, font(), palette());
    m_scene->setSelectedService(m_graph.indexOf(selected));
    m_laidOut = true;
    m_view->fit();
    updateSummary();
    Q_EMIT layoutFinished();
}

void ContractNetworkWindow::updateSummary()
{
    if (!m_laidOut)
        return;
    if (m_graph.serviceCount() == 0) {
        setStatus(tr("The broker has no integrations (no pacts published yet)."));
        return;
    }
    const int services = int(m_graph.serviceCount());
    const int integrations = int(m_graph.edgeCount());
    QString text = NetworkStyle::numerus(tr("%n service(s)", nullptr, services), services) + QStringLiteral(", ")
        + NetworkStyle::numerus(tr("%n integration(s)", nullptr, integrations), integrations);
    if (const QString filter = m_filter->text().trimmed(); !filter.isEmpty()) {
        const QList<NetworkGraph::Relevance> relevance = m_graph.filter(filter);
        const auto matches = std::count(relevance.begin(), relevance.end(), NetworkGraph::Relevance::Match);
        text += QStringLiteral("; ") + NetworkStyle::numerus(tr("%n match(es) “%1”", nullptr, int(matches)), matches).arg(filter);
    }
    if (const int s = m_scene->selectedService(); s >= 0) {
        const int consumers = int(m_graph.consumersOf(s).size());
        const int providers = int(m_graph.providersOf(s).size());
        text += QStringLiteral("; ")
            + tr("%1 selected: %2, %3")
                  .arg(m_graph.services()[s],
                       NetworkStyle::numerus(tr("%n consumer(s)", nullptr, consumers), consumers),
                       NetworkStyle::numerus(tr("%n provider(s)", nullptr, providers), providers));
    } else if (m_neighbourhood->isChecked()) {
        text += QStringLiteral("; ") + tr("select a service to see its neighbourhood");
    }
    setStatus(text);
}

bool ContractNetworkWindow::selectService(const QString &service)
{
    const int index = m_graph.indexOf(service);
    if (index < 0 || !m_laidOut)
        return false;
    onServiceClicked(index);
    m_view->showService(index);
    return true;
}

void ContractNetworkWindow::onServiceClicked(int service)
{
    m_scene->setSelectedService(service);
    fillEdgeChoice(service);
    if (m_neighbourhood->isChecked())
        m_view->fit();
    updateSummary();
}

void ContractNetworkWindow::selectEdge(int edge)
{
    m_selectedEdge = edge >= 0 && edge < m_graph.edgeCount() ? edge : -1;
    m_scene->setHighlightedEdge(m_selectedEdge);
    m_openPact->setEnabled(m_selectedEdge >= 0);
    m_openMatrix->setEnabled(m_selectedEdge >= 0);
    if (m_selectedEdge >= 0)
        m_edgeDetail->setText(NetworkStyle::edgeSummary(m_graph.integrations()[m_selectedEdge]));
    const QSignalBlocker blocker(m_edgeChoice);
    m_edgeChoice->setCurrentIndex(std::max(0, m_edgeChoice->findData(m_selectedEdge)));
}

void ContractNetworkWindow::fillEdgeChoice(int service)
{
    const QSignalBlocker blocker(m_edgeChoice);
    m_edgeChoice->clear();
    const bool any = service >= 0 && service < m_graph.services().size() && !m_graph.edgesOf(service).isEmpty();
    m_edgeChoice->setEnabled(any);
    if (!any) {
        m_edgeChoice->addItem(service >= 0 ? tr("(no integrations)") : tr("(select a service)"), -1);
        return;
    }
    m_edgeChoice->addItem(tr("(choose one of %1)").arg(m_graph.edgesOf(service).size()), -1);
    for (const int edge : m_graph.edgesOf(service)) {
        const IntegrationSummary &i = m_graph.integrations()[edge];
        m_edgeChoice->addItem(tr("%1 → %2").arg(i.consumer, i.provider), edge);
    }
    m_edgeChoice->setCurrentIndex(std::max(0, m_edgeChoice->findData(m_selectedEdge)));
}

void ContractNetworkWindow::onEdgeClicked(int edge, Qt::KeyboardModifiers modifiers)
{
    selectEdge(edge);
    if (m_selectedEdge < 0)
        return;
    const IntegrationSummary &integration = m_graph.integrations()[m_selectedEdge];
    if (modifiers & Qt::ShiftModifier)
        Q_EMIT matrixRequested(integration.consumer, integration.provider);
    else
        Q_EMIT pactRequested(integration.pactUrl);
}

void ContractNetworkWindow::onEdgeMenu(int edge, const QPoint &globalPos)
{
    selectEdge(edge);
    if (m_selectedEdge < 0)
        return;
    QMenu menu(this);
    menu.addAction(tr("Open Pact"), m_openPact, &QPushButton::click);
    menu.addAction(tr("Open Matrix"), m_openMatrix, &QPushButton::click);
    menu.exec(globalPos);
}

void ContractNetworkWindow::onFilterReturn()
{
    const QList<NetworkGraph::Relevance> relevance = m_graph.filter(m_filter->text());
    const auto first = std::find(relevance.begin(), relevance.end(), NetworkGraph::Relevance::Match);
    if (first != relevance.end() && !m_filter->text().trimmed().isEmpty())
        selectService(m_graph.services()[int(first - relevance.begin())]);
}

void ContractNetworkWindow::onStatusModeChanged()
{
    const int mode = m_statusMode->currentIndex();
    m_statusName->setVisible(mode != 0);
    m_statusName->clear();
    if (mode == 1) {
        m_statusName->lineEdit()->setPlaceholderText(tr("branch, e.g. main"));
    } else if (mode == 2) {
        m_statusName->addItems(m_environments);
        m_statusName->lineEdit()->setPlaceholderText(tr("environment, e.g. production"));
    }
    if (mode == 0 || !m_statusName->currentText().isEmpty())
        reload();
    else
        m_statusName->setFocus();
}

void ContractNetworkWindow::reload()
{
    if (!m_loader)
        return;
    const int mode = m_statusMode->currentIndex();
    const QString name = m_statusName->currentText().trimmed();
    if (mode != 0 && name.isEmpty()) {
        setStatus(mode == 1 ? tr("Enter a branch name.") : tr("Choose an environment."), true);
        return;
    }
    m_loader->load(mode == 1 ? name : QString(), mode == 2 ? name : QString());
    setStatus(mode == 0   ? tr("Loading the integrations…")
                  : mode == 1 ? tr("Loading the statuses for branch %1…").arg(name)
                              : tr("Loading the statuses for environment %1…").arg(name));
}

void ContractNetworkWindow::onLoaded(const QList<IntegrationSummary> &integrations)
{
    setIntegrations(integrations);
}

void ContractNetworkWindow::onFailed(const QString &message)
{
    setStatus(tr("Could not load the integrations: %1").arg(message), true);
}

void ContractNetworkWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_scene)
        m_scene->setPalette(palette());
}

} // namespace Pactbench
