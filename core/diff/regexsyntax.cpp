// SPDX-License-Identifier: MIT
#include "regexsyntax.h"


namespace Pactbench::Diff::Rx {

namespace {

Approx flipped(Approx a)
{
    return a == Approx::Over ? Approx::Under : Approx::Over;
}

class Parser
{
public:
    Parser(const QString &pattern, Approx approx)
        : m_text(pattern.toUcs4())
        , m_approx(approx)
    {
    }

    std::optional<Alt> top()
    {
        std::optional<Alt> alt = alternation(0);
        if (!alt || m_pos != m_text.size())
            return std::nullopt;
        return alt;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char32_t peek(qsizetype ahead = 0) const { return m_pos + ahead < m_text.size() ? char32_t(m_text.at(m_pos + ahead)) : 0; }

    std::optional<Alt> alternation(int depth)
    {
        if (depth > 32)
            return std::nullopt;
        Alt alt;
        for (;;) {
            std::optional<Seq> seq = sequence(depth);
            if (!seq)
                return std::nullopt;
            alt.seqs.append(*seq);
            if (peek() != U'|' || atEnd())
                return alt;
            ++m_pos;
        }
    }

    std::optional<Seq> sequence(int depth)
    {
        Seq seq;
        while (!atEnd() && peek() != U'|' && peek() != U')') {
            if (peek() == U'^' || peek() == U'$') {
                // Only at the ends of a top-level alternative: the pattern is anchored anyway.
                const bool start = peek() == U'^';
                ++m_pos;
                const bool atEdge = depth == 0 && (start ? seq.isEmpty() : (atEnd() || peek() == U'|'));
                if (!atEdge)
                    return std::nullopt;
                continue;
            }
            std::optional<Item> item = atom(depth);
            if (!item || !quantifier(&*item))
                return std::nullopt;
            seq.append(*item);
        }
        return seq;
    }

    std::optional<Item> atom(int depth)
    {
        const char32_t c = peek();
        ++m_pos;
        Item item;
        if (c == U'(')
            return group(depth);
        if (c == U'*' || c == U'+' || c == U'?')
            return std::nullopt;
        if (c == U'[') {
            std::optional<CharSet> set = bracket();
            if (!set)
                return std::nullopt;
            item.set = *set;
        } else if (c == U'.') {
            item.set = CharSet::range(U'\n', U'\n').complement();
            if (m_approx == Approx::Under) { // a newline convention of CR or CRLF also excludes CR
                CharSet crlf = CharSet::range(U'\n', U'\n');
                crlf.add(CharSet::range(U'\r', U'\r'));
                item.set = crlf.complement();
            }
        } else if (c == U'\\') {
            std::optional<CharSet> set = escape(false);
            if (!set)
                return std::nullopt;
            item.set = *set;
        } else {
            item.set = CharSet::range(c, c);
        }
        return item;
    }

    std::optional<Item> group(int depth)
    {
        if (peek() == U'?') {
            if (peek(1) == U':') {
                m_pos += 2;
            } else if ((peek(1) == U'<' && peek(2) != U'=' && peek(2) != U'!') || (peek(1) == U'P' && peek(2) == U'<')) {
                while (!atEnd() && peek() != U'>')
                    ++m_pos;
                ++m_pos;
            } else {
                return std::nullopt; // look-arounds, atomic groups, inline flags, branch reset, comments
            }
        }
        std::optional<Alt> inner = alternation(depth + 1);
        if (!inner || peek() != U')')
            return std::nullopt;
        ++m_pos;
        Item item;
        item.kind = Item::Kind::Group;
        item.group = std::make_shared<const Alt>(*inner);
        return item;
    }

    bool quantifier(Item *item)
    {
        const char32_t c = peek();
        int lo = 1, hi = 1;
        if (c == U'*' || c == U'+' || c == U'?') {
            ++m_pos;
            lo = c == U'+' ? 1 : 0;
            hi = c == U'?' ? 1 : -1;
        } else if (c != U'{' || !braces(&lo, &hi)) {
            return true;
        }
        if (peek() == U'+')
            return false; // possessive
        if (peek() == U'?')
            ++m_pos; // lazy: the same language
        if (peek() == U'*' || peek() == U'+' || peek() == U'{')
            return false; // quantifier of a quantifier
        item->min = lo;
        item->max = hi;
        return true;
    }

    /// `{n}`, `{n,}`, `{n,m}`; anything else leaves the position and is a literal brace.
    bool braces(int *lo, int *hi)
    {
        const QString rest = QString::fromUcs4(reinterpret_cast<const char32_t *>(m_text.constData()) + m_pos, m_text.size() - m_pos);
        const qsizetype close = rest.indexOf(u'}');
        if (close < 0)
            return false;
        const QStringList parts = rest.mid(1, close - 1).split(u',');
        bool ok1 = false, ok2 = true;
        const int a = parts.value(0).toInt(&ok1);
        int b = a;
        if (parts.size() == 2)
            b = parts.at(1).isEmpty() ? -1 : parts.at(1).toInt(&ok2);
        if (!ok1 || !ok2 || parts.size() > 2 || parts.value(0).isEmpty() || (b >= 0 && b < a) || a > 100000)
            return false;
        m_pos += rest.left(close + 1).toUcs4().size();
        *lo = a;
        *hi = b;
        return true;
    }

    std::optional<CharSet> escape(bool inClass)
    {
        if (atEnd())
            return std::nullopt;
        const char32_t c = peek();
        ++m_pos;
        switch (c) {
        case U'd': return digitClass();
        case U'D': return digitClass().complement();
        case U'w': return wordClass(m_approx);
        case U'W': return wordClass(flipped(m_approx)).complement();
        case U's': return spaceClass(m_approx);
        case U'S': return spaceClass(flipped(m_approx)).complement();
        case U't': return CharSet::range(U'\t', U'\t');
        case U'n': return CharSet::range(U'\n', U'\n');
        case U'r': return CharSet::range(U'\r', U'\r');
        case U'f': return CharSet::range(0x0C, 0x0C);
        case U'e': return CharSet::range(0x1B, 0x1B);
        case U'a': return CharSet::range(0x07, 0x07);
        case U'x': return hexEscape();
        default: break;
        }
        if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9'))
            return std::nullopt; // back-references, \b, \p{…}, \Q…\E, \v, \h, \R, …
        Q_UNUSED(inClass)
        return CharSet::range(c, c);
    }

    std::optional<CharSet> hexEscape()
    {
        QString digitsText;
        if (peek() == U'{') {
            ++m_pos;
            for (; !atEnd() && peek() != U'}'; ++m_pos)
                digitsText += QChar(char16_t(peek()));
            ++m_pos;
        } else {
            for (int i = 0; i < 2 && !atEnd(); ++i, ++m_pos)
                digitsText += QChar(char16_t(peek()));
        }
        bool ok = false;
        const uint cp = digitsText.toUInt(&ok, 16);
        if (!ok || cp > MaxCodePoint)
            return std::nullopt;
        return CharSet::range(cp, cp);
    }

    std::optional<CharSet> bracket()
    {
        bool negated = false;
        if (peek() == U'^') {
            negated = true;
            ++m_pos;
        }
        CharSet set;
        bool first = true;
        while (!atEnd() && (peek() != U']' || first)) {
            first = false;
            if (peek() == U'[' && peek(1) == U':')
                return std::nullopt; // POSIX classes
            std::optional<CharSet> lo = classAtom();
            if (!lo)
                return std::nullopt;
            if (peek() == U'-' && peek(1) != U']' && peek(1) != 0 && lo->size() == 1) {
                ++m_pos;
                std::optional<CharSet> hi = classAtom();
                if (!hi || hi->size() != 1)
                    return std::nullopt;
                set.add(CharSet::range(lo->pick(false), hi->pick(false)));
                continue;
            }
            set.add(*lo);
        }
        if (atEnd())
            return std::nullopt;
        ++m_pos; // ']'
        return negated ? set.complement() : set;
    }

    std::optional<CharSet> classAtom()
    {
        const char32_t c = peek();
        ++m_pos;
        if (c == U'\\') {
            // In a class the width of \s, \w is read the same way; \b is a backspace there.
            if (peek() == U'b') {
                ++m_pos;
                return CharSet::range(0x08, 0x08);
            }
            return escape(true);
        }
        return CharSet::range(c, c);
    }

    QList<uint> m_text; ///< code points
    qsizetype m_pos = 0;
    Approx m_approx;
};

} // namespace

std::optional<Alt> parse(const QString &pattern, Approx approx)
{
    Parser p(pattern, approx);
    return p.top();
}

} // namespace Pactbench::Diff::Rx
