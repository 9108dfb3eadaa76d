// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace Pactbench {

/**
 * A notice the broker asks clients to show. Pacts for verification give `when`
 * ("before_verification", "after_verification:success_true_published_false", …);
 * publish-contracts gives `type` (debug, info, warning, prompt, success, error, danger).
 */
struct BrokerNotice
{
    QString when;
    QString type;
    QString text;

    static BrokerNotice fromJson(const QJsonObject &json)
    {
        return {json.value(u"when").toString(), json.value(u"type").toString(), json.value(u"text").toString()};
    }
    bool operator==(const BrokerNotice &o) const { return when == o.when && type == o.type && text == o.text; }
};

} // namespace Pactbench
