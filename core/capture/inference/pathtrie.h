// SPDX-License-Identifier: MIT
#pragma once

#include "formats.h"

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Pactbench::Inference::detail {

/// The JSON kinds a place held (numbers split by how they were written).
enum class Kind { Null, Bool, Integer, Float, String, Array, Object, Count };

/// What the strings at one place have in common.
struct StringStats
{
    static constexpr int maxDistinct = 4;
    FormatTracker format;
    QStringList distinct; ///< the first maxDistinct different values, in order of first sight
    bool moreDistinct = false;
    bool allCodeLike = true;
    bool allInteger = true; ///< every string is integer text (XML)
    bool allDecimal = true; ///< every string is decimal text (XML)
    bool allNumeric = true; ///< integer or decimal text (XML)
    QStringList formatValues; ///< kept while a format is still possible, for the engine to check
    void add(const QString &s);
};

/**
 * One place of the samples, by rule path ("$.items[*].id"): every value found there in every
 * sample, summed up as it is seen (one pass, nothing quadratic). Children are kept in the order
 * they were first seen, which is the first sample's document order.
 */
struct PathNode
{
    enum class Step { Root, Field, AnyKey, Element, Attribute, Text };
    Step step = Step::Root;
    QString name; ///< the field, element or attribute name; for elements of an array or a map, the container's
    QString path; ///< the rule path
    int depth = 0;
    bool addressable = true; ///< false when a key cannot be written in a rule path (a quote in it)
    qsizetype kinds[int(Kind::Count)] = {};
    qsizetype count = 0;
    QJsonValue example = QJsonValue(QJsonValue::Undefined); ///< the first value seen
    double number = 0; ///< the first number
    bool sameNumber = true;
    bool sameBool = true;
    bool firstBool = false;
    StringStats strings;
    qsizetype emptyArrays = 0;
    QStringList idKeys; ///< the first two different id-like keys of the objects here (their entries go to `.*`)
    qsizetype namedKeys = 0; ///< entries of the objects here under other keys
    bool truncated = false; ///< the depth limit left something below out
    bool repeated = false; ///< XML: an element that occurs more than once under one parent
    qsizetype emptyTexts = 0; ///< XML: occurrences of the element without text
    std::vector<std::unique_ptr<PathNode>> children;
    QHash<QString, PathNode *> index;

    PathNode *child(Step step, const QString &name);
    /// The place of the elements (`[*]`) or of the id-keyed entries (`.*`), null when there is none.
    const PathNode *elements() const { return index.value(elementsKey()); }
    const PathNode *anyKey() const { return index.value(anyKeyKey()); }
    /// Index keys no JSON key or XML name is in practice (U+001F first).
    static QString elementsKey() { return QStringLiteral("\x1f[*]"); }
    static QString anyKeyKey() { return QStringLiteral("\x1f*"); }
    void addNull() { ++count, ++kinds[int(Kind::Null)]; }
    void addBool(bool b);
    void addNumber(double v, bool integer);
    void addString(const QString &s);
    void addContainer(Kind k) { ++count, ++kinds[int(k)]; }
    /// The kinds seen, integers and floats counting as one.
    int kindCount() const;
    qsizetype numbers() const { return kinds[int(Kind::Integer)] + kinds[int(Kind::Float)]; }
};

/// Quoting as Pact's reference writes rule paths: `.name` for identifiers, else `['name']`.
QString fieldPath(const QString &parent, const QString &name);

} // namespace Pactbench::Inference::detail
