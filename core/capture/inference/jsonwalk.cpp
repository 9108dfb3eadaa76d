// SPDX-License-Identifier: MIT
// One JSON sample into the places of the inference: one visit per value.
#include "walk.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace Pactbench::Inference::detail {

namespace {

/// Whether the number is an integer as the matching engine sees it: from its text when Qt's value
/// cannot give it back (`10.0` is a float, `12345678901234567890` an integer), else from the value.
bool isInteger(double d, const NumberLexemes *lexemes, const QString &lexPath)
{
    if (lexemes) {
        const QByteArray text = lexemes->value(lexPath);
        if (!text.isEmpty())
            return !text.contains('.') && !text.contains('e') && !text.contains('E');
    }
    return std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.2e18;
}

QString childLex(const NumberLexemes *lexemes, const QString &parent, const QString &key)
{
    return lexemes ? NumberLexemes::child(parent, key) : QString();
}

QString childLex(const NumberLexemes *lexemes, const QString &parent, qsizetype index)
{
    return lexemes ? NumberLexemes::child(parent, index) : QString();
}

} // namespace

bool walkJson(PathNode &node, const QJsonValue &value, const NumberLexemes *lexemes, const QString &lexPath, DepthCut &cut)
{
    switch (value.type()) {
    case QJsonValue::Null:
        node.addNull();
        return false;
    case QJsonValue::Bool:
        node.addBool(value.toBool());
        return false;
    case QJsonValue::Double:
        node.addNumber(value.toDouble(), isInteger(value.toDouble(), lexemes, lexPath));
        return false;
    case QJsonValue::String:
        node.addString(value.toString());
        return false;
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    node.addContainer(value.isArray() ? Kind::Array : Kind::Object);
    if (node.example.isUndefined())
        node.example = value;
    if (node.depth >= cut.maxDepth) {
        if (cut.firstPath.isEmpty())
            cut.firstPath = node.path;
        return true;
    }
    bool cutBelow = false;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            ++node.emptyArrays;
        else {
            PathNode *element = node.child(PathNode::Step::Element, {});
            for (qsizetype i = 0; i < array.size(); ++i)
                cutBelow |= walkJson(*element, array.at(i), lexemes, childLex(lexemes, lexPath, i), cut);
        }
    } else {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            // Keys that are ids (a map from ids to records) are one place, `.*`.
            const bool id = isIdLike(key);
            if (id && node.idKeys.size() < 2 && !node.idKeys.contains(key))
                node.idKeys.append(key);
            node.namedKeys += id ? 0 : 1;
            PathNode *child = node.child(id ? PathNode::Step::AnyKey : PathNode::Step::Field, key);
            cutBelow |= walkJson(*child, it.value(), lexemes, childLex(lexemes, lexPath, key), cut);
        }
    }
    node.truncated = node.truncated || cutBelow;
    return cutBelow;
}

} // namespace Pactbench::Inference::detail
