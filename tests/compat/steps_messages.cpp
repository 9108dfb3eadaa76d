// SPDX-License-Identifier: MIT
// Message consumer steps (V3 message_consumer, V4 synchronous_message_consumer). Pactbench has
// no message consumer DSL: the message is built in our model, "processed" by applying its
// generators in Consumer mode (core/matching) as a consumer would receive it, and the pact
// file is written with our PactWriter and read back with our PactReader.

#include "fixtures.h"
#include "jsonpath.h"
#include "messagebody.h"
#include "mockrun.h"
#include "stepregistry.h"
#include "world.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Pactbench::Compat {

bool isValueKind(const QJsonValue &v, const QString &kind);

namespace {

bool isSync(World &w)
{
    return w.defined().kind == InteractionKind::SynchronousMessages;
}

MessageContents &requestMessage(World &w)
{
    return isSync(w) ? w.defined().messageRequest : w.defined().message;
}

void configure(World &w, const QMap<QString, QString> &row, MessageContents &m)
{
    if (!row.value(QStringLiteral("body")).isEmpty())
        setMessageBody(w, row.value(QStringLiteral("body")), m);
    if (!row.value(QStringLiteral("generators")).isEmpty())
        m.generators = generatorsCell(w, row.value(QStringLiteral("generators")));
    if (!row.value(QStringLiteral("metadata")).isEmpty()) {
        const QJsonObject meta = parseValue(row.value(QStringLiteral("metadata"))).toObject();
        for (auto it = meta.begin(); it != meta.end(); ++it)
            m.metadata.insert(it.key(), it.value());
    }
}

void process(World &w, const QString &failure)
{
    GeneratorContext context;
    context.mode = GeneratorMode::Consumer;
    Interaction &i = w.defined();
    w.consumer.received = applyGenerators(isSync(w) ? i.messageRequest : i.message, context);
    w.consumer.receivedResponses.clear();
    for (const MessageContents &r : i.messageResponses)
        w.consumer.receivedResponses.append(applyGenerators(r, context));
    w.consumer.processed = true;
    w.consumer.failure = failure;
    if (failure.isEmpty())
        writeDefinedPact(w, definedPact(w));
}

/// What the consumer received: the message, or for a synchronous message its first response.
const MessageContents &receivedPayload(const World &w)
{
    check(w.consumer.processed, QStringLiteral("no message was processed"));
    if (!w.consumer.receivedResponses.isEmpty())
        return w.consumer.receivedResponses.first();
    return w.consumer.received;
}

const MessageContents &receivedPart(const World &w, const QString &which)
{
    check(w.consumer.processed, QStringLiteral("no message was processed"));
    if (which == u"response") {
        check(!w.consumer.receivedResponses.isEmpty(), QStringLiteral("no response message"));
        return w.consumer.receivedResponses.first();
    }
    return w.consumer.received;
}

void metadataEquals(const QJsonObject &metadata, const QString &key, const QString &value)
{
    const QJsonValue expected = metadataValue(value);
    check(metadata.value(key) == expected,
        QStringLiteral("metadata %1 is %2")
            .arg(key, QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact))));
}

void replacedWith(const QJsonValue &before, const QJsonValue &after, const QString &kind)
{
    check(!after.isUndefined(), QStringLiteral("no value"));
    check(after != before, QStringLiteral("the value was not replaced"));
    check(isValueKind(after, kind), QStringLiteral("the value is not a ") + kind);
}

