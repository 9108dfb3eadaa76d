// SPDX-License-Identifier: MIT
#pragma once

// A small Gherkin reader: Feature, Background, Scenario, Scenario Outline (Scenario Template)
// with Examples, tags, data tables and doc strings. Outlines are expanded into one scenario per
// example row. Enough for the Pact compatibility suite; not a full Gherkin implementation
// (no Rule:, no i18n keywords).

#include <QList>
#include <QString>
#include <QStringList>

namespace Pactbench::Compat {

/// A data table: rows of cells, the first row usually the header.
using DataTable = QList<QStringList>;

struct Step
{
    QString keyword; ///< "Given", "When", "Then", "And", "But", "*"
    QString text; ///< the step without its keyword
    DataTable table;
    QString docString;
    bool hasDocString = false;
    int line = 0;
};

struct Scenario
{
    QString name;
    QStringList tags; ///< the feature's tags and the scenario's (and its Examples'), without '@'
    QList<Step> steps; ///< background steps first
    int line = 0;
};

struct Feature
{
    QString name;
    QString file; ///< as given to parse()
    QStringList tags;
    QList<Scenario> scenarios;
};

struct ParseResult
{
    Feature feature;
    QString error; ///< "file:line: reason", empty when parsed
    bool ok() const { return error.isEmpty(); }
};

/// Parses Gherkin text. `file` names the source in errors.
ParseResult parseGherkin(const QString &text, const QString &file);
/// Reads and parses a .feature file.
ParseResult parseGherkinFile(const QString &path);

} // namespace Pactbench::Compat
