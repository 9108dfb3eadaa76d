// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QSyntaxHighlighter;
class QTextDocument;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * Creates the syntax highlighter for a document: KSyntaxHighlighting's when the build found
 * it (PACTBENCH_HAVE_KSYNTAXHIGHLIGHTING), the built-in JsonHighlighter otherwise.
 */
class HighlighterFactory
{
public:
    /// A highlighter for `syntax` ("JSON"), owned by `document`; null when none applies.
    static QSyntaxHighlighter *create(QTextDocument *document, const QString &syntax, bool darkTheme);
    /// "KSyntaxHighlighting" or "built-in", for the About box.
    static QString backendName();
};

} // namespace Pactbench
