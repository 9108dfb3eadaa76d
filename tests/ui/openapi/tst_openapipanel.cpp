// SPDX-License-Identifier: MIT
// The OpenAPI panel inside the real MainWindow (offscreen): Tools › Check Against OpenAPI… asks for the document
// and checks the current pact off the GUI thread; the findings are grouped by interaction and mark the tree;
// double-clicking a finding selects its interaction and the field in the editor; an edit checks again; a
// document that does not load shows its located error; the document is remembered per pact.
#include "../uitestutils.h"
#include "openapitestdata.h"

#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>
#include <ui/models/pacttreemodel.h>
#include <ui/models/roles.h>
#include <ui/openapi/findingdetail.h>
#include <ui/openapi/findingsmodel.h>
#include <ui/openapi/openapipanel.h>
#include <ui/openapi/specsettings.h>
#include <ui/widgets/bodyeditor.h>
#include <ui/widgets/codeeditor.h>
#include <ui/widgets/interactioneditor.h>
#include <ui/widgets/pacttreewidget.h>
#include <ui/window/mainwindow.h>
#include <ui/window/paneldocks.h>

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeView>
#include <QTreeWidget>

using namespace Pactbench;

namespace {

constexpr int Timeout = 60000; // a loaded 2-core machine

/// Answers "Browse…" with a file.
class SpecDialogs : public Test::RecordingDialogService
{
public:
    QString specFile;
    int asked = 0;
    QString openSpecFileName(QWidget *, const QString &) override
    {
        ++asked;
        return specFile;
    }
};

} // namespace

class TestOpenApiPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    SpecDialogs *m_dialogs = nullptr;
    PactDocument *m_document = nullptr;
    QString m_spec;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write the test file");
        return path;
    }

    OpenApiPanel *panel() const { return m_window->panels()->openApi(); }

    Roles::SpecCheckMark mark(int interaction) const
    {
        return Roles::SpecCheckMark(
            m_window->treeModel()->indexForInteraction(m_document, interaction).data(Roles::SpecCheckRole).toInt());
    }

    /// The interactions the findings view lists.
    QList<int> listed() const
    {
        QList<int> out;
        const FindingsModel *model = panel()->findingsModel();
        for (int row = 0; row < model->rowCount(); ++row)
            out.append(model->index(row, 0).data(FindingsModel::InteractionIndexRole).toInt());
        return out;
    }

    /// Tools › Check Against OpenAPI… with the test document chosen in the file dialog; waits for the findings.
    void checkFromToolsMenu()
    {
        QSignalSpy finished(panel(), &OpenApiPanel::checkFinished);
        m_dialogs->specFile = m_spec;
        m_window->panels()->showOpenApiAction()->trigger();
        QCOMPARE(m_dialogs->asked, 1);
        QVERIFY(m_window->panels()->openApiDock()->isVisible());
        // The dock open, the window still fits a laptop screen (1366×768 less a title bar and a panel).
        const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        QVERIFY2(minimum.width() <= 1366 && minimum.height() <= 690,
            qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0 && !panel()->isChecking(), Timeout);
    }

    void shoot(const QString &name) const
    {
        if (const QString dir = qEnvironmentVariable("PACTBENCH_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(300);
            QVERIFY(m_window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_spec = write(u"orders.yaml"_qs, Test::OrdersSpec);
    }

    void init()
    {
        QSettings().remove(u"openapi"_qs);
        m_window = std::make_unique<MainWindow>();
        auto dialogs = std::make_unique<SpecDialogs>();
        m_dialogs = dialogs.get();
        m_window->setDialogService(std::move(dialogs));
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(write(u"orders.json"_qs, Test::OrdersPact)));
        m_document = m_window->documents()->documents().constFirst();
        QCOMPARE(panel()->currentDocument(), m_document);
    }

    void cleanup() { m_window.reset(); }

    void findingsMarkTheTree()
    {
        checkFromToolsMenu();
        QCOMPARE(listed(), (QList<int>{ 0, 3 }));
        QCOMPARE(mark(0), Roles::SpecCheckMark::Error);
        QCOMPARE(mark(1), Roles::SpecCheckMark::None);
        QCOMPARE(mark(2), Roles::SpecCheckMark::None); // a message: skipped
        QCOMPARE(mark(3), Roles::SpecCheckMark::Error);
        QVERIFY2(panel()->statusText().contains(u"1 message interaction skipped"_qs), qPrintable(panel()->statusText()));
        const QString tip = m_window->treeModel()->indexForInteraction(m_document, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"OpenAPI: 1 error"_qs), qPrintable(tip));
        // Coverage: the three operations, /customers never called.
        const QTreeWidget *coverage = panel()->coverageView();
        QCOMPARE(coverage->topLevelItemCount(), 3);
        QCOMPARE(coverage->topLevelItem(2)->text(0), u"GET /customers"_qs);
        QCOMPARE(coverage->topLevelItem(2)->text(1), u"not covered"_qs);
        QCOMPARE(coverage->topLevelItem(1)->text(1), u"1"_qs);
        // Remembered for the pact.
        QCOMPARE(SpecSettingsStore::load(m_document).source, m_spec);
    }

    void doubleClickSelectsTheField()
    {
        checkFromToolsMenu();
        m_window->selectInteraction(m_document, 1);
        QTreeView *view = panel()->findingsView();
        const QModelIndex finding = panel()->findingsModel()->index(0, 0, panel()->findingsModel()->index(0, 0));
        QVERIFY(finding.isValid());
        const QString where = finding.data(FindingsModel::MockLocationRole).toString();
        view->scrollTo(finding);
        const QPoint at = view->visualRect(finding).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(panel()->detail()->isVisible());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(m_window->treeWidget()->currentSourceIndex().data(Roles::InteractionIndexRole).toInt(), 0);
        InteractionEditor *editor = m_window->interactionEditor();
        QCOMPARE(editor->interactionIndex(), 0);
        QCOMPARE(editor->tabs()->currentWidget()->objectName(), u"responseTab"_qs);
        QCOMPARE(where, u"[root].interactions[0].response.body.id"_qs);
        auto *body = editor->findChild<BodyEditor *>(u"responseBodyEditor"_qs);
        QVERIFY(body);
        QVERIFY2(body->editor()->textCursor().block().text().contains(u"\"id\""_qs),
            qPrintable(body->editor()->textCursor().block().text()));
        QVERIFY(panel()->detail()->specText().contains(u"orders.yaml:"_qs));
        shoot(u"openapi-check"_qs);
    }

    void editsCheckAgain()
    {
        checkFromToolsMenu();
        Interaction fixed = m_document->pact().interactions.at(0);
        fixed.response.body = Body::fromJson(QJsonObject{ { u"id"_qs, 1 }, { u"name"_qs, u"a"_qs } });
        m_document->setInteraction(0, fixed);
        QTRY_COMPARE_WITH_TIMEOUT(mark(0), Roles::SpecCheckMark::None, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(listed(), (QList<int>{ 3 }), Timeout);
        QCOMPARE(mark(3), Roles::SpecCheckMark::Error);
    }

    void brokenDocumentShowsItsError()
    {
        checkFromToolsMenu();
        QSignalSpy finished(panel(), &OpenApiPanel::checkFinished);
        const QString broken = write(u"broken.yaml"_qs, "openapi: 3.0.3\ninfo: {title: x\npaths: [\n");
        panel()->setSpecSource(broken);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0 && !panel()->isChecking(), Timeout);
        QVERIFY2(panel()->statusText().contains(u"broken.yaml:"_qs), qPrintable(panel()->statusText()));
        QCOMPARE(panel()->findingsModel()->rowCount(), 0);
        QCOMPARE(mark(0), Roles::SpecCheckMark::None);
        QCOMPARE(panel()->coverageView()->topLevelItemCount(), 0);
        // A good document again, then none: the findings and marks go with it.
        panel()->setSpecSource(m_spec);
        QTRY_COMPARE_WITH_TIMEOUT(mark(0), Roles::SpecCheckMark::Error, Timeout);
        panel()->setSpecSource(QString());
        QCOMPARE(mark(0), Roles::SpecCheckMark::None);
        QCOMPARE(panel()->findingsModel()->rowCount(), 0);
        QCOMPARE(SpecSettingsStore::load(m_document).source, QString());
    }

    void documentIsRememberedPerPact()
    {
        checkFromToolsMenu();
        QVERIFY(m_window->openFile(write(u"other.json"_qs, Test::OrdersPact)));
        PactDocument *other = m_window->documents()->documents().constLast();
        QVERIFY(other != m_document);
        m_window->selectInteraction(other, 0);
        QCOMPARE(panel()->currentDocument(), other);
        QCOMPARE(panel()->specSource(), QString());
        QCOMPARE(mark(0), Roles::SpecCheckMark::None); // the marks belong to the pact shown
        m_window->selectInteraction(m_document, 0);
        QCOMPARE(panel()->specSource(), m_spec);
        QTRY_COMPARE_WITH_TIMEOUT(mark(0), Roles::SpecCheckMark::Error, Timeout);
        // Asked again only for a pact without a document.
        m_window->panels()->showOpenApiAction()->trigger();
        QCOMPARE(m_dialogs->asked, 1);
    }
};

QTEST_MAIN(TestOpenApiPanel)
#include "tst_openapipanel.moc"
