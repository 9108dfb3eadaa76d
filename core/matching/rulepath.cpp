// SPDX-License-Identifier: MIT
// Rule paths ("$.a[*].b"), their weights, value path display and HTTP status classes.
#include "rules.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>


namespace Pactbench {

namespace {

bool isPlainField(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        if (!c.isLetterOrNumber() && c != u'_' && c != u'-')
            return false;
    }
    return true;
}

PathToken field(const QString &name)
{
    return PathToken{PathToken::Kind::Field, name, 0};
}

/// Parses `[...]` at `pos` (pointing at '['); returns false on a syntax error.
bool parseBracket(const QString &e, qsizetype &pos, QList<PathToken> &out)
{
    const qsizetype close = e.indexOf(u']', pos);
    if (close < 0)
        return false;
    QString inner = e.mid(pos + 1, close - pos - 1).trimmed();
    if (inner.startsWith(u'\'') && inner.endsWith(u'\'') && inner.size() >= 2) {
        // A quoted key may hold ']' itself: find the closing "']".
        const qsizetype qclose = e.indexOf(QStringLiteral("']"), pos + 2);
        if (qclose < 0)
            return false;
        out.append(field(e.mid(pos + 2, qclose - pos - 2)));
        pos = qclose + 2;
        return true;
    }
    pos = close + 1;
    if (inner == u"*") {
        out.append(PathToken{PathToken::Kind::StarIndex, {}, 0});
        return true;
    }
    bool ok = false;
    const qint64 index = inner.toLongLong(&ok);
    if (!ok)
        return false;
    out.append(PathToken{PathToken::Kind::Index, {}, index});
    return true;
}

bool parseTokens(const QString &e, QList<PathToken> &out)
{
    if (!e.startsWith(u'$'))
        return false;
    out.append(PathToken{});
    qsizetype pos = 1;
    while (pos < e.size()) {
        if (e.at(pos) == u'[') {
            if (!parseBracket(e, pos, out))
                return false;
            continue;
        }
        if (e.at(pos) != u'.')
            return false;
        ++pos;
        qsizetype end = pos;
        while (end < e.size() && e.at(end) != u'.' && e.at(end) != u'[')
            ++end;
        const QString name = e.mid(pos, end - pos);
        if (name.isEmpty())
            return false;
        out.append(name == u"*" ? PathToken{PathToken::Kind::Star, {}, 0} : field(name));
        pos = end;
    }
    return true;
}

int tokenWeight(const PathToken &token, const QString &fragment)
{
    switch (token.kind) {
    case PathToken::Kind::Root:
        return fragment == u"$" ? 2 : 0;
    case PathToken::Kind::Field:
        return fragment == token.name ? 2 : 0;
    case PathToken::Kind::Index: {
        bool ok = false;
        const qint64 i = fragment.toLongLong(&ok);
        return ok && i == token.index ? 2 : 0;
    }
    case PathToken::Kind::StarIndex: {
        bool ok = false;
        fragment.toLongLong(&ok);
        return ok || fragment == u"[*]" ? 1 : 0;
    }
    case PathToken::Kind::Star:
        return 1;
    }
    return 0;
}

} // namespace

RulePath RulePath::parse(const QString &expression)
{
    RulePath p;
    p.text = expression;
    if (!parseTokens(expression, p.tokens)) {
        p.tokens = {PathToken{}, field(expression)};
    }
    return p;
}

RulePath RulePath::named(const QString &name)
{
    RulePath p;
    p.text = name;
    p.tokens = {PathToken{}, field(name)};
    return p;
}

int RulePath::weight(const QStringList &valuePath) const
{
    if (valuePath.size() < tokens.size())
        return 0;
    // 2 per exact token, 1 per wildcard, as the reference weighs; held at 2^30 so that a path of
    // more than 30 exact tokens cannot overflow (callers multiply it by the path's length).
    constexpr int cap = 1 << 30;
    int w = 1;
    for (qsizetype i = 0; i < tokens.size() && w > 0; ++i)
        w = int(std::min<qint64>(qint64(w) * tokenWeight(tokens.at(i), valuePath.at(i)), cap));
    return w;
}

QStringList RulePath::asValuePath() const
{
    QStringList out;
    for (const PathToken &t : tokens) {
        switch (t.kind) {
        case PathToken::Kind::Root: out.append(QStringLiteral("$")); break;
        case PathToken::Kind::Field: out.append(t.name); break;
        case PathToken::Kind::Index: out.append(QString::number(t.index)); break;
        case PathToken::Kind::Star:
        case PathToken::Kind::StarIndex: out.append(QStringLiteral("*")); break;
        }
    }
    return out;
}

