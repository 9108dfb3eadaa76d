// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QReadWriteLock>
#include <QRegularExpression>
#include <QString>

namespace Pactbench {

/**
 * Compiles each regex of a pact once and keeps it, for every thread: the mock server
 * matches from a worker thread. Patterns are anchored, since Pact's reference requires
 * a regex to match the whole value.
 */
class RegexCache
{
public:
    static RegexCache &instance();

    /// The compiled, anchored expression (check isValid()).
    QRegularExpression get(const QString &pattern);
    /// Whether `value` as a whole matches `pattern`; false for an invalid pattern.
    bool matchesWhole(const QString &pattern, const QString &value);
    /// Empty when the pattern compiles, else the error and its offset.
    QString errorFor(const QString &pattern);
    int size() const;

private:
    RegexCache() = default;
    mutable QReadWriteLock m_lock;
    QHash<QString, QRegularExpression> m_cache;
};

} // namespace Pactbench
