// SPDX-License-Identifier: MIT
#include "journalformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace Pactbench::JournalFormat {

namespace {

/// The translation context of these texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JournalFormat)
};

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isNull())
        return QStringLiteral("null");
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

bool isMainParameter(const QString &key)
{
    return key == u"regex" || key == u"format" || key == u"value";
}

/// "regex ^\d+$", "type (min 1)", "integer": the matcher type, its main parameter, then the others.
QString matcher(const Matcher &m)
{
    QString main;
    QStringList others;
    for (auto it = m.attributes.begin(); it != m.attributes.end(); ++it) {
        if (main.isNull() && isMainParameter(it.key()))
            main = jsonText(it.value());
        else
            others.append(it.key() + u' ' + jsonText(it.value()));
    }
    QString out = m.type;
    if (!main.isNull())
        out += u' ' + main;
    if (!others.isEmpty())
        out += QStringLiteral(" (") + others.join(QStringLiteral(", ")) + u')';
    return out;
}

} // namespace

QString verdict(JournalVerdict v)
{
    switch (v) {
    case JournalVerdict::Matched:
        return Text::tr("matched");
    case JournalVerdict::Mismatched:
        return Text::tr("mismatch");
    case JournalVerdict::Unexpected:
        return Text::tr("unexpected");
    }
    return {};
}

QColor verdictColor(JournalVerdict v)
{
    switch (v) {
    case JournalVerdict::Matched:
        return {};
    case JournalVerdict::Mismatched:
        return QColor(0xc0, 0x1c, 0x28);
    case JournalVerdict::Unexpected:
        return QColor(0xb5, 0x6a, 0x00);
    }
    return {};
}

QString time(const QDateTime &timestamp)
{
    return timestamp.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString where(const Mismatch &m)
{
    const QString kind = mismatchKindName(m.kind);
    if (m.path.isEmpty())
        return kind;
    if (m.kind == MismatchKind::Body || m.kind == MismatchKind::Rule)
        return kind + u' ' + m.path;
    return kind + QStringLiteral(" '") + m.path + u'\'';
}

QString rule(const MismatchRule &r)
{
    if (!r.found())
        return Text::tr("no rule: compared with the example");
    QStringList matchers;
    for (const Matcher &m : r.rules.matchers)
        matchers.append(matcher(m));
    return matchers.join(r.rules.combine == RuleLogic::Or ? QStringLiteral(" OR ") : QStringLiteral(" AND "));
}

QString ruleLocation(const MismatchRule &r)
{
    if (!r.found())
        return {};
    QString out = QStringLiteral("matchingRules.") + r.category;
    if (!r.key.isEmpty())
        out += QStringLiteral("['") + r.key + QStringLiteral("']");
    return out;
}

QString summary(const JournalCounters &c, qsizetype missing)
{
    return Text::tr("%n request(s): ", nullptr, int(qMin<quint64>(c.total, INT_MAX)))
        + Text::tr("%1 matched, %2 mismatched, %3 unexpected; %n missing", nullptr, int(missing))
              .arg(c.matched)
              .arg(c.mismatched)
              .arg(c.unexpected);
}

namespace {

QString quotedList(const QStringList &items)
{
    return items.isEmpty() ? Text::tr("none") : u'“' + items.join(QStringLiteral("”, “")) + u'”';
}

QString description(const Pact &pact, int index)
{
    return index >= 0 && index < pact.interactions.size() ? pact.interactions.at(index).description : QString();
}

/// What separates two interactions that match the same request: their provider states, else narrower rules.
QString separation(const QStringList &first, const QStringList &second)
{
    if (first == second)
        return Text::tr("Make the request or the matching rules of one of them narrower.");
    return Text::tr("Their provider states differ (%1 and %2): serve one state at a time (the panel's "
                    "provider-state filter, or --state on the command line).")
        .arg(quotedList(first), quotedList(second));
}

} // namespace

QString overlap(const InteractionOverlap &o, const Pact &pact)
{
    const QString requested = description(pact, o.requested);
    const QString served = description(pact, o.served);
    const QStringList requestedStates = o.requested >= 0 && o.requested < pact.interactions.size()
        ? pact.interactions.at(o.requested).providerStateNames()
        : QStringList();
    const QStringList servedStates = o.served >= 0 && o.served < pact.interactions.size()
        ? pact.interactions.at(o.served).providerStateNames()
        : QStringList();
    return Text::tr("“%1”, the request of “%2”, also matches “%3”, which comes first in the pact: the mock "
                    "server answers it with “%3”, so “%2” is never served for it.")
               .arg(o.request, requested, served)
        + u' ' + separation(requestedStates, servedStates);
}

QString alsoMatchedNote(const JournalEntry &entry, const Pact &pact)
{
    if (entry.verdict != JournalVerdict::Matched || entry.alsoMatched.isEmpty())
        return {};
    QStringList names;
    for (const int index : entry.alsoMatched)
        names.append(description(pact, index));
    const QString served = description(pact, entry.interactionIndex);
    const QStringList servedStates = entry.interactionIndex >= 0 && entry.interactionIndex < pact.interactions.size()
        ? pact.interactions.at(entry.interactionIndex).providerStateNames()
        : QStringList();
    const int other = entry.alsoMatched.constFirst();
    const QStringList otherStates
        = other < pact.interactions.size() ? pact.interactions.at(other).providerStateNames() : QStringList();
    return Text::tr("Also matches %1, not served for this request: the mock server answers with the first "
                    "matching interaction in pact order, “%2”.")
               .arg(quotedList(names), served)
        + u' ' + separation(servedStates, otherStates);
}

} // namespace Pactbench::JournalFormat
