// SPDX-License-Identifier: MIT
#pragma once

// A small structural model of the regexes Pact files use, for regexcompare.cpp: character sets,
// groups, alternations and quantifiers. Anything it does not model makes parsing fail, so the
// comparison says "unknown" rather than guess.

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace Pactbench::Diff::Rx {

/// The largest Unicode code point.
inline constexpr char32_t MaxCodePoint = 0x10FFFF;

/// A set of code points as sorted, disjoint, non-adjacent closed ranges.
class CharSet
{
public:
    static CharSet range(char32_t lo, char32_t hi);
    static CharSet all();
    void add(const CharSet &other);
    CharSet complement() const;
    bool contains(const CharSet &other) const;
    bool isEmpty() const { return m_ranges.isEmpty(); }
    qint64 size() const;
    /// The code points when there are at most `limit` of them.
    std::optional<QList<char32_t>> members(qint64 limit) const;
    /// A typical member: a, 0, A, space, -, else the lowest; `last` takes the highest instead.
    char32_t pick(bool last) const;

private:
    void normalise();
    QList<std::pair<char32_t, char32_t>> m_ranges;
};

struct Alt;

/// One atom with its quantifier; max −1 is unbounded.
struct Item
{
    enum class Kind { Set, Group };
    Kind kind = Kind::Set;
    CharSet set;
    std::shared_ptr<const Alt> group;
    int min = 1;
    int max = 1;
};

using Seq = QList<Item>;

/// Alternatives.
struct Alt
{
    QList<Seq> seqs;
};

/**
 * How to read the classes whose extent depends on engine settings (`.`, `\s`, `\w`): `Over` reads
 * them as their largest possible set, `Under` as their smallest, so that a ⊆ b proven with a read
 * Over and b read Under holds whatever the engine's settings.
 */
enum class Approx { Over, Under };

/**
 * The top-level alternatives of a whole-value pattern, with `^` and `$` at their ends removed and a
 * lone outer group unwrapped; nothing when the pattern uses a construct this model does not have.
 */
std::optional<Alt> parse(const QString &pattern, Approx approx);

/// `\d`: 0-9.
CharSet digitClass();
/// `\w`: ASCII letters, digits and `_` (Over: and Latin-1, which some locale tables add).
CharSet wordClass(Approx approx);
/// `\s`: tab, newline, form feed, carriage return, space (Over: and vertical tab, NEL, no-break space).
CharSet spaceClass(Approx approx);

/// The alternatives of `alt`, with sequences that are one unquantified group replaced by its alternatives.
QList<Seq> flatten(const Alt &alt);
/// The shortest length a sequence matches.
int minLength(const Seq &seq);

} // namespace Pactbench::Diff::Rx
