// SPDX-License-Identifier: MIT
#pragma once

// The state one scenario builds up, step after step. A fresh World per scenario; servers it
// started stop when it is destroyed.

#include <core/matching/generator.h>
#include <core/matching/mismatch.h>
#include <core/model/pact.h>
#include <core/verifier/verificationresult.h>

#include <QMap>
#include <memory>

namespace Pactbench {
class MockServer;
namespace Test {
class TestProvider;
class TestBroker;
} // namespace Test
} // namespace Pactbench

namespace Pactbench::Compat {

struct MatchingState
{
    HttpRequest expectedRequest;
    QList<HttpRequest> receivedRequests;
    HttpResponse expectedResponse;
    HttpResponse receivedResponse;
    QList<MatchResult> results;
};

struct GeneratorState
{
    HttpRequest request;
    HttpResponse response;
    GeneratorContext context;
    HttpRequest preparedRequest;
    HttpResponse preparedResponse;
    bool preparedIsResponse = false;
};

struct ProviderState_
{
    std::unique_ptr<Test::TestProvider> provider;
    QList<Pact> pacts; ///< pact files to verify
    QList<Pact> brokerPacts; ///< pacts the broker serves
    bool stateCallback = false;
    bool stateCallbackFails = false;
    bool publish = false;
    Headers requestFilter; ///< headers the request filter adds
    QList<InteractionResult> results;
    VerificationSummary summary;
    bool ran = false;
    QStringList output; ///< what the run printed (notices, warnings, comments)
    std::unique_ptr<Test::TestBroker> broker;
    QList<QPair<QString, QJsonObject>> publishedResults; ///< (path, body) of the results the broker received
};

struct ConsumerState
{
    std::unique_ptr<MockServer> server;
    Pact pact; ///< the pact the mock server serves
    int lastStatus = 0;
    QByteArray lastBody;
    QString lastContentType;
    bool done = false;
    bool pactWritten = false;
    QByteArray writtenBytes; ///< the pact file the mock server wrote
    QList<Interaction> defined; ///< what a "being defined for a consumer test" scenario builds
    bool processed = false; ///< the message consumer ran
    QString failure; ///< the message consumer's error, empty when it passed
    MessageContents received; ///< the message (or request message) the consumer received
    QList<MessageContents> receivedResponses; ///< synchronous: the response messages it received
};

struct World
{
    World(const QString &fixtures, SpecVersion version);
    ~World();

    QString fixturesDir;
    SpecVersion version;
    QMap<int, Interaction> interactions; ///< the Background table, by its "No" column
    MatchingState matching;
    GeneratorState generators;
    ProviderState_ provider;
    ConsumerState consumer;
    QString tempDir; ///< scratch folder of this scenario

    /// The interaction being defined (the last one); fails the step when there is none.
    Interaction &defined();
    /// A background interaction; fails the step when there is none.
    const Interaction &interaction(int number) const;
};

} // namespace Pactbench::Compat
