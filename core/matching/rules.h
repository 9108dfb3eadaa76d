// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/matchingrules.h>

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace Pactbench {

class RuleCategory;

/// One step of a rule path: `$`, a field name, an index, `*` or `[*]`.
struct PathToken
{
    enum class Kind { Root, Field, Index, Star, StarIndex };
    Kind kind = Kind::Root;
    QString name; ///< Field
    qint64 index = 0; ///< Index
};

/// A parsed rule path ("$.a[*].b", "$['odd key'].c"): its tokens and weight against a value path.
struct RulePath
{
    QList<PathToken> tokens;
    QString text;

    /// Parses a body-style path; a key that is not a `$` path becomes `$` + that one field.
    static RulePath parse(const QString &expression);
    /// `$` + name (headers, query parameters, metadata keys).
    static RulePath named(const QString &name);
    /// Product of the per-token weights (`$`/name/index 2, `*` 1, else 0); 0 when the rule path is longer.
    int weight(const QStringList &valuePath) const;
    /// The tokens as a value path: "$", names, indexes as text, "*" for either wildcard.
    QStringList asValuePath() const;
};

/// A value path as the engine walks it: "$", then field names and indices as text.
using ValuePath = QStringList;

/**
 * The value paths in `root` that `path` selects, token for token as the matching engine weighs
 * them and as generators apply them (`[*]` takes array elements only, `.*` any child), in document
 * order; at most `limit` of them (−1: all). The rule lint and the editors ask this, so that they
 * never disagree with the engine about what a path names.
 */
QList<ValuePath> selectValuePaths(const RulePath &path, const QJsonValue &root, qsizetype limit = -1);
/// The value at `path` ("$" first) in `root`; undefined when there is none.
QJsonValue valueAtPath(const QJsonValue &root, const ValuePath &path);
/// "$.a[1]['b c']": the form mismatches show.
QString pathToString(const ValuePath &path);

/// The HTTP status classes of the V4 statusCode matcher.
struct StatusSpec
{
    QString className; ///< "info", "success", "redirect", "clientError", "serverError", "nonError", "error"; empty for a list
    QList<int> codes; ///< when className is empty
    bool accepts(int status) const;
    /// "Successful response (200–299)" style description, in the reference's words.
    QString describe() const;
};

/**
 * A matcher read from a pact and resolved: aliases mapped to one type, attributes
 * checked and converted. A matcher that cannot be used keeps `error` and fails
 * with it (a bad regex is a located mismatch, never a crash).
 */
struct Rule
{
    enum class Type {
        Equality, Regex, Type, MinType, MaxType, MinMaxType, Include, Integer, Decimal, Number,
        Timestamp, Time, Date, Null, Boolean, ContentType, Values, ArrayContains, StatusCode,
        NotEmpty, Semver, EachKey, EachValue, Plugin, Invalid,
    };
    struct Variant
    {
        int index = 0;
        std::shared_ptr<const RuleCategory> rules;
    };

    Type type = Type::Equality;
    QString text; ///< regex, include value, date/time format, content type, plugin name
    qint64 min = 0;
    qint64 max = 0;
    QList<Rule> subRules; ///< eachKey / eachValue
    QList<Variant> variants; ///< arrayContains
    StatusSpec status; ///< statusCode
    QString error; ///< why the rule cannot be used (Invalid)

    /// Whether fromMatcher compiles a regex matcher's pattern to set `error` (a check that only reads the
    /// pattern, as the OpenAPI check's sampling does, need not pay for the compilation).
    enum class RegexCheck { Compile, Skip };
    static Rule fromMatcher(const Matcher &matcher, RegexCheck check = RegexCheck::Compile);
    static Rule fromJson(const QJsonObject &json);
    bool isTypeMatcher() const;
    bool isValuesMatcher() const;
    /// The date, time or timestamp format: `text`, or the reference's default for the type when it gave none.
    QString dateTimeFormat() const;
    bool canCascade() const;
    /// The name the reference prints ("Regex(\"\\d+\")", "Type", …) in "Unable to match" sentences.
    QString debugName() const;
    /// The reference's rule names used for "direct matcher" checks: "values", "each-key", …
    QString referenceName() const;
};

/// The rules that apply to one place, with their combination and whether they came from a parent.
struct RuleGroup
{
    QList<Rule> rules;
    RuleLogic logic = RuleLogic::And;
    bool cascaded = false;
    bool isEmpty() const { return rules.isEmpty(); }
};

/**
 * The rules of one category (body, header, query, path, status, metadata), with the
 * reference's selection: for bodies and metadata the best weighted path wins; for headers
 * and query parameters any matching name; for path and status the only rule list.
 */
class RuleCategory
{
public:
    enum class Kind { Body, Header, Query, Single, Metadata };

    RuleCategory() = default;
    RuleCategory(Kind kind, const MatchingRules::Category &rules);
    /// One entry; used by eachValue/arrayContains to build their own contexts.
    void add(const RulePath &path, const RuleGroup &group);

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    bool isDefined(const ValuePath &path) const;
    RuleGroup best(const ValuePath &path) const;
    bool typeMatcherDefined(const ValuePath &path) const;
    /// A rule whose path has exactly the length of `path` (and matches it), optionally only of the named types.
    bool directMatcherDefined(const ValuePath &path, const QStringList &referenceNames = {}) const;
    /// The same rules with `[*]` steps dropped: in XML a repeated element is addressed by its name.
    RuleCategory withoutStarIndices() const;
    /// Rules whose paths start with `prefix`, re-rooted at `$` (multipart parts).
    RuleCategory rerooted(const ValuePath &prefix) const;

private:
    struct Entry
    {
        RulePath path;
        RuleGroup group;
    };
    Kind m_kind = Kind::Body;
    QList<Entry> m_entries;
};

} // namespace Pactbench
