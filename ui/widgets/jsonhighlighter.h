// SPDX-License-Identifier: MIT
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Pactbench {

/**
 * The built-in JSON highlighter, used when KSyntaxHighlighting is not available: object keys,
 * strings, numbers, literals (true, false, null) and punctuation, in colours that suit the
 * palette (light or dark). It tokenises each line on its own; JSON has no multi-line tokens.
 */
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    /// What a span of text is; `format()` gives how it looks.
    enum class Token { Key, String, Number, Literal, Punctuation };

    explicit JsonHighlighter(QTextDocument *document);
    ~JsonHighlighter() override;
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

    /// Chooses colours for a light or a dark background and rehighlights.
    void setDarkTheme(bool dark);
    QTextCharFormat format(Token token) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    int highlightString(const QString &text, int start);
    int highlightNumber(const QString &text, int start);
    int highlightWord(const QString &text, int start);

    QTextCharFormat m_formats[5];
};

} // namespace Pactbench
