// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/brokerconnection.h>
#include <core/broker/integrationsummary.h>

#include <QObject>
#include <QPointer>

namespace Pactbench {

class BrokerClient;
class BrokerReplyBase;

/**
 * Fetches the integrations of a broker for the contract network (BrokerClient::integrations) and the
 * names of its environments. A new load() cancels the one under way: only the latest answers.
 */
class NetworkLoader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkLoader)

public:
    explicit NetworkLoader(const BrokerConnection &connection, QObject *parent = nullptr);
    ~NetworkLoader() override;

    /// The statuses for the provider versions of `branch` or deployed to `environment` (both empty: latest).
    void load(const QString &branch, const QString &environment);
    void loadEnvironments();
    bool isLoading() const { return !m_reply.isNull(); }
    QString brokerName() const;

Q_SIGNALS:
    void loaded(const QList<Pactbench::IntegrationSummary> &integrations);
    void failed(const QString &message);
    void environmentsLoaded(const QStringList &names);

private:
    BrokerClient *m_client;
    QPointer<BrokerReplyBase> m_reply;
};

} // namespace Pactbench
