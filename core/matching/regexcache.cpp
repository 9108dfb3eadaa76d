// SPDX-License-Identifier: MIT
#include "regexcache.h"

namespace Pactbench {

RegexCache &RegexCache::instance()
{
    static RegexCache cache;
    return cache;
}

QRegularExpression RegexCache::get(const QString &pattern)
{
    {
        QReadLocker lock(&m_lock);
        const auto it = m_cache.constFind(pattern);
        if (it != m_cache.constEnd())
            return *it;
    }
    QRegularExpression re(QRegularExpression::anchoredPattern(pattern),
                          QRegularExpression::DontCaptureOption | QRegularExpression::UseUnicodePropertiesOption);
    re.optimize();
    QWriteLocker lock(&m_lock);
    if (m_cache.size() > 10000)
        m_cache.clear(); // a pathological pact; keep memory bounded
    m_cache.insert(pattern, re);
    return re;
}

bool RegexCache::matchesWhole(const QString &pattern, const QString &value)
{
    const QRegularExpression re = get(pattern);
    return re.isValid() && re.match(value).hasMatch();
}

QString RegexCache::errorFor(const QString &pattern)
{
    const QRegularExpression re = get(pattern);
    if (re.isValid())
        return {};
    // The anchored pattern adds "\A(?:" in front; report offsets in the original.
    const int offset = qMax(0, int(re.patternErrorOffset()) - 5);
    return QStringLiteral("%1 at offset %2").arg(re.errorString()).arg(offset);
}

int RegexCache::size() const
{
    QReadLocker lock(&m_lock);
    return int(m_cache.size());
}

} // namespace Pactbench
