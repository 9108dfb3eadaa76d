// SPDX-License-Identifier: MIT
#include "canideploybackend.h"

#include <core/broker/brokerclient.h>

namespace Pactbench {

CanIDeployBackend::~CanIDeployBackend() = default;

BrokerClientBackend::BrokerClientBackend(const BrokerConnection &connection)
    : m_client(std::make_unique<BrokerClient>(connection))
{ }

BrokerClientBackend::~BrokerClientBackend() = default;

BrokerReply<QList<PacticipantSummary>> *BrokerClientBackend::pacticipants()
{
    return m_client->pacticipants();
}

BrokerReply<QList<Environment>> *BrokerClientBackend::environments()
{
    return m_client->environments();
}

BrokerReply<Matrix> *BrokerClientBackend::canIDeploy(const MatrixQuery &query)
{
    return m_client->canIDeploy(query);
}

} // namespace Pactbench
