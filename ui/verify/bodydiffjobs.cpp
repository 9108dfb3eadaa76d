// SPDX-License-Identifier: MIT
#include "bodydiffjobs.h"

#include "bodydiffview.h"
#include "bodylines.h"
#include "textlines.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace Pactbench {

namespace {

Q_GLOBAL_STATIC(QThreadPool, pool)

QList<VerifierMismatch> bodyMismatches(const QList<VerifierMismatch> &all)
{
    QList<VerifierMismatch> body;
    for (const VerifierMismatch &m : all) {
        if (isBodyMismatch(m))
            body.append(m);
    }
    return body;
}

QHash<QString, int> firstLinesOf(const QStringList &linePaths, const QList<VerifierMismatch> &mismatches)
{
    QHash<QString, int> lines;
    for (const VerifierMismatch &m : mismatches) {
        if (const int line = BodyLines::firstLineOf(linePaths, m.path); line >= 0)
            lines.insert(m.path, line);
    }
    return lines;
}

} // namespace

QThreadPool *bodyDiffPool()
{
    return pool();
}

PreparedBody prepareBody(const QByteArray &bytes, const QList<VerifierMismatch> &mismatches, const MatchingRules &rules,
    const std::function<bool()> &stale)
{
    const auto isStale = [&stale] {
        return stale && stale();
    };
    const QList<VerifierMismatch> body = bodyMismatches(mismatches);
    PreparedBody out;
    out.text = BodyLines::pretty(bytes, &out.json);
    if (isStale())
        return out;
    out.lineStarts = TextLines::lineStartsOf(out.text);
    if (out.json) {
        const QStringList linePaths = BodyLines::linePaths(out.text);
        if (isStale())
            return out;
        out.annotations = BodyDiffView::annotate(linePaths, body, rules);
        out.firstLines = firstLinesOf(linePaths, mismatches);
    } else if (!body.isEmpty() && !out.text.isEmpty()) { // not JSON: the whole text is the mismatch
        out.annotations = { { 0, DiffAnnotation::Kind::Mismatch, body.constFirst().description } };
    }
    if (!isStale())
        out.marks = LineMarks(out.annotations);
    return out;
}

BodyDiffJobs::BodyDiffJobs(QObject *parent) : QObject(parent), m_generation(std::make_shared<std::atomic<quint64>>(0))
{ }

BodyDiffJobs::~BodyDiffJobs()
{
    ++*m_generation; // a worker still running gives up; its result finds `self` null anyway
}

void BodyDiffJobs::begin()
{
    ++*m_generation;
}

void BodyDiffJobs::prepare(
    Side side, const Body &body, const QList<VerifierMismatch> &mismatches, const MatchingRules &rules)
{
    const std::shared_ptr<std::atomic<quint64>> current = m_generation;
    const quint64 generation = *current;
    QPointer<BodyDiffJobs> self(this); // only dereferenced on the GUI thread
    bodyDiffPool()->start([self, current, generation, side, body, mismatches, rules] {
        const auto stale = [&current, generation] {
            return *current != generation;
        };
        if (stale())
            return;
        PreparedBody prepared = prepareBody(body.content(), mismatches, rules, stale);
        if (stale())
            return;
        // Posted to the application object (alive as long as the program), checked there for the jobs.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, side, prepared = std::move(prepared)] {
                if (self)
                    self->deliver(generation, side, prepared);
            },
            Qt::QueuedConnection);
    });
}

void BodyDiffJobs::deliver(quint64 generation, Side side, const PreparedBody &body)
{
    if (generation == *m_generation)
        Q_EMIT prepared(side, body);
}

} // namespace Pactbench
