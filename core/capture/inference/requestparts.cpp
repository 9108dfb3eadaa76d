// SPDX-License-Identifier: MIT
// Path and query proposals: ids in path segments, numbers, UUIDs and dates in query values.
#include "inference.h"
#include "walk.h"

#include <QJsonObject>

namespace Pactbench::Inference {

namespace {

using namespace detail;

Matcher regexMatcher(const QString &r)
{
    return Matcher{QStringLiteral("regex"), QJsonObject{{QStringLiteral("regex"), r}}};
}

QString samplesText(qsizetype n)
{
    return n == 1 ? QStringLiteral("in the one sample") : QStringLiteral("in all %1 samples").arg(n);
}

/// The regex of one path segment over all samples, with what it is; an escaped literal when it is fixed.
QString segmentRegex(const QStringList &values, QString *what)
{
    bool digitsOnly = true, uuids = true, ids = true, same = true;
    for (const QString &v : values) {
        digitsOnly = digitsOnly && isIntegerText(v) && !v.startsWith(u'-');
        uuids = uuids && isUuid(v);
        ids = ids && isIdLike(v);
        same = same && v == values.first();
    }
    if (digitsOnly && !values.first().isEmpty()) {
        *what = QStringLiteral("a number");
        return QStringLiteral("[0-9]+");
    }
    if (uuids) {
        *what = QStringLiteral("a UUID");
        return uuidRegex().mid(1, uuidRegex().size() - 2);
    }
    if (ids) {
        *what = QStringLiteral("a hexadecimal id");
        return QStringLiteral("[0-9a-fA-F-]+");
    }
    if (!same) {
        *what = QStringLiteral("different in each sample");
        return QStringLiteral("[^/]+");
    }
    return escapeRegex(values.first());
}

/// The regex for every value of one query parameter, with a reason; empty when its values stay exact.
QString queryRegex(const QStringList &values, QString *reason)
{
    FormatTracker format;
    bool integers = true, decimals = true, numbers = true, same = true;
    for (const QString &v : values) {
        const bool i = isIntegerText(v), d = !i && isDecimalText(v);
        integers = integers && i;
        decimals = decimals && d;
        numbers = numbers && (i || d);
        same = same && v == values.first();
        format.add(v);
    }
    if (same && values.size() >= 2)
        return {}; // the same value every time: a constant
    const QString where = samplesText(values.size());
    if (integers)
        return *reason = QStringLiteral("whole numbers %1").arg(where), integerTextRegex();
    if (decimals)
        return *reason = QStringLiteral("numbers with a fraction %1").arg(where), decimalTextRegex();
    if (numbers)
        return *reason = QStringLiteral("numbers %1").arg(where), numberTextRegex();
    switch (format.format()) {
    case FormatTracker::Format::Uuid:
        return *reason = QStringLiteral("a UUID %1").arg(where), uuidRegex();
    case FormatTracker::Format::Date:
        return *reason = QStringLiteral("an ISO 8601 date %1").arg(where), QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    case FormatTracker::Format::DateTime:
        return *reason = QStringLiteral("an ISO 8601 date-time %1").arg(where), isoDateTimeRegex();
    default:
        return {};
    }
}

} // namespace

QString pathShape(const QString &path)
{
    QStringList segments = path.split(u'/');
    for (QString &s : segments) {
        if (isIdLike(s))
            s = QStringLiteral("{id}");
    }
    return segments.join(u'/');
}

QList<RuleProposal> pathRules(const QStringList &paths)
{
    if (paths.isEmpty() || !paths.first().startsWith(u'/'))
        return {};
    QList<QStringList> split;
    for (const QString &p : paths) {
        split.append(p.split(u'/'));
        if (split.last().size() != split.first().size())
            return {}; // not one shape: nothing every sample would fit
    }
    QStringList parts, reasons;
    for (qsizetype i = 0; i < split.first().size(); ++i) {
        QStringList values;
        for (const QStringList &s : split)
            values.append(s.at(i));
        QString what;
        parts.append(i == 0 ? QString() : segmentRegex(values, &what));
        if (!what.isEmpty())
            reasons.append(QStringLiteral("segment %1 is %2").arg(i).arg(what));
    }
    if (reasons.isEmpty())
        return {};
    const Matcher m = regexMatcher(u'^' + parts.join(u'/') + u'$');
    if (!acceptsAll(m, paths))
        return {};
    const QString reason = reasons.join(QStringLiteral("; ")) + u' ' + samplesText(paths.size());
    return {RuleProposal{RuleProposal::Side::Request, QStringLiteral("path"), QString(), m, reason, paths.first(), true}};
}

QList<RuleProposal> queryRules(const QList<QueryParams> &samples)
{
    QStringList names;
    for (const QueryParams &q : samples) {
        for (const QString &n : q.names()) {
            if (!names.contains(n))
                names.append(n);
        }
    }
    QList<RuleProposal> out;
    for (const QString &name : names) {
        QStringList values;
        for (const QueryParams &q : samples)
            values += q.values(name);
        QString reason;
        const QString r = values.isEmpty() ? QString() : queryRegex(values, &reason);
        if (r.isEmpty() || !acceptsAll(regexMatcher(r), values))
            continue;
        out.append(RuleProposal{RuleProposal::Side::Request, QStringLiteral("query"), name, regexMatcher(r), reason,
                                values.first(), true});
    }
    return out;
}

} // namespace Pactbench::Inference
