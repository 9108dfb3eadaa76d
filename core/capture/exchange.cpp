// SPDX-License-Identifier: MIT
#include "exchange.h"

namespace Pactbench {

QString captureNoteKindName(CaptureNote::Kind kind)
{
    switch (kind) {
    case CaptureNote::Kind::Skipped:
        return QStringLiteral("skipped");
    case CaptureNote::Kind::Redacted:
        return QStringLiteral("redacted");
    case CaptureNote::Kind::Dropped:
        return QStringLiteral("dropped");
    case CaptureNote::Kind::Merged:
        return QStringLiteral("merged");
    case CaptureNote::Kind::Info:
        break;
    }
    return QStringLiteral("info");
}

QString formatCaptureNote(const CaptureNote &note)
{
    const QString kind = captureNoteKindName(note.kind);
    if (note.where.isEmpty())
        return kind + QStringLiteral(": ") + note.message;
    return note.where + QStringLiteral(": ") + kind + QStringLiteral(": ") + note.message;
}

} // namespace Pactbench
