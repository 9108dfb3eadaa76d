// SPDX-License-Identifier: MIT
#include "testpaths.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

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

QString oracleDir()
{
    const QByteArray env = qgetenv("PACT_ORACLE_DIR");
    if (!env.isEmpty() && QFileInfo::exists(QString::fromLocal8Bit(env) + QStringLiteral("/libpact_ffi.so")))
        return QString::fromLocal8Bit(env);
    QProcess install;
    install.start(sharedDir() + QStringLiteral("/oracles/install"), {});
    if (!install.waitForFinished(300000) || install.exitStatus() != QProcess::NormalExit || install.exitCode() != 0)
        return {};
    return QString::fromLocal8Bit(install.readAllStandardOutput()).trimmed().split(u'\n').constLast();
}

} // namespace Pactbench::Test
