// SPDX-License-Identifier: MIT
#include "diagnosticprinter.h"

#include <QJsonObject>

namespace Pactbench::Cli {

void printDiagnostics(const QString &file, const Diagnostics &diagnostics, QTextStream &err, bool errorsOnly)
{
    for (const Diagnostic &d : diagnostics) {
        if (errorsOnly && d.severity == Diagnostic::Severity::Warning)
            continue;
        err << file << (d.line > 0 ? QStringLiteral(":") : QStringLiteral(": ")) << d.toString() << '\n';
    }
}

QJsonArray diagnosticsToJson(const Diagnostics &diagnostics)
{
    QJsonArray out;
    for (const Diagnostic &d : diagnostics) {
        QJsonObject o;
        o.insert(QStringLiteral("severity"), severityLabel(d.severity));
        if (!d.jsonPath.isEmpty())
            o.insert(QStringLiteral("path"), d.jsonPath);
        if (d.line > 0) {
            o.insert(QStringLiteral("line"), d.line);
            o.insert(QStringLiteral("column"), d.column);
        }
        o.insert(QStringLiteral("message"), d.message);
        out.append(o);
    }
    return out;
}

} // namespace Pactbench::Cli
