// SPDX-License-Identifier: MIT
#include "jsonhighlighter.h"

namespace Pactbench {

namespace {

bool isNumberChar(QChar c)
{
    return c.isDigit() || c == u'-' || c == u'+' || c == u'.' || c == u'e' || c == u'E';
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setDarkTheme(false);
}

JsonHighlighter::~JsonHighlighter() = default;

void JsonHighlighter::setDarkTheme(bool dark)
{
    const auto set = [this](Token token, const QColor &color, bool bold = false) {
        QTextCharFormat f;
        f.setForeground(color);
        if (bold)
            f.setFontWeight(QFont::DemiBold);
        m_formats[int(token)] = f;
    };
    set(Token::Key, dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x0b, 0x4f, 0x8a), true);
    set(Token::String, dark ? QColor(0xce, 0x91, 0x78) : QColor(0x1a, 0x7f, 0x37));
    set(Token::Number, dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0xb3, 0x5c, 0x00));
    set(Token::Literal, dark ? QColor(0xc5, 0x86, 0xc0) : QColor(0x8e, 0x24, 0xaa), true);
    set(Token::Punctuation, dark ? QColor(0x9a, 0x9a, 0x9a) : QColor(0x70, 0x70, 0x70));
    rehighlight();
}

QTextCharFormat JsonHighlighter::format(Token token) const
{
    return m_formats[int(token)];
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'"')
            i = highlightString(text, i);
        else if (c.isDigit() || c == u'-')
            i = highlightNumber(text, i);
        else if (c.isLetter())
            i = highlightWord(text, i);
        else {
            if (QStringLiteral("{}[],:").contains(c))
                setFormat(i, 1, format(Token::Punctuation));
            ++i;
        }
    }
}

int JsonHighlighter::highlightString(const QString &text, int start)
{
    int end = start + 1;
    while (end < text.size() && text.at(end) != u'"')
        end += text.at(end) == u'\\' ? 2 : 1;
    end = qMin(end + 1, int(text.size()));
    int next = end;
    while (next < text.size() && text.at(next).isSpace())
        ++next;
    const bool isKey = next < text.size() && text.at(next) == u':';
    setFormat(start, end - start, format(isKey ? Token::Key : Token::String));
    return end;
}

int JsonHighlighter::highlightNumber(const QString &text, int start)
{
    int end = start + 1;
    while (end < text.size() && isNumberChar(text.at(end)))
        ++end;
    setFormat(start, end - start, format(Token::Number));
    return end;
}

int JsonHighlighter::highlightWord(const QString &text, int start)
{
    int end = start;
    while (end < text.size() && text.at(end).isLetter())
        ++end;
    const QStringView word = QStringView(text).mid(start, end - start);
    if (word == u"true" || word == u"false" || word == u"null")
        setFormat(start, end - start, format(Token::Literal));
    return end;
}

} // namespace Pactbench
