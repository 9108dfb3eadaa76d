// SPDX-License-Identifier: MIT
#include "xmlbody.h"

#include "departures.h"

#include "regexcache.h"
#include "valuematchers.h"

#include <QMap>
#include <QXmlStreamReader>
#include <memory>
#include <vector>

namespace Pactbench::detail {

namespace {

struct Element
{
    QString name; ///< "uri:local" when namespaced, else the local name
    QMap<QString, QString> attributes;
    std::vector<std::unique_ptr<Element>> children;
    QString text; ///< text nodes, each trimmed, joined
    int nodeCount = 0; ///< child elements and non-blank text nodes
};

QString qualified(QStringView uri, QStringView local)
{
    return uri.isEmpty() ? local.toString() : uri.toString() + u':' + local.toString();
}

constexpr size_t MaxXmlDepth = 256;

std::unique_ptr<Element> parse(const QByteArray &bytes, QString *error)
{
    QXmlStreamReader xml(bytes);
    std::unique_ptr<Element> root;
    std::vector<Element *> stack;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (stack.size() >= MaxXmlDepth) {
                // Before the tree grows: matching and freeing it recurse once per level.
                *error = QStringLiteral("elements nested deeper than the limit of %1 at line %2, column %3")
                             .arg(MaxXmlDepth).arg(xml.lineNumber()).arg(xml.columnNumber());
                return nullptr;
            }
            auto e = std::make_unique<Element>();
            e->name = qualified(xml.namespaceUri(), xml.name());
            for (const QXmlStreamAttribute &a : xml.attributes())
                e->attributes.insert(qualified(a.namespaceUri(), a.name()), a.value().toString());
            Element *raw = e.get();
            if (stack.empty()) {
                if (root)
                    break;
                root = std::move(e);
            } else {
                stack.back()->children.push_back(std::move(e));
                ++stack.back()->nodeCount;
            }
            stack.push_back(raw);
        } else if (xml.isEndElement()) {
            stack.pop_back();
        } else if (xml.isCharacters() && !stack.empty()) {
            const QString t = xml.text().toString().trimmed();
            if (!t.isEmpty()) {
                stack.back()->text += t;
                ++stack.back()->nodeCount;
            }
        }
    }
    if (xml.hasError() || !root) {
        *error = xml.hasError() ? QStringLiteral("%1 at line %2, column %3").arg(xml.errorString()).arg(xml.lineNumber()).arg(xml.columnNumber())
                                : QStringLiteral("no root element");
        return nullptr;
    }
    return root;
}

/// Which rules a group holds, to tell whether dropping `[*]` steps changed the choice.
QString signature(const RuleGroup &g)
{
    QStringList names;
    for (const Rule &r : g.rules)
        names.append(r.debugName());
    return names.join(u'|') + (g.cascaded ? u"|cascaded"_qs : QString());
}

class XmlComparer
{
public:
    /// `rules`: as XML reads them (withoutStarIndices()); `asWritten`: the pact's, to spot where that differs.
    XmlComparer(const RuleCategory &rules, const RuleCategory &asWritten, bool allow)
        : m_rules(rules)
        , m_asWritten(asWritten)
        , m_allow(allow)
    {
    }
    void element(const ValuePath &path, const Element &e, const Element &a);
    QList<Mismatch> out;
    int checks = 0;

private:
    void add(const ValuePath &path, const QString &expected, const QString &actual, const QString &sentence)
    {
        out.append(Mismatch{MismatchKind::Body, pathToString(path), expected, actual, sentence});
    }
    Verdict elementRule(const Rule &r, const Element &e, const Element &a, bool cascaded);
    void attributes(const ValuePath &path, const Element &e, const Element &a);
    void children(const ValuePath &path, const Element &e, const Element &a);
    void text(const ValuePath &path, const Element &e, const Element &a);
    QStringList stringRule(const ValuePath &path, const QString &e, const QString &a);

    const RuleCategory &m_rules;
    const RuleCategory &m_asWritten;
    bool m_allow;
};

