// SPDX-License-Identifier: MIT
#include "knownfailures.h"

#include <QFile>

namespace Pactbench::Compat {

bool KnownFailures::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    for (const QString &raw : QString::fromUtf8(f.readAll()).split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(QStringLiteral(" | "));
        if (parts.size() < 3)
            continue;
        m_causes.insert(parts.at(0).trimmed() + QStringLiteral(" | ") + parts.at(1).trimmed(),
            parts.mid(2).join(QStringLiteral(" | ")).trimmed());
    }
    return true;
}

QString KnownFailures::cause(const QString &feature, const QString &scenario) const
{
    const auto it = m_causes.constFind(feature + QStringLiteral(" | ") + scenario);
    return it == m_causes.constEnd() ? QString() : *it;
}

} // namespace Pactbench::Compat
