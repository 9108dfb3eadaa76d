// SPDX-License-Identifier: MIT
// bench-uiverify [INTERACTIONS] [--states] [--body-mb N]: shows the Verification panel offscreen, verifies a
// generated pact (JSON bodies with integer, type, regex, min and decimal rules; 1 % of the answers
// mismatch) against a provider served by Pactbench::Http on its own thread (the provider is another
// process in real life), and meanwhile a 1 ms timer on the GUI thread records the gaps between its
// ticks. Prints the longest stall, the gaps over 16 and 50 ms, the run's wall time and the rows shown.
// Then it selects a failed result: the time the selection blocks the GUI thread, the time until its
// body diff is complete (prepared on worker threads, then handed to views that paint only the lines
// on screen) and until the actual body is first painted, the stalls meanwhile (the meter runs again),
// and the time to jump to the mismatch. --body-mb N gives every body an "items"
// array of about N MB (every 10th answer then mismatches in one item), for the stalls of large bodies.
#include <core/http/httpserverthread.h>
#include <core/model/pactreader.h>
#include <ui/document/documentmanager.h>
#include <ui/verify/bodydiffview.h>
#include <ui/verify/verificationpanel.h>
#include <ui/verify/verificationresultsmodel.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <cstdio>
#include <ctime>
#include <functional>

using namespace Pactbench;

namespace {

int g_bodyMb = 0; ///< --body-mb

/// About g_bodyMb MB of order lines; a broken body has one line with a text quantity.
QJsonArray items(bool broken)
{
    QJsonArray out;
    const int count = g_bodyMb * 1024 * 1024 / 48;
    for (int i = 0; i < count; ++i)
        out.append(QJsonObject{ { QStringLiteral("sku"), QStringLiteral("SKU-%1").arg(i, 6, 10, QLatin1Char('0')) },
            { QStringLiteral("qty"), broken && i == count / 2 ? QJsonValue(QStringLiteral("many")) : QJsonValue(i % 7) },
            { QStringLiteral("price"), 12.5 } });
    return out;
}

QJsonObject body(int id, bool broken)
{
    if (g_bodyMb > 0)
        return { { QStringLiteral("id"), id }, { QStringLiteral("name"), QStringLiteral("Mary") },
            { QStringLiteral("email"), QStringLiteral("mary@example.com") },
            { QStringLiteral("roles"), QJsonArray{ QStringLiteral("admin") } }, { QStringLiteral("total"), 12.5 },
            { QStringLiteral("items"), items(broken) } };
    return { { QStringLiteral("id"), id },
        { QStringLiteral("name"), broken ? QStringLiteral("BROKEN") : QStringLiteral("Mary") },
        { QStringLiteral("email"), QStringLiteral("mary@example.com") },
        { QStringLiteral("roles"), QJsonArray{ QStringLiteral("admin"), QStringLiteral("user") } },
        { QStringLiteral("active"), true }, { QStringLiteral("total"), 12.5 } };
}

QJsonObject matcher(const QJsonObject &m)
{
    return { { QStringLiteral("matchers"), QJsonArray{ m } } };
}

Pact generatePact(int count, bool states)
{
    const QJsonObject rules{ { QStringLiteral("$.id"),
                                 matcher({ { QStringLiteral("match"), QStringLiteral("integer") } }) },
        { QStringLiteral("$.email"),
            matcher({ { QStringLiteral("match"), QStringLiteral("regex") },
                { QStringLiteral("regex"), QStringLiteral("[^@]+@[^@]+") } }) },
        { QStringLiteral("$.roles"),
            matcher({ { QStringLiteral("match"), QStringLiteral("type") }, { QStringLiteral("min"), 1 } }) },
        { QStringLiteral("$.total"), matcher({ { QStringLiteral("match"), QStringLiteral("decimal") } }) },
        { QStringLiteral("$.items[*].qty"), matcher({ { QStringLiteral("match"), QStringLiteral("integer") } }) } };
    QJsonArray interactions;
    for (int i = 0; i < count; ++i) {
        QJsonObject interaction{ { QStringLiteral("description"), QStringLiteral("get user %1").arg(i) },
            { QStringLiteral("request"),
                QJsonObject{ { QStringLiteral("method"), QStringLiteral("GET") },
                    { QStringLiteral("path"), QStringLiteral("/users/%1").arg(i) } } },
            { QStringLiteral("response"),
                QJsonObject{ { QStringLiteral("status"), 200 },
                    { QStringLiteral("headers"),
                        QJsonObject{ { QStringLiteral("Content-Type"), QStringLiteral("application/json") } } },
                    { QStringLiteral("body"), body(i, false) },
                    { QStringLiteral("matchingRules"), QJsonObject{ { QStringLiteral("body"), rules } } } } } };
        if (states)
            interaction.insert(QStringLiteral("providerStates"),
                QJsonArray{ QJsonObject{ { QStringLiteral("name"), QStringLiteral("user %1 exists").arg(i) } } });
        interactions.append(interaction);
    }
    const QJsonObject pact{ { QStringLiteral("consumer"),
                                QJsonObject{ { QStringLiteral("name"), QStringLiteral("web") } } },
        { QStringLiteral("provider"), QJsonObject{ { QStringLiteral("name"), QStringLiteral("users") } } },
        { QStringLiteral("interactions"), interactions },
        { QStringLiteral("metadata"),
            QJsonObject{ { QStringLiteral("pactSpecification"),
                QJsonObject{ { QStringLiteral("version"), QStringLiteral("3.0.0") } } } } } };
    return *PactReader::read(QJsonDocument(pact).toJson(QJsonDocument::Compact)).pact;
}

/// The provider: /users/<n> answers the user (every 100th one broken), anything else (state calls) 200 {}.
void provide(const HttpServerRequest &request, HttpResponder responder)
{
    HttpServerResponse response;
    response.headers.append(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
    response.body = "{}";
    if (request.path.startsWith(u"/users/")) {
        const int id = request.path.mid(7).toInt();
        const bool broken = id % 100 == 99 || (g_bodyMb > 0 && id % 10 == 9);
        response.body = QJsonDocument(body(id + 1000, broken)).toJson(QJsonDocument::Compact);
    }
    responder.respond(response);
}

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

/// Gaps between the ticks of a 1 ms timer on the GUI thread, and the GUI thread's CPU time in each:
/// a long gap with little CPU is the scheduler (a busy machine), not work done on the GUI thread.
struct StallMeter
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 lastCpu = 0;
    qint64 longestNs = 0;
    qint64 longestCpuNs = 0; ///< the GUI thread's CPU time during the longest gap
    qint64 longestBusyNs = 0; ///< the most GUI-thread CPU time between two ticks
    int over16 = 0;
    int over50 = 0;

    void start()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(1);
        QObject::connect(&timer, &QTimer::timeout, [this] { tick(); });
        clock.start();
        last = clock.nsecsElapsed();
        lastCpu = threadCpuNs();
        timer.start();
    }
    void tick()
    {
        const qint64 now = clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        const qint64 gap = now - last;
        const qint64 busy = cpu - lastCpu;
        last = now;
        lastCpu = cpu;
        if (gap > longestNs) {
            longestNs = gap;
            longestCpuNs = busy;
        }
        longestBusyNs = qMax(longestBusyNs, busy);
        over16 += gap > 16'000'000 ? 1 : 0;
        over50 += gap > 50'000'000 ? 1 : 0;
    }
};

