// SPDX-License-Identifier: MIT
// pactbench_compat FEATURES_DIR FIXTURES_DIR [--known-failures FILE]
//
// Runs every .feature file of one version folder of the Pact compatibility suite through our
// step definitions. One line per scenario (PASS, FAIL with the failing step and reason, KNOWN
// for a listed known failure, FIXED for a listed one that now passes, SKIP for @wip), then the
// summary line "N passed, N failed, N skipped" (failed counts known failures too). Exits 1 on
// any failure that is not listed as known, or on a listed one that passes, and when nothing ran:
// no .feature file in FEATURES_DIR (../shared/compat missing or empty) or no scenario to run in them.

#include "gherkin.h"
#include "knownfailures.h"
#include "stepregistry.h"
#include "world.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Pactbench;
using namespace Pactbench::Compat;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

struct Outcome
{
    bool passed = false;
    QString reason; ///< "step 'text' (line N): reason"
};

Outcome runScenario(const Scenario &scenario, const QString &fixtures, SpecVersion version)
{
    World world(fixtures, version);
    for (const Step &step : scenario.steps) {
        const StepRegistry::Found found = registry().find(step.text);
        const QString where = QStringLiteral("step '%1' (line %2): ").arg(step.text).arg(step.line);
        if (!found.function)
            return { false, where + QStringLiteral("undefined step") };
        if (found.matches > 1)
            return { false, where + QStringLiteral("ambiguous step (%1 definitions)").arg(found.matches) };
        try {
            (*found.function)(world, StepArgs{ found.captures, step.table, step.docString });
        } catch (const StepFailure &f) {
            return { false, where + f.reason };
        }
    }
    return { true, {} };
}

struct Totals
{
    int passed = 0;
    int failed = 0;
    int known = 0;
    int fixed = 0;
    int skipped = 0;
};

void runFeature(const QString &path, const QString &label, const QString &fixtures, SpecVersion version,
    const KnownFailures &known, Totals &totals)
{
    const ParseResult parsed = parseGherkinFile(path);
    if (!parsed.ok()) {
        out() << "FAIL  " << label << ": " << parsed.error << Qt::endl;
        ++totals.failed;
        return;
    }
    for (const Scenario &scenario : parsed.feature.scenarios) {
        const QString name = label + QStringLiteral(": ") + scenario.name;
        if (scenario.tags.contains(QStringLiteral("wip"))) {
            out() << "SKIP  " << name << " (@wip)" << Qt::endl;
            ++totals.skipped;
            continue;
        }
        const Outcome o = runScenario(scenario, fixtures, version);
        const QString cause = known.cause(label, scenario.name);
        if (o.passed && cause.isNull()) {
            out() << "PASS  " << name << Qt::endl;
            ++totals.passed;
        } else if (o.passed) {
            out() << "FIXED " << name << " (listed as a known failure: remove it from the list)" << Qt::endl;
            ++totals.passed;
            ++totals.fixed;
        } else if (!cause.isNull()) {
            out() << "KNOWN " << name << "\n      known failure: " << cause << "\n      " << o.reason << Qt::endl;
            ++totals.failed;
            ++totals.known;
        } else {
            out() << "FAIL  " << name << "\n      " << o.reason << Qt::endl;
            ++totals.failed;
        }
    }
}

SpecVersion versionOfFolder(const QString &folder)
{
    return parseSpecVersion(QDir(folder).dirName());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    KnownFailures known;
    const qsizetype k = args.indexOf(QStringLiteral("--known-failures"));
    if (k >= 0 && k + 1 < args.size()) {
        if (!known.load(args.at(k + 1))) {
            out() << "cannot read known failures " << args.at(k + 1) << Qt::endl;
            return 2;
        }
        args.remove(k, 2);
    }
    if (args.size() != 2) {
        out() << "usage: pactbench_compat FEATURES_DIR FIXTURES_DIR [--known-failures FILE]" << Qt::endl;
        return 2;
    }
    const QDir features(args.at(0));
    const SpecVersion version = versionOfFolder(args.at(0));
    const QStringList files = features.entryList({ QStringLiteral("*.feature") }, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        // A suite that is not there must not pass as "0 failed".
        out() << "FAIL  no .feature files in " << QDir::cleanPath(features.absolutePath())
              << (features.exists() ? "" : " (the folder does not exist)")
              << ": is ../shared/compat (the Pact compatibility suite) beside the project?" << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    Totals totals;
    for (const QString &file : files) {
        const QString label = features.dirName() + u'/' + file;
        runFeature(features.filePath(file), label, args.at(1), version, known, totals);
    }
    out() << QStringLiteral("%1 unexpected failures, %2 known failures, %3 known failures now passing (%4 ms)")
                 .arg(totals.failed - totals.known)
                 .arg(totals.known)
                 .arg(totals.fixed)
                 .arg(timer.elapsed())
          << Qt::endl;
    out() << totals.passed << " passed, " << totals.failed << " failed, " << totals.skipped << " skipped" << Qt::endl;
    if (totals.passed + totals.failed == 0) {
        out() << "FAIL  no scenario ran: " << files.size() << " .feature files in "
              << QDir::cleanPath(features.absolutePath()) << " hold none that is not @wip" << Qt::endl;
        return 1;
    }
    return (totals.failed > totals.known || totals.fixed > 0) ? 1 : 0;
}
