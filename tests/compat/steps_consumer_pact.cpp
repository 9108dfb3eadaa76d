// SPDX-License-Identifier: MIT
// Consumer steps about the pact file our MockServer writes: the V1 "{first} interaction" checks
// and the V3/V4 "interaction being defined for a consumer test" scenarios (the interaction is
// served by a MockServer, called once, and the written file read back).

#include "fixtures.h"
#include "mockrun.h"
#include "stepregistry.h"
#include "world.h"

#include <core/model/pactwriter.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pactbench::Compat {

namespace {

const Interaction &first(const World &w, Pact *keep)
{
    *keep = writtenPact(w);
    check(!keep->interactions.isEmpty(), QStringLiteral("the pact file has no interaction"));
    return keep->interactions.first();
}

void define(World &w, InteractionKind kind)
{
    Interaction i;
    i.kind = kind;
    i.description = QStringLiteral("interaction %1 for a consumer test").arg(w.consumer.defined.size() + 1);
    i.request.path = QStringLiteral("/consumer-test-%1").arg(w.consumer.defined.size() + 1);
    w.consumer.defined.append(i);
}

/**
 * Writes the pact of the defined interactions. HTTP interactions are served by a MockServer and
 * called once; when there are only HTTP interactions the MockServer writes the file, otherwise
 * (messages have no mock server) PactWriter writes the whole pact once the MockServer verified.
 */
void generatePact(World &w, const StepArgs &)
{
    Pact pact = definedPact(w);
    Pact http = pact;
    http.interactions.clear();
    for (const Interaction &i : pact.interactions) {
        if (i.isHttp())
            http.interactions.append(i);
    }
    if (http.interactions.isEmpty())
        return writeDefinedPact(w, pact);
    startMockServer(w, http);
    for (const Interaction &i : http.interactions)
        sendToMockServer(w, i.request);
    finishConsumerTest(w);
    check(w.consumer.pactWritten, QStringLiteral("the mock server did not write the pact file"));
    if (http.interactions.size() != pact.interactions.size())
        writeDefinedPact(w, pact);
}

QJsonObject firstInteractionJson(const World &w)
{
    check(w.consumer.pactWritten, QStringLiteral("no pact file was written"));
    const QJsonArray interactions
        = QJsonDocument::fromJson(w.consumer.writtenBytes).object().value(u"interactions").toArray();
    check(!interactions.isEmpty(), QStringLiteral("the pact file has no interaction"));
    return interactions.first().toObject();
}

} // namespace

Pact definedPact(const World &w)
{
    Pact pact;
    pact.consumer.name = QStringLiteral("compat-consumer");
    pact.provider.name = QStringLiteral("compat-provider");
    pact.specVersion = w.version;
    pact.interactions = w.consumer.defined;
    return pact;
}

void writeDefinedPact(World &w, const Pact &pact)
{
    w.consumer.writtenBytes = PactWriter::write(pact, writeVersion(w));
    w.consumer.pactWritten = true;
}

QJsonValue parseValue(const QString &text)
{
    return QJsonDocument::fromJson((u'[' + text + u']').toUtf8()).array().at(0);
}

