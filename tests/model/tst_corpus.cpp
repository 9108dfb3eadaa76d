// SPDX-License-Identifier: MIT
// Every pact file of the shared corpus: loads, round-trips through V4 (and V3 where nothing is lost),
// and every deliberately bad file gives a located diagnostic instead of a crash.

#include <core/model/pactreader.h>
#include <core/model/pactwriter.h>
#include <testpaths.h>

#include <QFileInfo>
#include <QJsonDocument>
#include <QtTest>

using namespace Pactbench;

class TestCorpus : public QObject
{
    Q_OBJECT

private:
    int m_loaded = 0;
    int m_v4Equal = 0;
    int m_v3Equal = 0;
    int m_v3Lossy = 0;

    static void addFiles(const QString &folder)
    {
        const QStringList files = Test::corpusFiles(folder);
        QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("no corpus files in ") + folder));
        for (const QString &f : files)
            QTest::newRow(qPrintable(folder + u'/' + QFileInfo(f).fileName())) << f;
    }

    static QString interactionText(const Interaction &i)
    {
        return QString::fromUtf8(QJsonDocument(PactWriter::interactionToJson(i, SpecVersion::V4)).toJson(QJsonDocument::Compact));
    }

    static int errorCount(const Diagnostics &d)
    {
        return int(std::count_if(d.begin(), d.end(), [](const Diagnostic &x) { return x.severity != Diagnostic::Severity::Warning; }));
    }

    static QString describe(const Diagnostics &d)
    {
        QStringList lines;
        for (const Diagnostic &x : d)
            lines.append(x.toString());
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void loads_data()
    {
        QTest::addColumn<QString>("file");
        addFiles(QStringLiteral("files"));
        addFiles(QStringLiteral("synthetic"));
    }

    void loads()
    {
        QFETCH(QString, file);
        const ReadResult r = PactReader::readFile(file);
        QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
        ++m_loaded;
    }

    void roundTripV4_data() { loads_data(); }

    void roundTripV4()
    {
        QFETCH(QString, file);
        const ReadResult first = PactReader::readFile(file);
        QVERIFY(first.ok());
        const QByteArray v4 = PactWriter::write(*first.pact, SpecVersion::V4);
        const ReadResult second = PactReader::read(v4);
        QVERIFY2(second.ok(), qPrintable(describe(second.diagnostics)));
        QVERIFY2(errorCount(second.diagnostics) <= errorCount(first.diagnostics), qPrintable(describe(second.diagnostics)));
        QCOMPARE(second.pact->interactions.size(), first.pact->interactions.size());
        for (qsizetype i = 0; i < first.pact->interactions.size(); ++i) {
            QVERIFY2(first.pact->interactions.at(i) == second.pact->interactions.at(i),
                     qPrintable(QStringLiteral("interaction %1 differs after V4 round trip:\n%2\n%3")
                                    .arg(i)
                                    .arg(interactionText(first.pact->interactions.at(i)),
                                         interactionText(second.pact->interactions.at(i)))));
        }
        QVERIFY(*first.pact == *second.pact);
        // Deterministic: writing the reloaded pact gives the same bytes.
        QCOMPARE(PactWriter::write(*second.pact, SpecVersion::V4), v4);
        ++m_v4Equal;
    }

    void roundTripV3_data() { loads_data(); }

    void roundTripV3()
    {
        QFETCH(QString, file);
        const ReadResult first = PactReader::readFile(file);
        QVERIFY(first.ok());
        LossReport losses;
        const QByteArray v3 = PactWriter::write(*first.pact, SpecVersion::V3, &losses);
        const ReadResult second = PactReader::read(v3);
        QVERIFY2(second.ok(), qPrintable(describe(second.diagnostics)));
        if (!losses.isEmpty()) {
            ++m_v3Lossy;
            return;
        }
        for (qsizetype i = 0; i < first.pact->interactions.size(); ++i)
            QVERIFY2(first.pact->interactions.at(i) == second.pact->interactions.value(i),
                     qPrintable(QStringLiteral("interaction %1 differs after V3 round trip:\n%2").arg(i).arg(QString::fromUtf8(v3))));
        QVERIFY(*first.pact == *second.pact);
        ++m_v3Equal;
    }

    void edgeFilesAreLocated_data()
    {
        QTest::addColumn<QString>("file");
        addFiles(QStringLiteral("edge"));
    }

    void edgeFilesAreLocated()
    {
        QFETCH(QString, file);
        const ReadResult r = PactReader::readFile(file);
        QVERIFY2(!r.diagnostics.isEmpty(), "a deliberately bad file must give at least one diagnostic");
        for (const Diagnostic &d : r.diagnostics) {
            QVERIFY2(!d.message.isEmpty(), "every diagnostic says what is wrong");
            if (d.severity != Diagnostic::Severity::Warning || !r.ok())
                QVERIFY2(d.line > 0 || !d.jsonPath.isEmpty() || d.message.contains(u"cannot read"),
                         qPrintable(QStringLiteral("unlocated: ") + d.toString()));
        }
        if (!r.ok())
            QVERIFY(hasFatal(r.diagnostics));
    }

    void cleanupTestCase()
    {
        qInfo("corpus: %d files loaded, %d equal after V4 round trip, %d equal after V3 round trip, %d with a V3 loss report",
              m_loaded, m_v4Equal, m_v3Equal, m_v3Lossy);
    }
};

QTEST_APPLESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
