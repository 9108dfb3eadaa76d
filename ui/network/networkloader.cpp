// SPDX-License-Identifier: MIT
#include "networkloader.h"

#include <core/broker/brokerclient.h>

namespace Pactbench {

NetworkLoader::NetworkLoader(const BrokerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_client(new BrokerClient(connection, this))
{
}

NetworkLoader::~NetworkLoader() = default;

QString NetworkLoader::brokerName() const
{
    return m_client->connection().displayBaseUrl();
}

void NetworkLoader::load(const QString &branch, const QString &environment)
{
    if (m_reply)
        m_reply->cancel(); // its finished() is ignored below: m_reply no longer names it
    BrokerReply<QList<IntegrationSummary>> *reply = m_client->integrations(branch, environment);
    m_reply = reply;
    connect(reply, &BrokerReplyBase::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_reply != reply)
            return;
        m_reply = nullptr;
        if (reply->ok())
            Q_EMIT loaded(reply->value());
        else
            Q_EMIT failed(reply->error().toString());
    });
}

void NetworkLoader::loadEnvironments()
{
    BrokerReply<QList<Environment>> *reply = m_client->environments();
    connect(reply, &BrokerReplyBase::finished, this, [this, reply] {
        reply->deleteLater();
        QStringList names;
        if (reply->ok()) {
            for (const Environment &e : reply->value())
                names.append(e.name);
        }
        Q_EMIT environmentsLoaded(names);
    });
}

} // namespace Pactbench
