// SPDX-License-Identifier: MIT
// Generates a string that a (simple) regex matches: literals, classes, groups, alternation, quantifiers.
#include "generator.h"

#include <QRandomGenerator>
#include <functional>

namespace Pactbench {

namespace {

class RegexGen
{
public:
    explicit RegexGen(const QString &p)
        : m_p(p)
    {
    }
    QString run()
    {
        QString out = alternation();
        return out;
    }

private:
    int random(int lo, int hi) { return lo >= hi ? lo : int(QRandomGenerator::global()->bounded(lo, hi + 1)); }
    bool more() const { return m_pos < m_p.size(); }
    QChar peek() const { return more() ? m_p.at(m_pos) : QChar(); }

    QString alternation()
    {
        QStringList branches{sequence()};
        while (more() && peek() == u'|') {
            ++m_pos;
            branches.append(sequence());
        }
        return branches.at(random(0, int(branches.size()) - 1));
    }
    QString sequence()
    {
        QString out;
        while (more() && peek() != u'|' && peek() != u')') {
            const QString atom = this->atom();
            int lo = 1, hi = 1;
            quantifier(&lo, &hi);
            const int times = random(lo, hi);
            // Each repetition is drawn again (classes, groups).
            for (int i = 0; i < times; ++i)
                out += i == 0 ? atom : repeatLast();
        }
        return out;
    }
    void quantifier(int *lo, int *hi)
    {
        if (!more())
            return;
        const QChar c = peek();
        if (c == u'?') {
            *lo = 0, *hi = 1;
        } else if (c == u'*') {
            *lo = 0, *hi = 5;
        } else if (c == u'+') {
            *lo = 1, *hi = 5;
        } else if (c == u'{') {
            const qsizetype close = m_p.indexOf(u'}', m_pos);
            const QStringList nums = m_p.mid(m_pos + 1, close - m_pos - 1).split(u',');
            *lo = nums.value(0).toInt();
            *hi = nums.size() > 1 ? (nums.at(1).isEmpty() ? *lo + 5 : nums.at(1).toInt()) : *lo;
            m_pos = close;
        } else {
            return;
        }
        ++m_pos;
        if (more() && (peek() == u'?' || peek() == u'+'))
            ++m_pos; // lazy / possessive
    }
    QString atom()
    {
        const QChar c = m_p.at(m_pos++);
        m_regenerate = {};
        if (c == u'(') {
            if (m_p.mid(m_pos, 2) == u"?:")
                m_pos += 2;
            const qsizetype start = m_pos;
            QString s = alternation();
            const QString body = m_p.mid(start, m_pos - start);
            ++m_pos; // ')'
            m_regenerate = [body] { return RegexGen(body).run(); };
            return s;
        }
        if (c == u'[') {
            const QString set = charClass();
            m_regenerate = [this, set] { return QString(set.at(random(0, int(set.size()) - 1))); };
            return m_regenerate();
        }
        if (c == u'\\')
            return escape();
        if (c == u'.') {
            m_regenerate = [this] { return QString(QChar(u'a' + random(0, 25))); };
            return m_regenerate();
        }
        if (c == u'^' || c == u'$')
            return {};
        m_regenerate = [c] { return QString(c); };
        return c;
    }
    QString repeatLast() { return m_regenerate ? m_regenerate() : QString(); }
    QString escape()
    {
        const QChar e = m_p.at(m_pos++);
        const QString set = classFor(e);
        if (!set.isEmpty()) {
            m_regenerate = [this, set] { return QString(set.at(random(0, int(set.size()) - 1))); };
            return m_regenerate();
        }
        if (e == u'b' || e == u'B' || e == u'A' || e == u'z' || e == u'Z')
            return {};
        m_regenerate = [e] { return QString(e); };
        return e;
    }
    static QString classFor(QChar e)
    {
        if (e == u'd')
            return QStringLiteral("0123456789");
        if (e == u'w')
            return QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
        if (e == u's')
            return QStringLiteral(" ");
        if (e == u'D' || e == u'W' || e == u'S')
            return QStringLiteral("-!#");
        return {};
    }
    QString charClass()
    {
        bool negate = false;
        if (peek() == u'^') {
            negate = true;
            ++m_pos;
        }
        QString set;
        bool first = true;
        while (more() && (peek() != u']' || first)) {
            first = false;
            QChar c = m_p.at(m_pos++);
            if (c == u'\\') {
                const QChar e = m_p.at(m_pos++);
                const QString cls = classFor(e);
                set += cls.isEmpty() ? QString(e) : cls;
                continue;
            }
            if (peek() == u'-' && m_pos + 1 < m_p.size() && m_p.at(m_pos + 1) != u']') {
                const QChar to = m_p.at(m_pos + 1);
                m_pos += 2;
                for (char16_t x = c.unicode(); x <= to.unicode(); ++x)
                    set += QChar(x);
                continue;
            }
            set += c;
        }
        ++m_pos; // ']'
        if (negate) {
            QString all;
            for (char16_t x = u'a'; x <= u'z'; ++x) {
                if (!set.contains(QChar(x)))
                    all += QChar(x);
            }
            return all.isEmpty() ? QStringLiteral("0") : all;
        }
        return set.isEmpty() ? QStringLiteral("a") : set;
    }

    const QString m_p;
    qsizetype m_pos = 0;
    std::function<QString()> m_regenerate;
};

} // namespace

QString generateFromRegex(const QString &pattern)
{
    return RegexGen(pattern).run();
}

} // namespace Pactbench
