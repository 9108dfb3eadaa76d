// SPDX-License-Identifier: MIT
// Windows cmd lines as "Copy as cURL (cmd)" writes them: cmd's caret pass, then the C runtime's word splitting.
#include "curltokenizer.h"

namespace Pactbench::Import::Detail {

namespace {

/// cmd's first pass over one logical line: ^X → X (outside cmd's own quotes), ^ at a line end joins lines.
QStringList cmdLines(const QString &text, QList<int> *startLines)
{
    QStringList lines;
    QString current;
    bool quoted = false;
    int line = 1, start = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'^' && !quoted && i + 1 < text.size()) {
            ++i;
            if (text.at(i) == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (text.at(i) == u'\n') {
                ++line;
                if (i + 1 < text.size() && text.at(i + 1) == u'\n') { // "^\n\n": an escaped line end
                    current += u'\n';
                    ++i;
                    ++line;
                }
                continue;
            }
            current += text.at(i);
        } else if (c == u'\n') {
            lines.append(current);
            startLines->append(start);
            current.clear();
            quoted = false;
            start = ++line;
        } else if (c != u'\r') {
            if (c == u'"')
                quoted = !quoted;
            current += c;
        }
    }
    lines.append(current);
    startLines->append(start);
    return lines;
}

/// The Microsoft C runtime's argument splitting: "…" groups, \" is a quote, 2n backslashes before " are n.
QStringList crtWords(const QString &line)
{
    QStringList words;
    QString word;
    bool inWord = false, quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\') {
            qsizetype n = 0;
            while (i < line.size() && line.at(i) == u'\\') {
                ++n;
                ++i;
            }
            const bool quoteFollows = i < line.size() && line.at(i) == u'"';
            word += QString(quoteFollows ? n / 2 : n, u'\\');
            if (quoteFollows && n % 2 == 1)
                word += u'"';
            else
                --i; // the quote (or other character) is read next
            inWord = true;
        } else if (c == u'"') {
            if (quoted && i + 1 < line.size() && line.at(i + 1) == u'"') {
                word += u'"';
                ++i;
            } else {
                quoted = !quoted;
            }
            inWord = true;
        } else if ((c == u' ' || c == u'\t') && !quoted) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

} // namespace

CurlTokens tokenizeCurlCmd(const QString &text)
{
    CurlTokens out;
    QList<int> starts;
    const QStringList lines = cmdLines(text, &starts);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(QStringLiteral("::"))
            || trimmed.startsWith(QStringLiteral("REM "), Qt::CaseInsensitive))
            continue;
        out.commands.append({starts.at(i), crtWords(lines.at(i))});
    }
    return out;
}

} // namespace Pactbench::Import::Detail
