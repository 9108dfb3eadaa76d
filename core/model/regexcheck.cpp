// SPDX-License-Identifier: MIT
#include "regexcheck.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace Pactbench {

QString regexProblem(const QString &pattern)
{
    static QMutex mutex;
    static QHash<QString, QString> known;
    constexpr qsizetype kMaxRemembered = 4096;
    {
        const QMutexLocker lock(&mutex);
        if (const auto it = known.constFind(pattern); it != known.constEnd())
            return *it;
    }
    const QRegularExpression re(pattern);
    const QString problem = re.isValid() ? QString() : QStringLiteral("%1 at offset %2").arg(re.errorString()).arg(re.patternErrorOffset());
    const QMutexLocker lock(&mutex);
    if (known.size() >= kMaxRemembered)
        known.clear();
    known.insert(pattern, problem);
    return problem;
}

} // namespace Pactbench
