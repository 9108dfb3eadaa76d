// SPDX-License-Identifier: MIT
// The body of a part: presence, content type, and its example compared value by value.
#include "diffformat.h"
#include "partdiff.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace Pactbench::Diff {

namespace {

/// One difference between the two example bodies.
struct ExampleChange
{
    enum class Kind { Added, Removed, Length, Value };
    Kind kind;
    QStringList path; ///< value path: "$", names, indices
    QJsonValue oldValue;
    QJsonValue newValue;
};

void walk(const QJsonValue &o, const QJsonValue &n, const QStringList &path, QList<ExampleChange> *out)
{
    if (o.isObject() && n.isObject()) {
        const QJsonObject oo = o.toObject(), no = n.toObject();
        QStringList keys = oo.keys() + no.keys();
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const QString &k : keys) {
            if (!oo.contains(k))
                out->append({ExampleChange::Kind::Added, path + QStringList{k}, QJsonValue(QJsonValue::Undefined), no.value(k)});
            else if (!no.contains(k))
                out->append({ExampleChange::Kind::Removed, path + QStringList{k}, oo.value(k), QJsonValue(QJsonValue::Undefined)});
            else
                walk(oo.value(k), no.value(k), path + QStringList{k}, out);
        }
        return;
    }
    if (o.isArray() && n.isArray()) {
        const QJsonArray oa = o.toArray(), na = n.toArray();
        if (oa.size() != na.size())
            out->append({ExampleChange::Kind::Length, path, QJsonValue(oa.size()), QJsonValue(na.size())});
        for (qsizetype i = 0; i < std::min(oa.size(), na.size()); ++i)
            walk(oa.at(i), na.at(i), path + QStringList{QString::number(i)}, out);
        return;
    }
    if (o != n)
        out->append({ExampleChange::Kind::Value, path, o, n});
}

QString stateName(Body::State s)
{
    switch (s) {
    case Body::State::Missing: return QStringLiteral("no body");
    case Body::State::Null: return QStringLiteral("a null body");
    case Body::State::Empty: return QStringLiteral("an empty body");
    case Body::State::Present: return QStringLiteral("a body");
    }
    return {};
}

/// "contents" for messages, "body" for HTTP.
QString bodyLabel(const PartContext &c)
{
    return c.oldPart.message ? QStringLiteral("contents") : QStringLiteral("body");
}

bool isBodyMismatch(const Mismatch &m)
{
    return m.kind == MismatchKind::Body || m.kind == MismatchKind::BodyType;
}

void stateChanged(PartContext &c, const Body &o, const Body &n)
{
    const QString from = stateName(o.state), to = stateName(n.state);
    const QJsonValue ov(from), nv(to);
    if (c.consumerSends) {
        c.sink.add(bodyLabel(c), {}, Impact::Breaking, QStringLiteral("the consumer now sends %1 instead of %2").arg(to, from), ov, nv);
        return;
    }
    const QString proof = c.proof->claim(isBodyMismatch);
    if (!proof.isEmpty())
        c.sink.add(bodyLabel(c), {}, Impact::Breaking, QStringLiteral("NEW expects %1 instead of %2: %3").arg(to, from, proof), ov, nv);
    else if (n.state == Body::State::Missing)
        c.sink.add(bodyLabel(c), {}, Impact::Safe, QStringLiteral("the body is no longer checked"), ov, nv);
    else
        c.sink.add(bodyLabel(c), {}, Impact::Review, QStringLiteral("NEW expects %1 instead of %2 and OLD's example still passes; other bodies may not").arg(to, from), ov, nv);
}

QString typeHeader(const PartView &p)
{
    return p.request ? p.request->contentTypeHeader() : p.response ? p.response->contentTypeHeader() : p.message->metadataContentType();
}

