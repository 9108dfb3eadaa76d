// SPDX-License-Identifier: MIT
// From the places of the samples to rule proposals (the choices are listed in README.md).
#include "walk.h"

#include <core/matching/matching.h>

#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace Pactbench::Inference::detail {

namespace {

constexpr int maxPlaceNotes = 20;
constexpr double maxConstantInteger = 1000;

Matcher matcher(const char *type, const QJsonObject &attributes = {})
{
    return Matcher{QString::fromLatin1(type), attributes};
}

Matcher regex(const QString &r)
{
    return matcher("regex", {{QStringLiteral("regex"), r}});
}

QString inSamples(qsizetype n)
{
    return n == 1 ? QStringLiteral("in the one sample") : QStringLiteral("in all %1 samples").arg(n);
}

QString kindNames(const PathNode &n)
{
    static const char *names[] = {"null", "boolean", "number", "number", "string", "array", "object"};
    QStringList out;
    for (int k = 0; k < int(Kind::Count); ++k) {
        const QString name = QString::fromLatin1(names[k]);
        if (n.kinds[k] > 0 && !out.contains(name))
            out.append(name);
    }
    return out.join(QStringLiteral(", "));
}

class Proposer
{
public:
    Proposer(bool xml, RuleProposal::Side side, const InferenceLimits &limits, InferenceNotes *notes)
        : m_xml(xml), m_side(side), m_limits(limits), m_notes(notes)
    {
    }
    void node(const PathNode &n, bool cascade, bool blanksToo);
    QList<RuleProposal> out;

private:
    void add(const PathNode &n, const Matcher &m, const QString &reason);
    void note(const QString &message);
    void placeNote(const QString &message);
    void keepExact(const PathNode &n, bool cascade, const QString &why);
    void children(const PathNode &n, bool cascade, const PathNode *skip = nullptr);
    void object(const PathNode &n, bool cascade);
    void array(const PathNode &n, bool cascade);
    void element(const PathNode &n, bool cascade);
    void boolean(const PathNode &n, bool cascade);
    void number(const PathNode &n, bool cascade);
    void string(const PathNode &n, bool cascade, bool blanksToo);
    bool stringShape(const PathNode &n);
    /// "in all 4 samples"; "in all 40 values" under an array or a repeated element, where one body holds many.
    QString in(const PathNode &n) const
    {
        if (!m_cascade)
            return inSamples(n.count);
        return n.count == 1 ? QStringLiteral("in the one value") : QStringLiteral("in all %1 values").arg(n.count);
    }

