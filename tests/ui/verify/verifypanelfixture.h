// SPDX-License-Identifier: MIT
// The verification panel on one document, pointed at the local test provider, its results model
// under QAbstractItemModelTester: shared by the panel tests.
#pragma once

#include "../uitestutils.h"
#include "verifytestpacts.h"

#include <tests/verifier/testprovider.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>
#include <ui/verify/verificationpanel.h>
#include <ui/verify/verificationresultsmodel.h>

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

namespace Pactbench::Test {

inline QByteArray orderBody(int i)
{
    return "{\"id\": " + QByteArray::number(i) + ", \"name\": \"order " + QByteArray::number(i) + "\"}";
}

/// `n` interactions GET /orders/<i>, each with the provider state "order <i> exists".
inline Pact ordersPact(int n)
{
    QList<QByteArray> interactions;
    for (int i = 0; i < n; ++i) {
        const QByteArray num = QByteArray::number(i);
        interactions.append(httpInteraction("get order " + num, "/orders/" + num, orderBody(i),
            R"({"$.id": {"matchers": [{"match": "type"}]}})", "order " + num + " exists"));
    }
    return pactWith(interactions);
}

inline int requestsTo(const TestProvider &provider, const QString &path)
{
    int n = 0;
    for (const HttpServerRequest &r : provider.requests())
        n += r.path == path ? 1 : 0;
    return n;
}

/// A panel on a document, pointed at the provider, its results model under the tester.
struct Fixture
{
    explicit Fixture(const Pact &pact, const QUrl &provider, const QString &origin = {})
        : document(documents.addPact(pact, origin))
        , panel(&documents)
        , tester(panel.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest)
        , finished(&panel, &VerificationPanel::runFinished)
    {
        panel.resize(1200, 800);
        panel.show();
        panel.setCurrentDocument(document);
        edit("providerBaseUrlEdit")->setText(provider.toString());
        edit("stateChangeUrlEdit")->setText(provider.toString() + u"/_pact/state"_qs);
    }
    QLineEdit *edit(const char *name) { return panel.findChild<QLineEdit *>(QLatin1String(name)); }
    QPushButton *button(const char *name) { return panel.findChild<QPushButton *>(QLatin1String(name)); }
    VerificationResultsModel *model() { return panel.resultsModel(); }
    VerificationSummary lastSummary() { return finished.last().at(0).value<VerificationSummary>(); }
    bool click(const char *name)
    {
        QPushButton *b = button(name);
        if (!b || !b->isEnabled())
            return false;
        b->click();
        return true;
    }
    bool runToEnd(const char *name = "runButton")
    {
        const qsizetype before = finished.size();
        return click(name) && QTest::qWaitFor([&] { return finished.size() > before; }, 20000);
    }

    DocumentManager documents;
    PactDocument *document;
    VerificationPanel panel;
    QAbstractItemModelTester tester;
    QSignalSpy finished;
};

/// Routes GET /orders/<i> to an order whose id differs from the pact's (the type rule allows it).
inline void routeOrders(TestProvider *provider, int n)
{
    for (int i = 0; i < n; ++i)
        provider->route(u"GET"_qs, u"/orders/%1"_qs.arg(i),
            jsonResponse(200,
                "{\"id\": " + QByteArray::number(i + 100) + ", \"name\": \"order " + QByteArray::number(i) + "\"}"));
}

} // namespace Pactbench::Test
