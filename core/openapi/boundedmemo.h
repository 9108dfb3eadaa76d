// SPDX-License-Identifier: MIT
#pragma once
// A remembered function of a key, safe across threads and bounded (private to core/openapi).

#include <QHash>
#include <QMutex>

#include <optional>

namespace Pactbench::OpenApi {

/**
 * Answers kept by key: the checks ask the same questions of the document in interaction after interaction
 * (a rule path in a schema, a regex's samples against a place, a parameter's value). At most `limit`
 * answers are kept; past it, new ones are computed every time and not added (a hostile pact asks as many
 * different questions as it likes; the answers stay right, only slower). Two threads asking the same new
 * question may both compute it: every answer here is a pure function of its key, so either is kept.
 */
template<typename Key, typename Value>
class BoundedMemo
{
public:
    explicit BoundedMemo(qsizetype limit)
        : m_limit(limit)
    {
    }

    std::optional<Value> find(const Key &key) const
    {
        const QMutexLocker lock(&m_mutex);
        if (const auto it = m_answers.constFind(key); it != m_answers.constEnd())
            return *it;
        return std::nullopt;
    }

    void remember(const Key &key, const Value &value)
    {
        const QMutexLocker lock(&m_mutex);
        if (m_answers.size() < m_limit)
            m_answers.insert(key, value);
    }

    /// The answer for `key`: the kept one, else `compute()`'s, kept while under the limit.
    template<typename Compute>
    Value get(const Key &key, const Compute &compute)
    {
        if (std::optional<Value> known = find(key))
            return *std::move(known);
        Value value = compute();
        remember(key, value);
        return value;
    }

    qsizetype size() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_answers.size();
    }

private:
    const qsizetype m_limit;
    mutable QMutex m_mutex;
    QHash<Key, Value> m_answers;
};

} // namespace Pactbench::OpenApi
