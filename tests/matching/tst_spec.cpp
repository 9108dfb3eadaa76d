// SPDX-License-Identifier: MIT
// Conformance: every case of the official pact-specification test suite, every version and kind.
#include <core/matching/speccase.h>

#include "testpaths.h"

#include <QDirIterator>
#include <QMap>
#include <QTest>

using namespace Pactbench;

class TestSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conformance_data();
    void conformance();
    void cleanupTestCase();

private:
    struct Tally
    {
        int passed = 0;
        int failed = 0;
    };
    QMap<QString, Tally> m_tally;
};

static QString specRoot()
{
    return Test::sharedDir() + QStringLiteral("/spec");
}

void TestSpec::conformance_data()
{
    QTest::addColumn<QString>("file");
    const QByteArray only = qgetenv("PACTBENCH_SPEC_VERSION");
    QStringList files;
    QDirIterator it(specRoot(), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    if (files.isEmpty())
        QSKIP("no pact-specification cases under ../shared/spec");
    for (const QString &f : files) {
        PartKind kind;
        SpecVersion version;
        if (!SpecCase::guessFromPath(f, &kind, &version))
            continue;
        const QString rel = QDir(specRoot()).relativeFilePath(f);
        if (!only.isEmpty() && rel.section(u'/', 0, 0) != QString::fromLatin1(only))
            continue;
        QTest::addRow("%s", qPrintable(rel)) << f;
    }
}

void TestSpec::conformance()
{
    QFETCH(QString, file);
    PartKind kind;
    SpecVersion version;
    QVERIFY(SpecCase::guessFromPath(file, &kind, &version));
    const QString label = QDir(specRoot()).relativeFilePath(file).section(u'/', 0, 0);
    QString error;
    const auto c = SpecCase::read(Test::readAll(file), kind, version, &error);
    Tally &tally = m_tally[label];
    if (!c) {
        ++tally.failed;
        QFAIL(qPrintable(QStringLiteral("unusable case: ") + error));
    }
    const MatchResult result = c->run();
    const bool ok = result.matched() == c->match.value_or(true);
    ++(ok ? tally.passed : tally.failed);
    if (!ok) {
        QStringList lines;
        for (const Mismatch &m : result.mismatches)
            lines.append(m.toString());
        QFAIL(qPrintable(QStringLiteral("%1: expected %2, got %3 %4")
                             .arg(c->comment, c->match.value_or(true) ? QStringLiteral("match") : QStringLiteral("mismatch"),
                                  result.matched() ? QStringLiteral("match") : QStringLiteral("mismatch:"),
                                  lines.join(QStringLiteral("; ")))));
    }
}

void TestSpec::cleanupTestCase()
{
    for (auto it = m_tally.begin(); it != m_tally.end(); ++it)
        qInfo().noquote() << QStringLiteral("%1: %2 passed, %3 failed").arg(it.key()).arg(it.value().passed).arg(it.value().failed);
}

QTEST_APPLESS_MAIN(TestSpec)
#include "tst_spec.moc"
