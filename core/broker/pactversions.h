// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Pactbench {

/**
 * One published version of a consumer → provider pact, as listed by the pact's
 * `pb:all-pact-versions` resource (`/pacts/provider/{p}/consumer/{c}/versions`).
 */
struct PactVersionSummary
{
    QString consumer;
    QString provider;
    QString consumerVersion; ///< the consumer version number that published this pact
    QString branch; ///< the consumer version's branch; empty when the broker gave none
    QStringList tags; ///< the consumer version's tags; empty when the broker gave none
    QString createdAt; ///< when the pact was published, as the broker wrote it (ISO 8601)
    QUrl url; ///< this version's pact document (`_links.self`)

    /// "web → orders 1.4.0"
    QString label() const;

    /// One `_embedded.pacts[]` entry; `base` resolves relative hrefs.
    static PactVersionSummary fromJson(const QJsonObject &json, const QUrl &base);
    /**
     * Every version in a versions document, in the broker's order (newest consumer version
     * first): `_embedded.pacts[]`, or only `_links.pact-versions[]` from brokers that embed none.
     * `ok` is false when the document has neither.
     */
    static QList<PactVersionSummary> listFromJson(const QJsonObject &document, const QUrl &base,
                                                  const QString &consumer, const QString &provider, bool *ok);
};

} // namespace Pactbench
