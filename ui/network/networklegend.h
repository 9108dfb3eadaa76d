// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/integrationsummary.h>

#include <QMap>
#include <QWidget>

namespace Pactbench {

/// The key of the edge colours: a line sample in each status's colour and style, its word and its count.
class NetworkLegend : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkLegend)

public:
    using Status = IntegrationSummary::Status;

    explicit NetworkLegend(QWidget *parent = nullptr);
    ~NetworkLegend() override;

    void setCounts(const QList<IntegrationSummary> &integrations);
    int count(Status status) const { return m_counts.value(status); }
    /// "verified (12)" for each status, in the legend's order (also the accessible description).
    QStringList entries() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QMap<Status, int> m_counts;
};

} // namespace Pactbench
