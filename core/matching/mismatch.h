// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Pactbench {

/// Which part of a request, response or message a mismatch is about.
enum class MismatchKind {
    Method, ///< request method
    Path, ///< request path
    Query, ///< a query parameter
    Header, ///< a header
    BodyType, ///< the content types of the bodies are not compatible
    Body, ///< a place in the body (JSON path, XML path, form parameter, MIME part)
    Status, ///< response status
    Metadata, ///< a message metadata key
    Rule, ///< a matching rule that cannot be used (bad regex, unknown matcher)
};

/**
 * One difference between an expected and an actual part, as a value: what kind, where
 * (a JSON path for bodies, the name for headers, query parameters and metadata), the
 * expected and actual text, and a one-line sentence in the words Pact's reference uses.
 */
struct Mismatch
{
    MismatchKind kind = MismatchKind::Body;
    QString path; ///< "$.a[1].b", a header or parameter name, or empty
    QString expected; ///< the expected value as text (may be empty)
    QString actual; ///< the actual value as text (may be empty)
    QString sentence; ///< e.g. "Expected 42 (Integer) to be the same type as 'Bob' (String)"

    /// "body $.a: sentence", "header 'Accept': sentence", "status: sentence", …
    QString toString() const;
    bool operator==(const Mismatch &o) const
    {
        return kind == o.kind && path == o.path && expected == o.expected && actual == o.actual
            && sentence == o.sentence;
    }
};

/// "method", "path", "query", "header", "body-type", "body", "status", "metadata", "rule".
QString mismatchKindName(MismatchKind kind);
/// The reference implementation's type names in reports: "MethodMismatch", … "BodyTypeMismatch", "BodyMismatch".
QString referenceMismatchType(MismatchKind kind);

/**
 * The outcome of matching one part: every mismatch found (not only the first), and a
 * score for ranking near misses: `checks` counts the comparisons made, so a caller can
 * prefer the candidate with the fewest mismatches per check.
 */
struct MatchResult
{
    QList<Mismatch> mismatches;
    int checks = 0; ///< comparisons made (method, path, each header/parameter/body node …)

    bool matched() const { return mismatches.isEmpty(); }
    /**
     * 0 … 100: 100 is a match; otherwise lower the more of the checks failed.
     * A method or path mismatch weighs more, since it means "another interaction".
     */
    int score() const;
    void add(const Mismatch &m) { mismatches.append(m); }
    void append(const MatchResult &other)
    {
        mismatches.append(other.mismatches);
        checks += other.checks;
    }
};

} // namespace Pactbench
