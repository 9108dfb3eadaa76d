// SPDX-License-Identifier: MIT
#include "networklegend.h"

#include "networkstyle.h"

#include <QPainter>

namespace Pactbench {

namespace {
constexpr int SampleWidth = 28;
constexpr int Gap = 6;
constexpr int EntryGap = 16;
} // namespace

NetworkLegend::NetworkLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("networkLegend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

NetworkLegend::~NetworkLegend() = default;

void NetworkLegend::setCounts(const QList<IntegrationSummary> &integrations)
{
    m_counts.clear();
    for (const IntegrationSummary &i : integrations)
        ++m_counts[i.status];
    setAccessibleDescription(entries().join(QStringLiteral(", ")));
    setToolTip(tr("Integrations by the result of their latest verification: %1").arg(accessibleDescription()));
    updateGeometry();
    update();
}

QStringList NetworkLegend::entries() const
{
    QStringList out;
    for (const Status status : NetworkStyle::AllStatuses)
        out.append(tr("%1 (%2)").arg(NetworkStyle::statusWord(status)).arg(count(status)));
    return out;
}

QSize NetworkLegend::sizeHint() const
{
    int width = 0;
    for (const QString &entry : entries())
        width += SampleWidth + Gap + fontMetrics().horizontalAdvance(entry) + EntryGap;
    return {width, fontMetrics().height() + 4};
}

QSize NetworkLegend::minimumSizeHint() const
{
    return {0, fontMetrics().height() + 4};
}

void NetworkLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QStringList texts = entries();
    int x = 0;
    const int y = height() / 2;
    int i = 0;
    for (const Status status : NetworkStyle::AllStatuses) {
        QPen pen(NetworkStyle::statusColor(status, palette()), NetworkStyle::penWidth(status) + 0.8,
                 NetworkStyle::penStyle(status));
        painter.setPen(pen);
        painter.drawLine(x, y, x + SampleWidth, y);
        x += SampleWidth + Gap;
        painter.setPen(palette().color(QPalette::WindowText));
        const QString &text = texts[i++];
        const int w = fontMetrics().horizontalAdvance(text);
        painter.drawText(QRect(x, 0, w + 1, height()), Qt::AlignVCenter | Qt::AlignLeft, text);
        x += w + EntryGap;
    }
}

} // namespace Pactbench
