// SPDX-License-Identifier: MIT
// Helpers of the Can I Deploy dialog tests: the usual question, waiting for an answer, a query in words.
#pragma once

#include <ui/canideploy/canideploydialog.h>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QStringList>

namespace Pactbench::Test {

inline MatrixSelector selector(const QString &pacticipant, const QString &version)
{
    MatrixSelector s;
    s.pacticipant = pacticipant;
    s.version = version;
    return s;
}

/// OrderWeb 1.4.2 to production, as the form asks it.
inline MatrixQuery orderWebToProduction()
{
    MatrixQuery query;
    query.selectors << selector(u"OrderWeb"_qs, u"1.4.2"_qs);
    query.toEnvironment = u"production"_qs;
    query.latestBy = u"cvp"_qs;
    return query;
}

/// Runs the event loop until the dialog showed an answer to its current question.
inline void waitForAnswer(CanIDeployDialog *dialog)
{
    QSignalSpy answered(dialog, &CanIDeployDialog::answered);
    while (answered.isEmpty())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
}

/// A query in words, for failure messages.
inline QString describe(const MatrixQuery &q)
{
    QStringList parts;
    for (const MatrixSelector &s : q.selectors)
        parts << s.pacticipant + u'@' + s.version + u" branch="_qs + s.branch + u" latest="_qs
                + QString::number(s.latest) + u" main="_qs + QString::number(s.mainBranch);
    for (const MatrixIgnore &i : q.ignore)
        parts << u"ignore "_qs + i.pacticipant;
    parts << u"env="_qs + q.toEnvironment << u"tag="_qs + q.toTag << u"latestby="_qs + q.latestBy;
    return parts.join(u"; ");
}

} // namespace Pactbench::Test
