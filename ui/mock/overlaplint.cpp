// SPDX-License-Identifier: MIT
#include "overlaplint.h"

#include "journalformat.h"

#include <core/mockserver/overlaps.h>
#include <ui/document/documentjobs.h>
#include <ui/document/pactdocument.h>

#include <QCoreApplication>

namespace Pactbench {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OverlapLint)
};

} // namespace

OverlapLint::OverlapLint(DocumentManager *documents, QObject *parent)
    : QObject(parent)
    , m_jobs(new DocumentJobs(
          documents, [](const Pact &current, const Pact &) { return QVariant::fromValue(lint(current)); }, DelayMs, this))
{
    connect(m_jobs, &DocumentJobs::finished, this,
        [this](PactDocument *document, const QVariant &result) { take(document, result.value<Diagnostics>()); });
    connect(m_jobs, &DocumentJobs::forgotten, this, [this](PactDocument *document) {
        if (m_results.remove(document) > 0)
            Q_EMIT lintChanged(document, {});
    });
}

OverlapLint::~OverlapLint() = default;

Diagnostics OverlapLint::lint(const Pact &pact)
{
    const QList<InteractionOverlap> overlaps = findOverlaps(pact, {}, Limit);
    Diagnostics out;
    for (const InteractionOverlap &o : overlaps) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.jsonPath = QStringLiteral("$.interactions[%1]").arg(o.requested);
        d.message = JournalFormat::overlap(o, pact);
        out.append(d);
    }
    if (overlaps.size() >= Limit) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.message = Text::tr("The overlap check stopped after %n finding(s) (its limit); there may be more.", nullptr,
            int(Limit));
        out.append(d);
    }
    return out;
}

void OverlapLint::take(PactDocument *document, const Diagnostics &diagnostics)
{
    if (m_results.contains(document) && m_results.value(document) == diagnostics)
        return;
    m_results.insert(document, diagnostics);
    Q_EMIT lintChanged(document, diagnostics);
}

} // namespace Pactbench
