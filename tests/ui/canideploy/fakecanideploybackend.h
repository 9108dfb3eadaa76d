// SPDX-License-Identifier: MIT
// A CanIDeployBackend that answers from values built in code and records every question, so the
// dialog can be driven without a broker; in manual mode the test answers (or not) each reply itself.
#pragma once

#include <ui/canideploy/canideploybackend.h>

#include <QObject>
#include <QPointer>

#include <functional>

namespace Pactbench::Test {

class FakeCanIDeployBackend final : public CanIDeployBackend
{
public:
    static Environment environment(const QString &name, const QString &displayName, bool production)
    {
        Environment e;
        e.uuid = name + u"-uuid"_qs;
        e.name = name;
        e.displayName = displayName;
        e.production = production;
        return e;
    }

    QStringList pacticipantNames{ u"OrderWeb"_qs, u"OrderService"_qs, u"Billing"_qs };
    QList<Environment> environmentList{ environment(u"test"_qs, u"Test"_qs, false),
        environment(u"production"_qs, u"Production"_qs, true) };
    BrokerError listError; ///< when set, both lists fail with it
    /// Answers each question at once; unset: manual mode (replies stay pending in `replies`).
    std::function<Matrix(const MatrixQuery &)> answer;
    BrokerError matrixError; ///< when set (and `answer` too), questions fail with it

    QList<MatrixQuery> queries;
    QList<QPointer<BrokerReply<Matrix>>> replies;

    BrokerReply<QList<PacticipantSummary>> *pacticipants() override
    {
        auto *reply = new BrokerReply<QList<PacticipantSummary>>(&m_owner);
        if (listError.isError()) {
            reply->fail(listError);
            return reply;
        }
        QList<PacticipantSummary> list;
        for (const QString &name : pacticipantNames) {
            PacticipantSummary pacticipant;
            pacticipant.name = name;
            list << pacticipant;
        }
        reply->succeed(list);
        return reply;
    }
    BrokerReply<QList<Environment>> *environments() override
    {
        auto *reply = new BrokerReply<QList<Environment>>(&m_owner);
        if (listError.isError())
            reply->fail(listError);
        else
            reply->succeed(environmentList);
        return reply;
    }
    BrokerReply<Matrix> *canIDeploy(const MatrixQuery &query) override
    {
        queries << query;
        auto *reply = new BrokerReply<Matrix>(&m_owner);
        replies << reply;
        if (answer && matrixError.isError())
            reply->fail(matrixError);
        else if (answer)
            reply->succeed(answer(query));
        return reply;
    }

private:
    QObject m_owner;
};

} // namespace Pactbench::Test
