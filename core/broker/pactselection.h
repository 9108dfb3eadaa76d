// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Pactbench {

/// Which pact between a consumer and a provider to fetch: the latest, or by branch, tag or version.
struct PactSelection
{
    QString consumer;
    QString provider;
    QString branch; ///< latest on this branch
    QString tag; ///< latest with this tag
    QString version; ///< this exact consumer version

    /// "the latest pact from C to P", "… on branch B", "… with tag T", "the pact from C (V) to P".
    QString describe() const
    {
        const QString between = u"from '"_qs + consumer + u"' to '"_qs + provider + u'\'';
        if (!version.isEmpty())
            return u"the pact "_qs + between + u" for consumer version '"_qs + version + u'\'';
        if (!branch.isEmpty())
            return u"the latest pact "_qs + between + u" on branch '"_qs + branch + u'\'';
        if (!tag.isEmpty())
            return u"the latest pact "_qs + between + u" with tag '"_qs + tag + u'\'';
        return u"the latest pact "_qs + between;
    }
};

} // namespace Pactbench