void printStalls(const char *when, const StallMeter &meter)
{
    std::printf("%slongest GUI-thread stall: %.1f ms, %.1f ms of it on the GUI thread's CPU (gaps over 16 ms: %d, over "
                "50 ms: %d)\n",
        when, double(meter.longestNs) / 1e6, double(meter.longestCpuNs) / 1e6, meter.over16, meter.over50);
    std::printf("%slongest GUI-thread CPU burst between two ticks: %.1f ms\n", when, double(meter.longestBusyNs) / 1e6);
}

struct DiffTiming
{
    qint64 selectMs = -1; ///< the selection call, GUI thread blocked
    qint64 loadedMs = -1; ///< until the actual body is in its view (its loaded())
    qint64 firstLinesMs = -1; ///< until the actual body's view first paints it
    qint64 completeMs = -1; ///< until both bodies are in their views
    qint64 jumpMs = -1; ///< selecting the mismatch in the list (scrolls both bodies to it)
    QString shown; ///< lines and marks of the actual side
    StallMeter meter;
};

QString describe(const DiffCodeView *view)
{
    int mismatched = 0;
    int matched = 0;
    for (const DiffCodeView::Annotation &a : view->annotations())
        ++(a.kind == DiffCodeView::Annotation::Kind::Mismatch ? mismatched : matched);
    return QStringLiteral("actual body: %1 lines, %2 mismatched, %3 matched by a rule")
        .arg(view->lineCount())
        .arg(mismatched)
        .arg(matched);
}

/// Calls `painted` when `widget` gets a paint event.
struct FirstPaint : QObject
{
    FirstPaint(QWidget *widget, std::function<void()> painted) : m_painted(std::move(painted))
    {
        widget->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_painted();
        return false;
    }
    std::function<void()> m_painted;
};

