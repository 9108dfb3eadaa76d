// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Pactbench {

/**
 * A problem found while reading or validating a pact, located by JSON path
 * (`$.interactions[2].request.method`) and, for syntax errors, by line and column.
 */
struct Diagnostic
{
    enum class Severity {
        Fatal, ///< the file cannot be loaded (not JSON, not a pact)
        Error, ///< the file breaks the pact format, but was loaded and nothing was lost
        Warning, ///< odd but allowed; kept as read
    };

    Severity severity = Severity::Error;
    QString jsonPath; ///< where, as a JSON path; empty for the whole file
    int line = 0; ///< 1-based; 0 when unknown
    int column = 0; ///< 1-based; 0 when unknown
    QString message;

    /// "3:14: message", "$.interactions[0].request: message" or "message".
    QString location() const;
    QString toString() const;
    bool operator==(const Diagnostic &o) const
    {
        return severity == o.severity && jsonPath == o.jsonPath && line == o.line && column == o.column
            && message == o.message;
    }
};

using Diagnostics = QList<Diagnostic>;

QString severityLabel(Diagnostic::Severity severity);
bool hasFatal(const Diagnostics &diagnostics);
/// Fatal or Error: the file is not a valid pact.
bool hasErrors(const Diagnostics &diagnostics);

} // namespace Pactbench
