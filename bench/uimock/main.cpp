// SPDX-License-Identifier: MIT
// bench-ui-mock [--rate N] [--seconds S] [--connections C] [--depth D]
// Shows MockServerPanel (offscreen works) serving a 3-interaction pact, floods the server from a
// client thread at N requests/s for S seconds (80 % matched, 10 % mismatched, 10 % unexpected),
// while a 1 ms timer on the GUI thread records the gaps between its ticks. Prints the longest
// GUI-thread stall, the gaps over 16 and 50 ms, requests/s achieved and the rows the table shows.
#include "loadclient.h"

#include <core/model/pactreader.h>
#include <ui/document/documentmanager.h>
#include <ui/mock/journalmodel.h>
#include <ui/mock/mockserverpanel.h>
#include <ui/mock/runningserver.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Pactbench;

namespace {

const char *PactJson = R"({"consumer": {"name": "web"}, "provider": {"name": "api"},
 "interactions": [
  {"description": "get user", "request": {"method": "GET", "path": "/users/1"},
   "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": {"id": 1, "name": "Bob"}}},
  {"description": "create user", "request": {"method": "POST", "path": "/users",
     "headers": {"Content-Type": "application/json"}, "body": {"name": "Bob", "age": 3},
     "matchingRules": {"body": {"$.age": {"matchers": [{"match": "integer"}]}}}},
   "response": {"status": 201}},
  {"description": "list orders", "request": {"method": "GET", "path": "/orders"}, "response": {"status": 200}}],
 "metadata": {"pactSpecification": {"version": "3.0.0"}}})";

/// Gaps between the ticks of a 1 ms timer on the GUI thread.
struct StallMeter
{
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestUs = 0;
    int over16 = 0;
    int over50 = 0;
    quint64 ticks = 0;

    void reset()
    {
        clock.start();
        last = 0;
        longestUs = 0;
        over16 = over50 = 0;
        ticks = 0;
    }
    void tick()
    {
        const qint64 now = clock.nsecsElapsed() / 1000;
        const qint64 gap = now - last;
        last = now;
        ++ticks;
        longestUs = qMax(longestUs, gap);
        over16 += gap > 16000;
        over50 += gap > 50000;
    }
};

QList<QByteArray> requestMix(const QUrl &url)
{
    const QByteArray get = Bench::rawRequest(url, "GET", "/users/1");
    const QByteArray bad = Bench::rawRequest(
        url, "POST", "/users", { "Content-Type: application/json" }, "{\"name\": \"Bob\", \"age\": \"x\"}");
    const QByteArray unexpected = Bench::rawRequest(url, "GET", "/nothing");
    QList<QByteArray> mix;
    for (int i = 0; i < 8; ++i)
        mix.append(get);
    mix << bad << unexpected;
    return mix;
}

/// CPU time the calling thread has used, in ms.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

