// SPDX-License-Identifier: MIT
#include "curltokenizer.h"

#include <QHash>
#include <QRegularExpression>

namespace Pactbench::Import::Detail {

CurlShell detectCurlShell(const QString &text)
{
    static const QRegularExpression caret(QStringLiteral("(\\s\\^\\r?$|\\^\")"), QRegularExpression::MultilineOption);
    return caret.match(text).hasMatch() ? CurlShell::Cmd : CurlShell::Bash;
}

namespace {

/// Reads bash words; `pos` walks the text, `line`/`column` follow it.
class BashLexer
{
public:
    explicit BashLexer(const QString &text)
        : m_text(text)
    {
    }

    CurlTokens run()
    {
        CurlCommand current;
        while (m_pos < m_text.size() && m_out.error.isEmpty()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'\n') {
                endCommand(current);
                advance();
            } else if (c == u' ' || c == u'\t' || c == u'\r') {
                advance();
            } else if (c == u'#') {
                while (m_pos < m_text.size() && m_text.at(m_pos) != u'\n')
                    advance();
            } else if (c == u'\\' && peek(1) == u'\n') {
                advance(2);
            } else if (c == u'\\' && peek(1) == u'\r' && peek(2) == u'\n') {
                advance(3);
            } else {
                if (current.words.isEmpty())
                    current.line = m_line;
                current.words.append(word());
            }
        }
        if (m_out.error.isEmpty())
            endCommand(current);
        return m_out;
    }

private:
    QChar peek(qsizetype ahead) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
    }

    void advance(qsizetype n = 1)
    {
        for (qsizetype i = 0; i < n && m_pos < m_text.size(); ++i, ++m_pos) {
            if (m_text.at(m_pos) == u'\n') {
                ++m_line;
                m_column = 1;
            } else {
                ++m_column;
            }
        }
    }

    void endCommand(CurlCommand &current)
    {
        if (!current.words.isEmpty())
            m_out.commands.append(current);
        current = {};
    }

    void error(const QString &message, int line, int column)
    {
        m_out.error = message;
        m_out.errorLine = line;
        m_out.errorColumn = column;
    }

    QString word()
    {
        QString out;
        while (m_pos < m_text.size() && m_out.error.isEmpty()) {
            const QChar c = m_text.at(m_pos);
            if (c == u' ' || c == u'\t' || c == u'\n' || (c == u'\r' && peek(1) == u'\n'))
                break;
            if (c == u'\\' && (peek(1) == u'\n' || (peek(1) == u'\r' && peek(2) == u'\n'))) {
                advance(peek(1) == u'\n' ? 2 : 3);
            } else if (c == u'\\') {
                if (m_pos + 1 < m_text.size())
                    out += peek(1);
                advance(2);
            } else if (c == u'\'') {
                out += singleQuoted();
            } else if (c == u'"') {
                out += doubleQuoted();
            } else if (c == u'$' && peek(1) == u'\'') {
                advance();
                out += ansiQuoted();
            } else if (c == u'$' && peek(1) == u'"') {
                advance();
                out += doubleQuoted();
            } else {
                out += c;
                advance();
            }
        }
        return out;
    }

    QString singleQuoted()
    {
        const int line = m_line, column = m_column;
        advance();
        const qsizetype end = m_text.indexOf(u'\'', m_pos);
        if (end < 0) {
            error(QStringLiteral("unterminated single quote"), line, column);
            return {};
        }
        const QString out = m_text.mid(m_pos, end - m_pos);
        advance(end - m_pos + 1);
        return out;
    }

    QString doubleQuoted()
    {
        const int line = m_line, column = m_column;
        advance();
        QString out;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'"') {
                advance();
                return out;
            }
            if (c == u'\\' && (peek(1) == u'"' || peek(1) == u'\\' || peek(1) == u'$' || peek(1) == u'`')) {
                out += peek(1);
                advance(2);
            } else if (c == u'\\' && peek(1) == u'\n') {
                advance(2);
            } else {
                out += c;
                advance();
            }
        }
        error(QStringLiteral("unterminated double quote"), line, column);
        return {};
    }

    /// $'…' with C escapes (\n \t \r \\ \' \" \xHH \uHHHH \UHHHHHHHH \NNN and friends); \xHH bytes are UTF-8.
    QString ansiQuoted()
    {
        const int line = m_line, column = m_column;
        advance();
        QByteArray out;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'\'') {
                advance();
                return QString::fromUtf8(out);
            }
            if (c != u'\\') {
                out += QString(c).toUtf8();
                advance();
                continue;
            }
            out += ansiEscape();
        }
        error(QStringLiteral("unterminated $' quote"), line, column);
        return {};
    }

    QByteArray hexEscape(int maxDigits)
    {
        QString digits;
        while (digits.size() < maxDigits && m_pos < m_text.size() && isxdigit(m_text.at(m_pos).toLatin1())) {
            digits += m_text.at(m_pos);
            advance();
        }
        if (digits.isEmpty())
            return maxDigits == 2 ? QByteArray("\\x") : QByteArray("\\u");
        const uint code = digits.toUInt(nullptr, 16);
        if (maxDigits == 2)
            return QByteArray(1, char(code));
        const char32_t ucs = code;
        return QString::fromUcs4(&ucs, 1).toUtf8();
    }

    QByteArray octalEscape(QChar first)
    {
        uint code = first.unicode() - '0';
        for (int i = 0; i < 2 && peek(0) >= u'0' && peek(0) <= u'7'; ++i) {
            code = code * 8 + (peek(0).unicode() - '0');
            advance();
        }
        return QByteArray(1, char(code & 0xFF));
    }

    QByteArray ansiEscape()
    {
        static const QHash<char16_t, char> simple{{u'n', '\n'}, {u't', '\t'}, {u'r', '\r'}, {u'a', '\a'},
            {u'b', '\b'}, {u'e', 0x1B}, {u'E', 0x1B}, {u'f', '\f'}, {u'v', '\v'}, {u'\\', '\\'}, {u'\'', '\''},
            {u'"', '"'}, {u'?', '?'}};
        const QChar e = peek(1);
        advance(2);
        if (simple.contains(e.unicode()))
            return QByteArray(1, simple.value(e.unicode()));
        if (e == u'x')
            return hexEscape(2);
        if (e == u'u')
            return hexEscape(4);
        if (e == u'U')
            return hexEscape(8);
        if (e >= u'0' && e <= u'7')
            return octalEscape(e);
        return QByteArray("\\") + QString(e).toUtf8();
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    CurlTokens m_out;
};

} // namespace

CurlTokens tokenizeCurl(const QString &text, CurlShell shell)
{
    if (shell == CurlShell::Cmd)
        return tokenizeCurlCmd(text);
    return BashLexer(text).run();
}

} // namespace Pactbench::Import::Detail
