// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <memory>

namespace Pactbench {

/**
 * The part of regex syntax a Regex generator can draw from, parsed once and checked against
 * limits so that generating from it is bounded whatever a pact says: literals, classes, `.`,
 * groups (capturing, `(?:…)`, named), alternation, anchors and quantifiers up to kMaxRepeat.
 * Look-arounds and back-references have no value to draw and are refused, as Pact's reference
 * (Rust `regex`) refuses them; an unclosed `{`, `(` or `[` and a trailing `\` are errors too.
 */
struct RegexNode
{
    enum class Kind {
        Empty, ///< matches the empty string (anchors, `\b`)
        Literal, ///< one code point: `ranges.first().first`
        Set, ///< one code point from `ranges` (a class, `.`, `\d`)
        Sequence, ///< every child in turn
        Alternation, ///< one of the children
    };
    Kind kind = Kind::Empty;
    QList<std::pair<char32_t, char32_t>> ranges; ///< inclusive code point ranges (Literal, Set)
    QList<RegexNode> children; ///< Sequence, Alternation
    int min = 1; ///< repetitions of this node
    int max = 1;
};

struct RegexSyntax
{
    static constexpr int MaxRepeat = 1000; ///< the largest count in `{n,m}`
    static constexpr qint64 MaxLength = 65536; ///< the longest value a pattern may produce, in code points
    static constexpr int MaxDepth = 100; ///< groups nested deeper than this are refused
    static constexpr int MaxPatternLength = 16384; ///< longer patterns are refused unread
    static constexpr int OpenRepeat = 5; ///< what `*`, `+` and `{n,}` add at most when generating

    RegexNode root;
    QString error; ///< empty when the pattern is usable: "unclosed '{' at offset 1"
    qint64 maxLength = 0; ///< the most code points a value drawn from `root` can have

    bool ok() const { return error.isEmpty(); }
    /// Parses `pattern`; `error` says what is wrong and where (0-based UTF-16 offset).
    static RegexSyntax parse(const QString &pattern);
};

} // namespace Pactbench
