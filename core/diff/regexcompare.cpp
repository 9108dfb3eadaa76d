// SPDX-License-Identifier: MIT
#include "regexcompare.h"

#include "regexsyntax.h"

#include <core/matching/regexcache.h>

#include <algorithm>

namespace Pactbench::Diff {

namespace {

using namespace Rx;

constexpr qsizetype MaxFiniteStrings = 512;
constexpr qsizetype MaxSampleLength = 4096; ///< nested repetitions would otherwise grow without bound

bool seqIncluded(const Seq &a, const Seq &b);

bool allIncluded(const Alt &a, const Alt &b)
{
    const QList<Seq> bs = flatten(b);
    for (const Seq &sa : flatten(a)) {
        if (!std::any_of(bs.begin(), bs.end(), [&sa](const Seq &sb) { return seqIncluded(sa, sb); }))
            return false;
    }
    return true;
}

bool rangeIncluded(const Item &a, const Item &b)
{
    return b.min <= a.min && (b.max < 0 || (a.max >= 0 && a.max <= b.max));
}

bool itemIncluded(const Item &a, const Item &b)
{
    if (a.kind != b.kind || !rangeIncluded(a, b))
        return false;
    return a.kind == Item::Kind::Set ? b.set.contains(a.set) : allIncluded(*a.group, *b.group);
}

/// Every character `seq` can produce is in `set`.
bool charsWithin(const Seq &seq, const CharSet &set)
{
    return std::all_of(seq.begin(), seq.end(), [&set](const Item &i) {
        if (i.kind == Item::Kind::Set)
            return set.contains(i.set);
        return std::all_of(i.group->seqs.begin(), i.group->seqs.end(), [&set](const Seq &s) { return charsWithin(s, set); });
    });
}

bool seqIncluded(const Seq &a, const Seq &b)
{
    // b is one class repeated without bound (`.*`, `\w+`): a fits when its characters and length do.
    if (b.size() == 1 && b.first().kind == Item::Kind::Set && b.first().max < 0)
        return charsWithin(a, b.first().set) && minLength(a) >= b.first().min;
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!itemIncluded(a.at(i), b.at(i)))
            return false;
    }
    return true;
}

/// Every string of a finite sequence (nothing when it has more than `limit`).
std::optional<QStringList> enumerate(const Seq &seq, qsizetype limit);

std::optional<QStringList> enumerateAlt(const Alt &alt, qsizetype limit)
{
    QStringList out;
    for (const Seq &s : alt.seqs) {
        std::optional<QStringList> part = enumerate(s, limit - out.size());
        if (!part)
            return std::nullopt;
        out.append(*part);
    }
    return out;
}

std::optional<QStringList> enumerateItem(const Item &item, qsizetype limit)
{
    if (item.max < 0 || item.max > 16)
        return std::nullopt;
    QStringList atoms;
    if (item.kind == Item::Kind::Set) {
        std::optional<QList<char32_t>> cps = item.set.members(limit);
        if (!cps)
            return std::nullopt;
        for (char32_t c : *cps)
            atoms.append(QString::fromUcs4(&c, 1));
    } else {
        std::optional<QStringList> inner = enumerateAlt(*item.group, limit);
        if (!inner)
            return std::nullopt;
        atoms = *inner;
    }
    QStringList out;
    QStringList layer{QString()};
    for (int n = 0; n <= item.max; ++n) {
        if (n >= item.min)
            out.append(layer);
        if (out.size() > limit)
            return std::nullopt;
        if (n == item.max)
            break;
        QStringList next;
        for (const QString &prefix : layer) {
            for (const QString &a : atoms)
                next.append(prefix + a);
            if (next.size() > limit)
                return std::nullopt;
        }
        layer = next;
    }
    return out;
}

std::optional<QStringList> enumerate(const Seq &seq, qsizetype limit)
{
    QStringList out{QString()};
    for (const Item &item : seq) {
        std::optional<QStringList> part = enumerateItem(item, limit);
        if (!part || out.size() * part->size() > limit)
            return std::nullopt;
        QStringList next;
        for (const QString &prefix : out) {
            for (const QString &s : *part)
                next.append(prefix + s);
        }
        out = next;
    }
    return out;
}

