// SPDX-License-Identifier: MIT
#include "regexsyntax.h"

#include "regexcheck.h"

#include <QRegularExpression>

#include <algorithm>

namespace Pactbench {

namespace {

using Ranges = QList<std::pair<char32_t, char32_t>>;

struct SyntaxError
{
    QString message;
};

Ranges digits()
{
    return { { U'0', U'9' } };
}

Ranges wordChars()
{
    return { { U'a', U'z' }, { U'A', U'Z' }, { U'0', U'9' }, { U'_', U'_' } };
}

/// Printable ASCII minus `excluded`: what a negated class (`[^…]`, `\D`, `\W`, `\S`) draws from.
Ranges complement(const Ranges &excluded)
{
    Ranges out;
    for (char32_t c = 0x21; c <= 0x7e; ++c) {
        const bool hit = std::any_of(excluded.begin(), excluded.end(), [c](const auto &r) {
            return c >= r.first && c <= r.second;
        });
        if (hit)
            continue;
        if (!out.isEmpty() && out.last().second == c - 1)
            out.last().second = c;
        else
            out.append({ c, c });
    }
    return out;
}

/// Surrogate code points are no text on their own: a value holding one matches nothing.
Ranges withoutSurrogates(const Ranges &ranges)
{
    Ranges out;
    for (const auto &[from, to] : ranges) {
        if (to < 0xd800 || from > 0xdfff) {
            out.append({ from, to });
            continue;
        }
        if (from < 0xd800)
            out.append({ from, char32_t(0xd7ff) });
        if (to > 0xdfff)
            out.append({ char32_t(0xe000), to });
    }
    return out;
}

RegexNode leaf(RegexNode::Kind kind, Ranges ranges)
{
    RegexNode n;
    n.kind = kind;
    n.ranges = std::move(ranges);
    return n;
}

RegexNode literal(char32_t c)
{
    return leaf(RegexNode::Kind::Literal, { { c, c } });
}

class Parser
{
public:
    explicit Parser(const QString &p) : m_p(p) { }

    RegexNode run()
    {
        RegexNode root = alternation(0);
        if (more())
            fail(u"unmatched ')' at offset %1"_qs.arg(m_pos));
        return root;
    }

private:
    [[noreturn]] void fail(const QString &message) const { throw SyntaxError{ message }; }
    bool more() const { return m_pos < m_p.size(); }
    char16_t peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_p.size() ? m_p.at(m_pos + ahead).unicode() : u'\0';
    }

    /// One code point at m_pos (a surrogate pair counts as one).
    char32_t takeCodePoint()
    {
        const QChar c = m_p.at(m_pos++);
        if (c.isHighSurrogate() && more() && m_p.at(m_pos).isLowSurrogate())
            return QChar::surrogateToUcs4(c, m_p.at(m_pos++));
        return c.unicode();
    }

    RegexNode alternation(int depth)
    {
        if (depth > RegexSyntax::MaxDepth)
            fail(u"groups nested deeper than the limit of %1 at offset %2"_qs.arg(RegexSyntax::MaxDepth).arg(m_pos));
        RegexNode alt;
        alt.kind = RegexNode::Kind::Alternation;
        alt.children.append(sequence(depth));
        while (more() && peek() == u'|') {
            ++m_pos;
            alt.children.append(sequence(depth));
        }
        return alt.children.size() == 1 ? alt.children.takeFirst() : alt;
    }

    RegexNode sequence(int depth)
    {
        RegexNode seq;
        seq.kind = RegexNode::Kind::Sequence;
        while (more() && peek() != u'|' && peek() != u')') {
            const qsizetype at = m_pos;
            if (peek() == u'*' || peek() == u'+' || peek() == u'?')
                fail(u"nothing to repeat at offset %1"_qs.arg(at));
            if (peek() == u'{' && startsRepeat())
                fail(u"nothing to repeat at offset %1"_qs.arg(at));
            RegexNode a = atom(depth);
            quantifier(&a);
            seq.children.append(std::move(a));
        }
        return seq;
    }

    /// `{` followed by digits (then perhaps `,` and digits) and `}`.
    bool startsRepeat() const
    {
        qsizetype i = m_pos + 1;
        while (i < m_p.size() && (m_p.at(i).isDigit() || m_p.at(i) == u','))
            ++i;
        return i > m_pos + 1 && m_p.at(m_pos + 1).isDigit() && i < m_p.size() && m_p.at(i) == u'}';
    }

    int repeatCount(const QString &text, qsizetype at)
    {
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (!ok || n > RegexSyntax::MaxRepeat)
            fail(u"repeat count %1 at offset %2 is over the limit of %3"_qs.arg(text).arg(at).arg(RegexSyntax::MaxRepeat));
        return int(n);
    }

