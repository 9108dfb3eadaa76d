// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QString>
#include <QStringList>

namespace Pactbench::Test {

/// ../shared next to the project (spec cases, corpus, compat suite).
QString sharedDir();
/// tests/data in the source tree.
QString testDataDir();
/// The files in a folder of the shared corpus ("files", "synthetic", "edge"), sorted.
QStringList corpusFiles(const QString &folder);
/// The whole content of a file, or an empty array.
QByteArray readAll(const QString &path);
/**
 * The folder holding Pact's reference implementation (`pact`, `libpact_ffi.so`): $PACT_ORACLE_DIR when
 * set (scripts/test sets it), else what ../shared/oracles/install prints; empty when it cannot be had.
 */
QString oracleDir();

} // namespace Pactbench::Test
