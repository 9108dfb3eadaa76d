// SPDX-License-Identifier: MIT
// Checks on the message pact file a message consumer test wrote (read back with PactReader).

#include "fixtures.h"
#include "messagebody.h"
#include "mockrun.h"
#include "stepregistry.h"
#include "world.h"

#include <QJsonDocument>

namespace Pactbench::Compat {

namespace {

Interaction firstMessage(const World &w)
{
    const Pact pact = writtenPact(w);
    check(!pact.interactions.isEmpty(), QStringLiteral("the pact file has no interaction"));
    check(pact.interactions.first().isMessage(), QStringLiteral("the first interaction is not a message"));
    return pact.interactions.first();
}

MessageContents requestOf(const Interaction &i)
{
    return i.kind == InteractionKind::SynchronousMessages ? i.messageRequest : i.message;
}

MessageContents responseOf(const Interaction &i, int index)
{
    check(i.messageResponses.size() > index,
        QStringLiteral("there are %1 response messages").arg(i.messageResponses.size()));
    return i.messageResponses.at(index);
}

void checkDocument(const World &w, const MessageContents &m, const QString &cell)
{
    check(sameDocument(w, m.contents, cell),
        QStringLiteral("the contents are ") + QString::fromUtf8(m.contents.content().left(200)));
}

void checkType(const MessageContents &m, const QString &type)
{
    check(m.effectiveContentType() == type, QStringLiteral("the content type is ") + m.effectiveContentType());
}

void registerWritten(StepRegistry &r)
{
    r.add(QStringLiteral("a Pact file for the message interaction will have been written"),
        [](World &w, const StepArgs &) { check(w.consumer.pactWritten, QStringLiteral("no pact file was written")); });
    r.add(QStringLiteral("a Pact file for the message interaction will NOT have been written"),
        [](World &w, const StepArgs &) {
            check(w.consumer.processed && !w.consumer.pactWritten, QStringLiteral("a pact file was written"));
        });
    r.add(QStringLiteral("the pact file will contain (\\d+) (?:message )?interactions?"),
        [](World &w, const StepArgs &a) {
            const Pact pact = writtenPact(w);
            check(pact.interactions.size() == a.intAt(0),
                QStringLiteral("%1 interactions").arg(pact.interactions.size()));
        });
    r.add(QStringLiteral("the first message in the pact file will contain the \"(.*)\" document"),
        [](World &w, const StepArgs &a) {
            checkDocument(w, requestOf(firstMessage(w)), QStringLiteral("file: ") + a.at(0));
        });
    r.add(QStringLiteral("the first message in the pact file content type will be \"(.*)\""),
        [](World &w, const StepArgs &a) { checkType(requestOf(firstMessage(w)), a.at(0)); });
    r.add(QStringLiteral(
              "the first message in the pact file will contain the (?:request )?message metadata \"(.*)\" == \"(.*)\""),
        [](World &w, const StepArgs &a) {
            const QJsonObject meta = requestOf(firstMessage(w)).metadata;
            check(meta.value(a.at(0)) == metadataValue(a.at(1)),
                QStringLiteral("the metadata is ")
                    + QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact)));
        });
    r.add(QStringLiteral("the first message in the [Pp]act file will contain (\\d+) provider states?"),
        [](World &w, const StepArgs &a) {
            check(firstMessage(w).providerStates.size() == a.intAt(0),
                QStringLiteral("a different number of provider states"));
        });
    r.add(QStringLiteral("the first message in the [Pp]act file will contain provider state \"(.*)\""),
        [](World &w, const StepArgs &a) {
            const Interaction i = firstMessage(w);
            check(stateNamed(i, a.at(0)) != nullptr, QStringLiteral("no provider state ") + a.at(0));
        });
    r.add(QStringLiteral("the provider state \"(.*)\" for the message will contain the following parameters:"),
        [](World &w, const StepArgs &a) {
            const Interaction i = firstMessage(w);
            const ProviderState *s = stateNamed(i, a.at(0));
            check(s != nullptr, QStringLiteral("no provider state ") + a.at(0));
            check(QJsonValue(s->params) == parseValue(rowMap(a.table, 1).value(QStringLiteral("parameters"))),
                QStringLiteral("the parameters differ"));
        });
}

void registerSynchronous(StepRegistry &r)
{
    r.add(QStringLiteral("the first interaction in the pact file will contain the \"(.*)\" document as the request"),
        [](World &w, const StepArgs &a) { checkDocument(w, requestOf(firstMessage(w)), a.at(0)); });
    r.add(QStringLiteral("the first interaction in the pact file will contain the \"(.*)\" document as (?:a|the first) "
                         "response(?: message)?"),
        [](World &w, const StepArgs &a) { checkDocument(w, responseOf(firstMessage(w), 0), a.at(0)); });
    r.add(
        QStringLiteral(
            "the first interaction in the pact file will contain the \"(.*)\" document as the second response message"),
        [](World &w, const StepArgs &a) { checkDocument(w, responseOf(firstMessage(w), 1), a.at(0)); });
    r.add(QStringLiteral("the first interaction in the pact file will contain (\\d+) response messages"),
        [](World &w, const StepArgs &a) {
            check(firstMessage(w).messageResponses.size() == a.intAt(0),
                QStringLiteral("a different number of responses"));
        });
    r.add(QStringLiteral("the first interaction in the pact file request content type will be \"(.*)\""),
        [](World &w, const StepArgs &a) { checkType(requestOf(firstMessage(w)), a.at(0)); });
    r.add(QStringLiteral("the first interaction in the pact file response content type will be \"(.*)\""),
        [](World &w, const StepArgs &a) { checkType(responseOf(firstMessage(w), 0), a.at(0)); });
}

} // namespace

void registerMessagePactSteps(StepRegistry &r)
{
    registerWritten(r);
    registerSynchronous(r);
}

} // namespace Pactbench::Compat