Verdict XmlComparer::elementRule(const Rule &r, const Element &e, const Element &a, bool cascaded)
{
    using RuleType = Rule::Type;
    const bool checkMin = r.type == RuleType::MinType || r.type == RuleType::MinMaxType;
    const bool checkMax = r.type == RuleType::MaxType || r.type == RuleType::MinMaxType;
    switch (r.type) {
    case RuleType::Regex:
    case RuleType::Include:
    case RuleType::Integer:
    case RuleType::Decimal:
    case RuleType::Number:
    case RuleType::Boolean:
    case RuleType::Date:
    case RuleType::Time:
    case RuleType::Timestamp:
    case RuleType::Semver:
        // A value rule on an element applies to its text (#text inherits it), as the spec cases expect.
        return {};
    case RuleType::Type:
    case RuleType::MinType:
    case RuleType::MaxType:
    case RuleType::MinMaxType:
        if (r.type == RuleType::Type && e.name != a.name)
            return QStringLiteral("Expected '%1' to be the same type as '%2'").arg(e.name, a.name);
        if (!cascaded && checkMin && a.nodeCount < r.min)
            return QStringLiteral("Expected '%1' to have at least %2 children").arg(a.name).arg(r.min);
        if (!cascaded && checkMax && a.nodeCount > r.max)
            return QStringLiteral("Expected '%1' to have at most %2 children").arg(a.name).arg(r.max);
        return {};
    case RuleType::Equality:
        if (e.name == a.name)
            return {};
        return QStringLiteral("Expected '%1' to be equal to '%2'").arg(e.name, a.name);
    case RuleType::NotEmpty:
        if (a.nodeCount > 0)
            return {};
        return QStringLiteral("Expected '%1' to have at least one child").arg(a.name);
    default:
        return QStringLiteral("Unable to match %1 using %2").arg(a.name, r.debugName());
    }
}

QStringList XmlComparer::stringRule(const ValuePath &path, const QString &e, const QString &a)
{
    if (m_rules.isDefined(path)) {
        if (path.constLast().startsWith(u'@') && signature(m_rules.best(path)) != signature(m_asWritten.best(path))) {
            DepartureLog::note(QStringLiteral("XML attribute %1: its rule applies here only through an index step "
                                              "([*]) of the rule's path, which we read as the spec's test cases do; "
                                              "the reference verifier (%2) does not follow it in XML and compares "
                                              "this attribute without the rule")
                                   .arg(pathToString(path), QLatin1String(kReferenceVerifier)));
        }
        const RuleGroup g = m_rules.best(path);
        return matchGroup(g, path, [&](const Rule &r) { return matchString(r, e, a, g.cascaded); });
    }
    if (const Verdict v = matchString(Rule{}, e, a, false))
        return {*v};
    return {};
}

void XmlComparer::element(const ValuePath &path, const Element &e, const Element &a)
{
    ++checks;
    QStringList messages;
    if (m_rules.isDefined(path)) {
        const RuleGroup g = m_rules.best(path);
        messages = matchGroup(g, path, [&](const Rule &r) { return elementRule(r, e, a, g.cascaded); });
    } else if (const Verdict v = elementRule(Rule{}, e, a, false)) {
        messages.append(*v);
    }
    for (const QString &m : messages)
        add(path, e.name, a.name, m);
    if (!messages.isEmpty())
        return;
    attributes(path, e, a);
    children(path, e, a);
    text(path, e, a);
}

