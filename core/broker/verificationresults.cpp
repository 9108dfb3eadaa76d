// SPDX-License-Identifier: MIT
#include "verificationresults.h"

#include <QJsonArray>

namespace Pactbench {

static QJsonObject mismatchJson(const VerificationResults::Mismatch &m)
{
    QJsonObject o{{u"attribute"_qs, m.attribute}, {u"description"_qs, m.description}};
    if (!m.identifier.isEmpty())
        o.insert(u"identifier"_qs, m.identifier);
    if (!m.expected.isUndefined())
        o.insert(u"expected"_qs, m.expected);
    if (!m.actual.isUndefined())
        o.insert(u"actual"_qs, m.actual);
    return o;
}

static QJsonObject interactionJson(const VerificationResults::InteractionResult &r)
{
    QJsonObject o{{u"success"_qs, r.success}};
    if (!r.interactionId.isEmpty())
        o.insert(u"interactionId"_qs, r.interactionId);
    if (!r.interactionDescription.isEmpty())
        o.insert(u"interactionDescription"_qs, r.interactionDescription);
    if (!r.mismatches.isEmpty()) {
        QJsonArray list;
        for (const VerificationResults::Mismatch &m : r.mismatches)
            list.append(mismatchJson(m));
        o.insert(u"mismatches"_qs, list);
    }
    if (!r.exceptions.isEmpty()) {
        QJsonArray list;
        for (const QString &e : r.exceptions)
            list.append(QJsonObject{{u"message"_qs, e}});
        o.insert(u"exceptions"_qs, list);
    }
    return o;
}

QJsonObject VerificationResults::toJson() const
{
    QJsonArray results;
    for (const InteractionResult &r : testResults)
        results.append(interactionJson(r));
    QJsonObject o{{u"success"_qs, success},
                  {u"providerApplicationVersion"_qs, providerApplicationVersion},
                  {u"verifiedBy"_qs,
                   QJsonObject{{u"implementation"_qs, verifierName}, {u"version"_qs, verifierVersion}}},
                  {u"testResults"_qs, results}};
    if (!buildUrl.isEmpty())
        o.insert(u"buildUrl"_qs, buildUrl);
    return o;
}

} // namespace Pactbench
