// SPDX-License-Identifier: MIT
#pragma once
// A remembered function of a key, safe across threads and bounded (private to core/openapi).

#include "adaptivemutex.h"

#include <QHash>

#include <array>
#include <atomic>
#include <mutex>
#include <optional>

namespace Pactbench::OpenApi {

/**
 * Answers kept by key: the checks ask the same questions of the document in interaction after interaction
 * (a rule path in a schema, a regex's samples against a place, a parameter's value). At most `limit`
 * answers are kept; past it, new ones are computed every time and not added (a hostile pact asks as many
 * different questions as it likes; the answers stay right, only slower). Two threads asking the same new
 * question may both compute it: every answer here is a pure function of its key, so either is kept.
 *
 * The answers are spread over shards by the key's hash, each with its own lock (AdaptiveMutex): threads
 * asking thousands of questions a second meet on one lock rarely, and briefly.
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
        const size_t hash = qHash(key);
        const Shard &s = shard(hash);
        const std::lock_guard lock(s.mutex);
        if (const auto it = s.answers.constFind(key); it != s.answers.constEnd())
            return *it;
        return std::nullopt;
    }

    void remember(const Key &key, const Value &value)
    {
        const size_t hash = qHash(key);
        Shard &s = shard(hash);
        const std::lock_guard lock(s.mutex);
        if (s.answers.contains(key))
            return;
        // A place among the `limit` answers, taken before adding one: never more, whichever thread asks.
        if (m_size.fetch_add(1, std::memory_order_relaxed) >= m_limit) {
            m_size.fetch_sub(1, std::memory_order_relaxed);
            return;
        }
        s.answers.insert(key, value);
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

    qsizetype size() const { return m_size.load(std::memory_order_relaxed); }

private:
    static constexpr qsizetype kShards = 16;
    struct Shard
    {
        mutable AdaptiveMutex mutex;
        QHash<Key, Value> answers;
    };
    const Shard &shard(size_t hash) const { return m_shards[(hash >> 7) % kShards]; }
    Shard &shard(size_t hash) { return m_shards[(hash >> 7) % kShards]; }

    const qsizetype m_limit;
    std::atomic<qsizetype> m_size{0};
    std::array<Shard, kShards> m_shards;
};

} // namespace Pactbench::OpenApi
