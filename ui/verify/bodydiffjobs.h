// SPDX-License-Identifier: MIT
#pragma once

#include "linemarks.h"

#include <core/model/body.h>
#include <core/model/matchingrules.h>
#include <core/verifier/verificationresult.h>

#include <QObject>

QT_BEGIN_NAMESPACE
class QThreadPool;
QT_END_NAMESPACE

#include <atomic>
#include <functional>
#include <memory>

namespace Pactbench {

/// One side of a body diff as the view shows it, prepared off the GUI thread.
struct PreparedBody
{
    QString text; ///< pretty-printed JSON, or the body as UTF-8 text
    QList<qsizetype> lineStarts; ///< TextLines::lineStartsOf(text)
    bool json = false;
    QList<DiffAnnotation> annotations;
    LineMarks marks;
    /// The first line of each mismatch's path (for jumping to it); absent when it has none.
    QHash<QString, int> firstLines;
};

/**
 * Pretty-prints `bytes` and marks its lines: the paths of body mismatches with the rule and the
 * sentence, matched ones with "matched by …". Safe on any thread. `stale` is asked between the
 * steps; once it says true the result is left unfinished (the caller drops it).
 */
PreparedBody prepareBody(const QByteArray &bytes, const QList<VerifierMismatch> &mismatches, const MatchingRules &rules,
    const std::function<bool()> &stale = {});

/// The threads that prepare body diffs and free the texts of large ones. Not Qt's global pool:
/// Qt's image code runs parts of its work there and waits for them on the GUI thread.
QThreadPool *bodyDiffPool();

/**
 * Prepares the sides of a body diff on bodyDiffPool(). Each begin() starts a new generation:
 * results of older ones are dropped, and a worker still on one gives up at its next step, so the
 * newest selection wins however long an older body takes.
 */
class BodyDiffJobs : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyDiffJobs)

public:
    enum class Side { Expected, Actual };

    explicit BodyDiffJobs(QObject *parent = nullptr);
    ~BodyDiffJobs() override;

    /// Forgets the jobs running; prepare() calls after it belong to the new generation.
    void begin();
    /// Prepares `body` (its content serialised on the worker too: a JSON body of megabytes takes a while).
    void prepare(Side side, const Body &body, const QList<VerifierMismatch> &mismatches, const MatchingRules &rules);

Q_SIGNALS:
    /// A side of the current generation is ready (on the GUI thread).
    void prepared(Pactbench::BodyDiffJobs::Side side, const Pactbench::PreparedBody &body);

private:
    void deliver(quint64 generation, Side side, const PreparedBody &body);

    std::shared_ptr<std::atomic<quint64>> m_generation; ///< shared with the workers
};

} // namespace Pactbench
