// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/integrationsummary.h>

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace Pactbench {

/**
 * How the contract network shows a verification status: a word ("verified", "failed", "not verified",
 * "pending"), a colour that reads on the palette's base (a light and a dark set) and a line style, so
 * colour is never the only sign. Also the tooltips of services and integrations.
 */
class NetworkStyle
{
    Q_DECLARE_TR_FUNCTIONS(NetworkStyle)

public:
    using Status = IntegrationSummary::Status;
    static constexpr Status AllStatuses[] = {Status::Verified, Status::Failed, Status::Pending, Status::Unverified};

    static QString statusWord(Status status);
    /// True when the palette's base is dark (then the lighter set of colours is used).
    static bool isDark(const QPalette &palette);
    static QColor statusColor(Status status, const QPalette &palette);
    static Qt::PenStyle penStyle(Status status);
    /// Line width in pixels (failed integrations are drawn thicker).
    static qreal penWidth(Status status);

    /// "OrderWeb → OrderService: failed", the versions, the verification date, what a click does.
    static QString edgeToolTip(const IntegrationSummary &integration);
    /// One line for the status bar of the window: "OrderWeb → OrderService: failed (…)".
    static QString edgeSummary(const IntegrationSummary &integration);
    static QString nodeToolTip(const QString &service, int consumers, int providers);
    /// A `%n … (s)` / `(es)` text as translated, its English plural made without a translation loaded.
    static QString numerus(const QString &translated, qsizetype n);
};

} // namespace Pactbench
