// SPDX-License-Identifier: MIT
// The places of the samples and what their values have in common.
#include "pathtrie.h"

namespace Pactbench::Inference::detail {

namespace {

bool isIdentifier(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        if (!letter && !(i > 0 && c >= u'0' && c <= u'9'))
            return false;
    }
    return true;
}

} // namespace

QString fieldPath(const QString &parent, const QString &name)
{
    if (isIdentifier(name))
        return parent + u'.' + name;
    return parent + QStringLiteral("['") + name + QStringLiteral("']");
}

void StringStats::add(const QString &s)
{
    format.add(s);
    if (format.format() == FormatTracker::Format::None)
        formatValues.clear();
    else
        formatValues.append(s);
    if (!moreDistinct && !distinct.contains(s)) {
        if (distinct.size() < maxDistinct)
            distinct.append(s);
        else
            moreDistinct = true;
    }
    allCodeLike = allCodeLike && isCodeLike(s);
    const bool integer = allNumeric && isIntegerText(s);
    const bool decimal = allNumeric && !integer && isDecimalText(s);
    allInteger = allInteger && integer;
    allDecimal = allDecimal && decimal;
    allNumeric = allNumeric && (integer || decimal);
}

PathNode *PathNode::child(Step s, const QString &n)
{
    // Attributes and elements of one name are different places: the key says which.
    const QString key = s == Step::Element ? elementsKey() : s == Step::AnyKey ? anyKeyKey()
                      : s == Step::Attribute ? u'@' + n : n;
    if (PathNode *found = index.value(key))
        return found;
    auto node = std::make_unique<PathNode>();
    node->step = s;
    node->depth = depth + 1;
    node->addressable = addressable;
    switch (s) {
    case Step::Element:
        node->name = name;
        node->path = path + QStringLiteral("[*]");
        break;
    case Step::AnyKey:
        node->name = name;
        node->path = path + QStringLiteral(".*");
        break;
    case Step::Attribute:
        node->name = n;
        node->path = path + QStringLiteral("['@") + n + QStringLiteral("']");
        break;
    case Step::Text:
        node->name = name;
        node->path = path + QStringLiteral("['#text']");
        break;
    default:
        node->name = n;
        node->path = fieldPath(path, n);
        // The engine reads `['…']` up to the first `']` and without escapes; the reference escapes
        // quotes and backslashes. A key holding either cannot be written for both: left exact.
        node->addressable = addressable && !n.contains(u'\'') && !n.contains(u'\\');
        break;
    }
    PathNode *raw = node.get();
    children.push_back(std::move(node));
    index.insert(key, raw);
    return raw;
}

void PathNode::addBool(bool b)
{
    if (kinds[int(Kind::Bool)] == 0) {
        firstBool = b;
        if (example.isUndefined())
            example = b;
    }
    sameBool = sameBool && b == firstBool;
    ++count, ++kinds[int(Kind::Bool)];
}

void PathNode::addNumber(double v, bool integer)
{
    if (numbers() == 0) {
        number = v;
        if (example.isUndefined())
            example = v;
    }
    sameNumber = sameNumber && v == number;
    ++count, ++kinds[int(integer ? Kind::Integer : Kind::Float)];
}

void PathNode::addString(const QString &s)
{
    if (example.isUndefined())
        example = s;
    strings.add(s);
    ++count, ++kinds[int(Kind::String)];
}

int PathNode::kindCount() const
{
    int n = 0;
    for (int k = 0; k < int(Kind::Count); ++k) {
        if (kinds[k] > 0 && k != int(Kind::Float))
            ++n;
    }
    if (kinds[int(Kind::Float)] > 0 && kinds[int(Kind::Integer)] == 0)
        ++n;
    return n;
}

} // namespace Pactbench::Inference::detail
