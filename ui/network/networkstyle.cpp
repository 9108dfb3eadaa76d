// SPDX-License-Identifier: MIT
#include "networkstyle.h"

#include <QLocale>

namespace Pactbench {

QString NetworkStyle::statusWord(Status status)
{
    switch (status) {
    case Status::Verified:
        return tr("verified");
    case Status::Failed:
        return tr("failed");
    case Status::Pending:
        return tr("pending");
    case Status::Unverified:
        break;
    }
    return tr("not verified");
}

bool NetworkStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor NetworkStyle::statusColor(Status status, const QPalette &palette)
{
    // Each pair keeps a contrast of at least 4.5:1 against white (light) or #1e1e1e (dark).
    const bool dark = isDark(palette);
    switch (status) {
    case Status::Verified:
        return dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
    case Status::Failed:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case Status::Pending:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
    case Status::Unverified:
        break;
    }
    return dark ? QColor(0xa0, 0xa8, 0xb0) : QColor(0x63, 0x6c, 0x76);
}

Qt::PenStyle NetworkStyle::penStyle(Status status)
{
    switch (status) {
    case Status::Verified:
    case Status::Failed:
        return Qt::SolidLine;
    case Status::Pending:
        return Qt::DashLine;
    case Status::Unverified:
        break;
    }
    return Qt::DotLine;
}

qreal NetworkStyle::penWidth(Status status)
{
    return status == Status::Failed ? 2.0 : 1.0;
}

QString NetworkStyle::edgeSummary(const IntegrationSummary &integration)
{
    QString text = tr("%1 → %2: %3").arg(integration.consumer, integration.provider, statusWord(integration.status));
    QStringList details;
    if (!integration.consumerVersion.isEmpty())
        details.append(tr("consumer %1").arg(integration.consumerVersion));
    if (!integration.providerVersion.isEmpty())
        details.append(tr("provider %1").arg(integration.providerVersion));
    if (integration.verifiedAt.isValid())
        details.append(tr("verified at %1")
                           .arg(QLocale().toString(integration.verifiedAt.toLocalTime(), QLocale::ShortFormat)));
    if (!details.isEmpty())
        text += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QStringLiteral(")");
    return text;
}

QString NetworkStyle::edgeToolTip(const IntegrationSummary &integration)
{
    return edgeSummary(integration) + u'\n' + tr("Click: open the pact. Shift+click: open the matrix.");
}

QString NetworkStyle::numerus(const QString &translated, qsizetype n)
{
    QString text = translated;
    text.replace(QStringLiteral("(es)"), n == 1 ? QString() : QStringLiteral("es"));
    return text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

QString NetworkStyle::nodeToolTip(const QString &service, int consumers, int providers)
{
    return service + u'\n' + numerus(tr("%n consumer(s)", nullptr, consumers), consumers) + u'\n'
        + numerus(tr("%n provider(s)", nullptr, providers), providers);
}

} // namespace Pactbench