    void quantifier(RegexNode *node)
    {
        const qsizetype at = m_pos;
        const char16_t c = peek();
        int lo = 1, hi = 1;
        if (c == u'?') {
            lo = 0;
        } else if (c == u'*') {
            lo = 0, hi = RegexSyntax::OpenRepeat;
        } else if (c == u'+') {
            hi = RegexSyntax::OpenRepeat;
        } else if (c == u'{') {
            const qsizetype close = m_p.indexOf(u'}', m_pos);
            if (close < 0)
                fail(u"unclosed '{' at offset %1"_qs.arg(at));
            const QString inside = m_p.mid(m_pos + 1, close - m_pos - 1);
            // "{,m}" is refused: PCRE (the matcher) reads it as literal text, Rust's regex as a repeat.
            static const QRegularExpression form(u"^(\\d+)(,(\\d*))?$"_qs);
            const QRegularExpressionMatch m = form.match(inside);
            if (!m.hasMatch())
                fail(u"invalid repeat '{%1}' at offset %2"_qs.arg(inside).arg(at));
            lo = repeatCount(m.captured(1), at);
            hi = !m.hasCaptured(2) ? lo
                : m.captured(3).isEmpty() ? lo + RegexSyntax::OpenRepeat
                                          : repeatCount(m.captured(3), at);
            if (hi < lo)
                fail(u"repeat '{%1}' at offset %2 has its maximum below its minimum"_qs.arg(inside).arg(at));
            m_pos = close;
        } else {
            return;
        }
        ++m_pos;
        if (more() && (peek() == u'?' || peek() == u'+'))
            ++m_pos; // lazy or possessive: the same values
        if (more() && (peek() == u'*' || peek() == u'+' || peek() == u'?' || (peek() == u'{' && startsRepeat())))
            fail(u"a repeat of a repeat at offset %1"_qs.arg(m_pos));
        node->min = lo;
        node->max = hi;
    }

    RegexNode atom(int depth)
    {
        const qsizetype at = m_pos;
        const char16_t c = peek();
        if (c == u'(')
            return group(depth);
        if (c == u'[') {
            ++m_pos;
            return charClass(at);
        }
        if (c == u'\\') {
            ++m_pos;
            return escape(at, false);
        }
        if (c == u'.') {
            ++m_pos;
            return leaf(RegexNode::Kind::Set, { { U'a', U'z' } });
        }
        if (c == u'^' || c == u'$') {
            ++m_pos;
            return {};
        }
        return literal(takeCodePoint());
    }

    RegexNode group(int depth)
    {
        const qsizetype at = m_pos++;
        if (peek() == u'?') {
            static const QRegularExpression plain(u"\\?(:|<[A-Za-z_]\\w*>|P<[A-Za-z_]\\w*>|'[A-Za-z_]\\w*'|[imsx-]+:)"_qs);
            const QRegularExpressionMatch m = plain.match(m_p, m_pos, QRegularExpression::NormalMatch,
                QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch())
                fail(u"the group at offset %1 (look-around, flags or a comment) is not supported by the regex generator"_qs.arg(at));
            m_pos += m.capturedLength();
        }
        RegexNode inner = alternation(depth + 1);
        if (!more())
            fail(u"unclosed '(' at offset %1"_qs.arg(at));
        ++m_pos; // ')'
        if (inner.min != 1 || inner.max != 1) { // "(a{2})" then "{3}": keep both counts
            RegexNode wrap;
            wrap.kind = RegexNode::Kind::Sequence;
            wrap.children.append(std::move(inner));
            return wrap;
        }
        return inner;
    }

    RegexNode charClass(qsizetype at)
    {
        const bool negate = peek() == u'^';
        if (negate)
            ++m_pos;
        Ranges set;
        bool first = true;
        while (more() && (peek() != u']' || first)) {
            first = false;
            const qsizetype itemAt = m_pos;
            Ranges item;
            if (peek() == u'\\') {
                ++m_pos;
                item = escape(itemAt, true).ranges;
            } else {
                const char32_t c = takeCodePoint();
                item = { { c, c } };
            }
            const bool single = item.size() == 1 && item.first().first == item.first().second;
            if (single && peek() == u'-' && peek(1) != u']' && m_pos + 1 < m_p.size()) {
                ++m_pos;
                const qsizetype toAt = m_pos;
                char32_t to = 0;
                if (peek() == u'\\') {
                    ++m_pos;
                    const Ranges end = escape(toAt, true).ranges;
                    if (end.size() != 1 || end.first().first != end.first().second)
                        fail(u"invalid range end at offset %1"_qs.arg(toAt));
                    to = end.first().first;
                } else {
                    to = takeCodePoint();
                }
                if (to < item.first().first)
                    fail(u"range out of order at offset %1"_qs.arg(itemAt));
                item = { { item.first().first, to } };
            }
            set += item;
        }
        if (!more())
            fail(u"unclosed '[' at offset %1"_qs.arg(at));
        ++m_pos; // ']'
        set = negate ? complement(set) : withoutSurrogates(set);
        if (set.isEmpty())
            fail(u"the class at offset %1 leaves no printable character to draw"_qs.arg(at));
        return leaf(RegexNode::Kind::Set, set);
    }

