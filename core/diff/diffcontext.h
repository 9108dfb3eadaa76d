// SPDX-License-Identifier: MIT
#pragma once

// What the part comparisons share: where changes go, and the engine's proof mismatches with the
// changes that explained them.

#include "impact.h"
#include "partview.h"

#include <functional>

namespace Pactbench::Diff {

/// Collects the changes of one part ("request", "response", "message", "response[1]").
struct ChangeSink
{
    QString part;
    QList<Change> *out;

    void add(const QString &category, const QString &path, Impact impact, const QString &reason,
             const QJsonValue &oldValue = QJsonValue(QJsonValue::Undefined),
             const QJsonValue &newValue = QJsonValue(QJsonValue::Undefined)) const
    {
        out->append(Change{part + u'.' + category, path, impact, reason, oldValue, newValue});
    }
};

/// The proof mismatches of a part and which of them a change has explained.
class ProofSet
{
public:
    explicit ProofSet(const QList<Mismatch> &mismatches)
        : m_list(mismatches)
        , m_claimed(mismatches.size(), false)
    {
    }
    /// Marks the mismatches `which` selects as explained; the first one's sentence, or empty when none.
    QString claim(const std::function<bool(const Mismatch &)> &which)
    {
        QString first;
        for (qsizetype i = 0; i < m_list.size(); ++i) {
            if (which(m_list.at(i))) {
                m_claimed[i] = true;
                if (first.isEmpty())
                    first = m_list.at(i).sentence;
            }
        }
        return first;
    }
    QList<Mismatch> unclaimed() const
    {
        QList<Mismatch> out;
        for (qsizetype i = 0; i < m_list.size(); ++i) {
            if (!m_claimed.at(i))
                out.append(m_list.at(i));
        }
        return out;
    }

private:
    QList<Mismatch> m_list;
    QList<bool> m_claimed;
};

/// Everything a part comparison needs.
struct PartContext
{
    PartView oldPart;
    PartView newPart;
    bool consumerSends = false; ///< request-like: the provider must handle what NEW sends
    const PartProver *prover = nullptr;
    ProofSet *proof = nullptr;
    ChangeSink sink;
};

/// The impact of one change and why.
struct Verdict
{
    Impact impact = Impact::Cosmetic;
    QString reason;
};

/// Whether mismatch path `p` ("$.a[1]") is `at` or below it.
inline bool atOrBelow(const QString &p, const QString &at)
{
    return p == at || (p.startsWith(at) && (p.at(at.size()) == u'.' || p.at(at.size()) == u'['));
}

} // namespace Pactbench::Diff