/// One string of `seq`: `variant` picks the repetition count (least, one more, a few more, many), the character and the alternative.
QString sample(const Seq &seq, int variant)
{
    QString out;
    const int reps = variant % 4;
    const bool last = (variant / 4) % 2 == 1;
    for (const Item &i : seq) {
        int n = i.min;
        if (reps == 1)
            n = i.max < 0 ? i.min + 1 : std::min(i.min + 1, i.max);
        else if (reps == 2)
            n = i.max < 0 ? i.min + 5 : std::min(i.max, i.min + 40);
        else if (reps == 3) // long: past the bounds a narrower pattern may have added
            n = i.max < 0 ? i.min + 64 : std::min(i.max, i.min + 300);
        for (int k = 0; k < n && out.size() < MaxSampleLength; ++k) {
            if (i.kind == Item::Kind::Set) {
                const char32_t c = i.set.pick(last);
                out += QString::fromUcs4(&c, 1);
            } else {
                const QList<Seq> &alts = i.group->seqs;
                out += sample(alts.at((variant + k) % alts.size()), variant);
            }
        }
    }
    return out;
}

QStringList fixedSamples()
{
    return {QString(), u"a"_qs, u"abc"_qs, u"ABC"_qs, u"Abc"_qs, u"0"_qs, u"1"_qs, u"123"_qs, u"-1"_qs, u"1.5"_qs,
            u" "_qs, u"a b"_qs, u"a-b"_qs, u"a_b"_qs, u"x@y.z"_qs, QString(64, u'a'), QString(300, u'9'),
            u"2024-01-31"_qs, u"2024-01-31T10:00:00Z"_qs, u"10:00:00"_qs, u"true"_qs, u"null"_qs, u"\u00e9"_qs,
            u"a\nb"_qs, u"\t"_qs};
}

} // namespace

QStringList regexSamples(const QString &pattern)
{
    QStringList out;
    const std::optional<Alt> alt = parse(pattern, Approx::Under);
    if (!alt)
        return out;
    for (const Seq &s : flatten(*alt)) {
        for (int v = 0; v < 8; ++v) {
            const QString one = sample(s, v);
            if (!out.contains(one))
                out.append(one);
        }
    }
    return out;
}

RegexInclusion regexIncluded(const QString &a, const QString &b)
{
    if (a == b)
        return {Inclusion::Yes, {}, QStringLiteral("the same pattern")};
    RegexCache &cache = RegexCache::instance();
    if (!cache.errorFor(a).isEmpty() || !cache.errorFor(b).isEmpty())
        return {};
    const std::optional<Alt> over = parse(a, Approx::Over);
    QStringList candidates = regexSamples(a) + fixedSamples();
    if (over) {
        const QList<Seq> seqs = flatten(*over);
        QStringList all;
        bool finite = true;
        for (const Seq &s : seqs) {
            const std::optional<QStringList> some = enumerate(s, MaxFiniteStrings - all.size());
            finite = finite && some.has_value();
            if (some)
                all.append(*some);
        }
        candidates = all + candidates;
        if (finite && std::all_of(all.begin(), all.end(), [&](const QString &s) { return cache.matchesWhole(b, s); }))
            return {Inclusion::Yes, {}, QStringLiteral("each of the %1 strings the old pattern allows matches the new one").arg(all.size())};
    }
    for (const QString &s : candidates) {
        if (cache.matchesWhole(a, s) && !cache.matchesWhole(b, s))
            return {Inclusion::No, s, {}};
    }
    const std::optional<Alt> under = parse(b, Approx::Under);
    if (over && under && allIncluded(*over, *under))
        return {Inclusion::Yes, {}, QStringLiteral("the new pattern has the old one's structure with wider classes or counts")};
    return {};
}

} // namespace Pactbench::Diff
