// SPDX-License-Identifier: MIT
#include "outcomestyle.h"

#include <QCoreApplication>

namespace Pactbench {

QString outcomeKey(const InteractionResult &r)
{
    switch (r.outcome) {
    case InteractionOutcome::Passed:
        return QStringLiteral("passed");
    case InteractionOutcome::Skipped:
        return QStringLiteral("skipped");
    case InteractionOutcome::Failed:
    case InteractionOutcome::Error:
        if (r.pending)
            return QStringLiteral("pending");
        return r.outcome == InteractionOutcome::Failed ? QStringLiteral("failed") : QStringLiteral("error");
    }
    return {};
}

QColor outcomeColor(const QString &key)
{
    if (key == u"passed")
        return QColor(0x2e, 0x8b, 0x57);
    if (key == u"failed")
        return QColor(0xc6, 0x28, 0x28);
    if (key == u"error")
        return QColor(0xe6, 0x7e, 0x22);
    if (key == u"pending")
        return QColor(0x8e, 0x44, 0xad);
    return QColor(0x80, 0x80, 0x80);
}

QString outcomeText(const QString &key)
{
    if (key == u"passed")
        return QCoreApplication::translate("Pactbench::VerificationResultsModel", "passed");
    if (key == u"failed")
        return QCoreApplication::translate("Pactbench::VerificationResultsModel", "failed");
    if (key == u"error")
        return QCoreApplication::translate("Pactbench::VerificationResultsModel", "error");
    if (key == u"pending")
        return QCoreApplication::translate("Pactbench::VerificationResultsModel", "pending (failed)");
    if (key == u"running")
        return QCoreApplication::translate("Pactbench::VerificationResultsModel", "running…");
    return QCoreApplication::translate("Pactbench::VerificationResultsModel", "skipped");
}

} // namespace Pactbench
