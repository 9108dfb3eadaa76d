// SPDX-License-Identifier: MIT
// Generates a string that a regex matches, from the pattern RegexSyntax parsed and bounded.
#include "generator.h"

#include <core/model/regexsyntax.h>

#include <QRandomGenerator>

namespace Pactbench {

namespace {

int randomBetween(QRandomGenerator &rng, int lo, int hi)
{
    return lo >= hi ? lo : int(rng.bounded(qint64(lo), qint64(hi) + 1));
}

char32_t randomFrom(QRandomGenerator &rng, const QList<std::pair<char32_t, char32_t>> &ranges)
{
    qint64 total = 0;
    for (const auto &[from, to] : ranges)
        total += qint64(to) - from + 1;
    qint64 pick = rng.bounded(total);
    for (const auto &[from, to] : ranges) {
        const qint64 size = qint64(to) - from + 1;
        if (pick < size)
            return char32_t(from + pick);
        pick -= size;
    }
    return ranges.constFirst().first;
}

void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    } else {
        out += QChar(char16_t(c));
    }
}

void generate(QRandomGenerator &rng, const RegexNode &node, QString &out)
{
    const int times = randomBetween(rng, node.min, node.max);
    for (int i = 0; i < times; ++i) {
        switch (node.kind) {
        case RegexNode::Kind::Empty:
            return;
        case RegexNode::Kind::Literal:
            appendCodePoint(out, node.ranges.constFirst().first);
            break;
        case RegexNode::Kind::Set:
            appendCodePoint(out, randomFrom(rng, node.ranges));
            break;
        case RegexNode::Kind::Sequence:
            for (const RegexNode &child : node.children)
                generate(rng, child, out);
            break;
        case RegexNode::Kind::Alternation:
            generate(rng, node.children.at(randomBetween(rng, 0, int(node.children.size()) - 1)), out);
            break;
        }
    }
}

} // namespace

std::optional<QString> generateFromRegex(const QString &pattern, QString *error)
{
    return generateFromRegex(pattern, *QRandomGenerator::global(), error);
}

std::optional<QString> generateFromRegex(const QString &pattern, QRandomGenerator &rng, QString *error)
{
    const RegexSyntax syntax = RegexSyntax::parse(pattern);
    if (!syntax.ok() && error)
        *error = syntax.error;
    return generateFromRegex(syntax, rng);
}

std::optional<QString> generateFromRegex(const RegexSyntax &syntax, QRandomGenerator &rng)
{
    if (!syntax.ok())
        return std::nullopt;
    QString out;
    out.reserve(qsizetype(std::min<qint64>(syntax.maxLength, 256)));
    generate(rng, syntax.root, out);
    return out;
}

} // namespace Pactbench
