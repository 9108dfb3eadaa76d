// SPDX-License-Identifier: MIT
#include "datetimepattern.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace Pactbench {

namespace {

struct Token
{
    QChar letter; ///< pattern letter, or null for a literal
    int count = 0;
    QString literal;
    QList<Token> optional; ///< for '[' sections (letter '[')
};

QList<Token> tokenize(const QString &p, qsizetype &pos, bool nested)
{
    QList<Token> out;
    while (pos < p.size()) {
        const QChar c = p.at(pos);
        if (c == u']' && nested) {
            ++pos;
            return out;
        }
        if (c == u'[') {
            ++pos;
            Token t;
            t.letter = u'[';
            t.optional = tokenize(p, pos, true);
            out.append(t);
            continue;
        }
        if (c == u'\'') {
            Token t;
            t.literal = readQuotedLiteral(p, pos);
            out.append(t);
            continue;
        }
        if (c.isLetter() && c.unicode() < 128) {
            Token t;
            t.letter = c;
            while (pos < p.size() && p.at(pos) == c) {
                ++t.count;
                ++pos;
            }
            out.append(t);
            continue;
        }
        Token t;
        t.literal = c;
        ++pos;
        out.append(t);
    }
    return out;
}

using Fields = QMap<QChar, int>;

const QStringList &monthNames()
{
    static const QStringList names{QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
                                   QStringLiteral("April"), QStringLiteral("May"), QStringLiteral("June"),
                                   QStringLiteral("July"), QStringLiteral("August"), QStringLiteral("September"),
                                   QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December")};
    return names;
}

const QStringList &dayNames()
{
    static const QStringList names{QStringLiteral("Monday"), QStringLiteral("Tuesday"), QStringLiteral("Wednesday"),
                                   QStringLiteral("Thursday"), QStringLiteral("Friday"), QStringLiteral("Saturday"),
                                   QStringLiteral("Sunday")};
    return names;
}

class Parser
{
public:
    explicit Parser(const QString &v)
        : m_v(v)
    {
    }

    bool run(const QList<Token> &tokens)
    {
        for (const Token &t : tokens) {
            if (!step(t))
                return false;
        }
        return true;
    }
    bool atEnd() const { return m_pos == m_v.size(); }
    Fields fields;

private:
    bool digits(int minCount, int maxCount, int *out)
    {
        int n = 0;
        qint64 value = 0;
        while (n < maxCount && m_pos < m_v.size() && m_v.at(m_pos).isDigit()) {
            // Saturated while reading: a pattern like SSSSSSSSSSSSSSSSSSSS reads 20 digits.
            value = qMin<qint64>(value * 10 + m_v.at(m_pos).digitValue(), 999999999);
            ++m_pos;
            ++n;
        }
        if (n < minCount)
            return false;
        *out = int(value);
        return true;
    }
    bool name(const QStringList &names, int length, int *index)
    {
        for (int i = 0; i < names.size(); ++i) {
            const QString n = length > 0 ? names.at(i).left(length) : names.at(i);
            if (m_v.mid(m_pos, n.size()).compare(n, Qt::CaseInsensitive) == 0) {
                m_pos += n.size();
                *index = i + 1;
                return true;
            }
        }
        return false;
    }
    bool literal(const QString &s)
    {
        if (m_v.mid(m_pos, s.size()) != s)
            return false;
        m_pos += s.size();
        return true;
    }
    bool offset(bool allowZ, bool colon, bool optionalMinutes)
    {
        if (allowZ && m_pos < m_v.size() && m_v.at(m_pos) == u'Z') {
            ++m_pos;
            return true;
        }
        if (m_pos >= m_v.size() || (m_v.at(m_pos) != u'+' && m_v.at(m_pos) != u'-'))
            return false;
        ++m_pos;
        int h = 0, m = 0;
        if (!digits(2, 2, &h) || h > 18)
            return false;
        if (optionalMinutes && (m_pos >= m_v.size() || !m_v.at(m_pos).isDigit()))
            return true;
        if (colon && !literal(QStringLiteral(":")))
            return false;
        return digits(2, 2, &m) && m < 60;
    }
    bool zoneName()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_v.size()
               && (m_v.at(m_pos).isLetter() || m_v.at(m_pos) == u'/' || m_v.at(m_pos) == u'_'))
            ++m_pos;
        if (m_pos == start)
            return false;
        // "GMT+10", "UTC-05:00"
        if (m_pos < m_v.size() && (m_v.at(m_pos) == u'+' || m_v.at(m_pos) == u'-'))
            return offset(false, true, true) || true;
        return true;
    }
    /// 1 to maxLen digits, as Pact's reference parses every numeric field.
    bool numberField(const Token &t, int maxLen)
    {
        int v = 0;
        if (!digits(1, maxLen, &v))
            return false;
        fields.insert(t.letter, v);
        return true;
    }
    bool step(const Token &t)
    {
        if (t.letter.isNull())
            return literal(t.literal);
        if (t.letter == u'[') {
            const qsizetype save = m_pos;
            const Fields saved = fields;
            if (!run(t.optional)) {
                m_pos = save;
                fields = saved;
            }
            return true;
        }
        return field(t);
    }
    bool field(const Token &t)
    {
        int idx = 0;
        switch (t.letter.unicode()) {
        case 'y':
        case 'u':
        case 'Y':
            return numberField(t, t.count);
        case 'M':
        case 'L':
            if (t.count >= 3) {
                if (!name(monthNames(), t.count == 3 ? 3 : 0, &idx))
                    return false;
                fields.insert(u'M', idx);
                return true;
            }
            return numberField(Token{u'M', t.count, {}, {}}, 2);
        case 'd':
        case 'H':
        case 'h':
        case 'k':
        case 'K':
        case 'm':
        case 's':
        case 'w':
            return numberField(t, 2);
        case 'D':
            return numberField(t, 3);
        case 'S':
            return numberField(t, t.count);
        case 'n':
            return numberField(t, 9);
        case 'a':
            return name({QStringLiteral("AM"), QStringLiteral("PM")}, 0, &idx);
        case 'E':
        case 'e':
            return name(dayNames(), t.count <= 3 ? 3 : 0, &idx);
        case 'G':
            return name({QStringLiteral("AD"), QStringLiteral("BC")}, 0, &idx);
        case 'X':
            return offset(true, t.count == 3 || t.count == 5, t.count == 1);
        case 'x':
            return offset(false, t.count == 3 || t.count == 5, t.count == 1);
        case 'Z':
            if (t.count == 4)
                return literal(QStringLiteral("GMT")) ? (offset(false, true, false) || true) : offset(true, true, false);
            return offset(t.count == 5, t.count == 5, false);
        case 'z':
        case 'V':
        case 'O':
            return zoneName();
        default:
            return false;
        }
    }