/// Selects the failed result and waits for its body diff, with the stall meter running meanwhile.
void showDiff(VerificationPanel &panel, int failed, DiffTiming &out)
{
    if (failed < 0)
        return;
    auto *body = panel.findChild<BodyDiffView *>();
    QEventLoop loop;
    QObject::connect(body, &BodyDiffView::bodiesShown, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    QEventLoop paintLoop;
    QObject::connect(body->actualView(), &DiffCodeView::loaded, &loop, [&] {
        if (out.loadedMs < 0 && body->actualView()->lineCount() > 1) // not the empty text of "Preparing diff…"
            out.loadedMs = clock.elapsed();
    });
    FirstPaint firstPaint(body->actualView()->viewport(), [&] {
        if (out.loadedMs >= 0 && out.firstLinesMs < 0) {
            out.firstLinesMs = clock.elapsed();
            paintLoop.quit();
        }
    });
    out.meter.start();
    clock.start();
    panel.findChild<QTreeView *>(QStringLiteral("resultsView"))
        ->setCurrentIndex(panel.resultsModel()->indexOfInteraction(failed));
    out.selectMs = clock.elapsed();
    if (body->isPreparing())
        loop.exec();
    out.completeMs = clock.elapsed();
    if (out.firstLinesMs < 0) { // its loaded() is queued, the paint follows
        QTimer::singleShot(10000, &paintLoop, &QEventLoop::quit);
        paintLoop.exec();
    }
    out.meter.timer.stop();
    out.shown = describe(body->actualView());
    auto *mismatches = panel.findChild<QTreeWidget *>(QStringLiteral("mismatchList"));
    clock.restart();
    mismatches->setCurrentItem(mismatches->topLevelItem(0));
    QCoreApplication::processEvents();
    out.jumpMs = clock.elapsed();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the panel's settings go to a scratch place
    const QStringList args = app.arguments();
    const int count = args.size() > 1 && args.at(1).toInt() > 0 ? args.at(1).toInt() : 1000;
    const bool states = args.contains(QStringLiteral("--states"));
    if (const qsizetype at = args.indexOf(QStringLiteral("--body-mb")); at > 0)
        g_bodyMb = args.value(at + 1).toInt();

    HttpServerThread provider(provide);
    QUrl url;
    QObject::connect(&provider, &HttpServerThread::started, [&](const QUrl &u) { url = u; });
    provider.start(HttpServerConfig());
    while (url.isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);

    DocumentManager documents;
    PactDocument *document = documents.addPact(generatePact(count, states), QStringLiteral("bench-uiverify"));
    VerificationPanel panel(&documents);
    panel.resize(1400, 900);
    panel.show();
    panel.setCurrentDocument(document);
    panel.findChild<QLineEdit *>(QStringLiteral("providerBaseUrlEdit"))->setText(url.toString());
    panel.findChild<QLineEdit *>(QStringLiteral("stateChangeUrlEdit"))
        ->setText(states ? url.toString() + QStringLiteral("/_pact/state") : QString());
    QCoreApplication::processEvents();

    StallMeter meter;
    QElapsedTimer wall;
    VerificationSummary summary;
    QObject::connect(&panel, &VerificationPanel::runFinished, [&](const VerificationSummary &s) {
        summary = s;
        meter.timer.stop();
        QCoreApplication::exit(0);
    });
    meter.start();
    wall.start();
    panel.findChild<QPushButton *>(QStringLiteral("runButton"))->click();
    app.exec();
    const qint64 runMs = wall.elapsed();

    VerificationResultsModel *model = panel.resultsModel();
    const int failed = model->failedInteractions().isEmpty() ? -1 : model->failedInteractions().constFirst();
    DiffTiming diff;
    showDiff(panel, failed, diff);

    std::printf("interactions: %d%s\n", count, states ? " (with provider-state calls)" : "");
    std::printf("rows shown: %d (passed %d, failed %d, errors %d)\n", model->interactionCount(), summary.passed,
        summary.failed, summary.errors);
    std::printf("run wall time: %lld ms\n", static_cast<long long>(runMs));
    printStalls("", meter);
    std::printf("showing a failed result's diff: %lld ms (the selection; the GUI thread is blocked that long)\n",
        static_cast<long long>(diff.selectMs));
    std::printf("actual body in its view after: %lld ms, first painted after: %lld ms\n",
        static_cast<long long>(diff.loadedMs), static_cast<long long>(diff.firstLinesMs));
    std::printf("diff complete after: %lld ms (%s)\n", static_cast<long long>(diff.completeMs), qPrintable(diff.shown));
    printStalls("while the diff was prepared and shown: ", diff.meter);
    std::printf("jumping to the mismatch: %lld ms\n", static_cast<long long>(diff.jumpMs));
    provider.stop();
    return model->interactionCount() == count ? 0 : 1;
}
