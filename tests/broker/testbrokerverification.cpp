// SPDX-License-Identifier: MIT
// The test broker's verification result resource (`GET …/pact-version/{sha}/verification-results/{n}`,
// the link of a matrix row), shaped like the broker's VerificationDecorator, with `testResults` as posted.
#include "testbroker.h"

#include <QDateTime>

namespace Pactbench::Test {

void TestBroker::keepVerificationBody(const QJsonObject &body)
{
    if (!m_verifications.isEmpty())
        m_verificationBodies.insert(m_verifications.constLast().number, body);
}

TestBroker::Answer TestBroker::verificationDocument(const QStringList &s) const
{
    // pacts/provider/{p}/consumer/{c}/pact-version/{sha}/verification-results/{n}
    bool ok = false;
    const int number = s.value(8).toInt(&ok);
    const StoredVerification *found = nullptr;
    for (const StoredVerification &v : m_verifications) {
        if (ok && v.number == number && v.sha == s.value(6))
            found = &v;
    }
    if (!found)
        return notFound(u"verification result"_qs);
    const QString pacts = u"/pacts/provider/"_qs + enc(found->provider) + u"/consumer/"_qs + enc(found->consumer);
    QJsonObject out = m_verificationBodies.value(found->number); // as posted: testResults, buildUrl, verifiedBy
    out.insert(u"providerName"_qs, found->provider);
    out.insert(u"providerApplicationVersion"_qs, found->providerVersion);
    out.insert(u"success"_qs, found->success);
    // The matrix says the same date (verifiedAt) for this verification.
    const QDateTime date = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC).addSecs(found->number);
    out.insert(u"verificationDate"_qs, date.toString(Qt::ISODate).replace(u"Z"_qs, u"+00:00"_qs));
    const QString self = href(pacts + u"/pact-version/"_qs + found->sha + u"/verification-results/"_qs
                              + QString::number(found->number));
    out.insert(u"_links"_qs,
               QJsonObject{{u"self"_qs, QJsonObject{{u"href"_qs, self}, {u"title"_qs, u"Verification result"_qs}}},
                           {u"pb:pact-version"_qs,
                            QJsonObject{{u"href"_qs, href(pacts + u"/pact-version/"_qs + found->sha)}, {u"title"_qs, u"Pact"_qs}}}});
    return json(out);
}

} // namespace Pactbench::Test