void registerDefinition(StepRegistry &r)
{
    r.add(QStringLiteral("the message payload contains the \"(.*)\" JSON document"), [](World &w, const StepArgs &a) {
        setMessageBody(w, QStringLiteral("file: %1.json").arg(a.at(0)), requestMessage(w));
    });
    r.add(QStringLiteral("the message request payload contains the \"(.*)\" JSON document"),
        [](World &w, const StepArgs &a) {
            setMessageBody(w, QStringLiteral("file: %1.json").arg(a.at(0)), requestMessage(w));
        });
    r.add(
        QStringLiteral("the message response payload contains the \"(.*)\" document"), [](World &w, const StepArgs &a) {
            MessageContents m;
            setMessageBody(w, a.at(0), m);
            w.defined().messageResponses.append(m);
        });
    r.add(QStringLiteral("a message is defined"),
        [](World &w, const StepArgs &) { setMessageBody(w, QStringLiteral("JSON: {}"), requestMessage(w)); });
    r.add(QStringLiteral("the message (?:request )?contains the following metadata:"), [](World &w, const StepArgs &a) {
        const QJsonObject meta = metadataTable(a.table);
        for (auto it = meta.begin(); it != meta.end(); ++it)
            requestMessage(w).metadata.insert(it.key(), it.value());
    });
    r.add(QStringLiteral("the message (?:request )?is configured with the following:"),
        [](World &w, const StepArgs &a) { configure(w, rowMap(a.table, 1), requestMessage(w)); });
    r.add(QStringLiteral("the message response is configured with the following:"), [](World &w, const StepArgs &a) {
        MessageContents m;
        configure(w, rowMap(a.table, 1), m);
        w.defined().messageResponses.append(m);
    });
}

void registerProcessing(StepRegistry &r)
{
    r.add(QStringLiteral("the message is successfully processed"), [](World &w, const StepArgs &) { process(w, {}); });
    r.add(QStringLiteral("the message is NOT successfully processed with a \"(.*)\" exception"),
        [](World &w, const StepArgs &a) { process(w, a.at(0)); });
    r.add(QStringLiteral("the consumer test will have passed"), [](World &w, const StepArgs &) {
        check(w.consumer.processed && w.consumer.failure.isEmpty(), QStringLiteral("the consumer test failed"));
    });
    r.add(QStringLiteral("the consumer test will have failed"), [](World &w, const StepArgs &) {
        check(w.consumer.processed && !w.consumer.failure.isEmpty(), QStringLiteral("the consumer test passed"));
    });
    r.add(QStringLiteral("the consumer test error will be \"(.*)\""), [](World &w, const StepArgs &a) {
        check(w.consumer.failure == a.at(0), QStringLiteral("the error is ") + w.consumer.failure);
    });
    r.add(QStringLiteral("the received message payload will contain the \"(.*)\" (?:JSON )?document"),
        [](World &w, const StepArgs &a) {
            const QString cell = a.at(0).contains(u':') ? a.at(0) : QStringLiteral("file: %1.json").arg(a.at(0));
            check(sameDocument(w, receivedPayload(w).contents, cell), QStringLiteral("the payload differs"));
        });
    r.add(QStringLiteral("the received message content type will be \"(.*)\""), [](World &w, const StepArgs &a) {
        const QString type = receivedPayload(w).effectiveContentType();
        check(type == a.at(0), QStringLiteral("the content type is ") + type);
    });
    r.add(QStringLiteral("the received message (request |response )?metadata will contain \"(.*)\" == \"(.*)\""),
        [](World &w, const StepArgs &a) {
            metadataEquals(receivedPart(w, a.at(0).trimmed()).metadata, a.at(1), a.at(2));
        });
    r.add(QStringLiteral(
              "the received message (request |response )?metadata will contain \"(.*)\" replaced with an? \"(.*)\""),
        [](World &w, const StepArgs &a) {
            const MessageContents &original
                = a.at(0).trimmed() == u"response" ? w.defined().messageResponses.value(0) : requestMessage(w);
            const QJsonObject after = receivedPart(w, a.at(0).trimmed()).metadata;
            replacedWith(original.metadata.value(a.at(1)), after.value(a.at(1)), a.at(2));
        });
    r.add(QStringLiteral(
              "the message (request |response )?contents for \"(.*)\" will have been replaced with an? \"(.*)\""),
        [](World &w, const StepArgs &a) {
            const bool response = a.at(0).trimmed() == u"response";
            const MessageContents &original = response ? w.defined().messageResponses.value(0) : requestMessage(w);
            const QJsonValue before = valueAt(original.contents.asJson(), a.at(1));
            replacedWith(before, valueAt(receivedPart(w, a.at(0).trimmed()).contents.asJson(), a.at(1)), a.at(2));
        });
}

} // namespace

void registerMessagePactSteps(StepRegistry &r);

void registerMessageSteps(StepRegistry &r)
{
    registerDefinition(r);
    registerProcessing(r);
    registerMessagePactSteps(r);
}

} // namespace Pactbench::Compat
