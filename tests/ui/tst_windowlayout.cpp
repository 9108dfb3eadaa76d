// SPDX-License-Identifier: MIT
// The window on a laptop screen (offscreen, one 1366×768 screen): with the Mock Server and
// Verification docks open it fits, the tree's Item column shows whole descriptions, Raw JSON and
// Diagnostics are readable, no file name, URL or status text widens it, a saved layout that no
// longer fits is fitted to the screen, and the German labels are not cut.

#include "uitestutils.h"

#include <ui/dialogservice.h>
#include <ui/document/documentmanager.h>
#include <ui/translations.h>
#include <ui/mock/mockserverpanel.h>
#include <ui/models/pacttreemodel.h>
#include <ui/widgets/loadingindicator.h>
#include <ui/widgets/pacttreewidget.h>
#include <ui/window/filecontroller.h>
#include <ui/window/mainwindow.h>
#include <ui/window/paneldocks.h>
#include <ui/window/windowlayout.h>

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>

using namespace Pactbench;

namespace {

constexpr QSize Laptop(1366, 768);
// Room for a title bar and a desktop panel on a real 1366×768 screen.
constexpr QSize LaptopMinimum(1366, 690);

QString joined(const QStringList &lines)
{
    return u'\n' + lines.join(u'\n');
}

} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> newWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setDialogService(std::make_unique<Test::RecordingDialogService>());
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("window not exposed");
        return window;
    }

    /// The example open, an interaction selected, the Mock Server and Verification docks shown.
    static void openWithBothDocks(MainWindow *window)
    {
        QVERIFY(window->openExample());
        window->selectInteraction(window->documents()->documents().constFirst(), 1);
        window->panels()->showMockServerAction()->trigger();
        window->panels()->showVerificationAction()->trigger();
        settle();
        QVERIFY(window->panels()->mockServerDock()->isVisibleTo(window));
        QVERIFY(window->panels()->verificationDock()->isVisible());
    }

    /// Docks move animated (and resize a moment later): let them arrive.
    static void settle()
    {
        QTest::qWait(400);
    }

    /// The window's frame exactly on the 1366×768 screen.
    static void fillScreen(MainWindow *window)
    {
        window->resize(Laptop - (window->frameGeometry().size() - window->geometry().size()));
        window->move(0, 0);
        settle();
    }

    static QSize minimumOf(const MainWindow *window)
    {
        return window->minimumSizeHint().expandedTo(window->minimumSize());
    }

    static void verifyMinimumFits(const MainWindow *window)
    {
        const QSize minimum = minimumOf(window);
        QVERIFY2(minimum.width() <= LaptopMinimum.width() && minimum.height() <= LaptopMinimum.height(),
            qPrintable(QStringLiteral("minimum %1x%2; widgets:").arg(minimum.width()).arg(minimum.height())
                + joined(WindowLayout::oversizedWidgets(window, LaptopMinimum / 2))));
    }

    /// Visible labels and buttons narrower than their text, or clipped by what holds them.
    static QStringList cutTexts(const QWidget *root)
    {
        QStringList out;
        for (const QWidget *w : root->findChildren<QWidget *>()) {
            // A dock behind another's tab stays "visible", moved out of the window.
            if (!w->isVisible() || w->width() <= 0
                || !QRect(w->mapTo(root, QPoint()), w->size()).intersects(root->rect()))
                continue;
            QString text;
            int needed = 0;
            if (const auto *label = qobject_cast<const QLabel *>(w); label && !label->wordWrap()) {
                text = label->text();
                needed = label->minimumSizeHint().width();
            } else if (const auto *button = qobject_cast<const QAbstractButton *>(w);
                       button && !button->text().isEmpty() && !button->inherits("QToolButton")) {
                text = button->text();
                needed = button->sizeHint().width();
            }
            if (text.isEmpty())
                continue;
            // How much of its width is inside every widget that holds it (a scroll area's viewport, a
            // splitter pane); scrolled out of sight vertically is not cut.
            int left = 0;
            int right = w->width();
            for (const QWidget *up = w; up->parentWidget() && !up->isWindow(); up = up->parentWidget()) {
                left = qMax(left + up->x(), 0);
                right = qMin(right + up->x(), up->parentWidget()->width());
            }
            const int shown = qMax(0, right - left);
            if (w->width() < needed || shown < w->width())
                out.append(QStringLiteral("%1 “%2”: %3 of %4 px shown").arg(w->objectName(), text).arg(shown).arg(needed));
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), Laptop);
    }

    void cleanup()
    {
        QSettings().clear();
    }

    void firstStartFitsTheScreen()
    {
        const auto window = newWindow();
        QVERIFY2(QRect(QPoint(), Laptop).contains(window->frameGeometry()), qPrintable(WindowLayout::report(*window)));
        verifyMinimumFits(window.get());
    }

    void bothDocksFitALaptopScreen()
    {
        const auto window = newWindow();
        openWithBothDocks(window.get());
        fillScreen(window.get());
        qInfo("%s", qPrintable(WindowLayout::report(*window)));
        verifyMinimumFits(window.get());
        QCOMPARE(window->frameGeometry(), QRect(QPoint(), Laptop));
        const QStringList problems = WindowLayout::problems(*window, 30);
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
        QVERIFY(WindowLayout::itemColumnCharacters(*window) >= 30);
        // Both panels share one tab group at the bottom (with Diagnostics), and keep a usable height.
        QVERIFY(window->tabifiedDockWidgets(window->panels()->mockServerDock())
                    .contains(window->panels()->verificationDock()));
        QVERIFY(window->panels()->verificationDock()->height() >= 200);
        const QStringList cut = cutTexts(window.get());
        QVERIFY2(cut.isEmpty(), qPrintable(joined(cut)));
    }

    void docksKeepTheirStateWhenClosedAndTabbed()
    {
        const auto window = newWindow();
        openWithBothDocks(window.get());
        QDockWidget *mock = window->panels()->mockServerDock();
        auto *host = mock->findChild<QLineEdit *>(QStringLiteral("hostEdit"));
        QVERIFY(host);
        host->setText(QStringLiteral("0.0.0.0"));
        mock->close();
        QVERIFY(!mock->isVisibleTo(window.get()));
        window->panels()->showMockServerAction()->trigger();
        QVERIFY(mock->isVisible());
        QCOMPARE(host->text(), QStringLiteral("0.0.0.0"));
        verifyMinimumFits(window.get());
    }

    void longNamesDoNotWidenTheWindow()
    {
        const auto window = newWindow();
        openWithBothDocks(window.get());
        const int before = minimumOf(window.get()).width();
        // A pact whose file name is 180 characters without a space.
        QFile example(FileController::examplePath());
        QVERIFY(example.open(QIODevice::ReadOnly));
        const QString path = m_dir.filePath(QString(170, u'x') + QStringLiteral("-pact.json"));
        QFile copy(path);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(example.readAll());
        copy.close();
        QVERIFY(window->openFile(path));
        window->selectInteraction(window->documents()->documents().constLast(), 0);
        window->panels()->showMockServerAction()->trigger();
        QCoreApplication::processEvents();
        QVERIFY2(minimumOf(window.get()).width() <= before,
            qPrintable(joined(WindowLayout::oversizedWidgets(window.get(), QSize(before / 2, LaptopMinimum.height())))));
        // Status texts that name a file or a URL.
        const QString url = QStringLiteral("http://127.0.0.1:8080/") + QString(200, u'p');
        window->findChild<LoadingIndicator *>()->start(path, 3);
        for (const char *name : { "serverStatusLabel", "statusLabel", "diffSummary", "verifySummary",
                 "journalDetailSummary", "detailTitle", "detailJsonPath", "currentPactLabel" }) {
            const QList<QLabel *> labels = window->findChildren<QLabel *>(QLatin1String(name));
            QVERIFY2(!labels.isEmpty(), name);
            for (QLabel *label : labels)
                label->setText(url);
        }
        QCoreApplication::processEvents();
        QVERIFY2(minimumOf(window.get()).width() <= before,
            qPrintable(joined(WindowLayout::oversizedWidgets(window.get(), QSize(before / 2, LaptopMinimum.height())))));
    }

    void savedLayoutThatNoLongerFitsIsFitted()
    {
        {
            const auto window = newWindow();
            openWithBothDocks(window.get());
            window->setGeometry(200, 150, 1715, 1031); // saved on a larger screen
            QCoreApplication::processEvents();
            QVERIFY(window->close());
        }
        QVERIFY(QSettings().contains(QStringLiteral("MainWindow/geometry")));
        const auto window = newWindow();
        QVERIFY(window->openExample());
        settle();
        QVERIFY2(QRect(QPoint(), Laptop).contains(window->frameGeometry()), qPrintable(WindowLayout::report(*window)));
        QVERIFY(window->panels()->verificationDock()->isVisibleTo(window.get())); // the docks come back as they were
        const QStringList problems = WindowLayout::problems(*window, 30);
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    }

    void germanLabelsAreNotCut()
    {
#ifdef PACTBENCH_QM_DIR
        QTranslator translator;
        if (!translator.load(QStringLiteral("pactbench_de"), QStringLiteral(PACTBENCH_QM_DIR)))
            QSKIP("pactbench_de.qm is not built");
        QCoreApplication::installTranslator(&translator);
        const auto window = newWindow();
        openWithBothDocks(window.get());
        fillScreen(window.get());
        QCOMPARE(window->panels()->mockServerDock()->windowTitle(), QStringLiteral("Mock-Server"));
        verifyMinimumFits(window.get());
        QStringList cut = cutTexts(window.get());
        window->panels()->showMockServerAction()->trigger();
        settle();
        cut += cutTexts(window.get());
        const QStringList problems = WindowLayout::problems(*window, 30);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(cut.isEmpty(), qPrintable(joined(cut)));
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
#else
        QSKIP("built without the translations");
#endif
    }

    // Qt's own buttons and dialogs speak German too (qtbase_de.qm from qt6-translations-l10n, which
    // scripts/setup installs): the close question offers Speichern, Verwerfen, Abbrechen.
    void qtOwnDialogsAreGerman()
    {
        QObject owner;
        const QStringList loaded = installTranslations(&owner, QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(loaded.contains(u"qtbase"_qs),
            "qtbase_de.qm is not in Qt's translations folder: install qt6-translations-l10n (scripts/setup does)");
        const auto window = newWindow();
        QStringList buttons;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            poll.stop();
            for (const QAbstractButton *b : box->buttons())
                buttons.append(b->text().remove(u'&'));
            if (const QString dir = qEnvironmentVariable("PACTBENCH_SCREENSHOT_DIR"); !dir.isEmpty())
                box->grab().save(QDir(dir).filePath(u"dialog-de.png"_qs));
            box->button(QMessageBox::Cancel)->click();
        });
        poll.start(20);
        DialogService dialogs;
        const UnsavedChoice choice = dialogs.askUnsavedChanges(window.get(), u"„orders.json“ hat ungespeicherte Änderungen."_qs);
        QCOMPARE(choice, UnsavedChoice::Cancel);
        buttons.sort();
        QCOMPARE(buttons, (QStringList{ u"Abbrechen"_qs, u"Speichern"_qs, u"Verwerfen"_qs }));
    }
};

int main(int argc, char *argv[])
{
    // One 1366×768 screen (the offscreen platform reads its screens from a JSON file).
    QTemporaryDir config;
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.isEmpty() || platform == "offscreen") {
        QFile file(config.filePath(QStringLiteral("screens.json")));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the screen configuration");
        file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
        file.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(file.fileName()));
    }
    QApplication app(argc, argv);
    TestWindowLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowlayout.moc"
