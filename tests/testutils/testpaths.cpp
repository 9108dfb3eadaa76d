// SPDX-License-Identifier: MIT
#include "testpaths.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>
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
    for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
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

namespace {

bool holdsReference(const QString &dir)
{
    return QFileInfo(dir + QStringLiteral("/pact")).isExecutable()
        && QFileInfo::exists(dir + QStringLiteral("/libpact_ffi.so"));
}

Oracle findOracle()
{
    const QString named = qEnvironmentVariable("PACT_ORACLE_DIR");
    if (!named.isEmpty()) {
        if (holdsReference(named))
            return { named, {} };
        return { {},
            QStringLiteral("PACT_ORACLE_DIR=%1 does not hold Pact's reference implementation (pact, libpact_ffi.so): "
                           "unset it, or fill it with PACT_ORACLE_DIR=%1 ../shared/oracles/install")
                .arg(named) };
    }
    const QString script = sharedDir() + QStringLiteral("/oracles/install");
    if (!QFileInfo::exists(script))
        return { {}, QStringLiteral("%1 is missing (../shared is not beside the project)").arg(script) };
    // ctest -j runs agreement tests side by side: one npm install at a time into the shared cache (the
    // others wait, then find it done). Lock staleness only from a dead holder: an install can take minutes.
    QLockFile lock(QDir::temp().filePath(QStringLiteral("pactbench-oracle-install.lock")));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(600000))
        return { {}, QStringLiteral("another test held the install lock %1 for 600 s").arg(lock.fileName()) };
    QProcess install;
    install.start(QStringLiteral("bash"), { script });
    if (!install.waitForFinished(300000)) {
        install.kill();
        install.waitForFinished(5000);
        return { {}, QStringLiteral("%1 did not finish within 300 s (npm offline?)").arg(script) };
    }
    const QString errors = QString::fromLocal8Bit(install.readAllStandardError()).trimmed().right(400);
    if (install.exitStatus() != QProcess::NormalExit || install.exitCode() != 0)
        return { {}, QStringLiteral("%1 failed (needs npm and the npm registry): %2").arg(script, errors) };
    const QString dir = QString::fromLocal8Bit(install.readAllStandardOutput()).trimmed().split(u'\n').constLast();
    if (!holdsReference(dir))
        return { {}, QStringLiteral("%1 printed '%2', which does not hold pact and libpact_ffi.so").arg(script, dir) };
    return { dir, {} };
}

} // namespace

Oracle oracle()
{
    static const Oracle found = findOracle();
    return found;
}

QString oracleDir()
{
    return oracle().dir;
}

bool oracleRequired()
{
    const QString ci = qEnvironmentVariable("CI").trimmed();
    return ci.compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0 || ci == u"1";
}

QByteArray oracleUnavailableMessage(const QString &problem)
{
    return (QStringLiteral("Pact's reference implementation cannot be had: ") + problem
        + (oracleRequired() ? QStringLiteral(" [CI=true: an agreement test fails without its reference]")
                            : QStringLiteral(" [skipped; under CI=true this fails]")))
        .toLocal8Bit();
}

} // namespace Pactbench::Test
