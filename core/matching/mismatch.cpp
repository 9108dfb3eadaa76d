// SPDX-License-Identifier: MIT
#include "mismatch.h"

#include <algorithm>

namespace Pactbench {

QString mismatchKindName(MismatchKind kind)
{
    switch (kind) {
    case MismatchKind::Method:
        return QStringLiteral("method");
    case MismatchKind::Path:
        return QStringLiteral("path");
    case MismatchKind::Query:
        return QStringLiteral("query");
    case MismatchKind::Header:
        return QStringLiteral("header");
    case MismatchKind::BodyType:
        return QStringLiteral("body-type");
    case MismatchKind::Body:
        return QStringLiteral("body");
    case MismatchKind::Status:
        return QStringLiteral("status");
    case MismatchKind::Metadata:
        return QStringLiteral("metadata");
    case MismatchKind::Rule:
        return QStringLiteral("rule");
    }
    return {};
}

QString Mismatch::toString() const
{
    const QString kindName = mismatchKindName(kind);
    if (path.isEmpty())
        return kindName + QStringLiteral(": ") + sentence;
    if (kind == MismatchKind::Body || kind == MismatchKind::Rule)
        return kindName + u' ' + path + QStringLiteral(": ") + sentence;
    return kindName + QStringLiteral(" '") + path + QStringLiteral("': ") + sentence;
}

int MatchResult::score() const
{
    if (mismatches.isEmpty())
        return 100;
    int weight = 0;
    for (const Mismatch &m : mismatches)
        weight += (m.kind == MismatchKind::Method || m.kind == MismatchKind::Path) ? 5 : 1;
    const int total = std::max(checks, 1) + weight;
    return std::clamp(99 - (99 * weight) / total, 0, 99);
}

QString referenceMismatchType(MismatchKind kind)
{
    switch (kind) {
    case MismatchKind::Method:
        return QStringLiteral("MethodMismatch");
    case MismatchKind::Path:
        return QStringLiteral("PathMismatch");
    case MismatchKind::Query:
        return QStringLiteral("QueryMismatch");
    case MismatchKind::Header:
        return QStringLiteral("HeaderMismatch");
    case MismatchKind::BodyType:
        return QStringLiteral("BodyTypeMismatch");
    case MismatchKind::Status:
        return QStringLiteral("StatusMismatch");
    case MismatchKind::Metadata:
        return QStringLiteral("MetadataMismatch");
    case MismatchKind::Body:
    case MismatchKind::Rule:
        break;
    }
    return QStringLiteral("BodyMismatch");
}

} // namespace Pactbench
