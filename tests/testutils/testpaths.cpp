// SPDX-License-Identifier: MIT
#include "testpaths.h"

#include <QFile>

namespace Pactbench::Test {

QString sharedDir()
{
    const QByteArray env = qgetenv("PACTBENCH_SHARED_DIR");
    return QDir::cleanPath(env.isEmpty() ? QStringLiteral(PACTBENCH_SHARED_DIR) : QString::fromLocal8Bit(env));
}

QString testDataDir()
{
    return QStringLiteral(PACTBENCH_TEST_DATA_DIR);
}

QStringList corpusFiles(const QString &folder)
{
    const QDir dir(sharedDir() + QStringLiteral("/corpus/") + folder);
    QStringList out;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out.append(dir.filePath(name));
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace Pactbench::Test
