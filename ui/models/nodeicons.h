// SPDX-License-Identifier: MIT
#pragma once

#include "pacttreenode.h"
#include "roles.h"

#include <core/model/interaction.h>

#include <QIcon>

namespace Pactbench {

/**
 * Icons for tree items, drawn at run time (no icon pack is needed): a coloured badge with a
 * short label per item kind, HTTP interactions coloured by method. Icons are cached.
 */
class NodeIcons
{
public:
    static QIcon icon(PactTreeNode::Kind kind, InteractionKind interactionKind, const QString &method = {});
    /// The mark of an interaction's last verification (null icon for None).
    static QIcon verificationIcon(Roles::VerificationMark mark);
    /// The mark of an interaction's last check against an OpenAPI document (null icon for None).
    static QIcon specCheckIcon(Roles::SpecCheckMark mark);
    /// A badge: rounded square of `color` with `text` in white.
    static QIcon badge(const QString &text, const QColor &color);

private:
    static QIcon interactionIcon(InteractionKind kind, const QString &method);
};

} // namespace Pactbench