    bool m_xml;
    RuleProposal::Side m_side;
    const InferenceLimits &m_limits;
    InferenceNotes *m_notes;
    bool m_stopped = false;
    bool m_cascade = false; ///< the place is under a type rule (an array's, a repeated element's)
    int m_placeNotes = 0;
    QList<QPair<QString, QString>> m_rewrites; ///< path prefixes written otherwise (a lone id-like key spelled out)
};

void Proposer::note(const QString &message)
{
    if (m_notes)
        m_notes->messages.append(message);
}

void Proposer::placeNote(const QString &message)
{
    if (++m_placeNotes <= maxPlaceNotes)
        note(message);
    else if (m_placeNotes == maxPlaceNotes + 1)
        note(QStringLiteral("further places left exact for the same reasons are not listed (%1 listed)").arg(maxPlaceNotes));
}

void Proposer::add(const PathNode &n, const Matcher &m, const QString &reason)
{
    if (m_stopped)
        return;
    if (out.size() >= m_limits.maxProposals) {
        m_stopped = true;
        note(QStringLiteral("stopped at %1 proposals (the maxProposals limit): %2 and the places after it are left exact")
                 .arg(m_limits.maxProposals).arg(n.path));
        return;
    }
    QString key = n.path;
    for (auto it = m_rewrites.crbegin(); it != m_rewrites.crend(); ++it) { // innermost first
        if (key.startsWith(it->first))
            key = it->second + key.mid(it->first.size());
    }
    out.append(RuleProposal{m_side, QStringLiteral("body"), key, m, reason, n.example, true});
}

void Proposer::keepExact(const PathNode &n, bool cascade, const QString &why)
{
    // Under a type rule (an array's, a repeated element's) the value would be matched by type:
    // an equality rule keeps it exact, as Pact's equality matcher stops cascading rules.
    if (cascade)
        add(n, matcher("equality"), why + QStringLiteral(": kept exact (an equality rule stops the type rule above from applying)"));
}

void Proposer::node(const PathNode &n, bool cascade, bool blanksToo)
{
    if (m_stopped)
        return;
    m_cascade = cascade;
    if (n.kindCount() > 1) {
        placeNote(QStringLiteral("%1 holds %2 values among %3 samples: left exact, for no one matcher accepts them all "
                                 "(combine rules with OR by hand)").arg(n.path, kindNames(n)).arg(n.count));
        children(n, cascade);
        return;
    }
    if (n.kinds[int(Kind::Bool)] > 0)
        boolean(n, cascade);
    else if (n.numbers() > 0)
        number(n, cascade);
    else if (n.kinds[int(Kind::String)] > 0)
        string(n, cascade, blanksToo);
    else if (n.kinds[int(Kind::Array)] > 0)
        array(n, cascade);
    else if (n.kinds[int(Kind::Object)] > 0 && m_xml)
        element(n, cascade);
    else if (n.kinds[int(Kind::Object)] > 0)
        object(n, cascade);
    else
        children(n, cascade);
}

void Proposer::object(const PathNode &n, bool cascade)
{
    const PathNode *entries = n.anyKey();
    if (!entries) {
        children(n, cascade);
        return;
    }
    if (n.idKeys.size() < 2) {
        // One id-like key in every sample ("200", "2024"): a field like any other, spelled out.
        m_rewrites.append({entries->path, fieldPath(n.path, n.idKeys.first())});
        children(n, cascade);
        m_rewrites.removeLast();
        return;
    }
    if (n.namedKeys > 0 || n.truncated) {
        placeNote(QStringLiteral("%1 has both named keys and id-like keys (%2, …): its id-keyed entries are left exact")
                      .arg(n.path, n.idKeys.first()));
        children(n, cascade, entries);
        return;
    }
    add(n, matcher("values"), QStringLiteral("its keys are ids (%1, …) %2: any key, each entry matched like the first")
                                  .arg(n.idKeys.join(QStringLiteral(", ")), in(n)));
    children(n, cascade);
}

void Proposer::children(const PathNode &n, bool cascade, const PathNode *skip)
{
    for (const auto &c : n.children) {
        if (c.get() == skip)
            continue;
        if (!c->addressable) {
            if (n.addressable)
                placeNote(QStringLiteral("%1: the key holds a quote or a backslash, which rule paths cannot spell for both "
                                         "Pact's reference and this matching engine: left exact").arg(c->path));
            continue;
        }
        node(*c, cascade, c->step == PathNode::Step::Text && n.emptyTexts > 0);
    }
}

void Proposer::array(const PathNode &n, bool cascade)
{
    if (!n.elements())
        return; // empty in every sample (or cut by maxDepth): nothing to learn an element from
    const PathNode &element = *n.elements();
    if (element.kindCount() != 1) {
        placeNote(QStringLiteral("%1 holds elements of different kinds (%2): left exact").arg(n.path, kindNames(element)));
        return;
    }
    if (n.truncated) {
        children(n, cascade);
        return;
    }
    const int min = n.emptyArrays > 0 ? 0 : 1;
    const QString reason = n.emptyArrays > 0
        ? QStringLiteral("an array of %1 elements, empty in %2 of %3").arg(kindNames(element)).arg(n.emptyArrays).arg(in(n).section(u' ', -2))
        : QStringLiteral("a non-empty array of %1 elements %2 (%3 elements in all)").arg(kindNames(element), in(n)).arg(element.count);
    add(n, matcher("type", {{QStringLiteral("min"), min}}), reason);
    children(n, true);
}

void Proposer::element(const PathNode &n, bool cascade)
{
    if (n.repeated && !n.truncated) {
        // No `min`: for XML the engine (like the reference) counts an element's child nodes against it.
        add(n, matcher("type"), QStringLiteral("<%1> repeats under one parent: every occurrence is matched like the first").arg(n.name));
        cascade = true;
    }
    children(n, cascade);
}

void Proposer::boolean(const PathNode &n, bool cascade)
{
    if (n.count >= 2 && n.sameBool)
        keepExact(n, cascade, QStringLiteral("%1 %2").arg(n.firstBool ? QStringLiteral("true") : QStringLiteral("false"), in(n)));
    else
        add(n, matcher("type"), QStringLiteral("a boolean %1").arg(in(n)));
}

void Proposer::number(const PathNode &n, bool cascade)
{
    const qsizetype floats = n.kinds[int(Kind::Float)], ints = n.kinds[int(Kind::Integer)];
    if (n.count >= 2 && n.sameNumber && floats == 0 && std::fabs(n.number) <= maxConstantInteger && !isIdName(n.name))
        keepExact(n, cascade, QStringLiteral("the same small whole number %1 %2").arg(n.number).arg(in(n)));
    else if (floats == 0)
        add(n, matcher("integer"), QStringLiteral("whole numbers %1").arg(in(n)));
    else if (ints == 0)
        add(n, matcher("decimal"), QStringLiteral("numbers with a fraction %1").arg(in(n)));
    else
        add(n, matcher("number"), QStringLiteral("%1 whole numbers and %2 with a fraction among %3 samples (decimal would reject the whole ones)")
                                      .arg(ints).arg(floats).arg(n.count));
}

/// XML text and attributes: numbers and booleans as regexes, for XML values are strings.
bool Proposer::stringShape(const PathNode &n)
{
    const StringStats &s = n.strings;
    if (!m_xml)
        return false;
    if (s.allInteger)
        add(n, regex(integerTextRegex()), QStringLiteral("whole numbers %1 (a regex: XML values are text)").arg(in(n)));
    else if (s.allDecimal)
        add(n, regex(decimalTextRegex()), QStringLiteral("numbers with a fraction %1 (a regex: XML values are text)").arg(in(n)));
    else if (s.allNumeric)
        add(n, regex(numberTextRegex()), QStringLiteral("numbers %1 (a regex: XML values are text)").arg(in(n)));
    else if (!s.moreDistinct && QSet<QString>(s.distinct.begin(), s.distinct.end()) == QSet<QString>{u"true"_qs, u"false"_qs})
        add(n, regex(QStringLiteral("^(true|false)$")), QStringLiteral("true or false %1").arg(in(n)));
    else
        return false;
    return true;
}

void Proposer::string(const PathNode &n, bool cascade, bool blanksToo)
{
    const StringStats &s = n.strings;
    const QString first = s.distinct.value(0);
    if (blanksToo) {
        add(n, matcher("type"), QStringLiteral("text, empty in some of the %1 occurrences").arg(n.count));
        return;
    }
    const Matcher format = s.format.matcher();
    if (!format.type.isEmpty() && acceptsAll(format, s.formatValues)) {
        const QString how = format.type == u"regex" && s.format.format() == FormatTracker::Format::Uuid
            ? QStringLiteral(" (a regex: Pact V3 has no uuid matcher)") : QString();
        add(n, format, QStringLiteral("%1 %2%3").arg(s.format.describe(), in(n), how));
        return;
    }
    const bool idName = isIdName(n.name);
    const qsizetype distinct = s.distinct.size();
    if (n.count >= 2 && distinct == 1 && s.allCodeLike && !idName) {
        keepExact(n, cascade, QStringLiteral("the same value '%1' %2").arg(first, in(n)));
        return;
    }
    if (stringShape(n))
        return;
    if (!idName && s.allCodeLike && !s.moreDistinct && distinct >= 2 && distinct <= 3
        && (n.count >= 2 * distinct || isEnumName(n.name))) {
        QStringList alternatives;
        for (const QString &v : s.distinct)
            alternatives.append(escapeRegex(v));
        add(n, regex(u'^' + (u'(' + alternatives.join(u'|') + u')') + u'$'),
            QStringLiteral("one of %1 values (%2) %3: an enum, so another value fails")
                .arg(distinct).arg(s.distinct.join(QStringLiteral(", ")), in(n).replace(u"all "_qs, QString())));
        return;
    }
    if (n.count == 1 && isEnumName(n.name) && s.allCodeLike && !idName) {
        keepExact(n, cascade, QStringLiteral("'%1' under a key named like an enum").arg(first));
        return;
    }
    add(n, matcher("type"), QStringLiteral("text %1").arg(in(n)));
}

} // namespace

bool acceptsAll(const Matcher &m, const QStringList &values)
{
    QSet<QString> seen;
    for (const QString &v : values) {
        if (seen.contains(v))
            continue;
        seen.insert(v);
        if (!evaluateMatcher(m, QJsonValue(v)).isEmpty())
            return false;
    }
    return true;
}

QList<RuleProposal> propose(const PathNode &root, bool xml, RuleProposal::Side side, const InferenceLimits &limits,
                            InferenceNotes *notes)
{
    Proposer p(xml, side, limits, notes);
    p.node(root, false, false);
    return p.out;
}

} // namespace Pactbench::Inference::detail
