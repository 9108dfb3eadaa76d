// SPDX-License-Identifier: MIT
// The workbench executable: application set-up, translations, the window and the files given.
// Everything else lives in the ui library (Pactbench::Ui).

#include <ui/document/documentmanager.h>
#include <ui/translations.h>
#include <ui/widgets/interactioneditor.h>
#include <ui/widgets/pacttreewidget.h>
#include <ui/window/filecontroller.h>
#include <ui/window/mainwindow.h>
#include <ui/window/paneldocks.h>
#include <ui/window/windowlayout.h>

#include <QApplication>
#include <QAction>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace {

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QApplication::translate("main", "Workbench for Pact contract files."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("files"), QApplication::translate("main", "Pact files to open."), QStringLiteral("[FILE…]"));
    parser.addOption({ QStringLiteral("select"),
        QApplication::translate("main", "Select interaction INDEX of the first file, with its parts open."),
        QStringLiteral("INDEX") });
    parser.addOption({ QStringLiteral("tab"),
        QApplication::translate("main", "Show editor tab NAME: general, request, response, message or rules."),
        QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to FILE, then quit (uses fresh settings)."),
        QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("dock"),
        QApplication::translate("main", "Show dock NAME: mock, verification, diagnostics or json (repeatable)."),
        QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("layout-report"),
        QApplication::translate("main",
            "Write to FILE whether the window fits its screen (\"ok\" or what does not fit) once shown."),
        QStringLiteral("FILE") });
}

void showDocks(Pactbench::MainWindow &window, const QStringList &names)
{
    for (const QString &name : names) {
        if (name == u"mock")
            window.panels()->showMockServerAction()->trigger();
        else if (name == u"verification")
            window.panels()->showVerificationAction()->trigger();
        else if (QDockWidget *dock = window.findChild<QDockWidget *>(name + QStringLiteral("Dock")))
            dock->show(); // diagnostics, rawJson
        else if (name == u"json")
            window.findChild<QDockWidget *>(QStringLiteral("rawJsonDock"))->show();
    }
}

/// "ok", or one problem a line; then the measurements.
bool writeLayoutReport(const Pactbench::MainWindow &window, const QString &path)
{
    const QStringList problems = Pactbench::WindowLayout::problems(window, 30);
    QSaveFile file(path); // appears whole: a script waits for it
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    const QString text = (problems.isEmpty() ? QStringLiteral("ok") : problems.join(u'\n')) + u'\n'
        + Pactbench::WindowLayout::report(window) + u'\n';
    file.write(text.toUtf8());
    // PACTBENCH_LAYOUT_DEBUG=300x150: also every widget whose minimum is larger (where a minimum comes from).
    if (const QSize limit = QSize(qEnvironmentVariable("PACTBENCH_LAYOUT_DEBUG").section(u'x', 0, 0).toInt(),
            qEnvironmentVariable("PACTBENCH_LAYOUT_DEBUG").section(u'x', 1, 1).toInt());
        !limit.isEmpty())
        file.write(Pactbench::WindowLayout::oversizedWidgets(&window, limit).join(u'\n').toUtf8() + '\n');
    return file.commit() && problems.isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Pactbench"));
    QApplication::setApplicationName(QStringLiteral("pactbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Pactbench"));
    QApplication::setApplicationVersion(QStringLiteral(PACTBENCH_VERSION));
    Pactbench::installTranslations(&app);

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    const QString layoutReport = parser.value(QStringLiteral("layout-report"));
    if (!screenshot.isEmpty() || !layoutReport.isEmpty())
        QStandardPaths::setTestModeEnabled(true); // pictures never depend on the user's saved layout

    Pactbench::MainWindow window;
    window.show();
    // Files are read off the GUI thread; selecting and taking the picture wait for them.
    const auto afterLoading = [&window, &parser, screenshot, layoutReport] {
        if (parser.isSet(QStringLiteral("select")) && window.documents()->count() > 0) {
            window.selectInteraction(
                window.documents()->documents().constFirst(), parser.value(QStringLiteral("select")).toInt());
            window.treeWidget()->expandCurrent();
        }
        if (parser.isSet(QStringLiteral("tab")))
            window.interactionEditor()->showTab(parser.value(QStringLiteral("tab")) + QStringLiteral("Tab"));
        showDocks(window, parser.values(QStringLiteral("dock")));
        if (!layoutReport.isEmpty()) // the window stays open (scripts/screenshots grabs the screen, then ends it)
            QTimer::singleShot(400, &window, [&window, layoutReport] { writeLayoutReport(window, layoutReport); });
        if (!screenshot.isEmpty()) {
            QTimer::singleShot(500, &window, [&window, screenshot] {
                const bool saved = window.grab().save(screenshot);
                QApplication::exit(saved ? 0 : 1);
            });
        }
    };
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        afterLoading();
    } else {
        QObject::connect(window.fileController(), &Pactbench::FileController::loadingFinished, &window, afterLoading,
            Qt::SingleShotConnection);
        window.openFiles(files);
    }
    return app.exec();
}
