// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>

namespace Pactbench::Compat {

/**
 * The reviewed list of scenarios known to fail, one a line:
 * `V1/http_consumer.feature | scenario name | cause`. Blank lines and lines starting with '#'
 * are ignored.
 */
class KnownFailures
{
public:
    bool load(const QString &path);
    /// The cause, or a null string when the scenario is not listed.
    QString cause(const QString &feature, const QString &scenario) const;
    qsizetype size() const { return m_causes.size(); }

private:
    QMap<QString, QString> m_causes; ///< "feature | scenario" → cause
};

} // namespace Pactbench::Compat
