// SPDX-License-Identifier: MIT
// The mock server's request journal: ring bounds, exact counters, batched publishing.
#include <core/mockserver/journal.h>
#include <core/mockserver/journalpublisher.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>
#include <QtTest>

using namespace Pactbench;

namespace {
JournalEntry entry(JournalVerdict verdict, const QString &target = QStringLiteral("/x"))
{
    JournalEntry e;
    e.timestamp = QDateTime::currentDateTimeUtc();
    e.method = QStringLiteral("GET");
    e.target = target;
    e.verdict = verdict;
    return e;
}

JournalVerdict verdictFor(int i)
{
    return i % 3 == 0 ? JournalVerdict::Matched : i % 3 == 1 ? JournalVerdict::Mismatched : JournalVerdict::Unexpected;
}
} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        Journal journal;
        QCOMPARE(journal.capacity(), 10000);
        QCOMPARE(journal.counters(), JournalCounters());
        QVERIFY(journal.entries().isEmpty());
    }

    void keepsEverythingUnderCapacity()
    {
        Journal journal(5);
        JournalEntry e = entry(JournalVerdict::Mismatched, QStringLiteral("/a"));
        e.interactionIndex = 3;
        e.score = 0.75;
        e.mismatches = QStringList{QStringLiteral("Expected 'a' but was 'b'")};
        QCOMPARE(journal.append(e), quint64(1));
        QCOMPARE(journal.append(entry(JournalVerdict::Matched)), quint64(2));
        const QList<JournalEntry> all = journal.entries();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].sequence, quint64(1));
        QCOMPARE(all[0].target, QStringLiteral("/a"));
        QCOMPARE(all[0].interactionIndex, 3);
        QCOMPARE(all[0].score, 0.75);
        QCOMPARE(all[0].mismatches.size(), 1);
        QCOMPARE(journal.counters().evicted, quint64(0));
    }

    void boundedWithExactCounters()
    {
        Journal journal(5);
        for (int i = 0; i < 1002; ++i)
            journal.append(entry(verdictFor(i), QStringLiteral("/%1").arg(i)));
        const QList<JournalEntry> kept = journal.entries();
        QCOMPARE(kept.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(kept[i].sequence, quint64(998 + i));
            QCOMPARE(kept[i].target, QStringLiteral("/%1").arg(997 + i));
        }
        const JournalCounters c = journal.counters();
        QCOMPARE(c.total, quint64(1002));
        QCOMPARE(c.matched, quint64(334));
        QCOMPARE(c.mismatched, quint64(334));
        QCOMPARE(c.unexpected, quint64(334));
        QCOMPARE(c.evicted, quint64(997));
        QCOMPARE(journal.lastSequence(), quint64(1002));
    }

    void entriesAfter()
    {
        Journal journal(5);
        for (int i = 0; i < 12; ++i)
            journal.append(entry(JournalVerdict::Matched));
        quint64 skipped = 99;
        QList<JournalEntry> out = journal.entriesAfter(3, 100, &skipped);
        QCOMPARE(out.size(), 5);
        QCOMPARE(out.first().sequence, quint64(8));
        QCOMPARE(skipped, quint64(4)); // 4..7 were evicted
        out = journal.entriesAfter(9, 100, &skipped);
        QCOMPARE(out.size(), 3);
        QCOMPARE(skipped, quint64(0));
        out = journal.entriesAfter(3, 2, &skipped); // only the newest two
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.first().sequence, quint64(11));
        QCOMPARE(skipped, quint64(7));
        out = journal.entriesAfter(12, 100, &skipped);
        QVERIFY(out.isEmpty());
        QCOMPARE(skipped, quint64(0));
    }

    void clear()
    {
        Journal journal(3);
        journal.append(entry(JournalVerdict::Unexpected));
        journal.clear();
        QCOMPARE(journal.counters(), JournalCounters());
        QVERIFY(journal.entries().isEmpty());
        QCOMPARE(journal.append(entry(JournalVerdict::Matched)), quint64(1));
    }

    void publisherBatchesAFlood()
    {
        Journal journal;
        JournalPublisher publisher(&journal, 50);
        QSignalSpy spy(&publisher, &JournalPublisher::batchReady);
        for (int i = 0; i < 5000; ++i) {
            journal.append(entry(verdictFor(i)));
            publisher.notify();
        }
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.count(), 1);
        auto batch = spy.takeFirst().at(0).value<JournalBatch>();
        QCOMPARE(batch.entries.size(), 5000);
        QCOMPARE(batch.skipped, quint64(0));
        QCOMPARE(batch.counters.total, quint64(5000));
        QCOMPARE(batch.entries.first().sequence, quint64(1));

        journal.append(entry(JournalVerdict::Matched));
        journal.append(entry(JournalVerdict::Matched));
        publisher.notify();
        QVERIFY(spy.wait(2000));
        batch = spy.takeFirst().at(0).value<JournalBatch>();
        QCOMPARE(batch.entries.size(), 2);
        QCOMPARE(batch.entries.first().sequence, quint64(5001));
        QCOMPARE(batch.counters.matched, quint64(1669));
        QVERIFY(!spy.wait(200)); // nothing new, nothing sent
    }

    void publisherRespectsInterval()
    {
        // At most one batch per interval while requests keep coming, and nothing lost. No wall-clock
        // bound that a loaded machine could break: the flood lasts until the publisher has sent three
        // batches during it (not a fixed 400 ms), and the gap check is a lower bound that load cannot
        // shorten: after a batch is recorded here, the publisher's timer restarts only on a later
        // notify() on this same thread, so a busy machine only makes the gaps longer. The slack
        // (half the interval) covers coarse timers firing up to 5% early and elapsed() truncating.
        Journal journal(100);
        const int interval = 60;
        JournalPublisher publisher(&journal, interval);
        QList<qint64> times;
        quint64 seen = 0;
        QElapsedTimer clock;
        clock.start();
        connect(&publisher, &JournalPublisher::batchReady, this, [&](const JournalBatch &b) {
            times.append(clock.elapsed());
            seen += b.skipped + quint64(b.entries.size());
        });
        QTimer producer; // 20 requests a millisecond until three batches went out during the flood
        int produced = 0;
        connect(&producer, &QTimer::timeout, this, [&] {
            for (int i = 0; i < 20; ++i, ++produced) {
                journal.append(entry(verdictFor(produced)));
                publisher.notify();
            }
            if (times.size() >= 3)
                producer.stop();
        });
        producer.start(1);
        // Bounds against hanging only (typically ~200 ms; a failing QTRY waits 3x): a publisher that waited
        // for the flood to end would never send.
        QTRY_VERIFY_WITH_TIMEOUT(!producer.isActive(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(seen, quint64(produced), 15000);
        // Three batches during the flood, one for the requests of the producer's last tick: no more.
        QCOMPARE(times.size(), 4);
        QVERIFY(!QTest::qWaitFor([&] { return times.size() > 4; }, 3 * interval)); // and nothing after
        for (qsizetype i = 1; i < times.size(); ++i)
            QVERIFY2(times[i] - times[i - 1] >= interval / 2, qPrintable(QString::number(times[i] - times[i - 1])));
        QCOMPARE(journal.counters().total, quint64(produced));
    }

    void publisherOverflowKeepsCountersExact()
    {
        Journal journal(10);
        JournalPublisher publisher(&journal, 20);
        QSignalSpy spy(&publisher, &JournalPublisher::batchReady);
        for (int i = 0; i < 100; ++i) {
            journal.append(entry(verdictFor(i)));
            publisher.notify();
        }
        QVERIFY(spy.wait(2000));
        const auto batch = spy.takeFirst().at(0).value<JournalBatch>();
        QCOMPARE(batch.entries.size(), 10);
        QCOMPARE(batch.skipped, quint64(90));
        QCOMPARE(batch.entries.first().sequence, quint64(91));
        QCOMPARE(batch.counters.total, quint64(100));
        QCOMPARE(batch.counters.evicted, quint64(90));
        QCOMPARE(batch.counters.matched + batch.counters.mismatched + batch.counters.unexpected, quint64(100));
    }

    void publisherOnWorkerThreadDeliversQueued()
    {
        Journal journal;
        QThread worker;
        auto *publisher = new JournalPublisher(&journal, 20);
        publisher->moveToThread(&worker);
        connect(&worker, &QThread::finished, publisher, &QObject::deleteLater);
        worker.start();
        QList<QThread *> receivedOn;
        qsizetype received = 0;
        connect(publisher, &JournalPublisher::batchReady, this, [&](const JournalBatch &b) {
            receivedOn.append(QThread::currentThread());
            received += b.entries.size();
        });
        for (int i = 0; i < 300; ++i) {
            journal.append(entry(JournalVerdict::Matched));
            publisher->notify(); // from the main thread: marshalled to the worker
        }
        QTRY_COMPARE_WITH_TIMEOUT(received, 300, 5000);
        for (QThread *t : std::as_const(receivedOn))
            QCOMPARE(t, QThread::currentThread());
        worker.quit();
        QVERIFY(worker.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