/// Runs the event loop (sleeping when idle) until done() or ms have passed.
void waitFor(const std::function<bool()> &done, int ms)
{
    QEventLoop loop;
    QTimer check;
    check.callOnTimeout(&loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(10);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
}

/// Selects the newest mismatched request, lets the panel settle and saves it as a PNG.
void saveScreenshot(MockServerPanel &panel, const QString &path)
{
    auto *view = panel.findChild<QTreeView *>(QStringLiteral("journalView"));
    const QAbstractItemModel *model = view->model();
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        if (model->index(row, 0).data(JournalModel::VerdictRole).toInt() == int(JournalVerdict::Mismatched)) {
            view->setCurrentIndex(model->index(row, 0));
            view->scrollTo(model->index(row, 0));
            break;
        }
    }
    waitFor([] { return false; }, 500);
    if (!panel.grab().save(path))
        std::fprintf(stderr, "cannot save %s\n", qPrintable(path));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("pactbench-bench")); // not the user's remembered settings
    QCoreApplication::setApplicationName(QStringLiteral("bench-ui-mock"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("rate"), QStringLiteral("requests per second"), QStringLiteral("N"),
        QStringLiteral("10000") });
    parser.addOption(
        { QStringLiteral("seconds"), QStringLiteral("flood duration"), QStringLiteral("S"), QStringLiteral("5") });
    parser.addOption({ QStringLiteral("connections"), QStringLiteral("client connections"), QStringLiteral("C"),
        QStringLiteral("4") });
    parser.addOption({ QStringLiteral("depth"), QStringLiteral("pipelined requests per connection"),
        QStringLiteral("D"), QStringLiteral("64") });
    parser.addOption({ QStringLiteral("screenshot"),
        QStringLiteral("after the flood, select a mismatched request and save the panel as PNG"),
        QStringLiteral("PATH") });
    parser.process(app);
    const double rate = parser.value(QStringLiteral("rate")).toDouble();
    const double seconds = parser.value(QStringLiteral("seconds")).toDouble();

    DocumentManager documents;
    PactDocument *document
        = documents.addPact(*PactReader::read(QByteArray(PactJson)).pact, QStringLiteral("bench.json"));
    MockServerPanel panel(&documents);
    panel.resize(1400, 900);
    panel.show();
    panel.setCurrentDocument(document);
    RunningServer *server = panel.startServer();
    waitFor([server] { return server->state() != RunningServer::State::Starting; }, 10000);
    if (server->state() != RunningServer::State::Running) {
        std::fprintf(stderr, "mock server did not start: %s\n", qPrintable(server->error()));
        return 1;
    }

    StallMeter meter;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&meter] { meter.tick(); });
    meter.reset();
    ticker.start();
    waitFor([] { return false; }, 1000);
    const qint64 idleLongest = meter.longestUs;

    // Time from a batch's rows arriving to the end of its handling (insert, trim, view, summary).
    QElapsedTimer batchClock;
    QList<double> batchMs;
    QObject::connect(
        server->journal(), &QAbstractItemModel::rowsAboutToBeInserted, [&batchClock] { batchClock.start(); });
    QObject::connect(server, &RunningServer::journalUpdated, [&batchClock, &batchMs] {
        if (batchClock.isValid())
            batchMs.append(double(batchClock.nsecsElapsed()) / 1e6);
        batchClock.invalidate();
    });

    Bench::LoadClient client(server->url(), requestMix(server->url()),
        parser.value(QStringLiteral("connections")).toInt(), parser.value(QStringLiteral("depth")).toInt());
    Bench::LoadResult load;
    bool finished = false;
    QThread *thread = QThread::create([&] { load = client.run(rate, seconds); });
    QObject::connect(thread, &QThread::finished, [&finished] { finished = true; });
    meter.reset();
    const double cpuBefore = threadCpuMs();
    thread->start();
    waitFor([&finished] { return finished; }, int(seconds * 1000) + 20000);
    const StallMeter flood = meter;
    const double guiCpuMs = threadCpuMs() - cpuBefore;
    const double floodMs = double(flood.clock.elapsed());
    thread->wait();
    delete thread;
    waitFor([] { return false; }, 300); // the last batch
    ticker.stop();

    const JournalModel *journal = server->journal();
    const auto *view = panel.findChild<QTreeView *>(QStringLiteral("journalView"));
    std::printf("target rate:                 %.0f req/s for %.1f s\n", rate, seconds);
    std::printf("requests sent / answered:    %llu / %llu (%llu connection errors)\n", qulonglong(load.sent),
        qulonglong(load.answered), qulonglong(load.errors));
    std::printf("achieved:                    %.0f req/s\n", double(load.answered) / qMax(load.seconds, 0.001));
    std::printf("longest GUI-thread stall:    %.1f ms (idle before the flood: %.1f ms)\n",
        double(flood.longestUs) / 1000.0, double(idleLongest) / 1000.0);
    std::printf(
        "gaps > 16 ms / > 50 ms:      %d / %d (of %llu ticks)\n", flood.over16, flood.over50, qulonglong(flood.ticks));
    std::sort(batchMs.begin(), batchMs.end());
    std::printf("journal batches handled:     %lld, median %.2f ms, longest %.2f ms each\n", qlonglong(batchMs.size()),
        batchMs.isEmpty() ? 0.0 : batchMs.at(batchMs.size() / 2), batchMs.isEmpty() ? 0.0 : batchMs.last());
    std::printf("GUI thread CPU:              %.0f ms in %.1f s (%.1f %%; the 1 ms ticker included)\n", guiCpuMs,
        floodMs / 1000.0, 100.0 * guiCpuMs / qMax(floodMs, 1.0));
    std::printf("journal counters:            %llu total, %llu matched, %llu mismatched, %llu unexpected\n",
        qulonglong(journal->counters().total), qulonglong(journal->counters().matched),
        qulonglong(journal->counters().mismatched), qulonglong(journal->counters().unexpected));
    std::printf("rows shown:                  %d (capacity %d, %llu dropped); view model rows %d\n",
        journal->rowCount(), journal->capacity(), qulonglong(journal->droppedRows()), view->model()->rowCount());
    if (parser.isSet(QStringLiteral("screenshot")))
        saveScreenshot(panel, parser.value(QStringLiteral("screenshot")));
    panel.stopServer(server);
    return load.answered == load.sent && flood.longestUs < 50000 ? 0 : 1;
}
