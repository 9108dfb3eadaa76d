// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/brokerreply.h>
#include <core/broker/environment.h>
#include <core/broker/matrix.h>
#include <core/broker/pacticipantsummary.h>

#include <QList>

#include <memory>

namespace Pactbench {

class BrokerClient;
struct BrokerConnection;

/**
 * What the Can I Deploy dialog asks of a broker. The dialog owns its backend and deleteLater()s
 * every reply once it finished; a reply may finish with a Cancelled error after cancel().
 * BrokerClientBackend asks a real broker; tests give answers built in code.
 */
class CanIDeployBackend
{
public:
    CanIDeployBackend() = default;
    virtual ~CanIDeployBackend();
    Q_DISABLE_COPY_MOVE(CanIDeployBackend)

    virtual BrokerReply<QList<PacticipantSummary>> *pacticipants() = 0;
    virtual BrokerReply<QList<Environment>> *environments() = 0;
    virtual BrokerReply<Matrix> *canIDeploy(const MatrixQuery &query) = 0;
};

/// The backend of a real broker: a BrokerClient of its own for `connection`.
class BrokerClientBackend final : public CanIDeployBackend
{
public:
    explicit BrokerClientBackend(const BrokerConnection &connection);
    ~BrokerClientBackend() override;
    Q_DISABLE_COPY_MOVE(BrokerClientBackend)

    BrokerClient *client() const { return m_client.get(); }

    BrokerReply<QList<PacticipantSummary>> *pacticipants() override;
    BrokerReply<QList<Environment>> *environments() override;
    BrokerReply<Matrix> *canIDeploy(const MatrixQuery &query) override;

private:
    std::unique_ptr<BrokerClient> m_client;
};

} // namespace Pactbench
