// SPDX-License-Identifier: MIT
#pragma once
// Splits curl command lines into words the way a shell would: bash (quotes '…', "…", $'…',
// backslash escapes and line continuations) or Windows cmd (^ escapes and continuations, then the
// C runtime's "…" and \" rules), as browsers' "Copy as cURL (bash)" and "(cmd)" write them.

#include <QList>
#include <QString>
#include <QStringList>

namespace Pactbench::Import::Detail {

enum class CurlShell { Bash, Cmd };

/// One command: its words and the 1-based line it starts on.
struct CurlCommand
{
    int line = 0;
    QStringList words;
};

struct CurlTokens
{
    QList<CurlCommand> commands;
    QString error; ///< e.g. "unterminated single quote"; empty when the text split
    int errorLine = 0;
    int errorColumn = 0;
};

/// Cmd when the text uses cmd's caret escapes (a line ending in " ^", or ^"), else Bash.
CurlShell detectCurlShell(const QString &text);
/// Commands are separated by unescaped line ends; blank lines and # comments are left out.
CurlTokens tokenizeCurl(const QString &text, CurlShell shell);
/// The cmd form alone (curltokenizercmd.cpp).
CurlTokens tokenizeCurlCmd(const QString &text);

} // namespace Pactbench::Import::Detail