/// False when the content types differ so much that the values are not worth comparing.
bool contentTypeCompared(PartContext &c)
{
    const QString ot = c.oldPart.contentType(), nt = c.newPart.contentType();
    if (baseMediaType(ot) == baseMediaType(nt))
        return true;
    // A changed Content-Type header (or metadata) is reported there; the body's own type only otherwise.
    if (typeHeader(c.oldPart).compare(typeHeader(c.newPart), Qt::CaseInsensitive) == 0) {
        const QString proof = c.proof->claim([](const Mismatch &m) { return m.kind == MismatchKind::BodyType; });
        const Impact impact = c.consumerSends || !proof.isEmpty() ? Impact::Breaking : Impact::Cosmetic;
        const QString why = c.consumerSends ? QStringLiteral("the consumer now sends another content type")
            : proof.isEmpty() ? QStringLiteral("the declared content type changed but OLD's body still matches") : proof;
        c.sink.add(bodyLabel(c), QStringLiteral("contentType"), impact, why, ot, nt);
    }
    return contentKindOf(ot) == contentKindOf(nt);
}

void bytesChanged(PartContext &c, const Body &o, const Body &n)
{
    const QJsonValue ov(QString::fromUtf8(o.content())), nv(QString::fromUtf8(n.content()));
    if (c.consumerSends) {
        c.sink.add(bodyLabel(c), {}, Impact::Breaking, QStringLiteral("the consumer now sends another body"), ov, nv);
        return;
    }
    const QString proof = c.proof->claim(isBodyMismatch);
    if (!proof.isEmpty())
        c.sink.add(bodyLabel(c), {}, Impact::Breaking, QStringLiteral("OLD's body fails NEW: %1").arg(proof), ov, nv);
    else
        c.sink.add(bodyLabel(c), {}, Impact::Cosmetic, QStringLiteral("the example changed under a matcher that accepts both"), ov, nv);
}

QString sentenceFor(const ExampleChange &e)
{
    const QString key = e.path.constLast();
    switch (e.kind) {
    case ExampleChange::Kind::Added: return QStringLiteral("'%1' is newly expected").arg(key);
    case ExampleChange::Kind::Removed: return QStringLiteral("'%1' is no longer expected").arg(key);
    case ExampleChange::Kind::Length:
        return QStringLiteral("the example array has %1 items instead of %2").arg(e.newValue.toInt()).arg(e.oldValue.toInt());
    case ExampleChange::Kind::Value: return QStringLiteral("the example value changed");
    }
    return {};
}

/**
 * Past the end of the expected list, actual items are compared with its first item; within it, each
 * with its own; an empty expected list checks no item at all. A longer NEW list thus checks items OLD
 * compared with its first (or did not check) against new ones: a provider sending more items shaped
 * like OLD's first, or like a sample, may fail them. The sentence when one does.
 */
QString longerArrayWitness(PartContext &c, const ExampleChange &e)
{
    const int wanted = e.newValue.toInt();
    const QJsonArray items = valueAtPath(c.oldPart.body().asJson(), e.path).toArray();
    QList<QJsonValue> shapes{QJsonValue(u"a"_qs), QJsonValue(1), QJsonValue(1.5), QJsonValue(true), QJsonValue(QJsonValue::Null),
                             QJsonValue(QJsonObject{}), QJsonValue(QJsonArray{})};
    if (!items.isEmpty())
        shapes.prepend(items.first());
    for (const QJsonValue &shape : shapes) {
        QJsonArray candidate = items;
        if (shape != items.first() || items.isEmpty())
            candidate = QJsonArray{};
        while (candidate.size() < wanted)
            candidate.append(shape);
        if (c.prover->confirm(Place{Place::Category::Body, {}, e.path}, candidate, true))
            return QStringLiteral("a provider sending %1 passes OLD and fails NEW").arg(valueText(candidate));
    }
    return {};
}

