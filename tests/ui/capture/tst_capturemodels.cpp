// SPDX-License-Identifier: MIT
// The capture views' models: the recorded exchanges table and the review tree (QAbstractItemModelTester
// attached while they change), and the compact matcher wording.
#include <core/capture/record/recordingproxy.h> // CapturedExchange as a metatype
#include <ui/capture/captureformat.h>
#include <ui/capture/proposalmodel.h>
#include <ui/capture/recordedexchangemodel.h>

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QtTest>

using namespace Pactbench;

namespace {

CapturedExchange exchange(const char *method, const QString &path, const char *query, int status,
                          const QByteArray &body, const char *contentType)
{
    CapturedExchange e;
    e.request.method = QString::fromLatin1(method);
    e.request.path = path;
    e.request.query = QueryParams::fromQueryString(QString::fromLatin1(query));
    e.response.status = status;
    const QString type = QString::fromLatin1(contentType);
    if (!type.isEmpty())
        e.response.headers.append(QStringLiteral("Content-Type"), type);
    if (!body.isNull())
        e.response.body = Body::fromBytes(body, type);
    e.source = QStringLiteral("recorded #%1").arg(status);
    return e;
}

RuleProposal proposal(RuleProposal::Side side, const QString &category, const QString &key, const QString &type,
                      const QJsonObject &attributes = {})
{
    RuleProposal p;
    p.side = side;
    p.category = category;
    p.key = key;
    p.matcher = Matcher{ type, attributes };
    p.reason = QStringLiteral("because ") + type;
    p.example = QString(QStringLiteral("ex-") + key);
    return p;
}

QList<CapturedInteraction> reviewData()
{
    CapturedInteraction a;
    a.interaction.description = QStringLiteral("GET /orders/7 → 200");
    a.source = QStringLiteral("recorded #1");
    a.proposals = { proposal(RuleProposal::Side::Response, QStringLiteral("body"), QStringLiteral("$.id"),
                        QStringLiteral("integer")),
        proposal(RuleProposal::Side::Request, QStringLiteral("path"), QString(), QStringLiteral("regex"),
            QJsonObject{ { QStringLiteral("regex"), QStringLiteral("^/orders/[0-9]+$") } }) };
    CapturedInteraction b;
    b.interaction.description = QStringLiteral("GET /health → 200");
    b.source = QStringLiteral("recorded #2");
    return { a, b };
}

} // namespace

class TestCaptureModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exchangeRows_data()
    {
        QTest::addColumn<CapturedExchange>("exchange");
        QTest::addColumn<QStringList>("row");
        QTest::addColumn<qint64>("size");
        QTest::newRow("json") << exchange("GET", u"/orders/7"_qs, "", 200, R"({"id":7})", "application/json; charset=utf-8")
                              << QStringList{ u"1"_qs, u"GET"_qs, u"/orders/7"_qs, u"200"_qs, u"application/json"_qs, u"8 bytes"_qs } << qint64(8);
        QTest::newRow("query, no body") << exchange("DELETE", u"/orders"_qs, "page=2&size=10", 204, {}, "")
                                        << QStringList{ u"1"_qs, u"DELETE"_qs, u"/orders?page=2&size=10"_qs, u"204"_qs, u""_qs, u""_qs }
                                        << qint64(0);
        QTest::newRow("binary 2 KiB") << exchange("GET", u"/logo.png"_qs, "", 200, QByteArray(2048, '\0'), "image/png")
                                      << QStringList{ u"1"_qs, u"GET"_qs, u"/logo.png"_qs, u"200"_qs, u"image/png"_qs, u"2.0 KiB"_qs }
                                      << qint64(2048);
    }
    void exchangeRows()
    {
        QFETCH(CapturedExchange, exchange);
        QFETCH(QStringList, row);
        QFETCH(qint64, size);
        QLocale::setDefault(QLocale::c());
        RecordedExchangeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append({ exchange });
        QStringList shown;
        for (int column = 0; column < model.columnCount(); ++column)
            shown.append(model.index(0, column).data().toString());
        QCOMPARE(shown, row);
        QCOMPARE(model.index(0, 0).data(RecordedExchangeModel::SizeRole).toLongLong(), size);
    }

    void exchangeBatchesAndClear()
    {
        RecordedExchangeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QList<CapturedExchange> batch;
        for (int i = 0; i < 5; ++i)
            batch.append(exchange("GET", QStringLiteral("/n/%1").arg(i), "", 200 + i, "x", "text/plain"));
        model.append(batch);
        model.append(batch.mid(0, 2));
        model.append({});
        QCOMPARE(inserted.count(), 2); // one insertion per batch, none for an empty one
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.index(6, RecordedExchangeModel::NumberColumn).data().toInt(), 7);
        QCOMPARE(model.index(6, RecordedExchangeModel::PathColumn).data().toString(), QStringLiteral("/n/1"));
        // exchanges(rows): sorted, each once, out-of-range rows left out
        const QList<CapturedExchange> picked = model.exchanges({ 4, 1, 4, 99, -1 });
        QCOMPARE(picked.size(), 2);
        QCOMPARE(picked.at(0).request.path, QStringLiteral("/n/1"));
        QCOMPARE(picked.at(1).request.path, QStringLiteral("/n/4"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.append(batch.mid(0, 1));
        QCOMPARE(model.index(0, RecordedExchangeModel::NumberColumn).data().toInt(), 1);
    }

    void matcherText_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("attributes");
        QTest::addColumn<QString>("text");
        QTest::newRow("integer") << u"integer"_qs << QJsonObject{} << u"integer"_qs;
        QTest::newRow("regex") << u"regex"_qs << QJsonObject{ { u"regex"_qs, u"^[0-9]+$"_qs } } << u"regex ^[0-9]+$"_qs;
        QTest::newRow("type min") << u"type"_qs << QJsonObject{ { u"min"_qs, 1 } } << u"type min 1"_qs;
        QTest::newRow("timestamp") << u"timestamp"_qs << QJsonObject{ { u"format"_qs, u"yyyy-MM-dd"_qs } } << u"timestamp yyyy-MM-dd"_qs;
        QTest::newRow("other attribute") << u"values"_qs << QJsonObject{ { u"extra"_qs, true } } << u"values extra true"_qs;
    }
    void matcherText()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, attributes);
        QFETCH(QString, text);
        QCOMPARE(CaptureFormat::matcher(Matcher{ type, attributes }), text);
    }

    void reviewTreeContent()
    {
        ProposalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInteractions(reviewData());
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(model.rowCount(first), 2);
        QCOMPARE(model.rowCount(model.index(1, 0)), 0);
        auto row = [&](int r) {
            QStringList out;
            for (int c = 0; c < ProposalModel::ColumnCount; ++c)
                out.append(model.index(r, c, first).data().toString());
            return out;
        };
        QCOMPARE(row(0), (QStringList{ u"response"_qs, u"body $.id"_qs, u"integer"_qs, u"ex-$.id"_qs, u"because integer"_qs }));
        QCOMPARE(row(1), (QStringList{ u"request"_qs, u"path"_qs, u"regex ^/orders/[0-9]+$"_qs, u"ex-"_qs, u"because regex"_qs }));
        QCOMPARE(model.index(0, ProposalModel::PlaceColumn).data().toString(), QStringLiteral("2 of 2 matcher(s) accepted"));
        QCOMPARE(first.data(Qt::ToolTipRole).toString(), QStringLiteral("recorded #1"));
    }

    void reviewChoices()
    {
        ProposalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &ProposalModel::choiceChanged);
        model.setInteractions(reviewData());
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(model.acceptedCount(), 2);
        QVERIFY(model.setData(model.index(0, 0, first), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.acceptedCount(), 1);
        QCOMPARE(model.chosen().at(0).proposals.at(0).accepted, false);
        QCOMPARE(model.index(0, ProposalModel::PlaceColumn).data().toString(), QStringLiteral("1 of 2 matcher(s) accepted"));
        // description edits: kept, trimmed; an empty one refused
        QVERIFY(model.setData(first, QStringLiteral("  an order  "), Qt::EditRole));
        QVERIFY(!model.setData(first, QStringLiteral("   "), Qt::EditRole));
        QCOMPARE(model.chosen().at(0).interaction.description, QStringLiteral("an order"));
        // leaving an interaction out
        QVERIFY(model.setData(model.index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.chosen().size(), 1);
        QCOMPARE(model.includedCount(), 1);
        model.setAllAccepted(true);
        QCOMPARE(model.acceptedCount(), 2);
        model.setAllAccepted(false);
        QCOMPARE(model.acceptedCount(), 0);
        model.setAllAccepted(true);
        model.setExactOnly(true);
        QCOMPARE(model.acceptedCount(), 0);
        for (const RuleProposal &p : model.chosen().at(0).proposals)
            QVERIFY(!p.accepted);
        QVERIFY(!(model.flags(model.index(0, 0, first)) & Qt::ItemIsEnabled));
        QVERIFY(!model.setData(model.index(0, 0, first), Qt::Checked, Qt::CheckStateRole));
        model.setExactOnly(false);
        QCOMPARE(model.acceptedCount(), 2);
        QVERIFY(changed.count() >= 8);
    }
};

QTEST_MAIN(TestCaptureModels)
#include "tst_capturemodels.moc"