namespace {

struct Selector
{
    const RulePath &path;
    qsizetype limit;
    QList<ValuePath> found;

    bool full() const { return limit >= 0 && found.size() >= limit; }

    void visit(const QJsonValue &node, ValuePath &at)
    {
        const qsizetype depth = at.size(); // tokens matched so far
        if (depth == path.tokens.size()) {
            found.append(at);
            return;
        }
        const PathToken &token = path.tokens.at(depth);
        const auto step = [&](const QString &fragment, const QJsonValue &child) {
            if (full() || tokenWeight(token, fragment) == 0)
                return;
            at.append(fragment);
            visit(child, at);
            at.removeLast();
        };
        if (node.isObject()) {
            const QJsonObject object = node.toObject();
            if (token.kind == PathToken::Kind::Field) { // one lookup, not a walk over every key
                if (object.contains(token.name))
                    step(token.name, object.value(token.name));
                return;
            }
            for (auto it = object.begin(); it != object.end() && !full(); ++it)
                step(it.key(), it.value());
        } else if (node.isArray()) {
            const QJsonArray array = node.toArray();
            if (token.kind == PathToken::Kind::Index) {
                if (token.index >= 0 && token.index < array.size())
                    step(QString::number(token.index), array.at(token.index));
                return;
            }
            for (qsizetype i = 0; i < array.size() && !full(); ++i)
                step(QString::number(i), array.at(i));
        }
    }
};

} // namespace

QList<ValuePath> selectValuePaths(const RulePath &path, const QJsonValue &root, qsizetype limit)
{
    Selector selector{ path, limit, {} };
    if (path.tokens.isEmpty() || limit == 0 || tokenWeight(path.tokens.constFirst(), QStringLiteral("$")) == 0)
        return {};
    ValuePath at{ QStringLiteral("$") };
    selector.visit(root, at);
    return selector.found;
}

QJsonValue valueAtPath(const QJsonValue &root, const ValuePath &path)
{
    QJsonValue value = root;
    for (qsizetype i = 1; i < path.size(); ++i) {
        if (value.isObject() && value.toObject().contains(path.at(i))) {
            value = value.toObject().value(path.at(i));
            continue;
        }
        bool isIndex = false;
        const qint64 index = path.at(i).toLongLong(&isIndex);
        if (!value.isArray() || !isIndex || index < 0 || index >= value.toArray().size())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toArray().at(index);
    }
    return value;
}

QString pathToString(const ValuePath &path)
{
    QString out;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QString &p = path.at(i);
        if (i == 0 && p == u"$") {
            out += p;
            continue;
        }
        bool isIndex = false;
        p.toLongLong(&isIndex);
        if (isIndex)
            out += u'[' + p + u']';
        else if (p == u"*")
            out += QStringLiteral(".*");
        else if (isPlainField(p))
            out += u'.' + p;
        else
            out += QStringLiteral("['") + p + QStringLiteral("']");
    }
    return out;
}

bool StatusSpec::accepts(int s) const
{
    if (className == u"info")
        return s >= 100 && s <= 199;
    if (className == u"success")
        return s >= 200 && s <= 299;
    if (className == u"redirect")
        return s >= 300 && s <= 399;
    if (className == u"clientError")
        return s >= 400 && s <= 499;
    if (className == u"serverError")
        return s >= 500 && s <= 599;
    if (className == u"nonError")
        return s < 400;
    if (className == u"error")
        return s >= 400;
    return codes.contains(s);
}

QString StatusSpec::describe() const
{
    static const QList<QPair<QString, QString>> names{
        {QStringLiteral("info"), QStringLiteral("Informational response (100–199)")},
        {QStringLiteral("success"), QStringLiteral("Successful response (200–299)")},
        {QStringLiteral("redirect"), QStringLiteral("Redirect (300–399)")},
        {QStringLiteral("clientError"), QStringLiteral("Client error (400–499)")},
        {QStringLiteral("serverError"), QStringLiteral("Server error (500–599)")},
        {QStringLiteral("nonError"), QStringLiteral("Non-error response (< 400)")},
        {QStringLiteral("error"), QStringLiteral("Error response (>= 400)")},
    };
    for (const auto &[key, text] : names) {
        if (key == className)
            return text;
    }
    QStringList list;
    for (int c : codes)
        list.append(QString::number(c));
    return list.join(QStringLiteral(", "));
}

} // namespace Pactbench