QString describe(const QMap<QString, QString> &m)
{
    QStringList parts;
    for (auto it = m.begin(); it != m.end(); ++it)
        parts.append(QStringLiteral("\"%1\": \"%2\"").arg(it.key(), it.value()));
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

void XmlComparer::attributes(const ValuePath &path, const Element &e, const Element &a)
{
    const QString ed = describe(e.attributes), ad = describe(a.attributes);
    if (e.attributes.isEmpty() && !a.attributes.isEmpty() && !m_allow) {
        add(path, ed, ad, QStringLiteral("Did not expect any attributes but received %1").arg(ad));
        return;
    }
    if (m_allow && e.attributes.size() > a.attributes.size())
        add(path, ed, ad, QStringLiteral("Expected at least %1 attribute(s) but received %2 attribute(s)")
                              .arg(e.attributes.size()).arg(a.attributes.size()));
    else if (!m_allow && e.attributes.size() != a.attributes.size())
        add(path, ed, ad, QStringLiteral("Expected %1 attribute(s) but received %2 attribute(s)")
                              .arg(e.attributes.size()).arg(a.attributes.size()));
    for (auto it = e.attributes.begin(); it != e.attributes.end(); ++it) {
        const ValuePath p = childPath(path, u'@' + it.key());
        ++checks;
        if (!a.attributes.contains(it.key())) {
            add(p, it.key(), QString(), QStringLiteral("Expected attribute '%1'='%2' but was missing").arg(it.key(), it.value()));
            continue;
        }
        for (const QString &m : stringRule(p, it.value(), a.attributes.value(it.key())))
            add(p, it.value(), a.attributes.value(it.key()), m);
    }
}

void XmlComparer::children(const ValuePath &path, const Element &e, const Element &a)
{
    QStringList en, an;
    QMap<QString, QList<const Element *>> expectedByName, actualByName;
    for (const auto &c : e.children) {
        en.append(c->name);
        expectedByName[c->name].append(c.get());
    }
    for (const auto &c : a.children) {
        an.append(c->name);
        actualByName[c->name].append(c.get());
    }
    const QString ed = en.join(QStringLiteral(", ")), ad = an.join(QStringLiteral(", "));
    if (e.children.empty() && !a.children.empty() && !m_allow) {
        add(path, ed, ad, QStringLiteral("Expected no children but received [%1]").arg(ad));
        return;
    }
    for (auto it = actualByName.begin(); it != actualByName.end(); ++it) {
        const ValuePath p = childPath(path, it.key());
        if (!expectedByName.contains(it.key())) {
            if (!m_allow || m_rules.typeMatcherDefined(p))
                add(path, ed, ad, QStringLiteral("Unexpected child <%1/>").arg(it.key()));
            continue;
        }
        const QList<const Element *> expected = expectedByName.take(it.key());
        if (m_rules.typeMatcherDefined(p)) {
            for (const Element *c : it.value())
                element(p, *expected.first(), *c);
            continue;
        }
        const qsizetype n = std::max(expected.size(), it.value().size());
        for (qsizetype i = 0; i < n; ++i) {
            if (i >= expected.size()) {
                if (!m_allow)
                    add(p, ed, ad, QStringLiteral("Unexpected child <%1/>").arg(it.key()));
            } else if (i >= it.value().size()) {
                add(p, ed, ad, QStringLiteral("Expected child <%1/> but was missing").arg(it.key()));
            } else {
                element(p, *expected.at(i), *it.value().at(i));
            }
        }
    }
    for (auto it = expectedByName.begin(); it != expectedByName.end(); ++it)
        add(path, ed, ad, QStringLiteral("Expected child <%1/> but was missing").arg(it.key()));
}

void XmlComparer::text(const ValuePath &path, const Element &e, const Element &a)
{
    const ValuePath p = childPath(path, QStringLiteral("#text"));
    for (const QString &m : stringRule(p, e.text, a.text))
        add(p, e.text, a.text, m);
}

} // namespace

QList<Mismatch> matchXmlBodies(const QByteArray &expected, const QByteArray &actual, const RuleCategory &rules,
                               bool allowUnexpectedKeys, int *checks)
{
    QString eerr, aerr;
    const auto e = parse(expected, &eerr);
    const auto a = parse(actual, &aerr);
    QList<Mismatch> out;
    if (!e)
        out.append(Mismatch{MismatchKind::Body, QStringLiteral("$"), QString::fromUtf8(expected), QString::fromUtf8(actual),
                            QStringLiteral("Failed to parse the expected body: '%1'").arg(eerr)});
    if (!a)
        out.append(Mismatch{MismatchKind::Body, QStringLiteral("$"), QString::fromUtf8(expected), QString::fromUtf8(actual),
                            QStringLiteral("Failed to parse the actual body: '%1'").arg(aerr)});
    if (!e || !a)
        return out;
    const RuleCategory xmlRules = rules.withoutStarIndices();
    XmlComparer c(xmlRules, rules, allowUnexpectedKeys);
    c.element({QStringLiteral("$"), e->name}, *e, *a);
    if (checks)
        *checks += c.checks;
    return c.out;
}

} // namespace Pactbench::detail
