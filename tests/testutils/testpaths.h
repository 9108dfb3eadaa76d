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

} // namespace Pactbench::Test