    const QString &m_v;
    qsizetype m_pos = 0;
};

QString checkRanges(const Fields &f)
{
    auto out = [&](QChar c, int lo, int hi) { return f.contains(c) && (f.value(c) < lo || f.value(c) > hi); };
    if (out(u'M', 1, 12))
        return QStringLiteral("month out of range");
    if (out(u'H', 0, 23) || out(u'h', 1, 12) || out(u'k', 1, 24) || out(u'K', 0, 11))
        return QStringLiteral("hour out of range");
    if (out(u'm', 0, 59) || out(u's', 0, 60))
        return QStringLiteral("minute or second out of range");
    if (out(u'D', 1, 366))
        return QStringLiteral("day of year out of range");
    if (f.contains(u'd')) {
        const int year = f.value(u'y', f.value(u'u', 2000));
        const int month = f.value(u'M', 1);
        const int days = QDate(year == 0 ? 2000 : year, month, 1).daysInMonth();
        if (f.value(u'd') < 1 || f.value(u'd') > (days > 0 ? days : 31))
            return QStringLiteral("day of month out of range");
    }
    return {};
}

} // namespace

QString readQuotedLiteral(const QString &pattern, qsizetype &pos)
{
    QString literal;
    ++pos;
    while (pos < pattern.size()) {
        if (pattern.at(pos) == u'\'') {
            if (pos + 1 < pattern.size() && pattern.at(pos + 1) == u'\'') {
                literal += u'\'';
                pos += 2;
                continue;
            }
            ++pos;
            break;
        }
        literal += pattern.at(pos++);
    }
    return literal.isEmpty() ? QStringLiteral("'") : literal;
}

QString validateDateTime(const QString &value, const QString &pattern)
{
    qsizetype pos = 0;
    const QList<Token> tokens = tokenize(pattern, pos, false);
    Parser parser(value);
    if (!parser.run(tokens) || !parser.atEnd())
        return QStringLiteral("Text '%1' could not be parsed with pattern '%2'").arg(value, pattern);
    const QString range = checkRanges(parser.fields);
    if (!range.isEmpty())
        return QStringLiteral("Text '%1' could not be parsed: %2").arg(value, range);
    return {};
}

} // namespace Pactbench
