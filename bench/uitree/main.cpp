// SPDX-License-Identifier: MIT
// bench-ui-tree [INTERACTIONS]: writes a pact of INTERACTIONS (default 10,000) HTTP interactions
// with JSON bodies and matching rules, opens it in the real MainWindow the way a user does
// (read on a worker thread), then edits it through the window's own actions and widgets. A 1 ms
// timer on the GUI thread records the longest gap between its ticks: the longest stall a user
// would feel. Prints load-to-tree time, resident memory, and the stall and time of each step.
#include <core/model/pactwriter.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>
#include <ui/models/pacttreemodel.h>
#include <ui/widgets/interactioneditor.h>
#include <ui/widgets/pacttreewidget.h>
#include <ui/window/editcontroller.h>
#include <ui/window/filecontroller.h>
#include <ui/window/mainwindow.h>

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

using namespace Pactbench;

namespace {

/// The longest gap between the ticks of a 1 ms timer, since the last reset().
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] { m_longest = qMax(m_longest, m_clock.restart()); });
        m_timer.start();
        m_clock.start();
    }
    void reset()
    {
        QCoreApplication::processEvents();
        m_clock.restart();
        m_longest = 0;
    }
    qint64 longest() const { return qMax(m_longest, m_clock.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

Pact generatedPact(int count)
{
    Pact pact;
    pact.consumer.name = QStringLiteral("web-app");
    pact.provider.name = QStringLiteral("catalogue");
    pact.specVersion = SpecVersion::V4;
    for (int i = 0; i < count; ++i) {
        Interaction interaction;
        interaction.description = QStringLiteral("get item %1").arg(i);
        interaction.providerStates.append({ QStringLiteral("item %1 exists").arg(i), {}, {} });
        interaction.request.path = QStringLiteral("/items/%1").arg(i);
        interaction.request.headers.append(QStringLiteral("Accept"), QStringLiteral("application/json"));
        QJsonArray tags;
        for (int t = 0; t < 20; ++t)
            tags.append(QStringLiteral("tag-%1-%2").arg(i).arg(t));
        interaction.response.body = Body::fromJson(
            QJsonObject{ { QStringLiteral("id"), i }, { QStringLiteral("name"), QStringLiteral("item %1").arg(i) },
                { QStringLiteral("price"), 9.5 + i }, { QStringLiteral("tags"), tags } },
            QStringLiteral("application/json"));
        RuleList rules;
        rules.matchers.append(Matcher{ QStringLiteral("type"), {} });
        interaction.response.matchingRules.add(QStringLiteral("body"), QStringLiteral("$.id"), rules);
        interaction.response.matchingRules.add(QStringLiteral("body"), QStringLiteral("$.tags[*]"), rules);
        pact.interactions.append(interaction);
    }
    return pact;
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void report(const char *step, qint64 ms, const StallMeter &meter)
{
    std::printf("%-44s %7lld ms   longest stall %5lld ms\n", step, static_cast<long long>(ms),
        static_cast<long long>(meter.longest()));
}

/// Runs `step` and then the event loop until the window is idle, timing both.
template<typename F> void timed(const char *name, StallMeter &meter, F step)
{
    meter.reset();
    QElapsedTimer clock;
    clock.start();
    step();
    QCoreApplication::processEvents();
    report(name, clock.elapsed(), meter);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.json"));
    QString error;
    if (!PactWriter::writeFile(path, generatedPact(count), SpecVersion::V4, &error)) {
        std::fprintf(stderr, "cannot write the pact: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("pact: %d interactions, %.1f MB\n", count, QFile(path).size() / 1e6);

    MainWindow window;
    window.show();
    StallMeter meter;
    const qint64 rssBefore = residentKiB();

    meter.reset();
    QElapsedTimer clock;
    clock.start();
    window.openFiles({ path });
    while (window.treeModel()->rowCount() == 0 && clock.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    QCoreApplication::processEvents();
    report("open (worker read) to tree row", clock.elapsed(), meter);
    std::printf(
        "resident memory: %.1f MiB before, %.1f MiB with the pact open\n", rssBefore / 1024.0, residentKiB() / 1024.0);

    PactDocument *document = window.documents()->documents().value(0);
    if (!document)
        return 1;
    const EditController::Actions &edit = window.editController()->actions();
    timed("select interaction 5000 (editor shows it)", meter, [&] { window.selectInteraction(document, count / 2); });
    auto *description = window.findChild<QLineEdit *>(QStringLiteral("descriptionEdit"));
    timed("type 10 characters into its description", meter,
        [&] { QTest::keyClicks(description, QStringLiteral(" (edited)")); });
    timed("deferred refreshes after typing (300 ms)", meter, [] { QTest::qWait(300); });
    // The impact of the edits (core/diff against the saved pact, on a worker) reaches the tree and
    // the status line; the stall is what the GUI thread spends taking it.
    auto *impact = window.findChild<QLabel *>(QStringLiteral("editImpactLabel"));
    timed("edit impact shown (diff of 10,000 on a worker)", meter, [&] {
        QElapsedTimer wait;
        wait.start();
        while (impact->text().isEmpty() && wait.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        std::printf("  status line: %s\n", qPrintable(impact->text()));
    });
    timed("add an interaction after it", meter, [&] { edit.addInteraction->trigger(); });
    timed("duplicate it", meter, [&] { edit.duplicateInteraction->trigger(); });
    timed("move it up", meter, [&] { edit.moveUp->trigger(); });
    timed("delete it", meter, [&] { edit.deleteInteraction->trigger(); });
    timed("undo everything", meter, [&] {
        while (document->undoStack()->canUndo())
            document->undoStack()->undo();
    });
    timed("filter the tree for \"item 9999\"", meter,
        [&] { window.treeWidget()->setFilterText(QStringLiteral("item 9999")); });
    timed("clear the filter", meter, [&] { window.treeWidget()->setFilterText({}); });
    std::printf("resident memory after editing: %.1f MiB\n", residentKiB() / 1024.0);
    return 0;
}
