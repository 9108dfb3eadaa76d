// SPDX-License-Identifier: MIT
#include "partview.h"

#include <core/matching/matching.h>

#include <QJsonArray>
#include <QJsonObject>

namespace Pactbench::Diff {

const Body &PartView::body() const
{
    return request ? request->body : response ? response->body : message->contents;
}

QString PartView::contentType() const
{
    return request ? request->effectiveContentType() : response ? response->effectiveContentType() : message->effectiveContentType();
}

const MatchingRules &PartView::rules() const
{
    return request ? request->matchingRules : response ? response->matchingRules : message->matchingRules;
}

const Generators &PartView::generators() const
{
    return request ? request->generators : response ? response->generators : message->generators;
}

MatchingRules::Category PartView::bodyRules() const
{
    MatchingRules::Category merged = rules().category(QStringLiteral("body"));
    if (message) {
        const MatchingRules::Category content = rules().category(QStringLiteral("content"));
        for (auto it = content.begin(); it != content.end(); ++it)
            merged.insert(it.key(), it.value());
    }
    return merged;
}

namespace {

bool samePlace(const Mismatch &a, const Mismatch &b)
{
    return a.kind == b.kind && a.path == b.path;
}

/// Mismatches of `list` with no mismatch at the same place in `known`.
QList<Mismatch> beyond(const QList<Mismatch> &list, const QList<Mismatch> &known)
{
    QList<Mismatch> out;
    for (const Mismatch &m : list) {
        if (std::none_of(known.begin(), known.end(), [&m](const Mismatch &k) { return samePlace(m, k); }))
            out.append(m);
    }
    return out;
}

/// A value as header, query, path or method text.
QString placeText(const QJsonValue &v)
{
    return v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : v.toVariant().toString();
}

void substituteBody(Body &body, const Place &place, const QJsonValue &value)
{
    if (place.category != Place::Category::Body)
        return;
    const QJsonValue root = place.path.size() <= 1 ? value : withValueAt(body.asJson(), place.path, value);
    body = Body::fromJson(root, body.contentType);
}

void substitute(HttpRequest &r, const Place &place, const QJsonValue &value)
{
    substituteBody(r.body, place, value);
    if (place.category == Place::Category::Header)
        r.headers.set(place.name, {placeText(value)});
    else if (place.category == Place::Category::Query)
        r.query.set(place.name, {placeText(value)});
    else if (place.category == Place::Category::Path)
        r.path = placeText(value);
    else if (place.category == Place::Category::Method)
        r.method = placeText(value);
}

void substitute(HttpResponse &r, const Place &place, const QJsonValue &value)
{
    substituteBody(r.body, place, value);
    if (place.category == Place::Category::Header)
        r.headers.set(place.name, {placeText(value)});
    else if (place.category == Place::Category::Status)
        r.status = value.toInt();
}

void substitute(MessageContents &m, const Place &place, const QJsonValue &value)
{
    substituteBody(m.contents, place, value);
    if (place.category == Place::Category::Metadata)
        m.metadata.insert(place.name, value);
}

} // namespace

PartProver::PartProver(const PartView &oldPart, const PartView &newPart, bool consumerSends)
    : m_old(oldPart)
    , m_new(newPart)
{
    m_oldSelf = match(m_old, m_old);
    m_newSelf = match(m_new, m_new);
    m_oldAgainstNew = match(m_new, m_old);
    m_newAgainstOld = match(m_old, m_new);
    m_proof = consumerSends ? beyond(m_newAgainstOld, m_newSelf) : beyond(m_oldAgainstNew, m_oldSelf);
}

QList<Mismatch> PartProver::match(const PartView &expected, const PartView &actual) const
{
    if (expected.kind != actual.kind)
        return {};
    if (expected.request)
        return matchRequest(*expected.request, *actual.request, expected.version).mismatches;
    if (expected.response)
        return matchResponse(*expected.response, *actual.response, expected.version).mismatches;
    return matchMessage(*expected.message, *actual.message, expected.version).mismatches;
}

QList<Mismatch> PartProver::matchSubstituted(const PartView &expected, const PartView &base, const Place &place,
                                             const QJsonValue &value) const
{
    if (base.request) {
        HttpRequest r = *base.request;
        substitute(r, place, value);
        return match(expected, PartView::of(r, base.version));
    }
    if (base.response) {
        HttpResponse r = *base.response;
        substitute(r, place, value);
        return match(expected, PartView::of(r, base.version));
    }
    MessageContents m = *base.message;
    substitute(m, place, value);
    return match(expected, PartView::of(m, base.version));
}

bool PartProver::confirm(const Place &place, const QJsonValue &value, bool oldOnly) const
{
    const PartView &from = oldOnly ? m_old : m_new;
    const PartView &to = oldOnly ? m_new : m_old;
    const QList<Mismatch> &fromSelf = oldOnly ? m_oldSelf : m_newSelf;
    const QList<Mismatch> &baseAgainstTo = oldOnly ? m_oldAgainstNew : m_newAgainstOld;
    if (!beyond(matchSubstituted(from, from, place, value), fromSelf).isEmpty())
        return false;
    const QList<Mismatch> fails = matchSubstituted(to, from, place, value);
    return std::any_of(fails.begin(), fails.end(), [&baseAgainstTo](const Mismatch &m) { return !baseAgainstTo.contains(m); });
}

QJsonValue withValueAt(const QJsonValue &root, const QStringList &path, const QJsonValue &value)
{
    if (path.size() <= 1)
        return value;
    const QString &step = path.at(1);
    const QStringList rest = QStringList{QStringLiteral("$")} + path.mid(2);
    if (root.isObject()) {
        QJsonObject o = root.toObject();
        o.insert(step, withValueAt(o.value(step), rest, value));
        return o;
    }
    bool isIndex = false;
    const qsizetype index = step.toLongLong(&isIndex);
    if (root.isArray() && isIndex && index >= 0 && index < root.toArray().size()) {
        QJsonArray a = root.toArray();
        a.replace(index, withValueAt(a.at(index), rest, value));
        return a;
    }
    return root;
}

} // namespace Pactbench::Diff