/// Without a proof mismatch: a longer list (witness or review), a shorter one, a key, a value.
Verdict unproven(PartContext &c, const ExampleChange &e, const QString &what)
{
    const bool length = e.kind == ExampleChange::Kind::Length;
    if (length && e.newValue.toInt() > e.oldValue.toInt()) {
        if (const QString witness = longerArrayWitness(c, e); !witness.isEmpty())
            return {Impact::Breaking, what + u": "_qs + witness};
        if (e.oldValue.toInt() == 0)
            return {Impact::Review, what + u": OLD's empty list checked no items, NEW's checks them"_qs};
        return {Impact::Cosmetic, what + u": the new items are checked as OLD checked items past its first"_qs};
    }
    if (length)
        return {Impact::Safe, what + u": NEW checks fewer items against their own examples, and OLD's items still pass"_qs};
    if (e.kind == ExampleChange::Kind::Added)
        return {Impact::Review, what + u" in the example, but OLD's example still passes here (a map or collection matcher decides)"_qs};
    if (e.kind == ExampleChange::Kind::Removed)
        return {Impact::Safe, what + u" (extra fields are allowed)"_qs};
    return {Impact::Cosmetic, what + u" under a matcher that accepts both"_qs};
}

/// Impact and reason of one example change of a part the provider produces.
void classify(PartContext &c, const ExampleChange &e)
{
    const QString at = pathToString(e.path);
    const QString parent = pathToString(e.path.mid(0, e.path.size() - 1));
    const QString key = e.path.constLast();
    const QString what = sentenceFor(e);
    const bool keyChange = e.kind == ExampleChange::Kind::Added || e.kind == ExampleChange::Kind::Removed;
    const bool longer = e.kind == ExampleChange::Kind::Length && e.newValue.toInt() > e.oldValue.toInt();
    if ((e.kind == ExampleChange::Kind::Value || e.kind == ExampleChange::Kind::Length) && rulesDifferAt(c, Place{Place::Category::Body, {}, e.path})) {
        // The matcher change carries the verdict; new items past OLD's list are this change's own.
        const QString witness = longer ? longerArrayWitness(c, e) : QString();
        if (!witness.isEmpty())
            c.sink.add(bodyLabel(c), at, Impact::Breaking, what + u": "_qs + witness, e.oldValue, e.newValue);
        else
            c.sink.add(bodyLabel(c), at, Impact::Cosmetic, what + u" with its matcher (see the matcher change)"_qs, e.oldValue, e.newValue);
        return;
    }
    const QString proof = c.proof->claim([&](const Mismatch &m) {
        return isBodyMismatch(m) && (atOrBelow(m.path, at) || (keyChange && m.path == parent && m.sentence.contains(key)));
    });
    const Verdict v = proof.isEmpty() ? unproven(c, e, what) : Verdict{Impact::Breaking, what + u" and OLD's example fails NEW: "_qs + proof};
    c.sink.add(bodyLabel(c), at, v.impact, v.reason, e.oldValue, e.newValue);
}

void jsonChanged(PartContext &c, const QJsonValue &o, const QJsonValue &n)
{
    QList<ExampleChange> changes;
    walk(o, n, {QStringLiteral("$")}, &changes);
    for (const ExampleChange &e : changes) {
        if (c.consumerSends)
            c.sink.add(bodyLabel(c), pathToString(e.path), Impact::Breaking,
                       QStringLiteral("the consumer now sends another body: %1").arg(sentenceFor(e)), e.oldValue, e.newValue);
        else
            classify(c, e);
    }
    if (c.consumerSends)
        c.proof->claim(isBodyMismatch);
}

} // namespace

void diffBody(PartContext &c)
{
    const Body &o = c.oldPart.body(), &n = c.newPart.body();
    if (o.state != n.state) {
        stateChanged(c, o, n);
        return;
    }
    if (!o.isPresent() || !contentTypeCompared(c))
        return;
    const QJsonValue oj = o.asJson(), nj = n.asJson();
    if (!oj.isUndefined() && !nj.isUndefined()) {
        if (oj != nj)
            jsonChanged(c, oj, nj);
    } else if (o.content() != n.content()) {
        bytesChanged(c, o, n);
    }
}

} // namespace Pactbench::Diff
