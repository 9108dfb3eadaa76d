// SPDX-License-Identifier: MIT
#include "diagnostic.h"

namespace Pactbench {

QString Diagnostic::location() const
{
    if (line > 0)
        return QString::number(line) + u':' + QString::number(column);
    return jsonPath;
}

QString Diagnostic::toString() const
{
    const QString where = location();
    const QString text = severityLabel(severity) + QStringLiteral(": ") + message;
    return where.isEmpty() ? text : where + QStringLiteral(": ") + text;
}

QString severityLabel(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Fatal:
        return QStringLiteral("error");
    case Diagnostic::Severity::Error:
        return QStringLiteral("invalid");
    case Diagnostic::Severity::Warning:
        return QStringLiteral("warning");
    }
    return {};
}

bool hasFatal(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Fatal)
            return true;
    }
    return false;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity != Diagnostic::Severity::Warning)
            return true;
    }
    return false;
}

} // namespace Pactbench
