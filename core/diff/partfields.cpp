// SPDX-License-Identifier: MIT
// Status, method, path, query parameters, headers and message metadata of a part.
#include "partdiff.h"

#include <QJsonArray>

namespace Pactbench::Diff {

namespace {

/// Header values as HTTP compares them: "a, b" is the two values a and b.
QStringList headerValues(const Headers &h, const QString &name)
{
    QStringList out;
    for (const QString &v : h.values(name)) {
        for (const QString &one : v.split(u','))
            out.append(one.trimmed());
    }
    return out;
}

QJsonValue listValue(const QStringList &values)
{
    if (values.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return values.size() == 1 ? QJsonValue(values.first()) : QJsonValue(QJsonArray::fromStringList(values));
}

QString spellingIn(const Headers &h, const QString &name)
{
    for (const QString &n : h.names()) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return n;
    }
    return {};
}

QString claimAt(PartContext &c, MismatchKind kind, const QString &name, Qt::CaseSensitivity cs)
{
    return c.proof->claim([&](const Mismatch &m) { return m.kind == kind && m.path.compare(name, cs) == 0; });
}

/// A value both sides have, changed.
void valueChanged(PartContext &c, const QString &category, MismatchKind kind, const Place &place, const QString &name,
                  const QJsonValue &o, const QJsonValue &n)
{
    if (c.consumerSends) {
        c.sink.add(category, name, Impact::Breaking, QStringLiteral("the consumer now sends another value: the provider must handle it"), o, n);
        return;
    }
    if (rulesDifferAt(c, place)) {
        c.sink.add(category, name, Impact::Cosmetic, QStringLiteral("the example changed with its matcher (see the matcher change)"), o, n);
        return;
    }
    const QString proof = kind == MismatchKind::Status ? c.proof->claim([](const Mismatch &m) { return m.kind == MismatchKind::Status; })
                                                       : claimAt(c, kind, name, kind == MismatchKind::Header ? Qt::CaseInsensitive : Qt::CaseSensitive);
    if (!proof.isEmpty())
        c.sink.add(category, name, Impact::Breaking, QStringLiteral("the expected value changed and OLD's value fails NEW: %1").arg(proof), o, n);
    else
        c.sink.add(category, name, Impact::Cosmetic, QStringLiteral("the example changed under a matcher that accepts both values"), o, n);
}

/// A name only NEW has (`added`) or only OLD has.
void presenceChanged(PartContext &c, const QString &category, MismatchKind kind, const QString &name, bool added,
                     const QJsonValue &o, const QJsonValue &n)
{
    const Qt::CaseSensitivity cs = kind == MismatchKind::Header ? Qt::CaseInsensitive : Qt::CaseSensitive;
    const QString what = category == u"metadata" ? QStringLiteral("metadata key") : category == u"query" ? QStringLiteral("query parameter") : QStringLiteral("header");
    if (c.consumerSends) {
        c.sink.add(category, name, Impact::Breaking,
                   added ? QStringLiteral("the consumer now sends %1 '%2': the provider must handle it").arg(what, name)
                         : QStringLiteral("the consumer no longer sends %1 '%2': the provider must do without it").arg(what, name), o, n);
        return;
    }
    const QString proof = claimAt(c, kind, name, cs);
    if (added)
        c.sink.add(category, name, Impact::Breaking, QStringLiteral("%1 '%2' is newly expected").arg(what, name), o, n);
    else if (!proof.isEmpty())
        c.sink.add(category, name, Impact::Breaking, QStringLiteral("%1 '%2' was removed, yet OLD's example fails NEW: %3").arg(what, name, proof), o, n);
    else
        c.sink.add(category, name, Impact::Safe, QStringLiteral("%1 '%2' is no longer expected").arg(what, name), o, n);
}

void diffHeaders(PartContext &c, const Headers &o, const Headers &n)
{
    QStringList names = o.names();
    for (const QString &name : n.names()) {
        if (spellingIn(o, name).isEmpty())
            names.append(name);
    }
    for (const QString &name : names) {
        const bool inOld = !spellingIn(o, name).isEmpty(), inNew = !spellingIn(n, name).isEmpty();
        const QJsonValue ov = listValue(headerValues(o, name)), nv = listValue(headerValues(n, name));
        if (!inOld || !inNew) {
            presenceChanged(c, QStringLiteral("header"), MismatchKind::Header, name, !inOld, ov, nv);
        } else if (ov != nv) { // header names are case-insensitive: their spelling is never a change
            Place place{Place::Category::Header, name, {QStringLiteral("$"), name.toLower()}};
            valueChanged(c, QStringLiteral("header"), MismatchKind::Header, place, name, ov, nv);
        }
    }
}

void diffQuery(PartContext &c, const QueryParams &o, const QueryParams &n)
{
    QStringList names = o.names();
    for (const QString &name : n.names()) {
        if (!o.contains(name))
            names.append(name);
    }
    for (const QString &name : names) {
        const QJsonValue ov = listValue(o.values(name)), nv = listValue(n.values(name));
        if (!o.contains(name) || !n.contains(name))
            presenceChanged(c, QStringLiteral("query"), MismatchKind::Query, name, !o.contains(name), ov, nv);
        else if (o.values(name) != n.values(name))
            valueChanged(c, QStringLiteral("query"), MismatchKind::Query, Place{Place::Category::Query, name, {QStringLiteral("$"), name}}, name, ov, nv);
    }
}

void diffMetadata(PartContext &c, const QJsonObject &o, const QJsonObject &n)
{
    QStringList keys = o.keys();
    for (const QString &k : n.keys()) {
        if (!o.contains(k))
            keys.append(k);
    }
    for (const QString &k : keys) {
        const QJsonValue ov = o.contains(k) ? o.value(k) : QJsonValue(QJsonValue::Undefined);
        const QJsonValue nv = n.contains(k) ? n.value(k) : QJsonValue(QJsonValue::Undefined);
        if (ov.isUndefined() || nv.isUndefined())
            presenceChanged(c, QStringLiteral("metadata"), MismatchKind::Metadata, k, ov.isUndefined(), ov, nv);
        else if (ov != nv)
            valueChanged(c, QStringLiteral("metadata"), MismatchKind::Metadata, Place{Place::Category::Metadata, k, {QStringLiteral("$"), k}}, k, ov, nv);
    }
}

void diffRequestLine(PartContext &c, const HttpRequest &o, const HttpRequest &n)
{
    if (o.method.compare(n.method, Qt::CaseInsensitive) != 0)
        c.sink.add(QStringLiteral("method"), {}, Impact::Breaking, QStringLiteral("the consumer now sends another method"), o.method, n.method);
    else if (o.method != n.method)
        c.sink.add(QStringLiteral("method"), {}, Impact::Cosmetic, QStringLiteral("only the case of the method changed"), o.method, n.method);
    if (o.path != n.path)
        c.sink.add(QStringLiteral("path"), {}, Impact::Breaking, QStringLiteral("the consumer now requests another path"), o.path, n.path);
    c.proof->claim([](const Mismatch &m) { return m.kind == MismatchKind::Method || m.kind == MismatchKind::Path; });
}

} // namespace

void diffHeaderFields(PartContext &c)
{
    const PartView &o = c.oldPart, &n = c.newPart;
    if (o.request) {
        diffRequestLine(c, *o.request, *n.request);
        diffQuery(c, o.request->query, n.request->query);
        c.proof->claim([](const Mismatch &m) { return m.kind == MismatchKind::Query; });
        diffHeaders(c, o.request->headers, n.request->headers);
    } else if (o.response) {
        if (o.response->status != n.response->status)
            valueChanged(c, QStringLiteral("status"), MismatchKind::Status, Place{Place::Category::Status, {}, {}}, {},
                         o.response->status, n.response->status);
        diffHeaders(c, o.response->headers, n.response->headers);
    } else {
        diffMetadata(c, o.message->metadata, n.message->metadata);
    }
    if (c.consumerSends) // every difference in what the consumer sends is reported by name above
        c.proof->claim([](const Mismatch &m) { return m.kind == MismatchKind::Header || m.kind == MismatchKind::Metadata; });
}

} // namespace Pactbench::Diff
