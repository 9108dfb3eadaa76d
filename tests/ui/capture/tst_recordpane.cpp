// SPDX-License-Identifier: MIT
// Record mode of the Mock Server dock inside the real window (offscreen): a recording proxy in front of
// a test provider on 127.0.0.1, requests through it appear in the table, Add to Pact adds them to the
// selected pact in one undo step; the proxy's problems shown in the pane; File › Import… of a HAR file
// opening a new unsaved pact. With PACTBENCH_SCREENSHOT_DIR set, saves the review step as capture-review.png.
#include "capturetestdata.h"

#include "../../verifier/testprovider.h"

#include <core/capture/record/recordingproxy.h>
#include <ui/capture/captureflow.h>
#include <ui/capture/proposalmodel.h>
#include <ui/capture/proposalreviewdialog.h>
#include <ui/capture/recordedexchangemodel.h>
#include <ui/capture/recordpane.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>
#include <ui/mock/mockserverpanel.h>
#include <ui/window/mainwindow.h>
#include <ui/window/paneldocks.h>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Pactbench;
using namespace Pactbench::Test;

namespace {

QByteArray order(int id, const char *uuid, const char *created, const char *email)
{
    return QStringLiteral(R"({"id":%1,"uuid":"%2","status":"OPEN","created":"%3","customer":{"email":"%4"},)"
                          R"("items":[{"sku":"A-%1","quantity":2,"price":9.5}]})")
        .arg(id)
        .arg(QLatin1String(uuid), QLatin1String(created), QLatin1String(email))
        .toUtf8();
}

} // namespace

class TestRecordPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    CaptureDialogService *m_dialogs = nullptr;
    QTemporaryDir m_dir;

    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_window->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no widget %s", name);
        return found;
    }

    RecordPane *pane() const { return m_window->panels()->recordPane(); }

    /// GET through the proxy; the status the client got.
    static int get(const QUrl &base, const QString &target)
    {
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(QUrl(base.toString() + target)));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(20000))
            return -1;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    bool startRecording(const QString &target, int port = 0)
    {
        child<QLineEdit>("recordTargetEdit")->setText(target);
        child<QSpinBox>("recordPortSpin")->setValue(port);
        child<QPushButton>("recordStartButton")->click();
        return QTest::qWaitFor([&] { return !child<QLineEdit>("recordUrlEdit")->text().isEmpty(); }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        auto dialogs = std::make_unique<CaptureDialogService>();
        m_dialogs = dialogs.get();
        m_window->setDialogService(std::move(dialogs));
        m_window->resize(1280, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void recordedRequestsAreAddedToThePact()
    {
        TestProvider provider;
        QVERIFY(provider.start());
        provider.route(QStringLiteral("GET"), QStringLiteral("/orders/7"),
            jsonResponse(200, order(7, "3f2504e0-4f89-41d3-9a0c-0305e82c3301", "2026-12-01T10:00:00Z", "ann@example.com")));
        provider.route(QStringLiteral("GET"), QStringLiteral("/orders/8"),
            jsonResponse(200, order(8, "9a7b330a-a736-41e5-9c0b-4b1e2f0c8a11", "2026-12-02T11:30:00Z", "bob@example.org")));

        Pact pact;
        pact.consumer.name = QStringLiteral("shop-web");
        pact.provider.name = QStringLiteral("orders-api");
        Interaction health;
        health.description = QStringLiteral("health check");
        pact.interactions.append(health);
        PactDocument *doc = m_window->documents()->addPact(pact, m_dir.filePath(QStringLiteral("shop.json")));
        m_window->selectInteraction(doc, 0);
        QCOMPARE(m_window->panels()->captureFlow()->openPact(), doc);

        m_window->panels()->showMockServerAction()->trigger();
        auto *mode = child<QComboBox>("mockModeCombo");
        QVERIFY(mode->isVisible());
        mode->setCurrentIndex(1);
        QCOMPARE(m_window->panels()->mockServer()->mode(), MockServerPanel::Mode::Record);
        QVERIFY(pane()->isVisible());

        QVERIFY(startRecording(provider.url().toString()));
        const QUrl proxy(child<QLineEdit>("recordUrlEdit")->text());
        QCOMPARE(proxy.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(child<QLabel>("recordStatusLabel")->text().contains(proxy.toString()));
        QCOMPARE(get(proxy, QStringLiteral("/orders/7")), 200);
        QCOMPARE(get(proxy, QStringLiteral("/orders/8")), 200);
        QCOMPARE(provider.requests().size(), 2);

        RecordedExchangeModel *model = pane()->model();
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, RecordedExchangeModel::PathColumn).data().toString(), QStringLiteral("/orders/7"));
        QCOMPARE(model->index(1, RecordedExchangeModel::PathColumn).data().toString(), QStringLiteral("/orders/8"));
        QCOMPARE(model->index(1, RecordedExchangeModel::StatusColumn).data().toInt(), 200);
        QCOMPARE(model->index(1, RecordedExchangeModel::ContentTypeColumn).data().toString(), QStringLiteral("application/json"));

        auto *add = child<QPushButton>("addToPactButton");
        QVERIFY(!add->isEnabled());
        auto *table = child<QTableView>("recordedExchangesView");
        table->selectRow(1);
        QVERIFY(add->isEnabled());
        QVERIFY(child<QPlainTextEdit>("recordedExchangeDetail")->toPlainText().contains(u"bob@example.org"_qs));
        table->selectAll();

        QStringList offered;
        m_dialogs->onDialog = [&](QDialog *dialog) {
            auto *review = qobject_cast<ProposalReviewDialog *>(dialog);
            offered = printModel(review->model());
            if (const QString dir = qEnvironmentVariable("PACTBENCH_SCREENSHOT_DIR"); !dir.isEmpty()) {
                dialog->resize(1100, 640);
                dialog->show();
                QTest::qWait(300);
                dialog->grab().save(QDir(dir).filePath(QStringLiteral("capture-review.png")));
                dialog->hide();
            }
            return review->addsToOpenPact() ? int(QDialog::Accepted) : int(QDialog::Rejected);
        };
        add->click();
        QCOMPARE(m_dialogs->dialogsShown, 1);
        QVERIFY(offered.size() > 2); // two interactions and the proposals below them
        QCOMPARE(doc->pact().interactions.size(), 3);
        QCOMPARE(doc->pact().interactions.at(1).request.path, QStringLiteral("/orders/7"));
        QCOMPARE(doc->pact().interactions.at(2).request.path, QStringLiteral("/orders/8"));
        QVERIFY(doc->pact().interactions.at(1).response.matchingRules.matcherCount() > 0);
        QCOMPARE(m_window->currentDocument(), doc);
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QCOMPARE(doc->pact().interactions.size(), 1);

        child<QPushButton>("recordClearButton")->click();
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(pane()->proxy()->count(), 0);
        child<QPushButton>("recordStopButton")->click();
        QTRY_VERIFY(!pane()->proxy()->isRunning());
        QVERIFY(child<QLineEdit>("recordUrlEdit")->text().isEmpty());
        QVERIFY(child<QPushButton>("recordStartButton")->isEnabled());
    }

    void targetIsChecked_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("problem"); ///< part of the text shown; empty: accepted
        QTest::newRow("http") << u"http://localhost:8080/api"_qs << QString();
        QTest::newRow("https") << u"https://orders.example"_qs << QString();
        QTest::newRow("empty") << QString() << u"Enter the provider's URL"_qs;
        QTest::newRow("ftp") << u"ftp://files.example"_qs << u"not an http or https URL"_qs;
        QTest::newRow("no scheme") << u"localhost:8080"_qs << u"not an http or https URL"_qs;
        QTest::newRow("no host") << u"http:///orders"_qs << u"names no host"_qs;
    }
    void targetIsChecked()
    {
        QFETCH(QString, target);
        QFETCH(QString, problem);
        QUrl url;
        QString why;
        QCOMPARE(RecordPane::checkTarget(target, &url, &why), problem.isEmpty());
        QVERIFY2(why.contains(problem), qPrintable(why));
        if (problem.isEmpty())
            QCOMPARE(url, QUrl(target));
        else {
            child<QLineEdit>("recordTargetEdit")->setText(target);
            QVERIFY(!pane()->start());
            QVERIFY(!pane()->proxy()->isRunning());
            QVERIFY(child<QLabel>("recordStatusLabel")->text().contains(problem));
        }
    }

    void proxyProblemsAreShownInThePane()
    {
        // A provider that is not there: the client gets 502, the pane says why, nothing is recorded.
        QTcpServer placeholder;
        QVERIFY(placeholder.listen(QHostAddress::LocalHost, 0));
        const quint16 closed = placeholder.serverPort();
        placeholder.close();
        QVERIFY(startRecording(QStringLiteral("http://127.0.0.1:%1").arg(closed)));
        const QUrl proxy(child<QLineEdit>("recordUrlEdit")->text());
        QCOMPARE(get(proxy, QStringLiteral("/orders/1")), 502);
        QTRY_VERIFY(child<QLabel>("recordStatusLabel")->text().contains(u"could not be forwarded"_qs));
        QCOMPARE(pane()->model()->rowCount(), 0);
        pane()->stop();
        QTRY_VERIFY(!pane()->proxy()->isRunning());

        // A port in use: the pane says it could not start (no message box).
        QTcpServer busy;
        QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
        child<QLineEdit>("recordTargetEdit")->setText(QStringLiteral("http://127.0.0.1:%1").arg(closed));
        child<QSpinBox>("recordPortSpin")->setValue(busy.serverPort());
        child<QPushButton>("recordStartButton")->click();
        QTRY_VERIFY(child<QLabel>("recordStatusLabel")->text().contains(u"Could not start recording"_qs));
        QTRY_VERIFY(!pane()->proxy()->isRunning());
        QVERIFY(m_dialogs->errors.isEmpty());
    }

    void fileImportOpensANewUnsavedPact()
    {
        const QString har = m_dir.filePath(QStringLiteral("traffic.har"));
        QFile file(har);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(harOf({ { QStringLiteral("http://api.test/users/1"), QByteArray("{\"id\": 1}") } }));
        file.close();
        QVERIFY(m_window->openExample());
        const qsizetype before = m_window->documents()->documents().size();
        m_dialogs->importFiles = { har };
        m_dialogs->importFormat = QStringLiteral("har");
        m_dialogs->onDialog = [](QDialog *) { return int(QDialog::Accepted); };
        auto *action = child<QAction>("importAction");
        QVERIFY(action->isEnabled());
        action->trigger();
        QCOMPARE(m_dialogs->importPrompts, 1);
        QVERIFY2(m_dialogs->errors.isEmpty(), qPrintable(m_dialogs->errors.join(u'\n')));
        QCOMPARE(m_window->documents()->documents().size(), before + 1);
        PactDocument *created = m_window->documents()->documents().constLast();
        QVERIFY(created->origin().isEmpty());
        QVERIFY(created->isDirty());
        QCOMPARE(created->pact().interactions.size(), 1);
        QCOMPARE(created->pact().interactions.first().request.path, QStringLiteral("/users/1"));
        QCOMPARE(m_window->currentDocument(), created);
    }
};

QTEST_MAIN(TestRecordPane)
#include "tst_recordpane.moc"