const ProviderState *stateNamed(const Interaction &i, const QString &name)
{
    for (const ProviderState &s : i.providerStates) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

namespace {

void registerFileChecks(StepRegistry &r)
{
    r.add(QStringLiteral("the pact file will contain \\{(\\d+)\\} interactions?"), [](World &w, const StepArgs &a) {
        const Pact pact = writtenPact(w);
        check(pact.interactions.size() == a.intAt(0), QStringLiteral("%1 interactions").arg(pact.interactions.size()));
    });
    r.add(
        QStringLiteral("the \\{first\\} interaction request will be for a \"(.*)\""), [](World &w, const StepArgs &a) {
            Pact p;
            check(
                first(w, &p).request.method == a.at(0), QStringLiteral("the method is ") + first(w, &p).request.method);
        });
    r.add(QStringLiteral("the \\{first\\} interaction response will contain the \"(.*)\" document"),
        [](World &w, const StepArgs &a) {
            Pact p;
            check(first(w, &p).response.body.asJson() == jsonCell(w, QStringLiteral("file: ") + a.at(0)),
                QStringLiteral("the response body differs"));
        });
    r.add(QStringLiteral("the \\{first\\} interaction request will contain the \"(.*)\" document"),
        [](World &w, const StepArgs &a) {
            Pact p;
            check(first(w, &p).request.body.asJson() == jsonCell(w, QStringLiteral("file: ") + a.at(0)),
                QStringLiteral("the request body differs"));
        });
    r.add(QStringLiteral("the \\{first\\} interaction request query parameters will be \"(.*)\""),
        [](World &w, const StepArgs &a) {
            Pact p;
            const QString q = first(w, &p).request.query.toQueryString();
            check(q == a.at(0), QStringLiteral("the query is ") + q);
        });
    r.add(QStringLiteral("the \\{first\\} interaction request will contain the header \"(.*)\" with value \"(.*)\""),
        [](World &w, const StepArgs &a) {
            Pact p;
            check(first(w, &p).request.headers.values(a.at(0)).contains(a.at(1)), QStringLiteral("no such header"));
        });
    r.add(QStringLiteral("the \\{first\\} interaction request content type will be \"(.*)\""),
        [](World &w, const StepArgs &a) {
            Pact p;
            const QString type = first(w, &p).request.effectiveContentType();
            check(type == a.at(0), QStringLiteral("the content type is ") + type);
        });
}

void registerDefinitionSteps(StepRegistry &r)
{
    r.add(QStringLiteral("an? (?:HTTP )?(?:integration|interaction) is being defined for a consumer test"),
        [](World &w, const StepArgs &) { define(w, InteractionKind::SynchronousHttp); });
    r.add(QStringLiteral("a message (?:integration|interaction) is being defined for a consumer test"),
        [](World &w, const StepArgs &) { define(w, InteractionKind::AsynchronousMessage); });
    r.add(QStringLiteral("a synchronous message interaction is being defined for a consumer test"),
        [](World &w, const StepArgs &) { define(w, InteractionKind::SynchronousMessages); });
    r.add(QStringLiteral("a provider state \"(.*)\" (?:for the (?:synchronous )?message )?is specified"),
        [](World &w, const StepArgs &a) {
            w.defined().providerStates.append({ a.at(0), {}, {} });
        });
    r.add(QStringLiteral(
              "a provider state \"(.*)\" (?:for the (?:synchronous )?message )?is specified with the following data:"),
        [](World &w, const StepArgs &a) {
            ProviderState s{ a.at(0), {}, {} };
            const QMap<QString, QString> row = rowMap(a.table, 1);
            for (auto it = row.begin(); it != row.end(); ++it)
                s.params.insert(it.key(), parseValue(it.value()));
            w.defined().providerStates.append(s);
        });
    r.add(QStringLiteral("the Pact file for the test is generated"), generatePact);
    r.add(QStringLiteral("the interaction in the Pact file will contain (\\d+) provider states?"),
        [](World &w, const StepArgs &a) {
            Pact p;
            check(first(w, &p).providerStates.size() == a.intAt(0),
                QStringLiteral("a different number of provider states"));
        });
    r.add(QStringLiteral("the interaction in the Pact file will contain provider state \"(.*)\""),
        [](World &w, const StepArgs &a) {
            Pact p;
            check(stateNamed(first(w, &p), a.at(0)) != nullptr, QStringLiteral("no provider state ") + a.at(0));
        });
    r.add(QStringLiteral("the provider state \"(.*)\" in the Pact file will contain the following parameters:"),
        [](World &w, const StepArgs &a) {
            Pact p;
            const ProviderState *s = stateNamed(first(w, &p), a.at(0));
            check(s != nullptr, QStringLiteral("no provider state ") + a.at(0));
            const QJsonValue expected = parseValue(rowMap(a.table, 1).value(QStringLiteral("parameters")));
            check(QJsonValue(s->params) == expected,
                QStringLiteral("parameters are ")
                    + QString::fromUtf8(QJsonDocument(s->params).toJson(QJsonDocument::Compact)));
        });
    r.add(QStringLiteral("the first interaction in the Pact file will have a type of \"(.*)\""),
        [](World &w, const StepArgs &a) {
            const QString type = firstInteractionJson(w).value(u"type").toString();
            check(type == a.at(0), QStringLiteral("the type is ") + type);
        });
    r.add(QStringLiteral("the first interaction in the Pact file will have \"(\\w+)\" = '(.*)'"),
        [](World &w, const StepArgs &a) {
            const QJsonValue v = firstInteractionJson(w).value(a.at(0));
            check(v == parseValue(a.at(1)),
                QStringLiteral("%1 is %2")
                    .arg(a.at(0), QString::fromUtf8(QJsonDocument(QJsonArray{ v }).toJson(QJsonDocument::Compact))));
        });
}

} // namespace

void registerConsumerPactSteps(StepRegistry &r)
{
    registerFileChecks(r);
    registerDefinitionSteps(r);
}

} // namespace Pactbench::Compat
