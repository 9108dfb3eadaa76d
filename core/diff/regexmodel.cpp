// SPDX-License-Identifier: MIT
// The structural regex model besides its parser: CharSet, the predefined classes, sequence helpers.
#include "regexsyntax.h"

#include <algorithm>
#include <climits>

namespace Pactbench::Diff::Rx {

CharSet CharSet::range(char32_t lo, char32_t hi)
{
    CharSet s;
    s.m_ranges.append({std::min(lo, hi), std::max(lo, hi)});
    return s;
}

CharSet CharSet::all()
{
    return range(0, MaxCodePoint);
}

void CharSet::add(const CharSet &other)
{
    m_ranges.append(other.m_ranges);
    normalise();
}

void CharSet::normalise()
{
    std::sort(m_ranges.begin(), m_ranges.end());
    QList<std::pair<char32_t, char32_t>> merged;
    for (const auto &r : m_ranges) {
        if (!merged.isEmpty() && r.first <= merged.last().second + 1)
            merged.last().second = std::max(merged.last().second, r.second);
        else
            merged.append(r);
    }
    m_ranges = merged;
}

CharSet CharSet::complement() const
{
    CharSet out;
    char32_t next = 0;
    for (const auto &r : m_ranges) {
        if (r.first > next)
            out.m_ranges.append({next, r.first - 1});
        next = r.second + 1;
    }
    if (next <= MaxCodePoint)
        out.m_ranges.append({next, MaxCodePoint});
    return out;
}

bool CharSet::contains(const CharSet &other) const
{
    return std::all_of(other.m_ranges.begin(), other.m_ranges.end(), [this](const auto &r) {
        return std::any_of(m_ranges.begin(), m_ranges.end(),
                           [&r](const auto &mine) { return mine.first <= r.first && r.second <= mine.second; });
    });
}

qint64 CharSet::size() const
{
    qint64 n = 0;
    for (const auto &r : m_ranges)
        n += qint64(r.second) - qint64(r.first) + 1;
    return n;
}

std::optional<QList<char32_t>> CharSet::members(qint64 limit) const
{
    if (size() > limit)
        return std::nullopt;
    QList<char32_t> out;
    for (const auto &r : m_ranges) {
        for (char32_t c = r.first; c <= r.second; ++c)
            out.append(c);
    }
    return out;
}

char32_t CharSet::pick(bool last) const
{
    if (m_ranges.isEmpty())
        return U'a';
    if (last)
        return m_ranges.last().second > 0x7E && m_ranges.last().first <= 0x7E ? U'~' : m_ranges.last().second;
    for (char32_t c : {U'a', U'0', U'A', U' ', U'-'}) {
        if (contains(range(c, c)))
            return c;
    }
    return m_ranges.first().first;
}


CharSet digitClass()
{
    return CharSet::range(U'0', U'9');
}

CharSet wordClass(Approx approx)
{
    CharSet s = CharSet::range(U'a', U'z');
    s.add(CharSet::range(U'A', U'Z'));
    s.add(digitClass());
    s.add(CharSet::range(U'_', U'_'));
    if (approx == Approx::Over) // Latin-1 letters under some locale tables
        s.add(CharSet::range(0x80, 0xFF));
    return s;
}

CharSet spaceClass(Approx approx)
{
    CharSet s = CharSet::range(U'\t', U'\n');
    s.add(CharSet::range(0x0C, 0x0D));
    s.add(CharSet::range(U' ', U' '));
    if (approx == Approx::Over) { // vertical tab, NEL and no-break space in some versions and modes
        s.add(CharSet::range(0x0B, 0x0B));
        s.add(CharSet::range(0x85, 0x85));
        s.add(CharSet::range(0xA0, 0xA0));
    }
    return s;
}

QList<Seq> flatten(const Alt &alt)
{
    QList<Seq> out;
    for (const Seq &s : alt.seqs) {
        if (s.size() == 1 && s.first().kind == Item::Kind::Group && s.first().min == 1 && s.first().max == 1)
            out.append(flatten(*s.first().group));
        else
            out.append(s);
    }
    return out;
}

int minLength(const Seq &seq)
{
    qint64 n = 0;
    for (const Item &i : seq) {
        qint64 atom = 1;
        if (i.kind == Item::Kind::Group) {
            atom = INT_MAX;
            for (const Seq &s : i.group->seqs)
                atom = std::min<qint64>(atom, minLength(s));
        }
        n = std::min<qint64>(n + i.min * atom, INT_MAX);
    }
    return int(n);
}

} // namespace Pactbench::Diff::Rx
