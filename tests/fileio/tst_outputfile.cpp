// SPDX-License-Identifier: MIT
// OutputFile and the commands that write files: devices and FIFOs are written in place, never
// replaced; regular files atomically with their permissions; symlinks through; clear errors.

#include "../cli/clirun.h"
#include <core/fileio/outputfile.h>
#include <testpaths.h>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <thread>
#include <unistd.h>

using namespace Pactbench;

namespace {

const QString kPact = QStringLiteral("files/pact-reference__rust_pact_matching_tests_v2-pact.json");

mode_t fileType(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & S_IFMT;
}

mode_t permissions(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

bool writeText(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// Reads a FIFO to its end on a thread of its own while `writer` runs.
QByteArray readFifoWhile(const QString &fifo, const std::function<void()> &writer)
{
    QByteArray received;
    std::thread reader([&] {
        QFile f(fifo);
        if (f.open(QIODevice::ReadOnly))
            received = f.readAll();
    });
    writer();
    reader.join();
    return received;
}

bool requireRoot(const char *what)
{
    if (::geteuid() == 0)
        return true;
    if (qEnvironmentVariable("CI") == u"true")
        qFatal("%s needs root (mknod), and CI=true: the check cannot be skipped", what);
    return false;
}

} // namespace

class TestOutputFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newFileIsWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.json"_qs);
        QString error;
        QVERIFY2(OutputFile::write(path, "{}\n", &error), qPrintable(error));
        QCOMPARE(Test::readAll(path), QByteArray("{}\n"));
        QCOMPARE(fileType(path), mode_t(S_IFREG));
    }

    void regularFileIsReplacedKeepingPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.json"_qs);
        QVERIFY(writeText(path, "old content that is longer than the new one"));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
        struct stat before;
        QVERIFY(::stat(QFile::encodeName(path).constData(), &before) == 0);
        QString error;
        QVERIFY2(OutputFile::write(path, "new", &error), qPrintable(error));
        QCOMPARE(Test::readAll(path), QByteArray("new"));
        QCOMPARE(permissions(path), mode_t(0640));
        struct stat after;
        QVERIFY(::stat(QFile::encodeName(path).constData(), &after) == 0);
        QCOMPARE(after.st_uid, before.st_uid);
        QVERIFY2(after.st_ino != before.st_ino, "a regular file is replaced by rename, not rewritten in place");
    }

    void symlinkIsWrittenThrough()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"real.json"_qs);
        const QString link = dir.filePath(u"link.json"_qs);
        QVERIFY(writeText(target, "old"));
        QVERIFY(QFile::link(target, link));
        QString error;
        QVERIFY2(OutputFile::write(link, "new", &error), qPrintable(error));
        QCOMPARE(fileType(link), mode_t(S_IFLNK));
        QCOMPARE(Test::readAll(target), QByteArray("new"));
    }

    void fifoIsWrittenInPlace()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"pipe"_qs);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        bool ok = false;
        QString error;
        const QByteArray got = readFifoWhile(fifo, [&] { ok = OutputFile::write(fifo, "through the pipe", &error); });
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(got, QByteArray("through the pipe"));
        QCOMPARE(fileType(fifo), mode_t(S_IFIFO));
    }

    void characterDeviceIsNotReplaced()
    {
        if (!requireRoot("the character-device check"))
            QSKIP("mknod needs root");
        QTemporaryDir dir;
        const QString node = dir.filePath(u"null"_qs);
        QVERIFY(::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0);
        QString error;
        QVERIFY2(OutputFile::write(node, "swallowed", &error), qPrintable(error));
        QCOMPARE(fileType(node), mode_t(S_IFCHR));
        QCOMPARE(Test::readAll(node), QByteArray()); // still /dev/null: reads nothing
    }

    void fullDeviceNamesThePath()
    {
        if (!QFileInfo::exists(u"/dev/full"_qs))
            QSKIP("no /dev/full on this system");
        QString error;
        QVERIFY(!OutputFile::write(u"/dev/full"_qs, QByteArray(4096, 'x'), &error));
        QVERIFY2(error.contains(u"'/dev/full'"_qs), qPrintable(error));
        QCOMPARE(fileType(u"/dev/full"_qs), mode_t(S_IFCHR));
    }

    void errorsNameThePathAndKeepTheOldFile_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("reason");
        QTest::addRow("missing folder") << u"missing"_qs << u"does not exist"_qs;
        QTest::addRow("read-only file") << u"readonly"_qs << u"read-only"_qs;
        QTest::addRow("folder") << u"folder"_qs << u"folder"_qs;
    }

    void errorsNameThePathAndKeepTheOldFile()
    {
        QFETCH(QString, setup);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QString path = dir.filePath(u"out.json"_qs);
        if (setup == u"missing")
            path = dir.filePath(u"no/such/folder/out.json"_qs);
        if (setup == u"readonly") {
            QVERIFY(writeText(path, "keep me"));
            QVERIFY(::chmod(QFile::encodeName(path).constData(), 0444) == 0);
        }
        if (setup == u"folder")
            QVERIFY(QDir(dir.path()).mkdir(u"out.json"_qs));
        QString error;
        QVERIFY(!OutputFile::write(path, "new", &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        if (setup == u"readonly")
            QCOMPARE(Test::readAll(path), QByteArray("keep me"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), setup == u"readonly" ? 1 : 0);
    }

    // The commands, end to end.

    void convertToStandardOutput()
    {
        const QString pact = Test::sharedDir() + u"/corpus/"_qs + kPact;
        const Test::CliRun r = Test::runCli(u"convert"_qs, { pact, u"--to"_qs, u"v4"_qs, u"-o"_qs, u"-"_qs });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"\"pactSpecification\""_qs), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(u"-"_qs));
    }

    void convertIntoFifo()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"pipe"_qs);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QString pact = Test::sharedDir() + u"/corpus/"_qs + kPact;
        Test::CliRun r;
        const QByteArray got = readFifoWhile(fifo, [&] {
            r = Test::runCli(u"convert"_qs, { pact, u"--to"_qs, u"v4"_qs, u"-o"_qs, fifo });
        });
        QCOMPARE(r.code, 0);
        QVERIFY(got.contains("\"pactSpecification\""));
        QCOMPARE(fileType(fifo), mode_t(S_IFIFO));
    }

    void convertIntoDeviceNode()
    {
        if (!requireRoot("the convert -o device check"))
            QSKIP("mknod needs root");
        QTemporaryDir dir;
        const QString node = dir.filePath(u"null"_qs);
        QVERIFY(::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0);
        const QString pact = Test::sharedDir() + u"/corpus/"_qs + kPact;
        const Test::CliRun r = Test::runCli(u"convert"_qs, { pact, u"--to"_qs, u"v4"_qs, u"-o"_qs, node });
        QCOMPARE(r.code, 0);
        QCOMPARE(fileType(node), mode_t(S_IFCHR));
    }

    void convertErrorNamesThePath()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"missing/out.json"_qs);
        const QString pact = Test::sharedDir() + u"/corpus/"_qs + kPact;
        const Test::CliRun r = Test::runCli(u"convert"_qs, { pact, u"--to"_qs, u"v4"_qs, u"-o"_qs, out });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(out), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
