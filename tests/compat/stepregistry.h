// SPDX-License-Identifier: MIT
#pragma once

// Step definitions: a regular expression (matched against the whole step text) and a function
// that gets the captured groups, the data table and the doc string. A failing step throws
// StepFailure; a step no definition matches is "undefined" and fails its scenario.

#include "gherkin.h"

#include <QRegularExpression>
#include <functional>

namespace Pactbench::Compat {

struct World;

struct StepArgs
{
    QStringList captures; ///< the groups of the step's expression, in order
    DataTable table;
    QString docString;

    QString at(int i) const { return captures.value(i); }
    int intAt(int i) const { return captures.value(i).toInt(); }
};

/// Thrown by a step that does not hold.
struct StepFailure
{
    QString reason;
};

/// Fails the current step with `reason` unless `condition` holds.
void check(bool condition, const QString &reason);
[[noreturn]] void fail(const QString &reason);

using StepFunction = std::function<void(World &, const StepArgs &)>;

class StepRegistry
{
public:
    /// `pattern` must match the whole step text (it is anchored here).
    void add(const QString &pattern, StepFunction function);

    struct Found
    {
        const StepFunction *function = nullptr;
        QStringList captures;
        int matches = 0; ///< how many definitions matched (more than one is ambiguous)
    };
    Found find(const QString &text) const;
    qsizetype size() const { return m_steps.size(); }

private:
    struct Definition
    {
        QRegularExpression expression;
        StepFunction function;
    };
    QList<Definition> m_steps;
};

/// Every step definition of the suite.
StepRegistry &registry();

void registerMatchingSteps(StepRegistry &r);
void registerGeneratorSteps(StepRegistry &r);
void registerHttpProviderSteps(StepRegistry &r);
void registerHttpConsumerSteps(StepRegistry &r);
void registerMessageSteps(StepRegistry &r);
void registerV4Steps(StepRegistry &r);

} // namespace Pactbench::Compat

namespace Pactbench::Compat {

/// `\"` in a feature's quoted text is a quote.
QString unescapeQuotes(const QString &text);
/**
 * Whether an actual sentence gives the text a feature expects: equal, containing it, or
 * containing a match of it read as a regular expression (the suite writes `\s*` in some
 * expected texts, and the reference's header sentences start with "Mismatch with header 'x': ").
 */
bool sentenceMatches(const QString &actual, const QString &expected);

} // namespace Pactbench::Compat