    char32_t hexValue(qsizetype digits, qsizetype at)
    {
        const QString text = m_p.mid(m_pos, digits);
        bool ok = false;
        const uint value = text.toUInt(&ok, 16);
        if (!ok || text.size() != digits || value > 0x10ffff)
            fail(u"invalid hexadecimal escape at offset %1"_qs.arg(at));
        m_pos += digits;
        return value;
    }

    /// After a `\` at `at`. In a class, zero-width escapes are refused.
    RegexNode escape(qsizetype at, bool inClass)
    {
        if (!more())
            fail(u"trailing '\\' at offset %1"_qs.arg(at));
        const char16_t e = m_p.at(m_pos).unicode();
        ++m_pos;
        switch (e) {
        case u'd': return leaf(RegexNode::Kind::Set, digits());
        case u'D': return leaf(RegexNode::Kind::Set, complement(digits()));
        case u'w': return leaf(RegexNode::Kind::Set, wordChars());
        case u'W': return leaf(RegexNode::Kind::Set, complement(wordChars()));
        case u's': return literal(U' ');
        case u'S': return leaf(RegexNode::Kind::Set, complement({ { U' ', U' ' } }));
        case u'n': return literal(U'\n');
        case u't': return literal(U'\t');
        case u'r': return literal(U'\r');
        case u'f': return literal(U'\f');
        case u'v': return literal(U'\v');
        case u'x':
            if (peek() == u'{') {
                const qsizetype close = m_p.indexOf(u'}', m_pos);
                if (close < 0)
                    fail(u"unclosed '{' at offset %1"_qs.arg(m_pos));
                ++m_pos;
                const char32_t c = hexValue(close - m_pos, at);
                ++m_pos;
                return literal(c);
            }
            return literal(hexValue(2, at));
        case u'u': return literal(hexValue(4, at));
        default: break;
        }
        if (!inClass && QStringView(u"bBAzZG").contains(QChar(e)))
            return {};
        if (QChar(e).isDigit() && e != u'0')
            fail(u"back-reference at offset %1 is not supported by the regex generator"_qs.arg(at));
        if (e == u'p' || e == u'P' || e == u'k' || e == u'g')
            fail(u"'\\%1' at offset %2 is not supported by the regex generator"_qs.arg(QChar(e)).arg(at));
        if (e == u'0')
            return literal(U'\0');
        return literal(e);
    }

    const QString &m_p;
    qsizetype m_pos = 0;
};

qint64 maxLengthOf(const RegexNode &n)
{
    qint64 one = 0;
    switch (n.kind) {
    case RegexNode::Kind::Empty: one = 0; break;
    case RegexNode::Kind::Literal:
    case RegexNode::Kind::Set: one = 1; break;
    case RegexNode::Kind::Sequence:
        for (const RegexNode &c : n.children)
            one = std::min(one + maxLengthOf(c), RegexSyntax::MaxLength + 1);
        break;
    case RegexNode::Kind::Alternation:
        for (const RegexNode &c : n.children)
            one = std::max(one, maxLengthOf(c));
        break;
    }
    return std::min(one * n.max, RegexSyntax::MaxLength + 1); // both ≤ 65537 and 1000: no overflow
}

} // namespace

RegexSyntax RegexSyntax::parse(const QString &pattern)
{
    RegexSyntax s;
    if (pattern.size() > MaxPatternLength) {
        s.error = u"the pattern is %1 characters long, over the limit of %2"_qs.arg(pattern.size()).arg(MaxPatternLength);
        return s;
    }
    try {
        s.root = Parser(pattern).run();
    } catch (const SyntaxError &e) {
        s.error = e.message;
        return s;
    }
    s.maxLength = maxLengthOf(s.root);
    if (s.maxLength > MaxLength) {
        s.error = u"the pattern can produce values over the limit of %1 characters"_qs.arg(MaxLength);
        return s;
    }
    // What the matcher will make of the pattern (compiled once per pattern: generators run it per value).
    if (const QString problem = regexProblem(pattern); !problem.isEmpty())
        s.error = problem;
    return s;
}

} // namespace Pactbench
