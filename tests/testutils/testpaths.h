// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QString>
#include <QStringList>
#include <QTest>

namespace Pactbench::Test {

/// ../shared next to the project (spec cases, corpus, compat suite).
QString sharedDir();
/// tests/data in the source tree.
QString testDataDir();
/// The files in a folder of the shared corpus ("files", "synthetic", "edge"), sorted.
QStringList corpusFiles(const QString &folder);
/// The whole content of a file, or an empty array.
QByteArray readAll(const QString &path);

/// Pact's reference implementation for the agreement tests (ctest label "oracle"): its folder, or why it cannot be had.
struct Oracle
{
    QString dir; ///< holds `pact` and `libpact_ffi.so`; empty when problem is set
    QString problem; ///< why the reference cannot be used; empty when it can
    bool ok() const { return problem.isEmpty(); }
};

/**
 * Finds the reference once per process: $PACT_ORACLE_DIR when set (scripts/test sets it; it must then
 * hold the reference: nothing is installed into a folder named by hand), else the folder that
 * ../shared/oracles/install prints (it installs from npm on first use).
 */
Oracle oracle();
/// oracle().dir: the reference's folder, empty when it cannot be had.
QString oracleDir();
/**
 * The one rule for agreement tests whose reference cannot be had (not installed, npm missing, offline,
 * does not start): under CI (CI=true, or CI=1) they fail, elsewhere they skip saying why. Use it
 * through PACTBENCH_REQUIRE_ORACLE or PACTBENCH_ORACLE_UNAVAILABLE, never a bare QSKIP.
 */
bool oracleRequired();
/// The message for a reference that cannot be had: the problem, and whether this run fails or skips.
QByteArray oracleUnavailableMessage(const QString &problem);

} // namespace Pactbench::Test

/// In a test function: the reference cannot be had because of `problem` (a QString): QFAIL under CI, else QSKIP.
#define PACTBENCH_ORACLE_UNAVAILABLE(problem)                                                                          \
    do {                                                                                                               \
        const QByteArray pactbenchOracleWhy_ = ::Pactbench::Test::oracleUnavailableMessage(problem);                   \
        if (::Pactbench::Test::oracleRequired())                                                                       \
            QFAIL(pactbenchOracleWhy_.constData());                                                                    \
        QSKIP(pactbenchOracleWhy_.constData());                                                                        \
    } while (false)

/// In a test function: the reference's folder into the QString `dir`; when it cannot be had, QFAIL under CI, else
/// QSKIP (both return from the test function; in initTestCase they fail or skip the whole test).
#define PACTBENCH_REQUIRE_ORACLE(dir)                                                                                  \
    do {                                                                                                               \
        const ::Pactbench::Test::Oracle pactbenchOracle_ = ::Pactbench::Test::oracle();                                \
        if (!pactbenchOracle_.ok())                                                                                    \
            PACTBENCH_ORACLE_UNAVAILABLE(pactbenchOracle_.problem);                                                    \
        (dir) = pactbenchOracle_.dir;                                                                                  \
    } while (false)
