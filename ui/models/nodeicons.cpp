// SPDX-License-Identifier: MIT
#include "nodeicons.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QStyle>

namespace Pactbench {

using Kind = PactTreeNode::Kind;

namespace {

QPixmap paintBadge(const QString &text, const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const qreal margin = size / 16.0;
    painter.drawRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin), size / 5.0, size / 5.0);
    QFont font = QApplication::font();
    font.setBold(true);
    font.setPixelSize(text.size() > 1 ? size * 9 / 20 : size * 5 / 8);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, text);
    return pixmap;
}

QIcon standardIcon(QStyle::StandardPixmap pixmap)
{
    return QApplication::style()->standardIcon(pixmap);
}

} // namespace

QIcon NodeIcons::verificationIcon(Roles::VerificationMark mark)
{
    switch (mark) {
    case Roles::VerificationMark::None:
        return {};
    case Roles::VerificationMark::Running:
        return badge(QStringLiteral("…"), QColor(0x7f, 0x8c, 0x8d));
    case Roles::VerificationMark::Passed:
        return badge(QStringLiteral("✓"), QColor(0x2e, 0x8b, 0x57));
    case Roles::VerificationMark::Failed:
        return badge(QStringLiteral("✗"), QColor(0xc0, 0x39, 0x2b));
    case Roles::VerificationMark::PendingFailed:
        return badge(QStringLiteral("✗"), QColor(0xd3, 0x8b, 0x1f));
    }
    return {};
}

QIcon NodeIcons::specCheckIcon(Roles::SpecCheckMark mark)
{
    switch (mark) {
    case Roles::SpecCheckMark::None:
        return {};
    case Roles::SpecCheckMark::Warning:
        return badge(QStringLiteral("!"), QColor(0xd3, 0x8b, 0x1f));
    case Roles::SpecCheckMark::Error:
        return badge(QStringLiteral("!"), QColor(0xc0, 0x39, 0x2b));
    }
    return {};
}

QIcon NodeIcons::badge(const QString &text, const QColor &color)
{
    static QHash<QString, QIcon> cache;
    const QString key = text + u'|' + color.name();
    auto it = cache.find(key);
    if (it != cache.end())
        return *it;
    QIcon icon;
    for (int size : { 16, 24, 32, 48 })
        icon.addPixmap(paintBadge(text, color, size));
    return *cache.insert(key, icon);
}

QIcon NodeIcons::interactionIcon(InteractionKind kind, const QString &method)
{
    switch (kind) {
    case InteractionKind::AsynchronousMessage:
        return badge(QStringLiteral("M"), QColor(0x8e, 0x44, 0xad));
    case InteractionKind::SynchronousMessages:
        return badge(QStringLiteral("S"), QColor(0x5b, 0x2c, 0x6f));
    case InteractionKind::Unsupported:
        return badge(QStringLiteral("?"), QColor(0x7f, 0x8c, 0x8d));
    case InteractionKind::SynchronousHttp:
        break;
    }
    const QString m = method.toUpper();
    static const QHash<QString, QColor> colors{
        { QStringLiteral("GET"), QColor(0x1f, 0x6f, 0xb5) },
        { QStringLiteral("POST"), QColor(0x2e, 0x8b, 0x3e) },
        { QStringLiteral("PUT"), QColor(0xc7, 0x7c, 0x0e) },
        { QStringLiteral("PATCH"), QColor(0x16, 0x8f, 0x8f) },
        { QStringLiteral("DELETE"), QColor(0xc0, 0x39, 0x2b) },
        { QStringLiteral("HEAD"), QColor(0x55, 0x65, 0x75) },
    };
    return badge(m.left(1), colors.value(m, QColor(0x55, 0x65, 0x75)));
}

QIcon NodeIcons::icon(Kind kind, InteractionKind interactionKind, const QString &method)
{
    switch (kind) {
    case Kind::Pact:
        return badge(QStringLiteral("P"), QColor(0x2b, 0x57, 0x97));
    case Kind::Group:
        return standardIcon(QStyle::SP_DirIcon);
    case Kind::Interaction:
        return interactionIcon(interactionKind, method);
    case Kind::ProviderStates:
    case Kind::ProviderState:
        return badge(QStringLiteral("PS"), QColor(0x0e, 0x76, 0x6e));
    case Kind::Comments:
        return badge(QStringLiteral("#"), QColor(0x7f, 0x8c, 0x8d));
    case Kind::Request:
        return badge(QStringLiteral("→"), QColor(0x34, 0x49, 0x5e));
    case Kind::Response:
        return badge(QStringLiteral("←"), QColor(0x34, 0x49, 0x5e));
    case Kind::Query:
    case Kind::QueryParameter:
        return badge(QStringLiteral("?"), QColor(0x5d, 0x6d, 0x7e));
    case Kind::Headers:
    case Kind::Header:
        return badge(QStringLiteral("h"), QColor(0x5d, 0x6d, 0x7e));
    case Kind::Metadata:
    case Kind::MetadataEntry:
        return badge(QStringLiteral("m"), QColor(0x5d, 0x6d, 0x7e));
    case Kind::Body:
    case Kind::BodyField:
        return badge(QStringLiteral("{}"), QColor(0x5d, 0x6d, 0x7e));
    case Kind::MatchingRules:
    case Kind::RuleList:
        return badge(QStringLiteral("≈"), QColor(0xd3, 0x54, 0x00));
    case Kind::Generators:
    case Kind::Generator:
        return badge(QStringLiteral("⚙"), QColor(0xb7, 0x95, 0x0b));
    case Kind::Raw:
    case Kind::Root:
        break;
    }
    return standardIcon(QStyle::SP_FileIcon);
}

} // namespace Pactbench
